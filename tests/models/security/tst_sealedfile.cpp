// Sealed response files (models/security/sealedfile.h, docs/security.md): the round trip, and every
// way a sealed file can be wrong: another key, any byte changed, cut short anywhere, a header that lies
// about sizes, too large, not a sealed file at all, random bytes behind the magic.

#include "models/security/keyencoding.h"
#include "models/security/sealedfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace panelist;
using namespace Qt::StringLiterals;

namespace {

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(n, '\0');
    for (qsizetype i = 0; i < n; ++i)
        bytes[i] = char(random.bounded(256));
    return bytes;
}

QByteArray bigEndian32(quint32 v)
{
    QByteArray b;
    for (int shift = 24; shift >= 0; shift -= 8)
        b.append(char((v >> shift) & 0xFF));
    return b;
}

// A sealed file put together by hand: the magic, a header length, the header, the rest.
QByteArray forged(const QByteArray &header, const QByteArray &rest, std::optional<quint32> headerLength = {})
{
    return QByteArray(SealedFile::Magic, 8) + bigEndian32(headerLength.value_or(quint32(header.size())))
        + header + rest;
}

QByteArray headerJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSealedFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void layout();
    void emptyContent();
    void anotherKey();
    void anotherKeysFingerprint();
    void flippedByteAnywhere();
    void truncatedAnywhere();
    void headerLying_data();
    void headerLying();
    void tooLarge();
    void largestContent();
    void notSealed();
    void hostileBytes();

private:
    std::optional<CoordinatorKey> m_key;
    std::optional<CoordinatorKey> m_other;
    QByteArray m_content;
    QByteArray m_sealed;
    QJsonObject m_header;
    QByteArray m_box;
};

void TestSealedFile::initTestCase()
{
    m_key = *CoordinatorKey::generate();
    m_other = *CoordinatorKey::generate();
    m_content = randomBytes(200, 1);
    const Result<QByteArray> sealed = SealedFile::seal(m_content, m_key->publicKey());
    QVERIFY2(sealed.ok(), qPrintable(sealed.error()));
    m_sealed = *sealed;
    const quint32 length = quint32(quint8(m_sealed.at(8))) << 24 | quint32(quint8(m_sealed.at(9))) << 16
        | quint32(quint8(m_sealed.at(10))) << 8 | quint32(quint8(m_sealed.at(11)));
    m_header = QJsonDocument::fromJson(m_sealed.mid(12, length)).object();
    m_box = m_sealed.mid(12 + length);
}

void TestSealedFile::roundTrip()
{
    const Result<QByteArray> opened = SealedFile::open(m_sealed, *m_key, u"r.panelist-sealed"_s);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(*opened, m_content);
    // An ephemeral key each time: sealing the same bytes twice gives two different files.
    const Result<QByteArray> again = SealedFile::seal(m_content, m_key->publicKey());
    QVERIFY(again.ok());
    QVERIFY(*again != m_sealed);
    QCOMPARE(*SealedFile::open(*again, *m_key, u"r"_s), m_content);
}

void TestSealedFile::layout()
{
    QVERIFY(SealedFile::looksSealed(m_sealed));
    QCOMPARE(m_sealed.left(8), QByteArray("\x89PNLS\r\n\x1a"));
    QCOMPARE(m_header.value(u"format"_s).toString(), u"panelist-sealed"_s);
    QCOMPARE(m_header.value(u"version"_s).toInt(), 1);
    QCOMPARE(m_header.value(u"key_fingerprint"_s).toString(), m_key->fingerprint());
    QCOMPARE(m_header.value(u"content_bytes"_s).toInteger(), 200);
    QCOMPARE(m_header.keys().size(), 4);
    QCOMPARE(m_box.size(), 200 + 48);
    QVERIFY(!m_sealed.contains(m_content.mid(50, 16)));
    const Result<SealedFile::Header> header = SealedFile::readHeader(m_sealed, u"r"_s);
    QVERIFY(header.ok());
    QCOMPARE(header->keyFingerprint, m_key->fingerprint());
    QCOMPARE(header->contentBytes, 200);
    QCOMPARE(header->ciphertextOffset, m_sealed.size() - 248);
}

void TestSealedFile::emptyContent()
{
    const Result<QByteArray> sealed = SealedFile::seal(QByteArray(), m_key->publicKey());
    QVERIFY(sealed.ok());
    const Result<QByteArray> opened = SealedFile::open(*sealed, *m_key, u"r"_s);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(opened->isEmpty());
}

void TestSealedFile::anotherKey()
{
    const Result<QByteArray> opened = SealedFile::open(m_sealed, *m_other, u"r.panelist-sealed"_s);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error(),
        u"r.panelist-sealed: sealed for another key (fingerprint %1; this key is %2)"_s.arg(
            m_key->fingerprint(), m_other->fingerprint()));
    QVERIFY(!SealedFile::seal(m_content, QByteArray(31, 'k')).ok());
}

// A header edited to name the other key does not make the other key open it.
void TestSealedFile::anotherKeysFingerprint()
{
    QJsonObject header = m_header;
    header.insert(u"key_fingerprint"_s, m_other->fingerprint());
    const Result<QByteArray> opened = SealedFile::open(forged(headerJson(header), m_box), *m_other, u"r"_s);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().startsWith(u"r: damaged: the sealed content does not authenticate"_s),
        qPrintable(opened.error()));
}

void TestSealedFile::flippedByteAnywhere()
{
    for (qsizetype i = 0; i < m_sealed.size(); ++i) {
        for (char bit : { char(0x01), char(0x80) }) {
            QByteArray bytes = m_sealed;
            bytes[i] = char(bytes.at(i) ^ bit);
            const Result<QByteArray> opened = SealedFile::open(bytes, *m_key, u"r"_s);
            QVERIFY2(!opened.ok(), qPrintable(u"byte %1 accepted"_s.arg(i)));
            QVERIFY2(opened.error().startsWith(u"r"_s), qPrintable(opened.error()));
        }
    }
}

void TestSealedFile::truncatedAnywhere()
{
    const Result<QByteArray> empty = SealedFile::open(QByteArray(), *m_key, u"r"_s);
    QVERIFY(!empty.ok());
    for (qsizetype n = 1; n < m_sealed.size(); ++n) {
        const Result<QByteArray> opened = SealedFile::open(m_sealed.left(n), *m_key, u"r"_s);
        QVERIFY2(!opened.ok(), qPrintable(u"%1 bytes accepted"_s.arg(n)));
        QVERIFY2(opened.error().startsWith(u"r: truncated: "_s), qPrintable(opened.error()));
    }
}

void TestSealedFile::headerLying_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray header = headerJson(m_header);
    const auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject o = m_header;
        o.insert(key, value);
        return forged(headerJson(o), m_box);
    };
    QTest::newRow("content one byte longer")
        << with(u"content_bytes"_s, 201)
        << u"r: truncated: 248 bytes of sealed content, where the header "
           u"announces 249 bytes"_s;
    QTest::newRow("content one byte shorter")
        << with(u"content_bytes"_s, 199)
        << u"r: damaged: 248 bytes of sealed content, 1 byte more than the "
           u"header announces"_s;
    QTest::newRow("content the largest") << with(u"content_bytes"_s, qint64(SealedFile::MaxContentBytes))
                                         << u"r: truncated: 248 bytes of sealed content"_s;
    QTest::newRow("content beyond the cap")
        << with(u"content_bytes"_s, qint64(SealedFile::MaxContentBytes) + 1)
        << u"$.content_bytes: too large: 67,108,865 bytes"_s;
    QTest::newRow("content absurd") << with(u"content_bytes"_s, 1e300) << u"$.content_bytes: too large"_s;
    QTest::newRow("content negative") << with(u"content_bytes"_s, -1) << u"$.content_bytes: expected"_s;
    QTest::newRow("content fractional")
        << with(u"content_bytes"_s, 200.5) << u"$.content_bytes: expected a whole number of bytes"_s;
    QTest::newRow("content a string") << with(u"content_bytes"_s, u"200"_s) << u"$.content_bytes: expected"_s;
    QTest::newRow("fingerprint malformed")
        << with(u"key_fingerprint"_s, u"4f2a"_s) << u"$.key_fingerprint: expected a key fingerprint"_s;
    QTest::newRow("another format") << with(u"format"_s, u"panelist-key"_s) << u"$.format: expected"_s;
    QTest::newRow("a newer version") << with(u"version"_s, 2) << u"$.version: version 2 is newer"_s;
    QTest::newRow("an unknown key") << with(u"cipher"_s, u"none"_s) << u"$.cipher: unknown key"_s;
    QTest::newRow("not an object") << forged("[]", m_box)
                                   << u"r (sealed file header): $: expected an object"_s;
    QTest::newRow("not JSON") << forged(QByteArray(header.size(), 'x'), m_box) << u"$: not valid JSON"_s;
    QTest::newRow("header length 0") << forged(header, m_box, 0)
                                     << u"r: damaged: its header length, 0 bytes"_s;
    QTest::newRow("header length 4097") << forged(header, m_box, 4097) << u"r: damaged: its header length"_s;
    QTest::newRow("header length 2^32-1")
        << forged(header, m_box, 0xFFFFFFFFu) << u"r: damaged: its header length"_s;
    QTest::newRow("header length past the end") << forged(header, QByteArray(), quint32(header.size() + 10))
                                                << u"r: truncated: it ends inside its header"_s;
    QTest::newRow("header length one short")
        << forged(header, m_box, quint32(header.size() - 1)) << u"$: not valid JSON"_s;
    QTest::newRow("header length one long")
        << forged(header, m_box, quint32(header.size() + 1)) << u"$: not valid JSON"_s;
}

void TestSealedFile::headerLying()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const Result<QByteArray> opened = SealedFile::open(bytes, *m_key, u"r"_s);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().startsWith(u"r"_s), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(expected), qPrintable(opened.error()));
}

void TestSealedFile::tooLarge()
{
    const QByteArray content(SealedFile::MaxContentBytes + 1, 'x');
    const Result<QByteArray> sealed = SealedFile::seal(content, m_key->publicKey());
    QVERIFY(!sealed.ok());
    QVERIFY2(
        sealed.error().startsWith(u"too large: 67,108,865 bytes of content"_s), qPrintable(sealed.error()));
}

void TestSealedFile::largestContent()
{
    const QByteArray content(SealedFile::MaxContentBytes, 'x');
    const Result<QByteArray> sealed = SealedFile::seal(content, m_key->publicKey());
    QVERIFY2(sealed.ok(), qPrintable(sealed.error()));
    QVERIFY(sealed->size() <= SealedFile::MaxSealedBytes);
    const Result<QByteArray> opened = SealedFile::open(*sealed, *m_key, u"r"_s);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(*opened == content);
}

void TestSealedFile::notSealed()
{
    for (const QByteArray &bytes : { QByteArray("SQLite format 3\0 and more", 25),
             QByteArray("{\"format\":1}"), QByteArray("\x89PNG\r\n\x1a\n....") }) {
        const Result<QByteArray> opened = SealedFile::open(bytes, *m_key, u"r"_s);
        QVERIFY(!opened.ok());
        QCOMPARE(
            opened.error(), u"r: not a sealed response file (it does not start with the signature of one)"_s);
        QVERIFY(!SealedFile::looksSealed(bytes));
    }
}

// Random bytes behind the magic and a valid header length, and random changes to a good file: each is
// refused, none crashes (run under a sanitizer this is where it would show).
void TestSealedFile::hostileBytes()
{
    QRandomGenerator random(42);
    for (int i = 0; i < 3000; ++i) {
        QByteArray bytes;
        if (i % 2 == 0) {
            bytes = forged(randomBytes(random.bounded(1, 300), quint32(i)),
                randomBytes(random.bounded(300), quint32(i) + 1), quint32(random.bounded(1, 600)));
        } else {
            bytes = m_sealed;
            for (int changes = random.bounded(1, 6); changes > 0; --changes)
                bytes[random.bounded(bytes.size())] = char(random.bounded(256));
            if (bytes == m_sealed)
                continue;
        }
        QVERIFY2(!SealedFile::open(bytes, *m_key, u"r"_s).ok(), qPrintable(QString::number(i)));
    }
}

QTEST_GUILESS_MAIN(TestSealedFile)
#include "tst_sealedfile.moc"
