// Crash test: a child process saves answers and reports each one; it is killed with SIGKILL at
// random moments, again and again on the same file. After every kill the file must open, hold every
// reported answer with its reported value, and pass PRAGMA integrity_check.

#include "crashprotocol.h"
#include "storetesthelpers.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::storagetest;

namespace {

constexpr int Kills = 60;

struct Reported
{
    QMap<std::pair<QString, QString>, QString> ratings; // (measure, area) -> "1".."5" or "dk"
    QStringList comments; // measures
};

struct Totals
{
    int kills = 0;
    int killedBeforeReady = 0;
    int killedWithWal = 0;
    int verifiedOnCopy = 0;
    int runAnswers = 0;
};

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killWriterRepeatedly();
    void killDuringCreate();

private:
    bool runAndKill(int run, int delayMs, bool delayFromStart, Reported &reported, Totals &totals);
    void verify(const QString &path, const Reported &reported);
    QString m_path;
};

// Starts the writer, kills it delayMs after it is ready (or after it started), and collects every
// complete line it reported. Returns false when the writer died on its own.
bool TestCrash::runAndKill(int run, int delayMs, bool delayFromStart, Reported &reported, Totals &totals)
{
    QProcess writer;
    writer.setProgram(QStringLiteral(PANELIST_CRASHWRITER));
    writer.setArguments({ m_path, QString::number(run) });
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start();
    if (!writer.waitForStarted(5000))
        return false;
    QByteArray out;
    if (!delayFromStart) {
        QElapsedTimer t;
        t.start();
        while (!out.contains("ready\n") && writer.state() == QProcess::Running && t.elapsed() < 10000) {
            writer.waitForReadyRead(50);
            out += writer.readAllStandardOutput();
        }
    }
    QThread::msleep(delayMs);
    if (writer.state() != QProcess::Running) {
        qWarning("writer exited by itself: %s", writer.readAllStandardError().constData());
        return false;
    }
    writer.kill(); // SIGKILL: no destructor, no close, no checkpoint
    writer.waitForFinished(5000);
    out += writer.readAllStandardOutput();
    ++totals.kills;
    if (!out.contains("ready\n"))
        ++totals.killedBeforeReady;
    if (QFileInfo(m_path + u"-wal"_s).size() > 0)
        ++totals.killedWithWal;
    // A line without its newline was cut by the kill: its call may not have returned, so ignore it.
    const QList<QByteArray> lines = out.left(out.lastIndexOf('\n') + 1).split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.split(' ');
        if (f.value(0) == "saved" && f.size() == 4) {
            reported.ratings.insert(
                { QString::fromUtf8(f[1]), QString::fromUtf8(f[2]) }, QString::fromUtf8(f[3]));
            ++totals.runAnswers;
        } else if (f.value(0) == "commented" && f.size() == 2) {
            reported.comments << QString::fromUtf8(f[1]);
        }
    }
    return true;
}

void TestCrash::verify(const QString &path, const Reported &reported)
{
    auto store = ResponseStore::open(path);
    QVERIFY2(store, qPrintable(store.error()));
    const auto data = (*store)->load();
    QVERIFY2(data, qPrintable(data.error()));
    for (auto it = reported.ratings.cbegin(); it != reported.ratings.cend(); ++it) {
        const auto &[measure, area] = it.key();
        const auto m = data->effectiveness.constFind(measure);
        QVERIFY2(m != data->effectiveness.cend() && m->contains(area),
            qPrintable(u"reported answer %1/%2 is missing"_s.arg(measure, area)));
        const Rating r = m->value(area);
        const QString stored = r.dontKnow ? u"dk"_s : QString::number(r.value);
        QVERIFY2(stored == it.value(),
            qPrintable(u"%1/%2: reported %3, stored %4"_s.arg(measure, area, it.value(), stored)));
    }
    for (const QString &measure : reported.comments)
        QVERIFY2(data->comments.value(measure) == crashtest::commentFor(measure),
            qPrintable(u"comment on %1 is missing or different"_s.arg(measure)));
    // A second connection sees the same file state (including the recovered -wal).
    QCOMPARE(sqlite(path, { u"PRAGMA integrity_check"_s }), QStringList { u"ok"_s });
}

void TestCrash::killWriterRepeatedly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_path = dir.filePath(u"crash.panelist-response"_s);
    const quint32 seed = qEnvironmentVariableIsSet("PANELIST_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("PANELIST_CRASH_SEED"))
        : QRandomGenerator::system()->generate();
    qInfo("crash test seed %u (set PANELIST_CRASH_SEED to repeat)", seed);
    QRandomGenerator random(seed);

    Reported reported;
    Totals totals;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int run = 0; run < Kills; ++run) {
        const int delay = random.bounded(5, 81);
        // Every fifth run is killed counting from process start, to hit create/open/recovery too.
        const bool fromStart = run % 5 == 4;
        QVERIFY2(runAndKill(run, delay, fromStart, reported, totals), qPrintable(u"run %1"_s.arg(run)));
        if (run % 2 == 1 && QFileInfo::exists(m_path)) {
            // Verify a snapshot, leaving the crashed file (with its -wal) for the next writer to recover.
            const QString copy = dir.filePath(u"snapshot.panelist-response"_s);
            for (const QString &suffix : { QString(), u"-wal"_s }) {
                QFile::remove(copy + suffix);
                if (QFileInfo::exists(m_path + suffix))
                    QVERIFY(QFile::copy(m_path + suffix, copy + suffix));
            }
            QFile::remove(copy + u"-shm"_s);
            verify(copy, reported);
            ++totals.verifiedOnCopy;
        } else if (QFileInfo::exists(m_path)) {
            verify(m_path, reported);
        } else {
            QVERIFY2(reported.ratings.isEmpty(), "answers were reported but the file is gone");
        }
        if (QTest::currentTestFailed()) {
            qWarning("failed after kill %d (delay %d ms, seed %u)", run + 1, delay, seed);
            return;
        }
    }
    qInfo("crash test: %d kills (%d before the file was open, %d with a non-empty -wal), "
          "%d reported answers and %d comments all present, integrity_check ok after every kill "
          "(%d verified on a snapshot), %lld ms",
        totals.kills, totals.killedBeforeReady, totals.killedWithWal, int(reported.ratings.size()),
        int(reported.comments.size()), totals.verifiedOnCopy, elapsed.elapsed());
    QCOMPARE(totals.kills, Kills);
    QVERIFY2(reported.ratings.size() > Kills, "the writer hardly saved anything; the test proved little");
}

// Creating a file is atomic: a writer killed while creating leaves either no file under the real
// name (the expert just starts again) or a complete one that opens, never a half-made one.
void TestCrash::killDuringCreate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const quint32 seed = QRandomGenerator::system()->generate();
    qInfo("create-kill seed %u", seed);
    QRandomGenerator random(seed);
    int complete = 0;
    int absent = 0;
    for (int run = 0; run < 15; ++run) {
        m_path = dir.filePath(u"new-%1.panelist-response"_s.arg(run));
        Reported reported;
        Totals totals;
        QVERIFY(runAndKill(
            run, random.bounded(0, 400), true, reported, totals)); // start-up alone takes 50-400 ms
        if (!QFileInfo::exists(m_path)) {
            ++absent;
            continue;
        }
        auto store = ResponseStore::open(m_path);
        QVERIFY2(store, qPrintable(store.error()));
        ++complete;
    }
    qInfo("killed while creating: %d runs left no file, %d a complete file", absent, complete);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
