// The study's streaming readers: the versions that count as IndexedResponse (from the answers stored
// for counting beside each version), chosen versions, the change log; damaged or missing counting
// data is refused with the version named, and a study from before schema 2 gets its counting data
// from its answer rows on the first writable open.
#include "models/analysis/aggregator.h"
#include "models/merge/merger.h"
#include "models/storage/studystore.h"
#include "tests/models/analysis/referenceanalysis.h"
#include "tests/models/merge/mergetesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::mergetest;

class TestStudyStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void currentVersionsMatchTheirAnswerRows();
    void chosenVersions();
    void changeLogFollowsWhatCounts();
    void damagedCountingDataIsRefused_data();
    void damagedCountingDataIsRefused();
    void olderStudyGetsItsCountingDataOnWritableOpen();
    void readersRefuseWhatTheyCannotRepresent_data();
    void readersRefuseWhatTheyCannotRepresent();

private:
    analysis::Figures streamed(const QString &study, QString *error = nullptr);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_study;
    QList<qint64> m_versions;
};

analysis::Figures TestStudyStream::streamed(const QString &study, QString *error)
{
    auto store = StudyStore::openReadOnly(study);
    if (!store) {
        if (error)
            *error = store.error();
        return {};
    }
    analysis::Aggregator counts((*store)->instrument());
    const auto read = (*store)->readCurrent([&](qint64, const IndexedResponse &a) { counts.add(a); });
    if (!read && error)
        *error = read.error();
    return counts.figures();
}

void TestStudyStream::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_study = m_dir->filePath(u"study.panelist-study"_s);
    auto store = StudyStore::create(m_study, instrument());
    QVERIFY2(store, qPrintable(store.error()));
    Merger merger(**store);
    QRandomGenerator rng(5);
    QList<QUuid> ids;
    for (int i = 0; i < 12; ++i) {
        ids << QUuid::createUuid();
        const QString file = m_dir->filePath(u"r%1.panelist-response"_s.arg(i));
        QVERIFY(writeResponse(file, generateResponse(rng, ids.last(), 1)));
        QCOMPARE(merger.mergeFile(file).outcome, ImportOutcome::Merged);
    }
    // Two newer revisions: their first versions stop counting.
    for (int i = 0; i < 2; ++i) {
        const QString file = m_dir->filePath(u"newer%1.panelist-response"_s.arg(i));
        QVERIFY(writeResponse(file, generateResponse(rng, ids.at(i), 2)));
        QCOMPARE(merger.mergeFile(file).outcome, ImportOutcome::Replaced);
    }
    const auto current = (*store)->currentResponses();
    QVERIFY(current);
    m_versions.clear();
    for (const StudyResponse &r : *current)
        m_versions << r.versionId;
}

void TestStudyStream::currentVersionsMatchTheirAnswerRows()
{
    auto store = StudyStore::openReadOnly(m_study);
    QVERIFY(store);
    QHash<qint64, IndexedResponse> read;
    const auto seq = (*store)->readCurrent([&](qint64 id, const IndexedResponse &a) { read.insert(id, a); });
    QVERIFY2(seq, qPrintable(seq.error()));
    QCOMPARE(*seq, 14); // 12 first versions, 2 replacements
    const auto current = (*store)->currentResponses();
    QCOMPARE(read.size(), current->size());
    for (const StudyResponse &r : *current)
        QVERIFY2(read.value(r.versionId) == indexResponse(instrument(), r.data),
            qPrintable(QString::number(r.versionId)));
    QList<ResponseData> data;
    for (const StudyResponse &r : *current)
        data << r.data;
    QVERIFY(streamed(m_study) == analysis::reference::referenceAnalyse(instrument(), data));
}

void TestStudyStream::chosenVersions()
{
    auto store = StudyStore::openReadOnly(m_study);
    QVERIFY(store);
    QList<qint64> seen;
    const Status s = (*store)->readVersions({ m_versions.at(3), 1, 987654, m_versions.at(0) },
        [&](qint64 id, const IndexedResponse &) { seen << id; });
    QVERIFY2(s, qPrintable(s.error()));
    QList<qint64> expected { 1, m_versions.at(0),
        m_versions.at(3) }; // in version order; 987654 does not exist
    std::sort(expected.begin(), expected.end());
    expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
    QCOMPARE(seen, expected);
}

void TestStudyStream::changeLogFollowsWhatCounts()
{
    auto store = StudyStore::openReadOnly(m_study);
    QVERIFY(store);
    const auto all = (*store)->changesSince(0);
    QVERIFY(all);
    QCOMPARE(all->size(), 14);
    for (qsizetype i = 0; i < 12; ++i)
        QCOMPARE(all->at(i).oldVersion, 0); // a first version: nothing counted before
    QCOMPARE(all->at(12).respondentId, all->at(0).respondentId);
    QCOMPARE(all->at(12).oldVersion, all->at(0).newVersion);
    const auto after = (*store)->changesSince(all->at(11).seq);
    QCOMPARE(after->size(), 2);
    QCOMPARE((*store)->changesSince(all->last().seq)->size(), 0);
}

void TestStudyStream::damagedCountingDataIsRefused_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("missing") << u"DELETE FROM indexed_answers WHERE version = %1"_s;
    QTest::newRow("not the format") << u"UPDATE indexed_answers SET data = x'02' WHERE version = %1"_s;
    QTest::newRow("truncated")
        << u"UPDATE indexed_answers SET data = substr(data, 1, 20) WHERE version = %1"_s;
    QTest::newRow("the wrong number of items")
        << u"UPDATE indexed_answers SET data = x'01' || x'0900' || substr(data, 4) WHERE version = %1"_s;
    QTest::newRow("a point off the scale")
        << u"UPDATE indexed_answers SET data = x'01' || substr(data, 2, 2) || x'0900' || substr(data, 6) "
           u"WHERE version = %1"_s;
    QTest::newRow("an expertise group twice") // the study's responses list exactly one group each
        << u"UPDATE indexed_answers SET data = substr(data, 1, length(data) - 4) || x'0200' "
           u"|| substr(data, -2) || substr(data, -2) WHERE version = %1"_s;
    QTest::newRow("text") << u"UPDATE indexed_answers SET data = 'five' WHERE version = %1"_s;
}

void TestStudyStream::damagedCountingDataIsRefused()
{
    QFETCH(QString, sql);
    const qint64 victim = m_versions.at(5);
    QCOMPARE(testfiles::sqlite(m_study, { sql.arg(victim) }), QStringList());
    QString error;
    streamed(m_study, &error);
    QCOMPARE(error,
        u"%1: damaged study database (the answers of version %2 cannot be counted)"_s
            .arg(QDir::toNativeSeparators(m_study))
            .arg(victim));
}

void TestStudyStream::olderStudyGetsItsCountingDataOnWritableOpen()
{
    const analysis::Figures before = streamed(m_study);
    // What a study written before schema 2 looks like to the new reader: no counting data at all.
    QCOMPARE(testfiles::sqlite(m_study, { u"DELETE FROM indexed_answers"_s }), QStringList());
    QString error;
    streamed(m_study, &error);
    QVERIFY(error.contains(u"cannot be counted"_s));
    {
        auto writable = StudyStore::open(m_study);
        QVERIFY2(writable, qPrintable(writable.error()));
    }
    QCOMPARE(
        testfiles::sqlite(m_study, { u"SELECT count(*) FROM indexed_answers"_s }), QStringList { u"14"_s });
    error.clear();
    QVERIFY(streamed(m_study, &error) == before);
    QCOMPARE(error, QString());
}

// Found by an external fuzzing run: a text rating exported as 0, a dangling link to the version that
// counts silently left a respondent out. Every reader now refuses the study, naming what is wrong.
void TestStudyStream::readersRefuseWhatTheyCannotRepresent_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("problem");
    QTest::newRow("a rating as text")
        << u"UPDATE rating SET value = 'five' WHERE (version, measure, area) = "
           u"(SELECT version, measure, area FROM rating WHERE dont_know = 0 AND version = %1 ORDER BY measure, area LIMIT 1)"_s
        << u"version %1 has a rating of m01 that is not a whole number"_s;
    QTest::newRow("a version that counts and is not there")
        << u"UPDATE respondent SET current_version = 987654 WHERE current_version = %1"_s
        << u"counts a version the study does not have"_s;
}

void TestStudyStream::readersRefuseWhatTheyCannotRepresent()
{
    QFETCH(QString, sql);
    QFETCH(QString, problem);
    const qint64 victim = m_versions.at(4);
    QCOMPARE(testfiles::sqlite(m_study, { sql.arg(victim) }), QStringList());
    auto store = StudyStore::openReadOnly(m_study);
    QVERIFY(store);
    const auto current = (*store)->currentResponses();
    QVERIFY(!current);
    QVERIFY2(current.error().contains(problem.arg(victim)), qPrintable(current.error()));
    QVERIFY(current.error().contains(u"damaged study database"_s));
    if (sql.contains(u"respondent"_s)) { // the stream reads counting data, not rating rows
        const auto streamed = (*store)->readCurrent([](qint64, const IndexedResponse &) {});
        QVERIFY(!streamed);
        QVERIFY2(streamed.error().contains(problem), qPrintable(streamed.error()));
    }
}

QTEST_GUILESS_MAIN(TestStudyStream)
#include "tst_studystream.moc"
