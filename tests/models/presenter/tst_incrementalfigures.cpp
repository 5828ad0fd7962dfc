// The presenter's running figures against a full recount after every step of a random mix of merges
// (new respondents, newer and older revisions, the same file again, rejected files), conflicts and
// the coordinator's choices: the study's change log must carry exactly what changed, and arriving
// files must never make the monitor count the whole study again.
#include "models/analysis/aggregator.h"
#include "models/merge/merger.h"
#include "models/presenter/studymonitor.h"
#include "models/storage/studystore.h"
#include "tests/models/analysis/referenceanalysis.h"
#include "tests/models/merge/mergetesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::mergetest;
using namespace std::chrono_literals;

class TestIncrementalFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomMix_data();
    void randomMix();
};

namespace {

// The figures of the study as it is on disk: a fresh count of the versions that count, and the same
// from the independent reference count; both must agree before either is used as the expectation.
analysis::Figures recount(const QString &study, const analysis::Options &options)
{
    auto store = StudyStore::openReadOnly(study);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    analysis::Aggregator counts((*store)->instrument(), options);
    const auto read = (*store)->readCurrent([&](qint64, const IndexedResponse &a) { counts.add(a); });
    if (!read)
        qFatal("%s", qPrintable(read.error()));
    const auto current = (*store)->currentResponses();
    QList<ResponseData> data;
    for (const StudyResponse &r : *current)
        data.append(r.data);
    const analysis::Figures reference
        = analysis::reference::referenceAnalyse((*store)->instrument(), data, options);
    if (!(reference == counts.figures()))
        qFatal("the stream count and the reference count of the study differ");
    return counts.figures();
}

} // namespace

void TestIncrementalFigures::randomMix_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("everyone") << QString() << 11u;
    QTest::newRow("one expertise group") << instrument().expertiseGroups().first().id << 12u;
}

void TestIncrementalFigures::randomMix()
{
    QFETCH(QString, group);
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    const QString study = dir.filePath(u"study.panelist-study"_s);
    auto writer = StudyStore::create(study, instrument());
    QVERIFY2(writer, qPrintable(writer.error()));
    Merger merger(**writer);
    analysis::Options options;
    options.group = group;
    // The monitor shows the default head of the ranking (10 exact combinations per scope), so ties
    // at its edge are compared too.

    auto opened = StudyMonitor::open(study);
    QVERIFY2(opened, qPrintable(opened.error()));
    StudyMonitor &monitor = **opened;
    monitor.setPollInterval(5ms);
    monitor.setGroup(group);
    monitor.start();
    QTRY_VERIFY(monitor.hasFigures());
    const int recountsAtStart = monitor.recountsRun();

    QRandomGenerator rng(seed);
    QList<QUuid> respondents;
    QMap<QUuid, int> top; // highest revision sent per respondent
    QMap<QUuid, QSet<int>> sent;
    QString lastFile;
    QMap<QString, int> seen; // outcome -> how often, so the mix is known to cover every case
    for (int step = 0; step < 90; ++step) {
        const int roll = respondents.isEmpty() ? 0 : int(rng.bounded(12));
        const QString path = dir.filePath(u"file-%1.panelist-response"_s.arg(step));
        if (roll == 9 && !lastFile.isEmpty()) {
            seen[outcomeName(merger.mergeFile(lastFile).outcome)] += 1; // the same file again
            continue;
        }
        if (roll == 10) {
            QVERIFY(writeAll(path, "not a response file"));
            QCOMPARE(merger.mergeFile(path).outcome, ImportOutcome::Rejected);
            seen[u"rejected"_s] += 1;
            continue;
        }
        if (roll == 11) {
            const auto conflicts = (*writer)->conflicts();
            QVERIFY(conflicts);
            for (const StudyConflict &k : *conflicts) {
                if (k.resolved || rng.bounded(2))
                    continue;
                const StudyResponse &pick = k.versions.at(int(rng.bounded(k.versions.size())));
                QVERIFY((*writer)->resolveConflict(k.respondentId, k.revision, pick.versionId));
                seen[u"resolved"_s] += 1;
                break;
            }
        } else {
            QUuid who;
            int revision = 1;
            if (roll <= 3) { // a new respondent
                who = QUuid::createUuid();
                respondents.append(who);
            } else {
                who = respondents.at(int(rng.bounded(respondents.size())));
                // newer (4-6), older (7), or the same revision with other answers: a conflict (8)
                const int highest = top.value(who);
                // newer, sometimes skipping one (4-6); an older one never sent (7); the same
                // revision with other answers, a conflict (8)
                revision = roll == 8 ? highest : highest + 1 + int(rng.bounded(2));
                for (int r = 1; roll == 7 && r < highest; ++r) {
                    if (!sent[who].contains(r))
                        revision = r;
                }
            }
            top[who] = qMax(top.value(who), revision);
            sent[who].insert(revision);
            QVERIFY(writeResponse(path, generateResponse(rng, who, revision)));
            seen[outcomeName(merger.mergeFile(path).outcome)] += 1;
            lastFile = path;
        }
        const analysis::Figures expected = recount(study, options);
        QTRY_VERIFY2_WITH_TIMEOUT(monitor.figures() == expected,
            qPrintable(u"step %1: %2"_s.arg(step).arg(
                analysis::reference::firstDifference(monitor.figures(), expected))),
            10000);
    }
    for (const QString &outcome : { u"merged"_s, u"replaced"_s, u"older revision"_s, u"conflict"_s,
             u"unchanged"_s, u"rejected"_s, u"resolved"_s })
        QVERIFY2(seen.value(outcome) > 0, qPrintable(u"the mix never gave \"%1\""_s.arg(outcome)));
    QCOMPARE(monitor.recountsRun(), recountsAtStart); // arriving files never recount the study
    QVERIFY(monitor.figures().respondents > 5);
}

QTEST_GUILESS_MAIN(TestIncrementalFigures)
#include "tst_incrementalfigures.moc"
