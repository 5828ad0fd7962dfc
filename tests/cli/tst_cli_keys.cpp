// `panelist-cli keys create|show|backup|restore` through the real binary (docs/cli.md,
// docs/security.md). The passphrase goes in with --passphrase-fd: standard input as a pipe (fd 0), or a
// file this test opens and the child inherits; without it and without a terminal the command refuses
// at once rather than wait for one.

#include "../common/clirun.h"
#include "../common/filebytes.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Passphrase = "a long passphrase for tests";

using panelist::testcli::cli;
using panelist::testcli::Run;

int fileMode(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QString fingerprintIn(const QString &text)
{
    static const QRegularExpression line(u"Fingerprint: ([0-9A-F]{4}(-[0-9A-F]{4}){4})\\n"_s);
    return line.match(text).captured(1);
}

} // namespace

class TestCliKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void create();
    void createRefusesAnExistingFile();
    void createRefusesAShortPassphrase();
    void noTerminalNoPassphrase();
    void badFileNames();
    void show();
    void showRefusesOtherFiles();
    void backupNeedsThePassphrase();
    void backupText();
    void backupQrCode();
    void restoreFromAnInheritedDescriptor();
    void restoreRefusesAMistypedGroup();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_fingerprint;
};

void TestCliKeys::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCliKeys::create()
{
    const Run r = cli(
        { u"keys"_s, u"create"_s, u"--out"_s, path(u"study.panelist-key"_s), u"--passphrase-fd"_s, u"0"_s },
        Passphrase + "\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    m_fingerprint = fingerprintIn(r.out);
    QVERIFY2(!m_fingerprint.isEmpty(), qPrintable(r.out));
    QVERIFY2(
        r.out.contains(u"no response sealed to this key\ncan ever be opened again"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"panelist-cli keys backup "_s), qPrintable(r.out));
    QCOMPARE(fileMode(path(u"study.panelist-key"_s)), 0600);
    QVERIFY(!panelist::testfiles::readAll(path(u"study.panelist-key"_s)).contains(Passphrase));
}

void TestCliKeys::createRefusesAnExistingFile()
{
    const QByteArray before = panelist::testfiles::readAll(path(u"study.panelist-key"_s));
    const Run r = cli(
        { u"keys"_s, u"create"_s, u"--out"_s, path(u"study.panelist-key"_s), u"--passphrase-fd"_s, u"0"_s },
        Passphrase + "\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"study.panelist-key: already exists"_s), qPrintable(r.err));
    QCOMPARE(panelist::testfiles::readAll(path(u"study.panelist-key"_s)), before);
}

void TestCliKeys::createRefusesAShortPassphrase()
{
    const Run r = cli(
        { u"keys"_s, u"create"_s, u"--out"_s, path(u"short.panelist-key"_s), u"--passphrase-fd"_s, u"0"_s },
        "short\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"the passphrase is too short"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(u"short.panelist-key"_s)));
}

// Standard input is a pipe here, not a terminal: without --passphrase-fd there is nobody to ask.
void TestCliKeys::noTerminalNoPassphrase()
{
    const Run r = cli({ u"keys"_s, u"create"_s, u"--out"_s, path(u"asked.panelist-key"_s) });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(u"panelist-cli: no passphrase: standard input is not a terminal"_s),
        qPrintable(r.err));
    QVERIFY(!QFile::exists(path(u"asked.panelist-key"_s)));
    const Run bad = cli({ u"keys"_s, u"create"_s, u"--out"_s, path(u"asked.panelist-key"_s),
        u"--passphrase-fd"_s, u"three"_s });
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(u"--passphrase-fd: \"three\" is not a file descriptor"_s), qPrintable(bad.err));
    const Run closed = cli(
        { u"keys"_s, u"create"_s, u"--out"_s, path(u"asked.panelist-key"_s), u"--passphrase-fd"_s, u"97"_s });
    QCOMPARE(closed.code, 1);
    QVERIFY2(closed.err.contains(u"--passphrase-fd 97: cannot be read"_s), qPrintable(closed.err));
}

void TestCliKeys::badFileNames()
{
    Run r = cli({ u"keys"_s, u"create"_s, u"--out"_s, path(u"study.key"_s), u"--passphrase-fd"_s, u"0"_s });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"does not end in .panelist-key"_s), qPrintable(r.err));
    r = cli({ u"keys"_s, u"backup"_s, path(u"study.panelist-key"_s), u"--out"_s, path(u"b.jpg"_s) });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"does not end in .txt, .png or .svg"_s), qPrintable(r.err));
}

void TestCliKeys::show()
{
    const Run r = cli({ u"keys"_s, u"show"_s, path(u"study.panelist-key"_s) });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(fingerprintIn(r.out), m_fingerprint);
    QVERIFY(QRegularExpression(u"Created: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\\n"_s)
                .match(r.out)
                .hasMatch());
    QVERIFY2(r.out.contains(u"Passphrase: Argon2id, 3 passes over 256 MiB\n"_s), qPrintable(r.out));
}

void TestCliKeys::showRefusesOtherFiles()
{
    QVERIFY(
        panelist::testfiles::writeAll(path(u"other.panelist-key"_s), "{\"format\": \"panelist-survey\"}"));
    const Run r = cli({ u"keys"_s, u"show"_s, path(u"other.panelist-key"_s) });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"other.panelist-key: $.format: expected \"panelist-key\""_s), qPrintable(r.err));
}

void TestCliKeys::backupNeedsThePassphrase()
{
    const Run r = cli({ u"keys"_s, u"backup"_s, path(u"study.panelist-key"_s), u"--out"_s,
                          path(u"wrong.txt"_s), u"--passphrase-fd"_s, u"0"_s },
        "not the passphrase\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(
        r.err.contains(u"study.panelist-key: wrong passphrase or damaged key file"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(u"wrong.txt"_s)));
}

void TestCliKeys::backupText()
{
    const Run r = cli({ u"keys"_s, u"backup"_s, path(u"study.panelist-key"_s), u"--out"_s,
                          path(u"backup.txt"_s), u"--passphrase-fd"_s, u"0"_s },
        Passphrase + "\r\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Anyone who has this backup can open every response sealed to this key"_s),
        qPrintable(r.out));
    QCOMPARE(fileMode(path(u"backup.txt"_s)), 0600);
    const QString text = QString::fromUtf8(panelist::testfiles::readAll(path(u"backup.txt"_s)));
    QVERIFY2(text.contains(u"Fingerprint: "_s + m_fingerprint + u'\n'), qPrintable(text));
}

void TestCliKeys::backupQrCode()
{
    const Run r = cli({ u"keys"_s, u"backup"_s, path(u"study.panelist-key"_s), u"--out"_s,
                          path(u"backup.png"_s), u"--passphrase-fd"_s, u"0"_s },
        Passphrase + "\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(panelist::testfiles::readAll(path(u"backup.png"_s)).startsWith("\x89PNG\r\n"));
    const QString zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s);
    if (zbarimg.isEmpty())
        QFAIL("zbarimg is missing: scripts/deps installs it (Debian zbar-tools)");
    QProcess p;
    p.start(zbarimg, { u"--raw"_s, u"-q"_s, path(u"backup.png"_s) });
    QVERIFY(p.waitForFinished(60000));
    QVERIFY(panelist::testfiles::writeAll(path(u"from-qr.txt"_s), p.readAllStandardOutput()));
    const Run restored = cli({ u"keys"_s, u"restore"_s, path(u"from-qr.txt"_s), u"--out"_s,
                                 path(u"from-qr.panelist-key"_s), u"--passphrase-fd"_s, u"0"_s },
        "another passphrase\n");
    QVERIFY2(restored.code == 0, qPrintable(restored.err));
    QCOMPARE(fingerprintIn(restored.out), m_fingerprint);
}

// The new passphrase from a file the child inherits as a descriptor other than 0, 1 and 2; the
// restored file is then unlocked with it (keys backup), proving it is the passphrase the file has.
void TestCliKeys::restoreFromAnInheritedDescriptor()
{
    QVERIFY(panelist::testfiles::writeAll(path(u"new-passphrase"_s), "the new passphrase\nnext line\n"));
    const int fd = ::open(QFile::encodeName(path(u"new-passphrase"_s)).constData(), O_RDONLY); // no O_CLOEXEC
    QVERIFY(fd > 2);
    const Run r = cli({ u"keys"_s, u"restore"_s, path(u"backup.txt"_s), u"--out"_s,
        path(u"restored.panelist-key"_s), u"--passphrase-fd"_s, QString::number(fd) });
    ::close(fd);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(fingerprintIn(r.out), m_fingerprint);
    QCOMPARE(fileMode(path(u"restored.panelist-key"_s)), 0600);
    const Run old = cli({ u"keys"_s, u"backup"_s, path(u"restored.panelist-key"_s), u"--out"_s,
                            path(u"b2.txt"_s), u"--passphrase-fd"_s, u"0"_s },
        Passphrase + "\n");
    QCOMPARE(old.code, 1);
    const Run fresh = cli({ u"keys"_s, u"backup"_s, path(u"restored.panelist-key"_s), u"--out"_s,
                              path(u"b2.txt"_s), u"--passphrase-fd"_s, u"0"_s },
        "the new passphrase\n");
    QVERIFY2(fresh.code == 0, qPrintable(fresh.err));
}

void TestCliKeys::restoreRefusesAMistypedGroup()
{
    QString text = QString::fromUtf8(panelist::testfiles::readAll(path(u"backup.txt"_s)));
    const qsizetype key = text.indexOf(u"Key:\n"_s) + 5;
    const qsizetype at = key + 7 * 5 + 2; // the 3rd character of the 8th group (line 2, 2nd group)
    text[at] = text.at(at) == u'7' ? u'8' : u'7';
    QVERIFY(panelist::testfiles::writeAll(path(u"mistyped.txt"_s), text.toUtf8()));
    const Run r = cli({ u"keys"_s, u"restore"_s, path(u"mistyped.txt"_s), u"--out"_s,
                          path(u"m.panelist-key"_s), u"--passphrase-fd"_s, u"0"_s },
        "the new passphrase\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"mistyped.txt: group 8 (line 2, 2nd group)"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(u"m.panelist-key"_s)));
}

QTEST_GUILESS_MAIN(TestCliKeys)
#include "tst_cli_keys.moc"
