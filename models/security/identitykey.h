#pragma once

#include "models/common/result.h"
#include "models/security/secretbytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace panelist {

// An expert's identity: an Ed25519 key pair (crypto_sign) that signs each response the expert submits,
// so that nobody else can make a newer revision in the expert's name (docs/security.md, "The expert's
// identity"). Made on first use and kept in the data folder the caller gives, in a file only its owner
// may read; the expert is never asked anything. Copies share the one secret buffer.
class IdentityKey
{
public:
    static constexpr int PublicKeyBytes = 32; // crypto_sign_PUBLICKEYBYTES
    static constexpr int SignatureBytes = 64; // crypto_sign_BYTES
    static inline const QString FileName = QStringLiteral("identity.panelist-identity");
    static inline const QString FormatName = QStringLiteral("panelist-identity");
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileBytes = 64 * 1024;

    // The identity in folder/FileName, made (mode 0600) when there is none. A file others may read or
    // write is made private again (mode 0600) and used: it is the expert's, and a new identity would
    // not undo a copy already taken, only break the link to the expert's earlier revisions;
    // repairedMode() tells the caller so it can say so. Refused: a file that is a symbolic link, one
    // that belongs to another user, and a damaged one (never replaced: moving it away makes a new
    // identity).
    static Result<IdentityKey> loadOrCreate(const QString &folder);

    const QByteArray &publicKey() const { return m_publicKey; } // 32 raw bytes
    QString publicKeyBase64() const; // as response files and docs/security.md write it
    QString fingerprint() const; // models/security/keyencoding.h
    const QDateTime &createdAt() const { return m_createdAt; }
    bool created() const { return m_created; } // made by this loadOrCreate()
    bool repairedMode() const { return m_repairedMode; }

    // The base64 signature of signedMessage(contentHash); refused when contentHash is not a content hash.
    Result<QString> sign(const QString &contentHash) const;

private:
    IdentityKey() = default;
    static Result<IdentityKey> load(const QString &path);
    static Result<IdentityKey> create(const QString &path);

    QByteArray m_publicKey;
    SecretBytes m_secretKey; // crypto_sign's 64-byte secret key: the seed, then the public key
    QDateTime m_createdAt;
    bool m_created = false;
    bool m_repairedMode = false;
};

// Whether text is a response's content hash: SHA-256 as 64 lower-case hex digits
// (models/response/contentjson.h, models/common/sha256.h).
bool isContentHash(const QString &text);
// What a response signature signs: "panelist-response-content-v1:" and the content hash, in ASCII. The
// prefix keeps a signature made for a response from ever passing for anything else signed with the
// same key.
QByteArray signedMessage(const QString &contentHash);
// Whether signature (base64 of 64 bytes) was made by publicKey (base64 of 32 bytes) over contentHash;
// the failure says which part is wrong: not a key, not a signature, not a hash, or does not match.
Status verifySignature(const QString &publicKey, const QString &contentHash, const QString &signature);

} // namespace panelist
