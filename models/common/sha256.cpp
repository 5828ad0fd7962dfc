#include "models/common/sha256.h"

#include <openssl/evp.h>

namespace panelist {

struct Sha256::Private
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) == 1;
    ~Private() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{ }

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    d->ok = d->ok && EVP_DigestUpdate(d->ctx, bytes.data(), size_t(bytes.size())) == 1;
}

QString Sha256::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!d->ok || EVP_DigestFinal_ex(d->ctx, digest, &length) != 1)
        return {};
    d->ok = false; // a context is finished after one result
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QString Sha256::hex(QByteArrayView bytes)
{
    Sha256 h;
    h.addData(bytes);
    return h.hexResult();
}

} // namespace panelist
