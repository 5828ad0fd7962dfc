// `panelist-cli merge` killed with SIGKILL at 50 random moments while it merges 1,000 files: after
// every kill the study passes SQLite's integrity_check and `study verify` (every file is wholly in or
// not at all: each stored version's answers match the hash they were imported with, and the log
// entry that stored it), and finishing the merge afterwards gives the same study as one merge that
// was never interrupted.
#include "tests/common/clirun.h"
#include "tests/models/merge/mergetesthelpers.h"

#include "models/simulate/simulate.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace panelist;
using namespace panelist::mergetest;
using namespace Qt::StringLiterals;
using panelist::testcli::cli;

class TestMergeKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomMomentsLosesNothing();
};

void TestMergeKill::killedAtRandomMomentsLosesNothing()
{
    QTemporaryDir dir;
    const QString inbox = dir.filePath(u"inbox"_s);
    QVERIFY(writeSimulatedResponses(instrument(), 1000, 50, inbox));
    // The reference: one merge that nobody interrupts.
    const QString reference = dir.filePath(u"reference.panelist-study"_s);
    QCOMPARE(cli({ u"study"_s, u"create"_s, reference }).code, 0);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(cli({ u"merge"_s, reference, inbox }).code, 0);
    const qint64 whole = qMax<qint64>(clock.elapsed(), 200);

    const QString study = dir.filePath(u"killed.panelist-study"_s);
    QCOMPARE(cli({ u"study"_s, u"create"_s, study }).code, 0);
    QRandomGenerator rng(20261201);
    int killedMidway = 0;
    for (int k = 0; k < 50; ++k) {
        QProcess merge;
        merge.start(QStringLiteral(PANELIST_CLI), { u"merge"_s, study, inbox });
        QVERIFY(merge.waitForStarted());
        // Anywhere in a whole merge's time (later rounds mostly find files already in: "unchanged").
        QThread::msleep(rng.bounded(quint32(whole)));
        const bool running = merge.state() == QProcess::Running;
        ::kill(pid_t(merge.processId()), SIGKILL);
        merge.waitForFinished();
        killedMidway += running ? 1 : 0;
        QCOMPARE(testfiles::sqlite(study, { u"PRAGMA integrity_check"_s }), QStringList { u"ok"_s });
        const auto verified = cli({ u"study"_s, u"verify"_s, study });
        QVERIFY2(verified.code == 0, qPrintable(u"after kill %1: "_s.arg(k) + verified.err));
    }
    QVERIFY2(killedMidway >= 25, qPrintable(u"only %1 of 50 kills hit a running merge"_s.arg(killedMidway)));

    // Finishing gives the same study (answers, versions, what counts) as the uninterrupted merge; only
    // the import log differs, with a line for each file seen again.
    QCOMPARE(cli({ u"merge"_s, study, inbox }).code, 0);
    auto a = StudyStore::openReadOnly(reference);
    auto b = StudyStore::openReadOnly(study);
    QVERIFY(a && b);
    const auto versionsA = (*a)->allVersions();
    const auto versionsB = (*b)->allVersions();
    QCOMPARE(versionsB->size(), 1000);
    QCOMPARE(versionsB->size(), versionsA->size());
    for (qsizetype i = 0; i < versionsA->size(); ++i) {
        QCOMPARE(versionsB->at(i).contentSha256, versionsA->at(i).contentSha256);
        QCOMPARE(versionsB->at(i).counts, versionsA->at(i).counts);
        QCOMPARE(versionsB->at(i).sourceSha256, versionsA->at(i).sourceSha256);
    }
    QCOMPARE(cli({ u"study"_s, u"verify"_s, study }).code, 0);
}

QTEST_GUILESS_MAIN(TestMergeKill)
#include "tst_mergekill.moc"
