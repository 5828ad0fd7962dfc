#pragma once

#include "models/common/result.h"
#include "models/security/secretbytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace panelist {

// A coordinator's key pair, unlocked: X25519 (libsodium's crypto_box), which experts' Panelist seals
// response files to (models/security/sealedfile.h). The public half travels in the survey file; the
// secret half lives only here, in sodium_malloc'd memory wiped when the last copy of the key goes, and
// on disk only locked with a passphrase (models/security/keyfile.h) or on the printed backup
// (models/security/keybackup.h). Copies share the one secret buffer.
class CoordinatorKey
{
public:
    static constexpr int PublicKeyBytes = 32; // crypto_box_PUBLICKEYBYTES
    static constexpr int SecretKeyBytes = 32; // crypto_box_SECRETKEYBYTES

    // A new key pair from the system's random source (crypto_box_keypair), created now.
    static Result<CoordinatorKey> generate();
    // The key pair whose secret key is secretKey (its public key computed with crypto_scalarmult_base),
    // as a backup restores it; createdAt is when the key was first made.
    static Result<CoordinatorKey> fromSecretKey(const SecretBytes &secretKey, const QDateTime &createdAt);

    const QByteArray &publicKey() const { return m_publicKey; } // 32 raw bytes
    const SecretBytes &secretKey() const { return m_secretKey; } // 32 bytes
    QString fingerprint() const; // keyFingerprint(publicKey()), models/security/keyencoding.h
    const QDateTime &createdAt() const { return m_createdAt; } // UTC, whole milliseconds

private:
    CoordinatorKey() = default;
    QByteArray m_publicKey;
    SecretBytes m_secretKey;
    QDateTime m_createdAt;
};

} // namespace panelist
