// StudyMonitor: the study is read on a worker thread and re-analysed when PRAGMA data_version
// changes (a merge through another connection); group filter; requests are coalesced.
#include "models/merge/merger.h"
#include "models/presenter/studymonitor.h"
#include "models/simulate/simulate.h"
#include "models/storage/studystore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace std::chrono_literals;

class TestStudyMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusesWhatIsNotAStudy();
    void followsMergesFromAnotherConnection();
    void groupFilter();
    void coalescesRequests();

private:
    QTemporaryDir m_dir;
    QString m_study;
    QStringList m_files;
    std::unique_ptr<StudyStore> m_writer;
};

void TestStudyMonitor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_study = m_dir.filePath(u"study.panelist-study"_s);
    auto created = StudyStore::create(m_study, Instrument::bundled());
    QVERIFY2(created, qPrintable(created.error()));
    m_writer = std::move(created).value();
    auto files = writeSimulatedResponses(Instrument::bundled(), 12, 21, m_dir.filePath(u"inbox"_s));
    QVERIFY2(files, qPrintable(files.error()));
    m_files = *files;
}

void TestStudyMonitor::refusesWhatIsNotAStudy()
{
    auto missing = StudyMonitor::open(m_dir.filePath(u"nothing-here"_s));
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(u"nothing-here"_s));
    auto response = StudyMonitor::open(m_files.first());
    QVERIFY(!response);
}

void TestStudyMonitor::followsMergesFromAnotherConnection()
{
    auto opened = StudyMonitor::open(m_study);
    QVERIFY2(opened, qPrintable(opened.error()));
    StudyMonitor &monitor = **opened;
    QCOMPARE(monitor.instrument().fingerprint(), Instrument::bundled().fingerprint());
    monitor.setPollInterval(100ms);
    QSignalSpy changed(&monitor, &StudyMonitor::figuresChanged);
    monitor.start();
    QTRY_VERIFY(monitor.hasFigures());
    QCOMPARE(monitor.figures().respondents, 0);
    QVERIFY(monitor.lastUpdate().isValid());

    Merger merger(*m_writer);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(merger.mergeFile(m_files[i]).outcome, ImportOutcome::Merged);
    QTRY_COMPARE(monitor.figures().respondents, 5);
    QCOMPARE(monitor.figures().instrumentFingerprint, Instrument::bundled().fingerprint());

    // A rejected file only writes the import log: analysed again, same figures, no new signal.
    const int signals = int(changed.count());
    const int analyses = monitor.updatesRun();
    QCOMPARE(merger.mergeFile(m_files[0]).outcome, ImportOutcome::Unchanged);
    QTRY_VERIFY(monitor.updatesRun() > analyses);
    QTest::qWait(300);
    QCOMPARE(changed.count(), signals);
}

void TestStudyMonitor::groupFilter()
{
    auto opened = StudyMonitor::open(m_study);
    QVERIFY(opened);
    StudyMonitor &monitor = **opened;
    monitor.setPollInterval(100ms);
    monitor.start();
    QTRY_COMPARE(monitor.figures().respondents, 5);
    const QString group = Instrument::bundled().expertiseGroups().first().id;
    monitor.setGroup(group);
    QTRY_COMPARE(monitor.figures().group, group);
    QVERIFY(monitor.figures().respondents < 5);
    monitor.setGroup({});
    QTRY_COMPARE(monitor.figures().group, QString());
    QCOMPARE(monitor.figures().respondents, 5);
}

void TestStudyMonitor::coalescesRequests()
{
    auto opened = StudyMonitor::open(m_study);
    QVERIFY(opened);
    StudyMonitor &monitor = **opened;
    // No polling while the requests are counted: only refresh() asks for updates, so a loaded
    // machine's late poll cannot be taken for a request that was not coalesced.
    monitor.setPollInterval(1h);
    monitor.start();
    QTRY_VERIFY(monitor.hasFigures());
    int before = -1;
    while (before != monitor.updatesRun()) { // until the start's updates are all done
        before = monitor.updatesRun();
        QTest::qWait(200);
    }
    for (int i = 0; i < 50; ++i)
        monitor.refresh();
    QTRY_VERIFY(monitor.updatesRun() > before);
    QTest::qWait(300);
    QVERIFY2(monitor.updatesRun() - before <= 2, qPrintable(QString::number(monitor.updatesRun() - before)));

    // Merges while the monitor runs: it ends on the last state, analysing far fewer times than
    // there were commits plus polls would allow if nothing were coalesced.
    Merger merger(*m_writer);
    for (int i = 5; i < m_files.size(); ++i) {
        QCOMPARE(merger.mergeFile(m_files[i]).outcome, ImportOutcome::Merged);
        monitor.refresh(); // what a poll would do after each commit
    }
    QTRY_COMPARE(monitor.figures().respondents, int(m_files.size()));
}

QTEST_GUILESS_MAIN(TestStudyMonitor)
#include "tst_studymonitor.moc"
