// The watched inbox: files are judged only when complete, once, and temporary names never; the
// merge worker merges what the watcher reports on its own thread with its own connection.
#include "tests/common/coordinatortesthelpers.h"

#include "models/coordinator/inboxwatcher.h"
#include "models/coordinator/mergeworker.h"
#include "models/merge/merger.h"
#include "models/storage/studystore.h"

#include <QFileSystemWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace panelist;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Writes bytes to path in `chunks` pieces `gapMs` apart, keeping the event loop running, and calls
// afterChunk(i) after each piece is on disk.
template<typename AfterChunk>
void writeSlowly(const QString &path, const QByteArray &bytes, int chunks, int gapMs, AfterChunk afterChunk)
{
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    const qsizetype step = (bytes.size() + chunks - 1) / chunks;
    for (int i = 0; i < chunks; ++i) {
        out.write(bytes.mid(i * step, step));
        QVERIFY(out.flush());
        afterChunk(i);
        if (i + 1 < chunks)
            QTest::qWait(gapMs);
    }
    out.close();
}

InboxWatcher::Timing fastTiming()
{
    InboxWatcher::Timing t;
    t.rescanMs = 400;
    t.checkMs = 100;
    t.settleMs = 500;
    t.giveUpMs = 60000;
    return t;
}

} // namespace

class TestInboxWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candidateNames_data();
    void candidateNames();
    void slowCopyReportedOnceWhenComplete();
    void stalledCopyIsRetriedNotReported();
    void temporaryNamesIgnored();
    void foundByRescanWithoutNotifications();
    void changedFileReportedAgain();
    void slowCopyIsMergedByWorker();
    void notAFolderRefused();
};

void TestInboxWatcher::candidateNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("candidate");
    QTest::newRow("response") << u"expert-0001.panelist-response"_s << true;
    QTest::newRow("no extension") << u"answers"_s << true;
    QTest::newRow("dotfile") << u".expert.panelist-response"_s << false;
    QTest::newRow("tmp") << u"expert.panelist-response.tmp"_s << false;
    QTest::newRow("TMP upper case") << u"expert.TMP"_s << false;
    QTest::newRow("part") << u"expert.panelist-response.part"_s << false;
    QTest::newRow("wal") << u"expert.panelist-response-wal"_s << false;
    QTest::newRow("shm") << u"expert.panelist-response-shm"_s << false;
    QTest::newRow("journal") << u"expert.panelist-response-journal"_s << false;
    QTest::newRow("backup") << u"expert.panelist-response~"_s << false;
}

void TestInboxWatcher::candidateNames()
{
    QFETCH(QString, name);
    QFETCH(bool, candidate);
    QCOMPARE(isResponseCandidateName(name), candidate);
}

void TestInboxWatcher::slowCopyReportedOnceWhenComplete()
{
    QTemporaryDir staging, inbox;
    const QByteArray bytes = readAll(CoordinatorTest::simulatedFiles(staging.path(), 1).first());
    QVERIFY(bytes.size() > 10000);

    InboxWatcher watcher;
    watcher.setTiming(fastTiming());
    QSignalSpy ready(&watcher, &InboxWatcher::filesReady);
    QVERIFY(watcher.start(inbox.path()).ok());

    const QString target = QDir(inbox.path()).filePath(u"expert.panelist-response"_s);
    // 10 chunks 150 ms apart: 1.35 s of copying, much longer than the 500 ms settle time would be
    // if the watcher only looked at when the file appeared.
    writeSlowly(target, bytes, 10, 150, [&](int) { QCOMPARE(ready.count(), 0); });
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).toStringList(), QStringList { QFileInfo(target).absoluteFilePath() });
    QCOMPARE(QFileInfo(target).size(), bytes.size());
    QTest::qWait(1500); // further checks and rescans: still once
    QCOMPARE(ready.count(), 1);
    QCOMPARE(watcher.pendingCount(), 0);
}

// A copy that pauses longer than the settle time is still short of what its SQLite header promises:
// it stays pending (retried), and is reported once the rest arrives.
void TestInboxWatcher::stalledCopyIsRetriedNotReported()
{
    QTemporaryDir staging, inbox;
    const QByteArray bytes = readAll(CoordinatorTest::simulatedFiles(staging.path(), 1).first());
    InboxWatcher watcher;
    watcher.setTiming(fastTiming());
    QSignalSpy ready(&watcher, &InboxWatcher::filesReady);
    QVERIFY(watcher.start(inbox.path()).ok());

    const QString target = QDir(inbox.path()).filePath(u"stalled.panelist-response"_s);
    QFile out(target);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() / 2));
    QVERIFY(out.flush());
    QTest::qWait(2000); // four times the settle time
    QCOMPARE(ready.count(), 0);
    QCOMPARE(watcher.pendingCount(), 1);
    out.write(bytes.mid(bytes.size() / 2));
    out.close();
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.count(), 1);
}

void TestInboxWatcher::temporaryNamesIgnored()
{
    QTemporaryDir inbox;
    InboxWatcher watcher;
    watcher.setTiming(fastTiming());
    QSignalSpy ready(&watcher, &InboxWatcher::filesReady);
    QVERIFY(watcher.start(inbox.path()).ok());
    for (const QString &name : { u".hidden"_s, u"a.tmp"_s, u"b.part"_s, u"c.panelist-response-wal"_s,
             u"c.panelist-response-shm"_s, u"d-journal"_s }) {
        CoordinatorTest::notAResponseFile(inbox.path(), name);
    }
    QDir(inbox.path()).mkdir(u"sub-folder"_s);
    const QString real = CoordinatorTest::notAResponseFile(inbox.path(), u"letter.txt"_s);
    QVERIFY(ready.wait(5000));
    QTest::qWait(1200);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).toStringList(), QStringList { QFileInfo(real).absoluteFilePath() });
}

// Without notifications (as on a network share), a file created between two rescans is found by the
// next one.
void TestInboxWatcher::foundByRescanWithoutNotifications()
{
    QTemporaryDir staging, inbox;
    const QString source = CoordinatorTest::simulatedFiles(staging.path(), 1).first();
    InboxWatcher watcher;
    InboxWatcher::Timing t = fastTiming();
    t.notifications = false;
    t.rescanMs = 700;
    watcher.setTiming(t);
    QSignalSpy ready(&watcher, &InboxWatcher::filesReady);
    QVERIFY(watcher.start(inbox.path()).ok());
    QVERIFY(!watcher.findChild<QFileSystemWatcher *>()); // rescans only: nothing else could report it
    QTest::qWait(300); // inside the gap after the first scan
    QVERIFY(QFile::copy(source, QDir(inbox.path()).filePath(u"late.panelist-response"_s)));
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.count(), 1);
}

void TestInboxWatcher::changedFileReportedAgain()
{
    QTemporaryDir inbox;
    InboxWatcher watcher;
    watcher.setTiming(fastTiming());
    QSignalSpy ready(&watcher, &InboxWatcher::filesReady);
    const QString path = CoordinatorTest::notAResponseFile(inbox.path(), u"note.txt"_s);
    QVERIFY(watcher.start(inbox.path()).ok()); // files already there are reported too
    QVERIFY(ready.wait(5000));
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write("more\n");
    f.close();
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.count(), 2);
}

// The whole path: the worker (own thread, own connection) watches the inbox and merges the slowly
// copied file exactly once, as "merged".
void TestInboxWatcher::slowCopyIsMergedByWorker()
{
    QTemporaryDir staging, inbox, studyDir;
    const QByteArray bytes = readAll(CoordinatorTest::simulatedFiles(staging.path(), 1).first());
    const QString studyPath = QDir(studyDir.path()).filePath(u"study.panelist-study"_s);
    {
        auto created = StudyStore::create(studyPath, Instrument::bundled());
        QVERIFY2(created.ok(), qPrintable(created.error()));
    }

    QThread thread;
    auto *worker = new MergeWorker(studyPath);
    worker->setWatchTiming(400, 100, 500);
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    // The worker emits on its thread; collect on this one (queued), as the GUI does.
    QObject receiver;
    QList<ImportedFile> merged;
    QStringList watching, failures;
    connect(worker, &MergeWorker::fileMerged, &receiver, [&](const ImportedFile &r) { merged.append(r); });
    connect(worker, &MergeWorker::watchingChanged, &receiver, [&](const QString &f) { watching.append(f); });
    connect(worker, &MergeWorker::failed, &receiver, [&](const QString &m) { failures.append(m); });
    thread.start();
    QMetaObject::invokeMethod(worker, "watch", Qt::QueuedConnection, Q_ARG(QString, inbox.path()));
    QTRY_COMPARE_WITH_TIMEOUT(watching.size(), 1, 5000);
    QCOMPARE(watching.at(0), QFileInfo(inbox.path()).absoluteFilePath());

    const QString target = QDir(inbox.path()).filePath(u"slow.panelist-response"_s);
    writeSlowly(target, bytes, 10, 150, [&](int) { QCOMPARE(merged.size(), 0); });
    QTRY_COMPARE_WITH_TIMEOUT(merged.size(), 1, 10000);
    QTest::qWait(1000);
    QCOMPARE(merged.size(), 1);
    const ImportedFile result = merged.first();
    QCOMPARE(result.fileName, u"slow.panelist-response"_s);
    QVERIFY2(result.outcome == ImportOutcome::Merged,
        qPrintable(outcomeName(result.outcome) + u": "_s + result.reason));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));

    QMetaObject::invokeMethod(worker, "stopWatching", Qt::QueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(watching.size(), 2, 5000);
    QCOMPARE(watching.last(), QString());
    thread.quit();
    QVERIFY(thread.wait(10000));

    auto ro = StudyStore::openReadOnly(studyPath);
    QVERIFY2(ro.ok(), qPrintable(ro.error()));
    const auto log = (*ro)->importLog();
    QVERIFY(log.ok());
    QCOMPARE(log->size(), 1);
    QCOMPARE(outcomeName(log->first().outcome), u"merged"_s);
    QCOMPARE((*ro)->currentResponses()->size(), 1);
}

void TestInboxWatcher::notAFolderRefused()
{
    QTemporaryDir dir;
    InboxWatcher watcher;
    const Status s = watcher.start(QDir(dir.path()).filePath(u"missing"_s));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"not a folder"_s), qPrintable(s.error()));
    QVERIFY(!watcher.isWatching());
}

QTEST_GUILESS_MAIN(TestInboxWatcher)
#include "tst_inboxwatcher.moc"
