#pragma once

#include "models/common/result.h"
#include "models/instrument/instrumentlimits.h"
#include "models/security/coordinatorkey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace panelist {

// A sealed response file, NAME.panelist-sealed (docs/security.md, "The sealed file"): a response file's
// bytes encrypted to a coordinator's public key with libsodium's sealed box (crypto_box_seal: an
// ephemeral X25519 key pair per file, XSalsa20-Poly1305), behind a short clear header that says what
// it is and which key opens it:
//   8 bytes   magic: 89 50 4E 4C 53 0D 0A 1A ("\x89PNLS\r\n\x1a")
//   4 bytes   the header's length in bytes, big-endian, 1 to MaxHeaderBytes
//   header    compact JSON: {"content_bytes":N,"format":"panelist-sealed","key_fingerprint":"…","version":1}
//   the rest  crypto_box_seal(content), exactly content_bytes + 48 bytes
// Everything happens in memory: the clear bytes never touch the disk here.
namespace SealedFile {

inline const QString Suffix = QStringLiteral(".panelist-sealed");
inline const QString FormatName = QStringLiteral("panelist-sealed");
inline constexpr int FormatVersion = 1;
inline constexpr char Magic[8] = { '\x89', 'P', 'N', 'L', 'S', '\r', '\n', '\x1a' };
inline constexpr qsizetype PrefixBytes = 8 + 4; // the magic and the header length
inline constexpr quint32 MaxHeaderBytes = 4096;
inline constexpr qsizetype SealOverhead = 48; // crypto_box_SEALBYTES: the ephemeral public key and the tag
// What may be sealed: a response file, which the merge refuses beyond this size.
inline constexpr qint64 MaxContentBytes = InstrumentLimits::MaxResponseFileBytes;
inline constexpr qint64 MaxSealedBytes = PrefixBytes + MaxHeaderBytes + MaxContentBytes + SealOverhead;

// What the clear header says, checked against the file's length.
struct Header
{
    QString keyFingerprint; // whose public key it was sealed to (models/security/keyencoding.h)
    qint64 contentBytes = 0; // of the clear content
    qsizetype ciphertextOffset = 0; // where the sealed box starts
};

// Whether bytes start with the magic: a sealed file, or something claiming to be one.
bool looksSealed(QByteArrayView bytes);
// content sealed to publicKey (32 raw bytes); refused when content is larger than MaxContentBytes.
Result<QByteArray> seal(QByteArrayView content, const QByteArray &publicKey);
// The header of sealed bytes, without any key: refused when the bytes are not a sealed file, another
// version, truncated, too large or their header lies about their sizes. Messages start with source.
Result<Header> readHeader(QByteArrayView sealed, const QString &source);
// The clear content: readHeader()'s refusals, then "sealed for another key (fingerprint …; this key is
// …)" and "damaged" when the content does not authenticate.
Result<QByteArray> open(QByteArrayView sealed, const CoordinatorKey &key, const QString &source);
// The fingerprint of the key the file at path is sealed to; empty when it is not a sealed file (or
// cannot be read). For asking the coordinator for the right key before a merge.
QString keyFingerprintOf(const QString &path);

} // namespace SealedFile

} // namespace panelist
