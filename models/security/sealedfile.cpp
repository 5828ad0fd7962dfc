#include "models/security/sealedfile.h"

#include "models/common/jsondocument.h"
#include "models/common/jsonreader.h"
#include "models/security/keyencoding.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <sodium.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace panelist::SealedFile {

static_assert(SealOverhead == crypto_box_SEALBYTES);

namespace {

QString bytesText(qint64 n)
{
    return QLocale(QLocale::English).toString(n) + (n == 1 ? u" byte"_s : u" bytes"_s);
}

QString tooLarge(qint64 n)
{
    return u"too large: %1 of content; a sealed response file holds at most %2 (64 MiB, the largest "
           u"response file)"_s.arg(bytesText(n), bytesText(MaxContentBytes));
}

quint32 bigEndian32(QByteArrayView bytes, qsizetype at)
{
    quint32 v = 0;
    for (qsizetype i = 0; i < 4; ++i)
        v = (v << 8) | quint8(bytes.at(at + i));
    return v;
}

void appendBigEndian32(QByteArray &out, quint32 v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((v >> shift) & 0xFF));
}

// The header's JSON, every problem listed at its path.
Result<Header> parseHeader(QByteArrayView json, const QString &source)
{
    const QString where = source + u" (sealed file header)"_s;
    const JsonDocument doc = JsonDocument::parse(json.toByteArray());
    if (!doc.isValid())
        return Result<Header>::failure(formatJsonProblems(where, { *doc.error() }));
    JsonProblems problems;
    Header header;
    const std::optional<JsonObjectReader> root = JsonNode(problems, doc.root(), JsonPath()).object();
    if (root && readFormatAndVersion(*root, FormatName, FormatVersion, u"sealed response file"_s)) {
        root->allowOnly({ u"format"_s, u"version"_s, u"key_fingerprint"_s, u"content_bytes"_s });
        if (const auto fingerprint = root->string(u"key_fingerprint"_s)) {
            if (root->at(u"key_fingerprint"_s)
                    .expect(looksLikeFingerprint(*fingerprint),
                        u"a key fingerprint like \"4F2A-91C0-3B7D-E2A4-0C91\""_s))
                header.keyFingerprint = *fingerprint;
        }
        // Any number is read first, so that a size beyond the cap is called too large, not malformed.
        const QString whole = u"a whole number of bytes"_s;
        if (const auto node = root->required(u"content_bytes"_s, whole)) {
            const double size = node->value().toDouble(-1);
            if (node->expect(node->value().isDouble() && size >= 0 && std::floor(size) == size, whole)) {
                if (size > double(MaxContentBytes))
                    node->fail(tooLarge(qint64(std::min(size, 9e18))));
                else
                    header.contentBytes = qint64(size);
            }
        }
    }
    if (!problems.isEmpty())
        return Result<Header>::failure(formatJsonProblems(where, problems.inDocumentOrder(doc)));
    return header;
}

} // namespace

bool looksSealed(QByteArrayView bytes)
{
    return bytes.startsWith(QByteArrayView(Magic, sizeof Magic));
}

Result<QByteArray> seal(QByteArrayView content, const QByteArray &publicKey)
{
    if (Status s = initSodium(); !s)
        return Result<QByteArray>::failure(s.error());
    if (publicKey.size() != CoordinatorKey::PublicKeyBytes)
        return Result<QByteArray>::failure(
            u"not a coordinator's public key: %1, not %2"_s.arg(bytesText(publicKey.size()), bytesText(32)));
    if (content.size() > MaxContentBytes)
        return Result<QByteArray>::failure(tooLarge(content.size()));
    const QJsonObject header { { u"format"_s, FormatName }, { u"version"_s, FormatVersion },
        { u"key_fingerprint"_s, keyFingerprint(publicKey) }, { u"content_bytes"_s, qint64(content.size()) } };
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray out;
    out.reserve(PrefixBytes + json.size() + content.size() + SealOverhead);
    out.append(Magic, sizeof Magic);
    appendBigEndian32(out, quint32(json.size()));
    out.append(json);
    const qsizetype at = out.size();
    out.resize(at + content.size() + SealOverhead);
    crypto_box_seal(reinterpret_cast<unsigned char *>(out.data() + at),
        reinterpret_cast<const unsigned char *>(content.data()), std::size_t(content.size()),
        reinterpret_cast<const unsigned char *>(publicKey.constData()));
    return out;
}

Result<Header> readHeader(QByteArrayView sealed, const QString &source)
{
    using R = Result<Header>;
    const QByteArrayView magic(Magic, sizeof Magic);
    if (sealed.isEmpty())
        return R::failure(source + u": empty: not a sealed response file"_s);
    if (sealed.size() < magic.size() && magic.startsWith(sealed))
        return R::failure(source + u": truncated: it ends inside the sealed-file signature"_s);
    if (!looksSealed(sealed))
        return R::failure(
            source + u": not a sealed response file (it does not start with the signature of one)"_s);
    if (sealed.size() < PrefixBytes)
        return R::failure(source + u": truncated: it ends inside the header length"_s);
    const quint32 headerBytes = bigEndian32(sealed, sizeof Magic);
    if (headerBytes == 0 || headerBytes > MaxHeaderBytes)
        return R::failure(source
            + u": damaged: its header length, %1, is not from 1 to %2"_s.arg(
                bytesText(headerBytes), bytesText(MaxHeaderBytes)));
    if (sealed.size() < PrefixBytes + qsizetype(headerBytes))
        return R::failure(source
            + u": truncated: it ends inside its header (%1 of the %2 announced)"_s.arg(
                bytesText(sealed.size() - PrefixBytes), bytesText(headerBytes)));
    Result<Header> header = parseHeader(sealed.sliced(PrefixBytes, headerBytes), source);
    if (!header)
        return header;
    header->ciphertextOffset = PrefixBytes + headerBytes;
    const qint64 expected = header->contentBytes + SealOverhead;
    const qint64 found = sealed.size() - header->ciphertextOffset;
    if (found < expected)
        return R::failure(source
            + u": truncated: %1 of sealed content, where the header announces %2"_s.arg(
                bytesText(found), bytesText(expected)));
    if (found > expected)
        return R::failure(source
            + u": damaged: %1 of sealed content, %2 more than the header announces"_s.arg(
                bytesText(found), bytesText(found - expected)));
    return header;
}

Result<QByteArray> open(QByteArrayView sealed, const CoordinatorKey &key, const QString &source)
{
    using R = Result<QByteArray>;
    if (Status s = initSodium(); !s)
        return R::failure(source + u": "_s + s.error());
    const Result<Header> header = readHeader(sealed, source);
    if (!header)
        return R::failure(header.error());
    if (header->keyFingerprint != key.fingerprint())
        return R::failure(source
            + u": sealed for another key (fingerprint %1; this key is %2)"_s.arg(
                header->keyFingerprint, key.fingerprint()));
    QByteArray content(header->contentBytes, '\0');
    const QByteArrayView box = sealed.sliced(header->ciphertextOffset);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(content.data()),
            reinterpret_cast<const unsigned char *>(box.data()), std::size_t(box.size()),
            reinterpret_cast<const unsigned char *>(key.publicKey().constData()), key.secretKey().data())
        != 0)
        return R::failure(source
            + u": damaged: the sealed content does not authenticate (it was changed after "
              u"sealing, or sealed to another key under this key's fingerprint)"_s);
    return content;
}

QString keyFingerprintOf(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly) || in.size() > MaxSealedBytes)
        return {};
    if (!looksSealed(in.peek(sizeof(Magic))))
        return {};
    const QByteArray bytes = in.readAll();
    const Result<Header> header = readHeader(bytes, path);
    return header ? header->keyFingerprint : QString();
}

} // namespace panelist::SealedFile
