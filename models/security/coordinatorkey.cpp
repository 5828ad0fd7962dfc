#include "models/security/coordinatorkey.h"

#include "models/security/keyencoding.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace panelist {

static_assert(CoordinatorKey::PublicKeyBytes == crypto_box_PUBLICKEYBYTES);
static_assert(CoordinatorKey::SecretKeyBytes == crypto_box_SECRETKEYBYTES);
static_assert(crypto_scalarmult_BYTES == crypto_box_PUBLICKEYBYTES);

namespace {

QString noMemory()
{
    return u"no protected memory could be had for a secret key (sodium_malloc failed)"_s;
}

QDateTime wholeMilliseconds(const QDateTime &t)
{
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC);
}

} // namespace

Result<CoordinatorKey> CoordinatorKey::generate()
{
    if (Status s = initSodium(); !s)
        return Result<CoordinatorKey>::failure(s.error());
    CoordinatorKey key;
    key.m_secretKey = SecretBytes::allocate(SecretKeyBytes);
    if (key.m_secretKey.isEmpty())
        return Result<CoordinatorKey>::failure(noMemory());
    key.m_publicKey = QByteArray(PublicKeyBytes, '\0');
    crypto_box_keypair(reinterpret_cast<unsigned char *>(key.m_publicKey.data()), key.m_secretKey.data());
    key.m_createdAt = wholeMilliseconds(QDateTime::currentDateTimeUtc());
    return key;
}

Result<CoordinatorKey> CoordinatorKey::fromSecretKey(const SecretBytes &secretKey, const QDateTime &createdAt)
{
    if (Status s = initSodium(); !s)
        return Result<CoordinatorKey>::failure(s.error());
    if (secretKey.size() != std::size_t(SecretKeyBytes))
        return Result<CoordinatorKey>::failure(
            u"a coordinator's secret key has %1 bytes, not %2"_s.arg(SecretKeyBytes).arg(secretKey.size()));
    CoordinatorKey key;
    key.m_secretKey = secretKey;
    key.m_publicKey = QByteArray(PublicKeyBytes, '\0');
    if (crypto_scalarmult_base(reinterpret_cast<unsigned char *>(key.m_publicKey.data()), secretKey.data())
        != 0)
        return Result<CoordinatorKey>::failure(u"the secret key gives no usable public key"_s);
    key.m_createdAt = wholeMilliseconds(createdAt);
    return key;
}

QString CoordinatorKey::fingerprint() const
{
    return keyFingerprint(m_publicKey);
}

} // namespace panelist
