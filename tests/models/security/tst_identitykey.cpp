// The expert's identity and response signatures (models/security/identitykey.h, docs/security.md):
// made on first use with mode 0600, the same key loaded again, a mode others could read repaired, a
// damaged file refused and kept; signatures verified, and refused for another key, another hash, any
// changed byte, and a signature made without the domain prefix.

#include "models/common/sha256.h"
#include "models/security/identitykey.h"
#include "models/security/keyencoding.h"

#include "../../common/filebytes.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>
#include <sys/stat.h>

using namespace panelist;
using namespace Qt::StringLiterals;

namespace {

int fileMode(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QString flippedBase64(const QString &base64, int byte)
{
    QByteArray bytes = QByteArray::fromBase64(base64.toLatin1());
    bytes[byte] = char(bytes.at(byte) ^ 0x01);
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

class TestIdentityKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createdPrivateOnFirstUse();
    void loadedAgain();
    void modeRepaired();
    void symbolicLinkRefused();
    void damagedRefusedAndKept_data();
    void damagedRefusedAndKept();
    void signAndVerify();
    void signedMessageFormat();
    void anotherKey();
    void anotherHash();
    void flippedSignatureByte();
    void flippedPublicKeyByte();
    void withoutDomainPrefix();
    void malformedInputs();

private:
    QTemporaryDir m_dir;
    QString m_folder;
    std::optional<IdentityKey> m_key;
    QString m_hash;
    QString m_signature;
};

void TestIdentityKey::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(u"data/panelist"_s);
    m_hash = sha256Hex("a response's content");
    QVERIFY(isContentHash(m_hash));
}

void TestIdentityKey::createdPrivateOnFirstUse()
{
    const Result<IdentityKey> key = IdentityKey::loadOrCreate(m_folder);
    QVERIFY2(key.ok(), qPrintable(key.error()));
    QVERIFY(key->created());
    QVERIFY(!key->repairedMode());
    const QString path = QDir(m_folder).filePath(IdentityKey::FileName);
    QCOMPARE(fileMode(path), 0600);
    const QJsonObject o = QJsonDocument::fromJson(testfiles::readAll(path)).object();
    QCOMPARE(o.value(u"format"_s).toString(), u"panelist-identity"_s);
    QCOMPARE(o.value(u"version"_s).toInt(), 1);
    QCOMPARE(o.value(u"public_key"_s).toString(), key->publicKeyBase64());
    QCOMPARE(fromBase64(o.value(u"secret_seed"_s).toString(), 32)->size(), 32);
    QCOMPARE(key->fingerprint(), keyFingerprint(key->publicKey()));
    m_key = *key;
}

void TestIdentityKey::loadedAgain()
{
    const Result<IdentityKey> again = IdentityKey::loadOrCreate(m_folder);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(!again->created());
    QCOMPARE(again->publicKey(), m_key->publicKey());
    QCOMPARE(again->createdAt(), m_key->createdAt());
    const Result<QString> signature = again->sign(m_hash);
    QVERIFY(signature.ok());
    QVERIFY(verifySignature(m_key->publicKeyBase64(), m_hash, *signature).ok());
}

void TestIdentityKey::modeRepaired()
{
    const QString path = QDir(m_folder).filePath(IdentityKey::FileName);
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    const Result<IdentityKey> key = IdentityKey::loadOrCreate(m_folder);
    QVERIFY2(key.ok(), qPrintable(key.error()));
    QVERIFY(key->repairedMode());
    QCOMPARE(key->publicKey(), m_key->publicKey());
    QCOMPARE(fileMode(path), 0600);
    QVERIFY(!IdentityKey::loadOrCreate(m_folder)->repairedMode());
}

void TestIdentityKey::symbolicLinkRefused()
{
    const QString folder = m_dir.filePath(u"linked"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::link(
        QDir(m_folder).filePath(IdentityKey::FileName), QDir(folder).filePath(IdentityKey::FileName)));
    const Result<IdentityKey> key = IdentityKey::loadOrCreate(folder);
    QVERIFY(!key.ok());
    QVERIFY2(key.error().contains(u"is a symbolic link"_s), qPrintable(key.error()));
}

void TestIdentityKey::damagedRefusedAndKept_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    const QByteArray otherPublic(32, 'p');
    QTest::newRow("public key of another") << u"public_key"_s << QJsonValue(toBase64(otherPublic))
                                           << u"damaged: its secret seed does not belong to its public_key"_s;
    QTest::newRow("seed short") << u"secret_seed"_s << QJsonValue(toBase64(QByteArray(31, 's')))
                                << u"$.secret_seed: expected base64 of 32 bytes"_s;
    QTest::newRow("format") << u"format"_s << QJsonValue(u"panelist-key"_s) << u"$.format: expected"_s;
    QTest::newRow("created_at") << u"created_at"_s << QJsonValue(u"now"_s) << u"$.created_at: expected"_s;
    QTest::newRow("unknown key") << u"passphrase"_s << QJsonValue(u"x"_s) << u"$.passphrase: unknown key"_s;
}

void TestIdentityKey::damagedRefusedAndKept()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const QString folder = m_dir.filePath(u"damaged-"_s + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(IdentityKey::loadOrCreate(folder).ok());
    const QString path = QDir(folder).filePath(IdentityKey::FileName);
    QJsonObject o = QJsonDocument::fromJson(testfiles::readAll(path)).object();
    o.insert(key, value);
    const QByteArray damaged = QJsonDocument(o).toJson();
    QVERIFY(testfiles::writeAll(path, damaged));
    const Result<IdentityKey> loaded = IdentityKey::loadOrCreate(folder);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().startsWith(path), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(expected), qPrintable(loaded.error()));
    QCOMPARE(testfiles::readAll(path), damaged); // never replaced by a new identity
}

void TestIdentityKey::signAndVerify()
{
    const Result<QString> signature = m_key->sign(m_hash);
    QVERIFY2(signature.ok(), qPrintable(signature.error()));
    QCOMPARE(fromBase64(*signature, 64)->size(), 64);
    QVERIFY(verifySignature(m_key->publicKeyBase64(), m_hash, *signature).ok());
    // Ed25519 is deterministic: the same hash, the same signature.
    QCOMPARE(*m_key->sign(m_hash), *signature);
    m_signature = *signature;
}

// The message is the documented one: any other implementation can check it with crypto_sign.
void TestIdentityKey::signedMessageFormat()
{
    const QByteArray message = "panelist-response-content-v1:" + m_hash.toLatin1();
    QCOMPARE(signedMessage(m_hash), message);
    const QByteArray signature = *fromBase64(m_signature, 64);
    QCOMPARE(crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                 reinterpret_cast<const unsigned char *>(message.constData()), std::size_t(message.size()),
                 reinterpret_cast<const unsigned char *>(m_key->publicKey().constData())),
        0);
}

void TestIdentityKey::anotherKey()
{
    const Result<IdentityKey> other = IdentityKey::loadOrCreate(m_dir.filePath(u"other"_s));
    QVERIFY(other.ok());
    QVERIFY(other->publicKey() != m_key->publicKey());
    const Status s = verifySignature(other->publicKeyBase64(), m_hash, m_signature);
    QVERIFY(!s.ok());
    QCOMPARE(s.error(), u"the signature does not match: it was not made with this key for this content"_s);
}

void TestIdentityKey::anotherHash()
{
    QVERIFY(!verifySignature(m_key->publicKeyBase64(), sha256Hex("another content"), m_signature).ok());
    QString oneDigit = m_hash;
    oneDigit[63] = oneDigit.at(63) == u'0' ? u'1' : u'0';
    QVERIFY(!verifySignature(m_key->publicKeyBase64(), oneDigit, m_signature).ok());
}

void TestIdentityKey::flippedSignatureByte()
{
    for (int i = 0; i < 64; ++i)
        QVERIFY2(!verifySignature(m_key->publicKeyBase64(), m_hash, flippedBase64(m_signature, i)).ok(),
            qPrintable(QString::number(i)));
}

void TestIdentityKey::flippedPublicKeyByte()
{
    for (int i = 0; i < 32; ++i)
        QVERIFY2(!verifySignature(flippedBase64(m_key->publicKeyBase64(), i), m_hash, m_signature).ok(),
            qPrintable(QString::number(i)));
}

// A signature by the same key over the bare hash (as another use of the key might make) is not a
// response signature.
void TestIdentityKey::withoutDomainPrefix()
{
    const QString path = QDir(m_folder).filePath(IdentityKey::FileName);
    const QJsonObject o = QJsonDocument::fromJson(testfiles::readAll(path)).object();
    const QByteArray seed = *fromBase64(o.value(u"secret_seed"_s).toString(), 32);
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(publicKey, secretKey, reinterpret_cast<const unsigned char *>(seed.constData()));
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(publicKey), 32), m_key->publicKey());
    const QByteArray bare = m_hash.toLatin1();
    QByteArray signature(64, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(bare.constData()), std::size_t(bare.size()), secretKey);
    QVERIFY(!verifySignature(m_key->publicKeyBase64(), m_hash, toBase64(signature)).ok());
}

void TestIdentityKey::malformedInputs()
{
    QVERIFY(!m_key->sign(m_hash.toUpper()).ok());
    QVERIFY(!m_key->sign(m_hash.left(63)).ok());
    QCOMPARE(verifySignature(u"AAAA"_s, m_hash, m_signature).error(),
        u"not a signing key: expected base64 of 32 bytes"_s);
    QCOMPARE(verifySignature(m_key->publicKeyBase64(), m_hash, m_signature.left(40)).error(),
        u"not a signature: expected base64 of 64 bytes"_s);
    QCOMPARE(verifySignature(m_key->publicKeyBase64(), m_hash.toUpper(), m_signature).error(),
        u"not a content hash (64 lower-case hex digits)"_s);
}

QTEST_GUILESS_MAIN(TestIdentityKey)
#include "tst_identitykey.moc"
