// The coordinator's key and its key file (models/security/keyfile.h, docs/security.md): the
// fingerprint against a test vector computed outside Panelist, the key file's round trip, its mode, a
// wrong passphrase, and every field of the file changed or removed.

#include "models/security/keyencoding.h"
#include "models/security/keyfile.h"

#include "../../common/filebytes.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace panelist;
using namespace Qt::StringLiterals;

namespace {

const QString Passphrase = u"correct horse battery staple"_s;
const QString WrongOrDamaged = u"wrong passphrase or damaged key file"_s;

QByteArray counting(int n)
{
    QByteArray bytes(n, '\0');
    for (int i = 0; i < n; ++i)
        bytes[i] = char(i);
    return bytes;
}

int fileMode(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray jsonOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// A base64 field with one bit of its decoded bytes flipped.
QString flipped(const QString &base64, int byte)
{
    QByteArray bytes = QByteArray::fromBase64(base64.toLatin1());
    bytes[byte] = char(bytes.at(byte) ^ 0x01);
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

class TestCoordinatorKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fingerprintVectors();
    void fingerprintFormat();
    void base64IsExact();
    void createAndUnlock();
    void existingFileIsKept();
    void newPassphraseRules();
    void wrongPassphrase();
    void passphraseIsNormalised();
    void tampered_data();
    void tampered();
    void unknownAndMissingFields();
    void notAKeyFile();

private:
    QTemporaryDir m_dir;
    QByteArray m_lockedBytes; // an interactive-strength key file, locked with Passphrase
    std::optional<CoordinatorKey> m_key;
};

void TestCoordinatorKey::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Result<CoordinatorKey> key = CoordinatorKey::generate();
    QVERIFY2(key.ok(), qPrintable(key.error()));
    m_key = *key;
    const Result<QByteArray> bytes = lockCoordinatorKey(*key, Passphrase, KdfStrength::Interactive);
    QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
    m_lockedBytes = *bytes;
}

// BLAKE2b-256 of the raw key, first 10 bytes, as computed by Python's hashlib.blake2b(digest_size=32).
void TestCoordinatorKey::fingerprintVectors()
{
    QCOMPARE(keyFingerprint(counting(32)), u"CB2F-5160-FC1F-7E05-A55E"_s);
    QCOMPARE(keyFingerprint(QByteArray(32, '\0')), u"89EB-0D6A-8A69-1DAE-2CD1"_s);
    QCOMPARE(keyFingerprint(counting(32)), keyFingerprint(counting(32)));
    QCOMPARE(keyFingerprint(QByteArray()), QString());
}

void TestCoordinatorKey::fingerprintFormat()
{
    const QString f = m_key->fingerprint();
    QCOMPARE(f.size(), 24);
    QVERIFY(looksLikeFingerprint(f));
    QCOMPARE(f, keyFingerprint(m_key->publicKey()));
    QVERIFY(!looksLikeFingerprint(f.toLower()));
    QVERIFY(!looksLikeFingerprint(f.left(19)));
    QVERIFY(!looksLikeFingerprint(f + u"-0000"_s));
    QVERIFY(!looksLikeFingerprint(QString(f).replace(u'-', u' ')));
}

void TestCoordinatorKey::base64IsExact()
{
    QCOMPARE(toBase64(counting(3)), u"AAEC"_s);
    QCOMPARE(fromBase64(u"AAEC"_s, 3), std::optional<QByteArray>(counting(3)));
    QCOMPARE(fromBase64(u"AA=="_s, 1), std::optional<QByteArray>(QByteArray(1, '\0')));
    QVERIFY(!fromBase64(u"AB=="_s, 1)); // stray bits after the byte
    QVERIFY(!fromBase64(u"AA"_s, 1)); // padding missing
    QVERIFY(!fromBase64(u"AAEC"_s, 2)); // another length
    QVERIFY(!fromBase64(u" AAEC"_s.mid(0, 4), 3));
    QVERIFY(!fromBase64(u"AA-C"_s, 3)); // the URL alphabet
    QVERIFY(!fromBase64(u"AA\u00e9C"_s, 3));
}

void TestCoordinatorKey::createAndUnlock()
{
    const QString path = m_dir.filePath(u"study.panelist-key"_s);
    const Result<CoordinatorKey> created = createCoordinatorKey(path, Passphrase);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(fileMode(path), 0600);
    const QByteArray bytes = testfiles::readAll(path);
    // The secret is nowhere in the file, raw or as base64.
    QVERIFY(!bytes.contains(QByteArray(reinterpret_cast<const char *>(created->secretKey().data()), 32)));
    QVERIFY(!bytes.contains(toBase64(created->secretKey().view()).toLatin1()));
    const QJsonObject o = objectOf(bytes);
    QCOMPARE(o.value(u"format"_s).toString(), u"panelist-key"_s);
    QCOMPARE(o.value(u"version"_s).toInt(), 1);
    QCOMPARE(o.value(u"fingerprint"_s).toString(), created->fingerprint());
    QCOMPARE(o.value(u"public_key"_s).toString(), toBase64(created->publicKey()));
    const QJsonObject kdf = o.value(u"kdf"_s).toObject();
    QCOMPARE(kdf.value(u"algorithm"_s).toString(), u"argon2id13"_s);
    QCOMPARE(kdf.value(u"opslimit"_s).toInteger(), 3); // libsodium's MODERATE
    QCOMPARE(kdf.value(u"memlimit"_s).toInteger(), 256 * 1024 * 1024);
    QCOMPARE(o.value(u"aead"_s).toObject().value(u"algorithm"_s).toString(), u"xchacha20poly1305-ietf"_s);

    const Result<KeyFileInfo> info = readKeyFileInfo(path);
    QVERIFY2(info.ok(), qPrintable(info.error()));
    QCOMPARE(info->fingerprint, created->fingerprint());
    QCOMPARE(info->publicKey, created->publicKey());
    QCOMPARE(info->createdAt, created->createdAt());
    QCOMPARE(info->kdfOpsLimit, 3);

    const Result<CoordinatorKey> unlocked = unlockKeyFile(path, Passphrase);
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.error()));
    QCOMPARE(unlocked->publicKey(), created->publicKey());
    QVERIFY(unlocked->secretKey().equals(created->secretKey().view()));
    QCOMPARE(unlocked->createdAt(), created->createdAt());
}

void TestCoordinatorKey::existingFileIsKept()
{
    const QString path = m_dir.filePath(u"taken.panelist-key"_s);
    QVERIFY(testfiles::writeAll(path, "mine"));
    const Result<CoordinatorKey> created = createCoordinatorKey(path, Passphrase, KdfStrength::Interactive);
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(u"already exists"_s), qPrintable(created.error()));
    QCOMPARE(testfiles::readAll(path), QByteArray("mine"));
}

void TestCoordinatorKey::newPassphraseRules()
{
    QVERIFY(!checkNewPassphrase(u"short"_s).ok());
    QVERIFY(!checkNewPassphrase(u"   short      "_s).ok());
    QVERIFY(checkNewPassphrase(u"eight ch"_s).ok());
    QVERIFY(!checkNewPassphrase(QString(1025, u'x')).ok());
    const QString path = m_dir.filePath(u"short.panelist-key"_s);
    const Result<CoordinatorKey> created = createCoordinatorKey(path, u"short"_s, KdfStrength::Interactive);
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(u"too short"_s), qPrintable(created.error()));
    QVERIFY(!QFile::exists(path));
}

void TestCoordinatorKey::wrongPassphrase()
{
    const Result<CoordinatorKey> key
        = unlockCoordinatorKey(m_lockedBytes, u"correct horse battery stapler"_s, u"k"_s);
    QVERIFY(!key.ok());
    QCOMPARE(key.error(), u"k: "_s + WrongOrDamaged);
    QVERIFY(!unlockCoordinatorKey(m_lockedBytes, QString(), u"k"_s).ok());
    QVERIFY(!unlockCoordinatorKey(m_lockedBytes, QString(5000, u'x'), u"k"_s).ok());
    QVERIFY(unlockCoordinatorKey(m_lockedBytes, Passphrase, u"k"_s).ok());
}

// "é" typed as one character or as e and a combining accent is one passphrase.
void TestCoordinatorKey::passphraseIsNormalised()
{
    const Result<QByteArray> bytes
        = lockCoordinatorKey(*m_key, u"caf\u00e9 au lait"_s, KdfStrength::Interactive);
    QVERIFY(bytes.ok());
    QVERIFY(unlockCoordinatorKey(*bytes, u"cafe\u0301 au lait"_s, u"k"_s).ok());
}

void TestCoordinatorKey::tampered_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // a part of the message

    const QJsonObject good = objectOf(m_lockedBytes);
    const QJsonObject kdf = good.value(u"kdf"_s).toObject();
    const QJsonObject aead = good.value(u"aead"_s).toObject();
    const auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject o = good;
        o.insert(key, value);
        return jsonOf(o);
    };
    const auto withKdf = [&](const QString &key, const QJsonValue &value) {
        QJsonObject k = kdf;
        k.insert(key, value);
        return with(u"kdf"_s, k);
    };
    const auto withAead = [&](const QString &key, const QJsonValue &value) {
        QJsonObject a = aead;
        a.insert(key, value);
        return with(u"aead"_s, a);
    };
    const QByteArray otherKey = counting(32);
    QJsonObject swapped = good;
    swapped.insert(u"public_key"_s, toBase64(otherKey));
    swapped.insert(u"fingerprint"_s, keyFingerprint(otherKey));

    QTest::newRow("format") << with(u"format"_s, u"panelist-survey"_s)
                            << u"k: $.format: expected \"panelist-key\""_s;
    QTest::newRow("version") << with(u"version"_s, 2) << u"k: $.version: version 2 is newer"_s;
    QTest::newRow("public_key alone") << with(u"public_key"_s, toBase64(otherKey))
                                      << u"k: $.fingerprint: expected \"%1\""_s.arg(keyFingerprint(otherKey));
    QTest::newRow("public_key and its fingerprint") << jsonOf(swapped) << WrongOrDamaged;
    QTest::newRow("public_key not base64")
        << with(u"public_key"_s, u"not a key"_s) << u"k: $.public_key: expected base64 of 32 bytes"_s;
    QTest::newRow("fingerprint") << with(u"fingerprint"_s, keyFingerprint(otherKey))
                                 << u"k: $.fingerprint: expected \"%1\""_s.arg(m_key->fingerprint());
    QTest::newRow("created_at changed")
        << with(u"created_at"_s, u"2020-01-01T00:00:00.000Z"_s) << WrongOrDamaged;
    QTest::newRow("created_at not a time")
        << with(u"created_at"_s, u"yesterday"_s) << u"k: $.created_at: expected a UTC time"_s;
    QTest::newRow("kdf.algorithm") << withKdf(u"algorithm"_s, u"argon2i13"_s)
                                   << u"k: $.kdf.algorithm: expected"_s;
    QTest::newRow("kdf.opslimit changed") << withKdf(u"opslimit"_s, 3) << WrongOrDamaged;
    QTest::newRow("kdf.opslimit too small") << withKdf(u"opslimit"_s, 1) << u"k: $.kdf.opslimit: expected"_s;
    QTest::newRow("kdf.opslimit too large")
        << withKdf(u"opslimit"_s, 1000000) << u"k: $.kdf.opslimit: expected"_s;
    QTest::newRow("kdf.memlimit changed") << withKdf(u"memlimit"_s, 2 * 64 * 1024 * 1024) << WrongOrDamaged;
    QTest::newRow("kdf.memlimit not KiB") << withKdf(u"memlimit"_s, 64 * 1024 * 1024 + 1)
                                          << u"k: $.kdf.memlimit: expected a whole number of KiB"_s;
    QTest::newRow("kdf.memlimit absurd")
        << withKdf(u"memlimit"_s, double(1ll << 40)) << u"k: $.kdf.memlimit: expected"_s;
    QTest::newRow("kdf.salt flipped")
        << withKdf(u"salt"_s, flipped(kdf.value(u"salt"_s).toString(), 5)) << WrongOrDamaged;
    QTest::newRow("kdf.salt short") << withKdf(u"salt"_s, toBase64(counting(15)))
                                    << u"k: $.kdf.salt: expected base64 of 16 bytes"_s;
    QTest::newRow("aead.algorithm") << withAead(u"algorithm"_s, u"aes256gcm"_s)
                                    << u"k: $.aead.algorithm: expected"_s;
    QTest::newRow("aead.nonce flipped")
        << withAead(u"nonce"_s, flipped(aead.value(u"nonce"_s).toString(), 23)) << WrongOrDamaged;
    QTest::newRow("aead.nonce short")
        << withAead(u"nonce"_s, toBase64(counting(12))) << u"k: $.aead.nonce: expected base64 of 24 bytes"_s;
    for (int byte : { 0, 17, 31, 32, 47 }) {
        QTest::addRow("aead.ciphertext byte %d flipped", byte)
            << withAead(u"ciphertext"_s, flipped(aead.value(u"ciphertext"_s).toString(), byte))
            << WrongOrDamaged;
    }
    QTest::newRow("aead.ciphertext short") << withAead(u"ciphertext"_s, toBase64(counting(32)))
                                           << u"k: $.aead.ciphertext: expected base64 of 48 bytes"_s;
}

// Every field changed is refused: by the reader when the change shows in the file, by the
// authentication of the sealed secret when only the passphrase could tell.
void TestCoordinatorKey::tampered()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const Result<CoordinatorKey> key = unlockCoordinatorKey(bytes, Passphrase, u"k"_s);
    QVERIFY(!key.ok());
    QVERIFY2(key.error().startsWith(u"k: "_s), qPrintable(key.error()));
    QVERIFY2(key.error().contains(expected), qPrintable(key.error()));
}

void TestCoordinatorKey::unknownAndMissingFields()
{
    const QJsonObject good = objectOf(m_lockedBytes);
    QJsonObject extra = good;
    extra.insert(u"secret_key"_s, u"x"_s);
    Result<KeyFileInfo> info = readKeyFileInfo(jsonOf(extra), u"k"_s);
    QVERIFY(!info.ok());
    QVERIFY2(info.error().contains(u"k: $.secret_key: unknown key"_s), qPrintable(info.error()));
    for (const QString &key : good.keys()) {
        QJsonObject missing = good;
        missing.remove(key);
        info = readKeyFileInfo(jsonOf(missing), u"k"_s);
        QVERIFY2(!info.ok(), qPrintable(key));
        QVERIFY2(info.error().contains(u"required key is missing"_s), qPrintable(info.error()));
    }
    for (const QString &part : { u"kdf"_s, u"aead"_s }) {
        for (const QString &key : good.value(part).toObject().keys()) {
            QJsonObject inner = good.value(part).toObject();
            inner.remove(key);
            QJsonObject missing = good;
            missing.insert(part, inner);
            info = readKeyFileInfo(jsonOf(missing), u"k"_s);
            QVERIFY2(!info.ok(), qPrintable(part + u'.' + key));
            QVERIFY2(info.error().contains(u"$.%1.%2: required key is missing"_s.arg(part, key)),
                qPrintable(info.error()));
        }
    }
}

void TestCoordinatorKey::notAKeyFile()
{
    Result<KeyFileInfo> info = readKeyFileInfo(QByteArray("SQLite format 3"), u"k"_s);
    QVERIFY(!info.ok());
    QVERIFY2(info.error().startsWith(u"k: $: not valid JSON"_s), qPrintable(info.error()));
    const QString big = m_dir.filePath(u"big.panelist-key"_s);
    QVERIFY(testfiles::writeAll(big, QByteArray(70000, ' ')));
    info = readKeyFileInfo(big);
    QVERIFY(!info.ok());
    QVERIFY2(
        info.error().contains(u"big.panelist-key: not a key file: it has 70,000 bytes, a key file has at "
                              u"most 65,536"_s),
        qPrintable(info.error()));
    info = readKeyFileInfo(m_dir.filePath(u"missing.panelist-key"_s));
    QVERIFY(!info.ok());
    QVERIFY2(info.error().contains(u"missing.panelist-key: cannot be read"_s), qPrintable(info.error()));
}

QTEST_GUILESS_MAIN(TestCoordinatorKey)
#include "tst_coordinatorkey.moc"
