#pragma once

#include "models/common/result.h"
#include "models/security/coordinatorkey.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace panelist {

// A coordinator key file, NAME.panelist-key (docs/security.md, "The key file"): a small JSON document
// with the public key, its fingerprint, when the key was made and the secret key encrypted with
// XChaCha20-Poly1305 (crypto_aead_xchacha20poly1305_ietf) under a key derived from a passphrase with
// Argon2id (crypto_pwhash). The secret key is never on disk in clear.
namespace KeyFile {

inline const QString Suffix = QStringLiteral(".panelist-key");
inline const QString FormatName = QStringLiteral("panelist-key");
inline constexpr int FormatVersion = 1;
// Far beyond the ~700 bytes a key file has; what is read before anything is parsed.
inline constexpr qint64 MaxBytes = 64 * 1024;
// A new passphrase has at least this many characters; one being tried may have any length up to
// MaxPassphraseBytes of UTF-8.
inline constexpr int MinPassphraseCharacters = 8;
inline constexpr int MaxPassphraseBytes = 1024;

} // namespace KeyFile

// How much work Argon2id makes each guess of the passphrase cost: libsodium's named limits.
// Moderate (3 passes over 256 MiB, about a second) is what panelist-cli writes; Interactive (2 passes
// over 64 MiB) is the least a key file may use, for tests and small machines.
enum class KdfStrength { Interactive, Moderate };

// What a key file says without its passphrase.
struct KeyFileInfo
{
    QByteArray publicKey; // 32 raw bytes
    QString fingerprint; // keyFingerprint(publicKey), checked against the file's "fingerprint"
    QDateTime createdAt; // as the file says; authenticated only once the file is unlocked
    int kdfOpsLimit = 0;
    qint64 kdfMemLimit = 0; // bytes
};

// Why a new passphrase cannot be used (too short, too long), or success.
Status checkNewPassphrase(const QString &passphrase);

// The key file's bytes for key, locked with passphrase (fresh salt and nonce each time).
Result<QByteArray> lockCoordinatorKey(
    const CoordinatorKey &key, const QString &passphrase, KdfStrength strength = KdfStrength::Moderate);
// What bytes say about their key, every problem with the document listed at its JSON path, each line
// starting with source.
Result<KeyFileInfo> readKeyFileInfo(const QByteArray &bytes, const QString &source);
// The key pair in bytes. A wrong passphrase and a damaged secret are one refusal, "wrong passphrase
// or damaged key file": nothing tells them apart, and saying which would help a guesser.
Result<CoordinatorKey> unlockCoordinatorKey(
    const QByteArray &bytes, const QString &passphrase, const QString &source);

// A new key pair written to path (which must not exist; mode 0600, all or nothing), and returned.
Result<CoordinatorKey> createCoordinatorKey(
    const QString &path, const QString &passphrase, KdfStrength strength = KdfStrength::Moderate);
// An existing key pair (one restored from its backup) written to a new key file at path.
Status writeKeyFile(const QString &path, const CoordinatorKey &key, const QString &passphrase,
    KdfStrength strength = KdfStrength::Moderate);
// The file at path, read (at most KeyFile::MaxBytes) and described or unlocked.
Result<KeyFileInfo> readKeyFileInfo(const QString &path);
Result<CoordinatorKey> unlockKeyFile(const QString &path, const QString &passphrase);

} // namespace panelist
