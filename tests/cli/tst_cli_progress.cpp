// Progress and --quiet (docs/cli.md, "Progress and --quiet"): the text of the progress line, the
// line's drawing on a CliIo, and the real panelist-cli with standard error on a pseudo-terminal
// (progress lines), on a pipe (none), and with --quiet (no progress, no chatter, errors as ever).

#include "cli/cliio.h"
#include "cli/progress.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace panelist;
using namespace Qt::StringLiterals;

namespace {

// A pseudo-terminal: its slave's path goes to QProcess::setStandardErrorFile(), which opens it in
// the child as standard error; what the child writes there is read back from the master. The slave
// stays open here and raw (no "\n" to "\r\n"), so the master reads exactly the bytes written.
class PseudoTerminal
{
public:
    PseudoTerminal()
    {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
        if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0)
            return;
        m_slavePath = QString::fromLocal8Bit(::ptsname(m_master));
        m_slave = ::open(::ptsname(m_master), O_RDWR | O_NOCTTY);
        termios raw {};
        if (m_slave < 0 || ::tcgetattr(m_slave, &raw) != 0)
            return;
        ::cfmakeraw(&raw);
        ::tcsetattr(m_slave, TCSANOW, &raw);
    }
    ~PseudoTerminal()
    {
        if (m_slave >= 0)
            ::close(m_slave);
        if (m_master >= 0)
            ::close(m_master);
    }
    PseudoTerminal(const PseudoTerminal &) = delete;
    PseudoTerminal &operator=(const PseudoTerminal &) = delete;

    bool isValid() const { return m_slave >= 0; }
    QString slavePath() const { return m_slavePath; }
    // Everything written so far and not read yet.
    void drain()
    {
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(m_master, buffer, sizeof buffer);
            if (n <= 0)
                break;
            m_read.append(buffer, n);
        }
    }
    QByteArray read() const { return m_read; }

private:
    int m_master = -1;
    int m_slave = -1;
    QString m_slavePath;
    QByteArray m_read;
};

struct Run
{
    int code = -1;
    QString out;
    QString err; // from the pipe, or what the terminal got
};

// panelist-cli with standard error on a pseudo-terminal when onTerminal, else on a pipe.
Run cli(const QStringList &args, bool onTerminal)
{
    PseudoTerminal pty;
    if (onTerminal && !pty.isValid())
        return {};
    QProcess p;
    if (onTerminal)
        p.setStandardErrorFile(pty.slavePath());
    p.start(QStringLiteral(PANELIST_CLI), args);
    if (!p.waitForStarted(10000))
        return {};
    p.closeWriteChannel();
    QElapsedTimer clock;
    clock.start();
    while (!p.waitForFinished(50)) {
        pty.drain(); // a full terminal would stop the child
        if (clock.elapsed() > 240000)
            return {};
    }
    pty.drain();
    if (p.exitStatus() != QProcess::NormalExit)
        return {};
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
        onTerminal ? QString::fromUtf8(pty.read()) : QString::fromUtf8(p.readAllStandardError()) };
}

// The progress lines a terminal was sent: the texts between carriage returns, blanks left out.
QStringList progressTexts(const QString &terminal)
{
    QStringList texts;
    for (const QString &part : terminal.split(u'\r', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            texts.append(part.trimmed());
    }
    return texts;
}

// What the terminal shows at the end: after the last carriage return (the line erased: only spaces).
QString lastShown(const QString &terminal)
{
    return terminal.mid(terminal.lastIndexOf(u'\r') + 1);
}

} // namespace

class TestCliProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void text_data();
    void text();
    void lineOnlyOnATerminal();
    void lineStepsAsideForOutput();
    void simulateOnTerminal();
    void mergeOnTerminal();
    void mergeOnPipe();
    void mergeQuiet();
    void quietStillReportsErrors();
    void watchQuiet();

private:
    QString study(const QString &name);

    QTemporaryDir m_dir;
    QString m_inbox;
    static constexpr int Files = 1200;
};

void TestCliProgress::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_inbox = m_dir.filePath(u"inbox"_s);
}

QString TestCliProgress::study(const QString &name)
{
    const QString path = m_dir.filePath(name + u".panelist-study"_s);
    const Run r = cli({ u"study"_s, u"create"_s, path }, false);
    return r.code == 0 ? path : QString();
}

void TestCliProgress::text_data()
{
    QTest::addColumn<qint64>("done");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the issue's example")
        << qint64(1200) << qint64(3000) << qint64(26666) << u"1,200 of 3,000 files, 40 s left"_s;
    QTest::newRow("no estimate in the first second")
        << qint64(10) << qint64(3000) << qint64(999) << u"10 of 3,000 files"_s;
    QTest::newRow("none before anything is done")
        << qint64(0) << qint64(3000) << qint64(5000) << u"0 of 3,000 files"_s;
    QTest::newRow("none when done") << qint64(3000) << qint64(3000) << qint64(5000)
                                    << u"3,000 of 3,000 files"_s;
    QTest::newRow("minutes") << qint64(100) << qint64(1000) << qint64(60000)
                             << u"100 of 1,000 files, 9 min left"_s;
    QTest::newRow("hours") << qint64(1) << qint64(1000) << qint64(10000)
                           << u"1 of 1,000 files, 2 h 47 min left"_s;
    QTest::newRow("one file") << qint64(0) << qint64(1) << qint64(0) << u"0 of 1 file"_s;
}

void TestCliProgress::text()
{
    QFETCH(qint64, done);
    QFETCH(qint64, total);
    QFETCH(qint64, elapsedMs);
    QFETCH(QString, expected);
    QCOMPARE(progressText(done, total, u"files"_s, elapsedMs), expected);
}

void TestCliProgress::lineOnlyOnATerminal()
{
    for (const bool terminal : { false, true }) {
        for (const bool enabled : { false, true }) {
            QString out, err;
            QTextStream outStream(&out), errStream(&err);
            QBuffer in;
            CliIo io { outStream, errStream, in };
            io.errIsTerminal = terminal;
            {
                ProgressLine line(io, 10, u"files"_s, enabled);
                QThread::msleep(300); // past the quiet first quarter second
                line.setDone(3);
            }
            errStream.flush();
            if (terminal && enabled) {
                QCOMPARE(progressTexts(err), QStringList { u"3 of 10 files"_s });
                QVERIFY2(lastShown(err).trimmed().isEmpty(), qPrintable(err)); // erased at the end
            } else {
                QCOMPARE(err, QString());
            }
        }
    }
}

// With standard output on the same terminal, a result line never lands after the progress text.
void TestCliProgress::lineStepsAsideForOutput()
{
    QString both;
    QTextStream stream(&both);
    QBuffer in;
    CliIo io { stream, stream, in };
    io.errIsTerminal = true;
    io.outIsTerminal = true;
    ProgressLine line(io, 10, u"files"_s, true);
    QThread::msleep(300);
    line.setDone(4);
    line.beforeOutput();
    stream << "a.panelist-response: merged\n";
    line.afterOutput();
    line.finish();
    stream.flush();
    const QString expected = u"\r4 of 10 files\r             \ra.panelist-response: merged\n\r4 of 10 files\r"
                             u"             \r"_s;
    QCOMPARE(both, expected);
}

void TestCliProgress::simulateOnTerminal()
{
    const Run r = cli(
        { u"simulate"_s, u"--experts"_s, QString::number(Files), u"--seed"_s, u"7"_s, u"--out"_s, m_inbox },
        true);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(u"Wrote %1 simulated response files"_s.arg(Files)), qPrintable(r.out));
    const QStringList texts = progressTexts(r.err);
    QVERIFY2(!texts.isEmpty(), qPrintable(r.err));
    for (const QString &text : texts)
        QVERIFY2(text.contains(u" of 1,200 files"_s), qPrintable(text));
    QVERIFY2(lastShown(r.err).trimmed().isEmpty(), qPrintable(r.err));
    QCOMPARE(QDir(m_inbox).entryList(QDir::Files).size(), Files);
}

void TestCliProgress::mergeOnTerminal()
{
    const QString path = study(u"terminal"_s);
    QVERIFY(!path.isEmpty());
    const Run r = cli({ u"merge"_s, path, m_inbox }, true);
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), Files + 1); // standard output is a pipe: every file's line, then the summary
    QCOMPARE(lines.last(), u"merged 1200, unchanged 0, replaced 0, older 0, conflicts 0, rejected 0"_s);
    // Progress counts up on the terminal, at most four times a second, and is erased at the end.
    const QStringList texts = progressTexts(r.err);
    QVERIFY2(!texts.isEmpty(), qPrintable(r.err));
    qint64 previous = -1;
    for (const QString &text : texts) {
        static const QRegularExpression form(u"^([0-9,]+) of 1,200 files(, [0-9]+ s left)?$"_s);
        const QRegularExpressionMatch m = form.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        const qint64 done = m.captured(1).remove(u',').toLongLong();
        QVERIFY2(done > previous && done <= Files, qPrintable(text));
        previous = done;
    }
    QVERIFY2(lastShown(r.err).trimmed().isEmpty(), qPrintable(r.err));
}

void TestCliProgress::mergeOnPipe()
{
    const QString path = study(u"pipe"_s);
    QVERIFY(!path.isEmpty());
    const Run r = cli({ u"merge"_s, path, m_inbox }, false);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString()); // no progress in a pipe
    QCOMPARE(r.out.count(u'\n'), Files + 1);
    QVERIFY(!r.out.contains(u'\r'));
}

void TestCliProgress::mergeQuiet()
{
    const QString path = study(u"quiet"_s);
    QVERIFY(!path.isEmpty());
    const Run r = cli({ u"merge"_s, path, m_inbox, u"--quiet"_s }, true);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString()); // nothing on the terminal
    QCOMPARE(r.out, u"merged 1200, unchanged 0, replaced 0, older 0, conflicts 0, rejected 0\n"_s);
    const Run simulate = cli({ u"simulate"_s, u"--experts"_s, u"300"_s, u"--seed"_s, u"7"_s, u"--out"_s,
                                 m_dir.filePath(u"quiet-simulated"_s), u"--quiet"_s },
        true);
    QCOMPARE(simulate.code, 0);
    QCOMPARE(simulate.err, QString());
    QVERIFY(simulate.out.startsWith(u"Wrote 300 simulated response files"_s));
}

// --quiet leaves out what needs no attention, never a rejected file, the summary or an error.
void TestCliProgress::quietStillReportsErrors()
{
    const QString path = study(u"errors"_s);
    QVERIFY(!path.isEmpty());
    const QString bad = m_dir.filePath(u"notes.panelist-response"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a response\n");
    file.close();
    const QString good = QDir(m_inbox).filePath(u"expert-0001.panelist-response"_s);
    for (const bool terminal : { true, false }) {
        const Run r = cli({ u"merge"_s, path, good, bad, u"--quiet"_s }, terminal);
        QCOMPARE(r.code, 1);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(bad + u": rejected: "_s), qPrintable(r.out));
        QVERIFY2(lines.at(1).endsWith(u"rejected 1"_s), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"1 file(s) rejected"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u" of 2 files"_s));
    }
    // A refused study is an error whatever --quiet says.
    const Run missing
        = cli({ u"merge"_s, m_dir.filePath(u"none.panelist-study"_s), good, u"--quiet"_s }, true);
    QCOMPARE(missing.code, 1);
    QVERIFY2(!missing.err.trimmed().isEmpty(), "the error is shown");
}

// merge --watch --quiet: no "watching" line; a usage error is shown as ever.
void TestCliProgress::watchQuiet()
{
    const QString path = study(u"watch"_s);
    QVERIFY(!path.isEmpty());
    const QString watched = m_dir.filePath(u"watched"_s);
    QVERIFY(QDir().mkpath(watched));
    for (const bool quiet : { false, true }) {
        QProcess p;
        QStringList args { u"merge"_s, path, u"--watch"_s, watched };
        if (quiet)
            args.append(u"--quiet"_s);
        p.start(QStringLiteral(PANELIST_CLI), args);
        QVERIFY(p.waitForStarted(10000));
        QElapsedTimer clock;
        clock.start();
        QByteArray err;
        while (!quiet && !err.contains("watching") && clock.elapsed() < 20000) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
        }
        QTest::qWait(quiet ? 1000 : 0);
        p.terminate();
        QVERIFY(p.waitForFinished(20000));
        err += p.readAllStandardError();
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(err.contains("watching"), !quiet);
        QVERIFY(p.readAllStandardOutput().startsWith("merged 0,"));
    }
    const Run usage = cli({ u"merge"_s, path, u"--watch"_s, watched, u"--quiet=yes"_s }, false);
    QCOMPARE(usage.code, 2);
    QVERIFY(!usage.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliProgress)
#include "tst_cli_progress.moc"
