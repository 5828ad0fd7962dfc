#include "models/security/identitykey.h"

#include "models/common/jsondocument.h"
#include "models/common/jsonreader.h"
#include "models/security/keyencoding.h"
#include "models/security/privatefile.h"
#include "models/storage/sqliteheader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace panelist {

static_assert(IdentityKey::PublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(IdentityKey::SignatureBytes == crypto_sign_BYTES);

namespace {

constexpr int SeedBytes = crypto_sign_SEEDBYTES;
const QByteArray SignaturePrefix = QByteArrayLiteral("panelist-response-content-v1:");

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The whole file through one descriptor that does not follow a symbolic link: checked (owner), made
// private when it was not, then read, so that what is checked is what is read.
Result<QByteArray> readPrivately(const QString &path, bool &repaired)
{
    using R = Result<QByteArray>;
    const QString shown = displayPath(path);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ELOOP)
            return R::failure(shown
                + u": is a symbolic link; Panelist keeps the expert's identity in a file of "
                  u"its own and does not follow links to it"_s);
        return R::failure(u"%1: cannot be read (%2)"_s.arg(shown, systemError(errno)));
    }
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0)
        return R::failure(u"%1: cannot be read (%2)"_s.arg(shown, systemError(errno)));
    if (!S_ISREG(st.st_mode))
        return R::failure(shown + u": is not a plain file"_s);
    if (st.st_uid != ::geteuid())
        return R::failure(shown + u": belongs to another user; Panelist uses only an identity of your own"_s);
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        if (::fchmod(fd, 0600) != 0)
            return R::failure(u"%1: others may read it and it cannot be made private (%2)"_s.arg(
                shown, systemError(errno)));
        repaired = true;
    }
    if (st.st_size > IdentityKey::MaxFileBytes)
        return R::failure(u"%1: not an identity file: it has %2 bytes, one has at most %3"_s.arg(shown)
                              .arg(st.st_size)
                              .arg(IdentityKey::MaxFileBytes));
    QByteArray bytes(qsizetype(st.st_size), '\0');
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + done, std::size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return R::failure(u"%1: cannot be read (%2)"_s.arg(shown, systemError(errno)));
        if (n == 0)
            break;
        done += n;
    }
    bytes.truncate(done);
    return bytes;
}

QDateTime parseCreatedAt(const QString &text)
{
    static const QRegularExpression form(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    return form.match(text).hasMatch() ? QDateTime::fromString(text, Qt::ISODateWithMs) : QDateTime();
}

} // namespace

Result<IdentityKey> IdentityKey::loadOrCreate(const QString &folder)
{
    if (Status s = initSodium(); !s)
        return Result<IdentityKey>::failure(s.error());
    if (!QDir().mkpath(folder))
        return Result<IdentityKey>::failure(displayPath(folder) + u": the folder cannot be created"_s);
    const QString path = QDir(folder).filePath(FileName);
    if (QFileInfo(path).exists() || QFileInfo(path).isSymLink())
        return load(path);
    Result<IdentityKey> made = create(path);
    // Another Panelist made it at the same moment: theirs is the identity.
    if (!made && QFileInfo(path).exists())
        return load(path);
    return made;
}

Result<IdentityKey> IdentityKey::load(const QString &path)
{
    using R = Result<IdentityKey>;
    const QString shown = displayPath(path);
    IdentityKey key;
    Result<QByteArray> bytes = readPrivately(path, key.m_repairedMode);
    if (!bytes)
        return R::failure(bytes.error());
    const JsonDocument doc = JsonDocument::parse(*bytes);
    wipe(*bytes);
    if (!doc.isValid())
        return R::failure(formatJsonProblems(shown, { *doc.error() }));
    JsonProblems problems;
    std::optional<QByteArray> seed;
    const std::optional<JsonObjectReader> root = JsonNode(problems, doc.root(), JsonPath()).object();
    if (root && readFormatAndVersion(*root, FormatName, FormatVersion, u"identity file"_s)) {
        root->allowOnly({ u"format"_s, u"version"_s, u"created_at"_s, u"public_key"_s, u"secret_seed"_s });
        if (const auto created = root->string(u"created_at"_s)) {
            key.m_createdAt = parseCreatedAt(*created);
            root->at(u"created_at"_s)
                .expect(key.m_createdAt.isValid(), u"a UTC time like \"2026-11-01T09:00:00.000Z\""_s);
        }
        const std::pair<QString, int> fields[] { { u"public_key"_s, PublicKeyBytes },
            { u"secret_seed"_s, SeedBytes } };
        for (const auto &[name, size] : fields) {
            const QString expected = u"base64 of %1 bytes"_s.arg(size);
            if (const auto node = root->required(name, expected)) {
                std::optional<QByteArray> value
                    = node->value().isString() ? fromBase64(node->value().toString(), size) : std::nullopt;
                if (node->expect(value.has_value(), expected))
                    (name == u"public_key"_s ? key.m_publicKey : seed.emplace()) = *value;
                if (value)
                    wipe(*value);
            }
        }
    }
    if (!problems.isEmpty())
        return R::failure(formatJsonProblems(shown, problems.inDocumentOrder(doc)));
    key.m_secretKey = SecretBytes::allocate(crypto_sign_SECRETKEYBYTES);
    QByteArray derivedPublic(PublicKeyBytes, '\0');
    if (key.m_secretKey.isEmpty())
        return R::failure(shown + u": no protected memory could be had (sodium_malloc failed)"_s);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(derivedPublic.data()), key.m_secretKey.data(),
        reinterpret_cast<const unsigned char *>(seed->constData()));
    wipe(*seed);
    if (derivedPublic != key.m_publicKey)
        return R::failure(shown + u": damaged: its secret seed does not belong to its public_key"_s);
    return key;
}

Result<IdentityKey> IdentityKey::create(const QString &path)
{
    using R = Result<IdentityKey>;
    IdentityKey key;
    key.m_created = true;
    key.m_createdAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    key.m_secretKey = SecretBytes::allocate(crypto_sign_SECRETKEYBYTES);
    if (key.m_secretKey.isEmpty())
        return R::failure(displayPath(path) + u": no protected memory could be had (sodium_malloc failed)"_s);
    key.m_publicKey = QByteArray(PublicKeyBytes, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(key.m_publicKey.data()), key.m_secretKey.data());
    // crypto_sign's secret key starts with the seed it was made from.
    const QByteArrayView seed(reinterpret_cast<const char *>(key.m_secretKey.data()), SeedBytes);
    QString seedText = toBase64(seed);
    const QJsonObject document { { u"format"_s, FormatName }, { u"version"_s, FormatVersion },
        { u"created_at"_s, key.m_createdAt.toString(Qt::ISODateWithMs) },
        { u"public_key"_s, key.publicKeyBase64() }, { u"secret_seed"_s, seedText } };
    QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    const Status written = PrivateFile::createNew(path, bytes);
    wipe(bytes);
    seedText.fill(u'\0');
    if (!written)
        return R::failure(written.error());
    return key;
}

QString IdentityKey::publicKeyBase64() const
{
    return toBase64(m_publicKey);
}

QString IdentityKey::fingerprint() const
{
    return keyFingerprint(m_publicKey);
}

Result<QString> IdentityKey::sign(const QString &contentHash) const
{
    if (!isContentHash(contentHash))
        return Result<QString>::failure(
            u"not a content hash (64 lower-case hex digits): \"%1\""_s.arg(contentHash.left(80)));
    const QByteArray message = signedMessage(contentHash);
    QByteArray signature(SignatureBytes, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.constData()), std::size_t(message.size()),
        m_secretKey.data());
    return toBase64(signature);
}

bool isContentHash(const QString &text)
{
    static const QRegularExpression form(u"^[0-9a-f]{64}$"_s);
    return form.match(text).hasMatch();
}

QByteArray signedMessage(const QString &contentHash)
{
    return SignaturePrefix + contentHash.toLatin1();
}

Status verifySignature(const QString &publicKey, const QString &contentHash, const QString &signature)
{
    if (Status s = initSodium(); !s)
        return s;
    const std::optional<QByteArray> key = fromBase64(publicKey, IdentityKey::PublicKeyBytes);
    if (!key)
        return Status::failure(u"not a signing key: expected base64 of 32 bytes"_s);
    const std::optional<QByteArray> bytes = fromBase64(signature, IdentityKey::SignatureBytes);
    if (!bytes)
        return Status::failure(u"not a signature: expected base64 of 64 bytes"_s);
    if (!isContentHash(contentHash))
        return Status::failure(u"not a content hash (64 lower-case hex digits)"_s);
    const QByteArray message = signedMessage(contentHash);
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(bytes->constData()),
            reinterpret_cast<const unsigned char *>(message.constData()), std::size_t(message.size()),
            reinterpret_cast<const unsigned char *>(key->constData()))
        != 0)
        return Status::failure(
            u"the signature does not match: it was not made with this key for this content"_s);
    return {};
}

} // namespace panelist
