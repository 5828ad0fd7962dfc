#include "models/security/responsesigning.h"

#include "models/security/sealedfile.h"

namespace panelist {

ResponseStore::SubmitOptions submitOptions(const IdentityKey &identity, const QByteArray &coordinatorKey)
{
    ResponseStore::SubmitOptions options;
    options.sign = [identity](const QString &contentSha256) -> Result<ResponseSignature> {
        const Result<QString> signature = identity.sign(contentSha256);
        if (!signature)
            return Result<ResponseSignature>::failure(signature.error());
        return ResponseSignature { identity.publicKeyBase64(), *signature };
    };
    if (!coordinatorKey.isEmpty())
        options.seal
            = [coordinatorKey](const QByteArray &copy) { return SealedFile::seal(copy, coordinatorKey); };
    return options;
}

} // namespace panelist
