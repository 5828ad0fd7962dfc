// The printable backup of a coordinator's key (models/security/keybackup.h, qrcode.h,
// docs/security.md): the words round trip in every spelling a person may type, any one mistyped
// character or swapped pair is refused naming its group, the QR code holds what it should (checked
// against libqrencode's own matrix and read back by zbarimg), and a backup file restores the key.

#include "models/security/keybackup.h"
#include "models/security/keyencoding.h"
#include "models/security/qrcode.h"

#include "../../common/filebytes.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <qrencode.h>
#include <sys/stat.h>

using namespace panelist;
using namespace Qt::StringLiterals;

namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

int fileMode(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// The key with secret bytes 0, 1, ..., 31: the same words every run.
CoordinatorKey countingKey()
{
    QByteArray bytes(32, '\0');
    for (int i = 0; i < 32; ++i)
        bytes[i] = char(i);
    return *CoordinatorKey::fromSecretKey(
        SecretBytes::copyOf(bytes), QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC));
}

QStringList groupsOf(const QString &words)
{
    return words.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
}

} // namespace

class TestKeyBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wordsLayout();
    void wordsRoundTrip_data();
    void wordsRoundTrip();
    void everyMistypedCharacterNamesItsGroup();
    void swappedCharactersNameTheirGroup();
    void misplacedGroups();
    void badCharacter();
    void twoMistakesInOneGroup();
    void backupTextRestores();
    void wrongFingerprintOnTheBackup();
    void textBackupFile();
    void qrMatrixIsLibqrencodes();
    void qrPngReadsBack();
    void qrSvg();

private:
    QTemporaryDir m_dir;
    std::optional<CoordinatorKey> m_key;
    QString m_words;
};

void TestKeyBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_key = countingKey();
    m_words = KeyBackup::words(m_key->secretKey());
}

void TestKeyBackup::wordsLayout()
{
    const QStringList lines = m_words.split(u'\n');
    QCOMPARE(lines.size(), 3);
    for (const QString &line : lines) {
        QCOMPARE(line.split(u' ').size(), 6);
        for (const QString &group : line.split(u' ')) {
            QCOMPARE(group.size(), 4);
            for (QChar c : group)
                QVERIFY2(QByteArray(Alphabet).contains(char(c.toLatin1())), qPrintable(group));
        }
    }
    QCOMPARE(KeyBackup::words(countingKey().secretKey()), m_words); // stable
    QCOMPARE(KeyBackup::qrText(m_key->secretKey()), u"PANELIST-KEY-1:"_s + groupsOf(m_words).join(QString()));
}

void TestKeyBackup::wordsRoundTrip_data()
{
    QTest::addColumn<QString>("typed");
    const QString all = groupsOf(m_words).join(QString());
    QTest::newRow("as printed") << m_words;
    QTest::newRow("lower case") << m_words.toLower();
    QTest::newRow("one line") << groupsOf(m_words).join(u' ');
    QTest::newRow("hyphens") << groupsOf(m_words).join(u'-');
    QTest::newRow("no separators") << all;
    QTest::newRow("O for 0, l for 1") << QString(all).replace(u'0', u'O').replace(u'1', u'l');
    QTest::newRow("QR text") << KeyBackup::qrText(m_key->secretKey());
    QTest::newRow("extra white space") << u"\n  "_s + groupsOf(m_words).join(u"  \t "_s) + u"\n\n"_s;
}

void TestKeyBackup::wordsRoundTrip()
{
    QFETCH(QString, typed);
    const Result<SecretBytes> secret = KeyBackup::secretFromWords(typed);
    QVERIFY2(secret.ok(), qPrintable(secret.error()));
    QVERIFY(secret->equals(m_key->secretKey().view()));
}

void TestKeyBackup::everyMistypedCharacterNamesItsGroup()
{
    const QStringList groups = groupsOf(m_words);
    for (int g = 0; g < groups.size(); ++g) {
        for (int i = 0; i < 4; ++i) {
            for (const char c : QByteArray(Alphabet)) {
                if (groups.at(g).at(i) == QLatin1Char(c))
                    continue;
                QStringList typed = groups;
                typed[g][i] = QLatin1Char(c);
                const Result<SecretBytes> secret = KeyBackup::secretFromWords(typed.join(u' '));
                QVERIFY2(!secret.ok(), qPrintable(typed.join(u' ')));
                const QString expected = u"group %1 (line %2, "_s.arg(g + 1).arg(g / 6 + 1);
                QVERIFY2(
                    secret.error().startsWith(expected) && secret.error().contains(u"does not check out"_s),
                    qPrintable(secret.error()));
            }
        }
    }
}

void TestKeyBackup::swappedCharactersNameTheirGroup()
{
    const QStringList groups = groupsOf(m_words);
    int swaps = 0;
    for (int g = 0; g < groups.size(); ++g) {
        for (int i = 0; i < 4; ++i) {
            for (int j = i + 1; j < 4; ++j) {
                if (groups.at(g).at(i) == groups.at(g).at(j))
                    continue;
                QStringList typed = groups;
                std::swap(typed[g][i], typed[g][j]);
                const Result<SecretBytes> secret = KeyBackup::secretFromWords(typed.join(u' '));
                QVERIFY(!secret.ok());
                QVERIFY2(secret.error().startsWith(u"group %1 "_s.arg(g + 1)), qPrintable(secret.error()));
                ++swaps;
            }
        }
    }
    QVERIFY(swaps > 50);
}

void TestKeyBackup::misplacedGroups()
{
    const QStringList groups = groupsOf(m_words);
    QStringList swapped = groups;
    swapped.swapItemsAt(4, 11);
    Result<SecretBytes> secret = KeyBackup::secretFromWords(swapped.join(u' '));
    QVERIFY(!secret.ok());
    QVERIFY2(secret.error().startsWith(u"group 5 (line 1, 5th group)"_s), qPrintable(secret.error()));

    QStringList missing = groups;
    missing.removeAt(7);
    secret = KeyBackup::secretFromWords(missing.join(u' '));
    QVERIFY(!secret.ok());
    QVERIFY2(secret.error().startsWith(u"group 8 (line 2, 2nd group)"_s), qPrintable(secret.error()));

    secret = KeyBackup::secretFromWords(groups.mid(0, 17).join(u' '));
    QCOMPARE(secret.error(), u"17 groups of four characters; a backup has 18"_s);
    secret = KeyBackup::secretFromWords((groups + QStringList { groups.first() }).join(u' '));
    QCOMPARE(secret.error(), u"19 groups of four characters; a backup has 18"_s);

    QStringList shortGroup = groups;
    shortGroup[9].chop(1);
    secret = KeyBackup::secretFromWords(shortGroup.join(u' '));
    QVERIFY2(secret.error().startsWith(u"group 10 (line 2, 4th group) \""_s), qPrintable(secret.error()));
    QVERIFY2(secret.error().endsWith(u"has 3 characters; each group has 4"_s), qPrintable(secret.error()));
    QVERIFY(!KeyBackup::secretFromWords(QString()).ok());
}

void TestKeyBackup::badCharacter()
{
    QStringList groups = groupsOf(m_words);
    groups[2][1] = u'U';
    const Result<SecretBytes> secret = KeyBackup::secretFromWords(groups.join(u' '));
    QVERIFY(!secret.ok());
    QVERIFY2(secret.error().startsWith(u"group 3 (line 1, 3rd group)"_s), qPrintable(secret.error()));
    QVERIFY2(secret.error().contains(u"\"U\" is not one of the backup's characters"_s),
        qPrintable(secret.error()));
}

// Two characters of one group changed so that the group's own check passes: the whole key's check
// refuses it.
void TestKeyBackup::twoMistakesInOneGroup()
{
    const QStringList groups = groupsOf(m_words);
    int passedGroupCheck = 0;
    for (const char a : QByteArray(Alphabet)) {
        for (const char b : QByteArray(Alphabet)) {
            QStringList typed = groups;
            typed[0][0] = QLatin1Char(a);
            typed[0][1] = QLatin1Char(b);
            if (typed == groups)
                continue;
            const Result<SecretBytes> secret = KeyBackup::secretFromWords(typed.join(u' '));
            QVERIFY2(!secret.ok(), qPrintable(typed.first()));
            if (secret.error().startsWith(u"every group checks out"_s))
                ++passedGroupCheck;
        }
    }
    QCOMPARE(passedGroupCheck, 31); // one second character fits each other first one
}

void TestKeyBackup::backupTextRestores()
{
    const QString text = KeyBackup::backupText(*m_key);
    QVERIFY(text.contains(u"Fingerprint: "_s + m_key->fingerprint()));
    QVERIFY(text.contains(u"Created: 2026-03-01T09:30:00.000Z"_s));
    QVERIFY(text.contains(m_words));
    const Result<CoordinatorKey> restored = KeyBackup::restoreFromBackup(text, u"b.txt"_s);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(restored->publicKey(), m_key->publicKey());
    QCOMPARE(restored->createdAt(), m_key->createdAt());
    // The words alone are enough.
    QCOMPARE(KeyBackup::restoreFromBackup(m_words, u"b.txt"_s)->fingerprint(), m_key->fingerprint());
    // A mistyped group in the file is named with the file.
    QString mistyped = text;
    const QString firstGroup = groupsOf(m_words).first();
    mistyped.replace(firstGroup, firstGroup.left(3) + (firstGroup.at(3) == u'A' ? u'B' : u'A'));
    const Result<CoordinatorKey> refused = KeyBackup::restoreFromBackup(mistyped, u"b.txt"_s);
    QVERIFY(!refused.ok());
    QVERIFY2(
        refused.error().startsWith(u"b.txt: group 1 (line 1, 1st group)"_s), qPrintable(refused.error()));
}

void TestKeyBackup::wrongFingerprintOnTheBackup()
{
    QString text = KeyBackup::backupText(*m_key);
    const QString other = keyFingerprint(QByteArray(32, 'o'));
    text.replace(m_key->fingerprint(), other);
    const Result<CoordinatorKey> restored = KeyBackup::restoreFromBackup(text, u"b.txt"_s);
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error(),
        u"b.txt: the key typed has the fingerprint %1, not the %2 the backup states: compare each group with "
        u"the "
        u"paper"_s.arg(m_key->fingerprint(), other));
}

void TestKeyBackup::textBackupFile()
{
    const QString path = m_dir.filePath(u"backup.txt"_s);
    QVERIFY(KeyBackup::writeTextBackup(path, *m_key).ok());
    QCOMPARE(fileMode(path), 0600);
    QVERIFY(!KeyBackup::writeTextBackup(path, *m_key).ok()); // never replaced
    const Result<CoordinatorKey> restored = KeyBackup::restoreFromBackupFile(path);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(restored->fingerprint(), m_key->fingerprint());
}

// The PNG's pixels are exactly libqrencode's modules for the QR text, with the quiet zone.
void TestKeyBackup::qrMatrixIsLibqrencodes()
{
    const QByteArray text = KeyBackup::qrText(m_key->secretKey()).toUtf8();
    QRcode *code = QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    QVERIFY(code);
    const Result<QrMatrix> matrix = QrCode::encode(QString::fromUtf8(text));
    QVERIFY(matrix.ok());
    QCOMPARE(matrix->size, code->width);
    const QImage image = QrCode::toImage(*matrix);
    const int m = QrCode::PixelsPerModule;
    QCOMPARE(image.width(), (code->width + 2 * QrCode::QuietZone) * m);
    for (int y = -QrCode::QuietZone; y < code->width + QrCode::QuietZone; ++y) {
        for (int x = -QrCode::QuietZone; x < code->width + QrCode::QuietZone; ++x) {
            const bool inside = x >= 0 && y >= 0 && x < code->width && y < code->width;
            const bool dark = inside && (code->data[y * code->width + x] & 1);
            const QRgb pixel
                = image.pixel((x + QrCode::QuietZone) * m + m / 2, (y + QrCode::QuietZone) * m + m / 2);
            QCOMPARE(qGray(pixel) < 128, dark);
        }
    }
    QRcode_free(code);
}

void TestKeyBackup::qrPngReadsBack()
{
    const QString zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s);
    if (zbarimg.isEmpty())
        QFAIL("zbarimg is missing: scripts/deps installs it (Debian zbar-tools)");
    const QString path = m_dir.filePath(u"backup.png"_s);
    const Status written = QrCode::writeQrBackup(path, *m_key);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(fileMode(path), 0600);
    QVERIFY(testfiles::readAll(path).startsWith("\x89PNG"));
    QProcess p;
    p.start(zbarimg, { u"--raw"_s, u"-q"_s, path });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString decoded = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    QCOMPARE(decoded, KeyBackup::qrText(m_key->secretKey()));
    const Result<CoordinatorKey> restored = KeyBackup::restoreFromBackup(decoded, u"qr"_s);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(restored->publicKey(), m_key->publicKey());
}

void TestKeyBackup::qrSvg()
{
    const QString path = m_dir.filePath(u"backup.svg"_s);
    QVERIFY(QrCode::writeQrBackup(path, *m_key).ok());
    const QByteArray svg = testfiles::readAll(path);
    QVERIFY(svg.startsWith("<?xml"));
    QVERIFY(svg.contains(m_key->fingerprint().toLatin1()));
    const Result<QrMatrix> matrix = QrCode::encode(KeyBackup::qrText(m_key->secretKey()));
    QCOMPARE(svg.count("h1v1h-1z"), matrix->dark.count(true));
    QVERIFY(!QrCode::writeQrBackup(m_dir.filePath(u"backup.jpg"_s), *m_key).ok());
}

QTEST_GUILESS_MAIN(TestKeyBackup)
#include "tst_keybackup.moc"
