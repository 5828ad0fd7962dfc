#include "models/security/keyfile.h"

#include "models/common/jsondocument.h"
#include "models/common/jsonreader.h"
#include "models/security/keyencoding.h"
#include "models/security/privatefile.h"
#include "models/storage/sqliteheader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

const QString KdfAlgorithm = u"argon2id13"_s;
const QString AeadAlgorithm = u"xchacha20poly1305-ietf"_s;
constexpr int SaltBytes = crypto_pwhash_SALTBYTES;
constexpr int NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int SealedSecretBytes = CoordinatorKey::SecretKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == 32);

// The limits a key file may name: from libsodium's interactive to its sensitive ones. Fewer would make
// guessing cheap; more would let a hostile key file tie up the machine for minutes.
constexpr int MinOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr int MaxOpsLimit = crypto_pwhash_OPSLIMIT_SENSITIVE;
constexpr qint64 MinMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
constexpr qint64 MaxMemLimit = crypto_pwhash_MEMLIMIT_SENSITIVE;
static_assert(MaxMemLimit <= std::numeric_limits<int>::max());

// The whole file as read before unlocking.
struct ParsedKeyFile
{
    KeyFileInfo info;
    QString createdAtText;
    QByteArray salt;
    QByteArray nonce;
    QByteArray ciphertext;
};

QString createdAtText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseCreatedAt(const QString &text)
{
    static const QRegularExpression form(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    return form.match(text).hasMatch() ? QDateTime::fromString(text, Qt::ISODateWithMs) : QDateTime();
}

// NFC first, so that a passphrase typed as "é" on one system and as "e" + U+0301 on another unlocks
// the same file.
SecretBytes passphraseBytes(const QString &passphrase)
{
    QByteArray utf8 = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    SecretBytes bytes = SecretBytes::copyOf(utf8);
    wipe(utf8);
    return bytes;
}

// The associated data the secret is sealed with: the raw public key, then created_at as the file
// writes it, so that neither can be changed without the passphrase noticing.
QByteArray associatedData(const QByteArray &publicKey, const QString &createdAt)
{
    return publicKey + createdAt.toUtf8();
}

// Argon2id of the passphrase: the key the secret key is encrypted under. Empty on failure.
Result<SecretBytes> deriveKey(const QString &passphrase, const QByteArray &salt, int ops, qint64 mem)
{
    const SecretBytes secret = passphraseBytes(passphrase);
    SecretBytes key = SecretBytes::allocate(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (key.isEmpty() || (secret.isEmpty() && !passphrase.isEmpty()))
        return Result<SecretBytes>::failure(u"no protected memory could be had (sodium_malloc failed)"_s);
    // An empty passphrase has no buffer; crypto_pwhash declares its pointer nonnull even for 0 bytes.
    const char *passwd = secret.isEmpty() ? "" : reinterpret_cast<const char *>(secret.data());
    if (crypto_pwhash(key.data(), key.size(), passwd, secret.size(),
            reinterpret_cast<const unsigned char *>(salt.constData()), static_cast<unsigned long long>(ops),
            std::size_t(mem), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Result<SecretBytes>::failure(
            u"not enough memory to check the passphrase (Argon2id needs %1 MiB)"_s.arg(mem / (1024 * 1024)));
    return key;
}

std::optional<QByteArray> readBinary(const JsonObjectReader &o, const QString &key, qsizetype bytes)
{
    const QString expected = u"base64 of %1 bytes"_s.arg(bytes);
    const std::optional<JsonNode> node = o.required(key, expected);
    if (!node)
        return std::nullopt;
    const std::optional<QByteArray> decoded
        = node->value().isString() ? fromBase64(node->value().toString(), bytes) : std::nullopt;
    node->expect(decoded.has_value(), expected);
    return decoded;
}

void readKdf(const JsonObjectReader &kdf, ParsedKeyFile &file)
{
    kdf.allowOnly({ u"algorithm"_s, u"opslimit"_s, u"memlimit"_s, u"salt"_s });
    if (const auto algorithm = kdf.required(u"algorithm"_s, u'"' + KdfAlgorithm + u'"'))
        algorithm->expect(algorithm->value() == QJsonValue(KdfAlgorithm), u'"' + KdfAlgorithm + u'"');
    if (const auto ops = kdf.integer(u"opslimit"_s, MinOpsLimit, MaxOpsLimit))
        file.info.kdfOpsLimit = *ops;
    if (const auto mem = kdf.integer(u"memlimit"_s, int(MinMemLimit), int(MaxMemLimit))) {
        if (kdf.at(u"memlimit"_s).expect(*mem % 1024 == 0, u"a whole number of KiB (a multiple of 1024)"_s))
            file.info.kdfMemLimit = *mem;
    }
    if (const auto salt = readBinary(kdf, u"salt"_s, SaltBytes))
        file.salt = *salt;
}

void readAead(const JsonObjectReader &aead, ParsedKeyFile &file)
{
    aead.allowOnly({ u"algorithm"_s, u"nonce"_s, u"ciphertext"_s });
    if (const auto algorithm = aead.required(u"algorithm"_s, u'"' + AeadAlgorithm + u'"'))
        algorithm->expect(algorithm->value() == QJsonValue(AeadAlgorithm), u'"' + AeadAlgorithm + u'"');
    if (const auto nonce = readBinary(aead, u"nonce"_s, NonceBytes))
        file.nonce = *nonce;
    if (const auto ciphertext = readBinary(aead, u"ciphertext"_s, SealedSecretBytes))
        file.ciphertext = *ciphertext;
}

void readRoot(const JsonObjectReader &root, ParsedKeyFile &file)
{
    if (!readFormatAndVersion(root, KeyFile::FormatName, KeyFile::FormatVersion, u"key file"_s))
        return;
    root.allowOnly({ u"format"_s, u"version"_s, u"public_key"_s, u"fingerprint"_s, u"created_at"_s, u"kdf"_s,
        u"aead"_s });
    if (const auto publicKey = readBinary(root, u"public_key"_s, CoordinatorKey::PublicKeyBytes)) {
        file.info.publicKey = *publicKey;
        file.info.fingerprint = keyFingerprint(*publicKey);
    }
    if (const auto fingerprint = root.string(u"fingerprint"_s);
        fingerprint && !file.info.publicKey.isEmpty()) {
        root.at(u"fingerprint"_s)
            .expect(*fingerprint == file.info.fingerprint,
                u"\"%1\", the fingerprint of public_key"_s.arg(file.info.fingerprint));
    }
    const QString time = u"a UTC time like \"2026-11-01T09:00:00.000Z\""_s;
    if (const auto created = root.string(u"created_at"_s)) {
        file.createdAtText = *created;
        file.info.createdAt = parseCreatedAt(*created);
        root.at(u"created_at"_s).expect(file.info.createdAt.isValid(), time);
    }
    if (const auto kdf = root.object(u"kdf"_s))
        readKdf(*kdf, file);
    if (const auto aead = root.object(u"aead"_s))
        readAead(*aead, file);
}

Result<ParsedKeyFile> parseKeyFile(const QByteArray &bytes, const QString &source)
{
    const JsonDocument doc = JsonDocument::parse(bytes);
    if (!doc.isValid())
        return Result<ParsedKeyFile>::failure(formatJsonProblems(source, { *doc.error() }));
    JsonProblems problems;
    ParsedKeyFile file;
    if (const auto root = JsonNode(problems, doc.root(), JsonPath()).object())
        readRoot(*root, file);
    if (!problems.isEmpty())
        return Result<ParsedKeyFile>::failure(formatJsonProblems(source, problems.inDocumentOrder(doc)));
    return file;
}

} // namespace

Status checkNewPassphrase(const QString &passphrase)
{
    const QString nfc = passphrase.normalized(QString::NormalizationForm_C);
    if (nfc.trimmed().size() < KeyFile::MinPassphraseCharacters)
        return Status::failure(
            u"the passphrase is too short: use at least %1 characters (a few words are best)"_s.arg(
                KeyFile::MinPassphraseCharacters));
    if (nfc.toUtf8().size() > KeyFile::MaxPassphraseBytes)
        return Status::failure(
            u"the passphrase is too long: at most %1 bytes"_s.arg(KeyFile::MaxPassphraseBytes));
    return {};
}

Result<QByteArray> lockCoordinatorKey(
    const CoordinatorKey &key, const QString &passphrase, KdfStrength strength)
{
    if (Status s = checkNewPassphrase(passphrase); !s)
        return Result<QByteArray>::failure(s.error());
    const bool moderate = strength == KdfStrength::Moderate;
    const int ops = moderate ? crypto_pwhash_OPSLIMIT_MODERATE : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const qint64 mem = moderate ? crypto_pwhash_MEMLIMIT_MODERATE : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray salt(SaltBytes, '\0');
    QByteArray nonce(NonceBytes, '\0');
    randombytes_buf(salt.data(), std::size_t(salt.size()));
    randombytes_buf(nonce.data(), std::size_t(nonce.size()));
    const Result<SecretBytes> derived = deriveKey(passphrase, salt, ops, mem);
    if (!derived)
        return Result<QByteArray>::failure(derived.error());
    const QString created = createdAtText(key.createdAt());
    const QByteArray ad = associatedData(key.publicKey(), created);
    QByteArray ciphertext(SealedSecretBytes, '\0');
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(ciphertext.data()), &written,
        key.secretKey().data(), key.secretKey().size(),
        reinterpret_cast<const unsigned char *>(ad.constData()), std::size_t(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()), derived->data());
    const QJsonObject document { { u"format"_s, KeyFile::FormatName },
        { u"version"_s, KeyFile::FormatVersion }, { u"public_key"_s, toBase64(key.publicKey()) },
        { u"fingerprint"_s, key.fingerprint() }, { u"created_at"_s, created },
        { u"kdf"_s,
            QJsonObject { { u"algorithm"_s, KdfAlgorithm }, { u"opslimit"_s, ops }, { u"memlimit"_s, mem },
                { u"salt"_s, toBase64(salt) } } },
        { u"aead"_s,
            QJsonObject { { u"algorithm"_s, AeadAlgorithm }, { u"nonce"_s, toBase64(nonce) },
                { u"ciphertext"_s, toBase64(ciphertext) } } } };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Result<KeyFileInfo> readKeyFileInfo(const QByteArray &bytes, const QString &source)
{
    if (Status s = initSodium(); !s)
        return Result<KeyFileInfo>::failure(source + u": "_s + s.error());
    Result<ParsedKeyFile> file = parseKeyFile(bytes, source);
    if (!file)
        return Result<KeyFileInfo>::failure(file.error());
    return std::move(file->info);
}

Result<CoordinatorKey> unlockCoordinatorKey(
    const QByteArray &bytes, const QString &passphrase, const QString &source)
{
    using R = Result<CoordinatorKey>;
    if (Status s = initSodium(); !s)
        return R::failure(source + u": "_s + s.error());
    const Result<ParsedKeyFile> file = parseKeyFile(bytes, source);
    if (!file)
        return R::failure(file.error());
    if (passphrase.normalized(QString::NormalizationForm_C).toUtf8().size() > KeyFile::MaxPassphraseBytes)
        return R::failure(source + u": wrong passphrase or damaged key file"_s);
    const Result<SecretBytes> derived
        = deriveKey(passphrase, file->salt, file->info.kdfOpsLimit, file->info.kdfMemLimit);
    if (!derived)
        return R::failure(source + u": "_s + derived.error());
    SecretBytes secret = SecretBytes::allocate(CoordinatorKey::SecretKeyBytes);
    if (secret.isEmpty())
        return R::failure(source + u": no protected memory could be had (sodium_malloc failed)"_s);
    const QByteArray ad = associatedData(file->info.publicKey, file->createdAtText);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(secret.data(), &length, nullptr,
            reinterpret_cast<const unsigned char *>(file->ciphertext.constData()),
            std::size_t(file->ciphertext.size()), reinterpret_cast<const unsigned char *>(ad.constData()),
            std::size_t(ad.size()), reinterpret_cast<const unsigned char *>(file->nonce.constData()),
            derived->data())
            != 0
        || length != std::size_t(CoordinatorKey::SecretKeyBytes))
        return R::failure(source + u": wrong passphrase or damaged key file"_s);
    Result<CoordinatorKey> key = CoordinatorKey::fromSecretKey(secret, file->info.createdAt);
    if (!key)
        return R::failure(source + u": "_s + key.error());
    // Only someone who knew the passphrase could have sealed a secret that is not public_key's.
    if (key->publicKey() != file->info.publicKey)
        return R::failure(source + u": the secret key in the file does not belong to its public_key"_s);
    return key;
}

Result<CoordinatorKey> createCoordinatorKey(
    const QString &path, const QString &passphrase, KdfStrength strength)
{
    Result<CoordinatorKey> key = CoordinatorKey::generate();
    if (!key)
        return Result<CoordinatorKey>::failure(displayPath(path) + u": "_s + key.error());
    if (Status s = writeKeyFile(path, *key, passphrase, strength); !s)
        return Result<CoordinatorKey>::failure(s.error());
    return key;
}

Status writeKeyFile(
    const QString &path, const CoordinatorKey &key, const QString &passphrase, KdfStrength strength)
{
    const Result<QByteArray> bytes = lockCoordinatorKey(key, passphrase, strength);
    if (!bytes)
        return Status::failure(displayPath(path) + u": not written: "_s + bytes.error());
    return PrivateFile::createNew(path, *bytes);
}

Result<KeyFileInfo> readKeyFileInfo(const QString &path)
{
    const Result<QByteArray> bytes = PrivateFile::readSmall(path, KeyFile::MaxBytes, u"key file"_s);
    if (!bytes)
        return Result<KeyFileInfo>::failure(bytes.error());
    return readKeyFileInfo(*bytes, displayPath(path));
}

Result<CoordinatorKey> unlockKeyFile(const QString &path, const QString &passphrase)
{
    const Result<QByteArray> bytes = PrivateFile::readSmall(path, KeyFile::MaxBytes, u"key file"_s);
    if (!bytes)
        return Result<CoordinatorKey>::failure(bytes.error());
    return unlockCoordinatorKey(*bytes, passphrase, displayPath(path));
}

} // namespace panelist
