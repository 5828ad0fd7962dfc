#include "models/security/keyencoding.h"

#include "models/security/secretbytes.h"

#include <QRegularExpression>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace panelist {

QString toBase64(QByteArrayView bytes)
{
    if (!initSodium())
        return {};
    constexpr int Variant = sodium_base64_VARIANT_ORIGINAL;
    QByteArray text(qsizetype(sodium_base64_ENCODED_LEN(std::size_t(bytes.size()), Variant)), '\0');
    sodium_bin2base64(text.data(), std::size_t(text.size()),
        reinterpret_cast<const unsigned char *>(bytes.data()), std::size_t(bytes.size()), Variant);
    text.chop(1); // the terminating NUL sodium writes
    return QString::fromLatin1(text);
}

std::optional<QByteArray> fromBase64(const QString &text, qsizetype expectedBytes)
{
    if (!initSodium() || expectedBytes < 0)
        return std::nullopt;
    const qsizetype expectedLength
        = qsizetype(sodium_base64_ENCODED_LEN(std::size_t(expectedBytes), sodium_base64_VARIANT_ORIGINAL))
        - 1;
    if (text.size() != expectedLength)
        return std::nullopt;
    const QByteArray latin = text.toLatin1();
    QByteArray bytes(expectedBytes, '\0');
    std::size_t decoded = 0;
    const char *end = nullptr;
    if (sodium_base642bin(reinterpret_cast<unsigned char *>(bytes.data()), std::size_t(bytes.size()),
            latin.constData(), std::size_t(latin.size()), nullptr, &decoded, &end,
            sodium_base64_VARIANT_ORIGINAL)
            != 0
        || decoded != std::size_t(expectedBytes) || end != latin.constData() + latin.size())
        return std::nullopt;
    if (toBase64(bytes) != text) // a character outside Latin-1, or stray bits in the last character
        return std::nullopt;
    return bytes;
}

QString keyFingerprint(QByteArrayView publicKey)
{
    if (publicKey.isEmpty() || !initSodium())
        return {};
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(publicKey.data()),
        std::size_t(publicKey.size()), nullptr, 0);
    const QString hex = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(hash), FingerprintBytes).toHex().toUpper());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(u'-');
}

bool looksLikeFingerprint(const QString &text)
{
    static const QRegularExpression form(u"^[0-9A-F]{4}(-[0-9A-F]{4}){4}$"_s);
    return form.match(text).hasMatch();
}

} // namespace panelist
