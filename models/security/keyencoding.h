#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace panelist {

// How keys, signatures and other binary fields are written as text in Panelist's files
// (docs/security.md): standard base64 ("+/" and "=" padding, no line breaks),
// through libsodium's sodium_bin2base64 and sodium_base642bin.
QString toBase64(QByteArrayView bytes);
// The bytes of text when it is base64 exactly as toBase64() writes it (no white space, no missing or
// extra padding, no stray bits) and decodes to expectedBytes bytes; nothing otherwise. Exactness keeps
// one value to one spelling, so a changed letter can never mean the same key.
std::optional<QByteArray> fromBase64(const QString &text, qsizetype expectedBytes);

// Bytes of BLAKE2b a fingerprint keeps: 80 bits, beyond reach of anyone who wants a key of their own
// to show someone else's fingerprint (a second preimage), and short enough to read over the phone.
inline constexpr int FingerprintBytes = 10;

// The fingerprint people compare to know a public key is the right one, the same for every kind of
// Panelist key: BLAKE2b-256 (crypto_generichash, no key) of the raw public key, its first 10 bytes as
// upper-case hex in five groups of four: "4F2A-91C0-3B7D-E2A4-0C91". Empty when publicKey is empty.
QString keyFingerprint(QByteArrayView publicKey);
// Whether text is written as keyFingerprint() writes one (not whether any key has it).
bool looksLikeFingerprint(const QString &text);

} // namespace panelist
