// The expert's side of a survey file: a response started from it records the survey's details and
// is otherwise the response it always was (same content hash, merged by an unchanged study); opening
// the same survey again continues that response; the data folder's responses are listed with their
// progress; a submitted copy is named after the study and the expert.

#include "models/instrument/instrument.h"
#include "models/merge/merger.h"
#include "models/response/contentjson.h"
#include "models/storage/responsefilewriter.h"
#include "models/storage/responsestore.h"
#include "models/storage/studystore.h"
#include "models/survey/responselist.h"
#include "models/survey/surveyentry.h"
#include "models/survey/workspace.h"
#include "models/surveyfile/surveyfile.h"
#include "tests/common/filebytes.h"
#include "tests/common/privatefolders.h"
#include "tests/common/sqliteexec.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::testfiles;

namespace {

QStringList responseFiles()
{
    return QDir(Workspace::responsesFolder())
        .entryList({ u"*.panelist-response"_s }, QDir::Files, QDir::Name);
}

} // namespace

class TestSurveyEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void responseRecordsTheSurvey();
    void openingTheSurveyAgainContinues();
    void mergesAsTheSameResponse();
    void listsResponsesWithProgress();
    void submittedFileNames_data();
    void submittedFileNames();

private:
    QString writeSurvey(const QString &name, const QString &contact = u"zoe@example.org"_s);
    QTemporaryDir m_dir;
};

void TestSurveyEntry::initTestCase()
{
    PANELIST_REQUIRE_PRIVATE_FOLDERS();
    QCoreApplication::setOrganizationName(u"Panelist"_s);
    QCoreApplication::setApplicationName(u"panelist"_s);
    QVERIFY(m_dir.isValid());
}

void TestSurveyEntry::init()
{
    QDir(Workspace::responsesFolder()).removeRecursively();
    QSettings().clear();
}

QString TestSurveyEntry::writeSurvey(const QString &name, const QString &contact)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    const auto survey = makeSurvey(Instrument::bundled(),
        { .coordinatorName = u"Dr. Zoë Example"_s,
            .coordinatorContact = contact,
            .deadline = QDate(2027, 1, 31),
            .studyId = u"rerun-2027"_s,
            .title = u"Mitigations, a rerun"_s });
    if (!survey || !writeSurveyFile(path, *survey))
        return {};
    return path;
}

void TestSurveyEntry::responseRecordsTheSurvey()
{
    const QString surveyPath = writeSurvey(u"rerun.panelist-survey"_s);
    const auto survey = readSurveyFile(surveyPath);
    QVERIFY2(survey, qPrintable(survey.error()));
    auto answer = answerSurveyFile(surveyPath);
    QVERIFY2(answer, qPrintable(answer.error()));
    QVERIFY(!answer->continued);
    SurveySession &s = *answer->session;
    QCOMPARE(s.survey(), survey->details);
    QCOMPARE(s.title(), u"Mitigations, a rerun"_s);
    QCOMPARE(s.studyId(), u"rerun-2027"_s);
    QVERIFY2(s.path().startsWith(Workspace::responsesFolder()), qPrintable(s.path()));

    // The keys as the response file holds them (docs/file-formats.md).
    const QString path = s.path();
    answer->session.reset();
    const QStringList rows = sqlite(path,
        { u"SELECT key || '=' || value FROM meta WHERE key NOT IN "
          u"('respondent_id', 'revision', 'created_at', 'submitted_at', "
          u"'name', 'affiliation', 'language') ORDER BY key"_s });
    QCOMPARE(rows,
        (QStringList { u"coordinator_contact=zoe@example.org"_s, u"coordinator_name=Dr. Zoë Example"_s,
            u"deadline=2027-01-31"_s, u"return_instructions=Send the response file to zoe@example.org."_s,
            u"study_id=rerun-2027"_s, u"survey_id="_s + survey->details.surveyId,
            u"title=Mitigations, a rerun"_s }));
    auto reopened = SurveySession::open(path);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    QCOMPARE((*reopened)->survey(), survey->details);

    // A response to the bundled study has none of them.
    auto plain = SurveySession::create(m_dir.filePath(u"plain.panelist-response"_s), Instrument::bundled());
    QVERIFY(plain);
    QVERIFY((*plain)->survey().isEmpty());
    QCOMPARE((*plain)->title(), Instrument::bundled().study().title);
}

void TestSurveyEntry::openingTheSurveyAgainContinues()
{
    const QString surveyPath = writeSurvey(u"twice.panelist-survey"_s);
    QString first;
    {
        auto answer = answerSurveyFile(surveyPath);
        QVERIFY2(answer, qPrintable(answer.error()));
        QVERIFY(answer->session->setRating(Instrument::bundled().measures().first().id, {}, Rating::of(4)));
        first = answer->session->path();
        // Remembered as the last response, as the window does.
        Workspace::setLastResponsePath(first);
    }
    auto again = answerSurveyFile(surveyPath);
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(again->continued);
    QCOMPARE(again->session->path(), first);
    QCOMPARE(again->session->answeredCount(), 1);
    QCOMPARE(responseFiles().size(), 1);

    // Another survey file (another survey id) is another response.
    const QString other = writeSurvey(u"other.panelist-survey"_s, u"other@example.org"_s);
    auto third = answerSurveyFile(other);
    QVERIFY(third && !third->continued);
    QVERIFY(third->session->path() != first);
    QCOMPARE(responseFiles().size(), 2);

    // A survey file that is refused starts nothing.
    const QString broken = m_dir.filePath(u"broken.panelist-survey"_s);
    QFile::copy(surveyPath, broken);
    sqlite(broken, { u"CREATE TABLE extra (x)"_s });
    auto refused = answerSurveyFile(broken);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"unexpected table \"extra\""_s), qPrintable(refused.error()));
    QCOMPARE(responseFiles().size(), 2);
}

void TestSurveyEntry::mergesAsTheSameResponse()
{
    const Instrument ins = Instrument::bundled();
    auto answer = answerSurveyFile(writeSurvey(u"merge.panelist-survey"_s));
    QVERIFY2(answer, qPrintable(answer.error()));
    SurveySession &s = *answer->session;
    QVERIFY(s.setExpertise({ u"cbrn"_s }));
    QVERIFY(s.setProfile(u"Ada"_s, u"Engines Ltd"_s));
    QVERIFY(s.setRating(ins.measures().at(0).id, ins.areas().at(0).id, Rating::of(5)));
    QVERIFY(s.setRating(ins.measures().at(1).id, {}, Rating::unknown()));
    QVERIFY(s.setComment(ins.measures().at(2).id, u"Needs auditors."_s));
    QVERIFY(s.setPicked(ins.combinationScopes().first(), ins.measures().at(3).id, true));
    const QString submitted = m_dir.filePath(u"from-survey.panelist-response"_s);
    QVERIFY(s.submit(submitted));

    // The same answers in a file without the survey's keys.
    auto ro = ResponseStore::openReadOnly(submitted);
    QVERIFY2(ro, qPrintable(ro.error()));
    QCOMPARE((*ro)->extraMeta().value(u"survey_id"_s), s.survey().surveyId);
    const auto data = (*ro)->load();
    QVERIFY(data);
    const QString plain = m_dir.filePath(u"plain-copy.panelist-response"_s);
    QVERIFY(writeNewResponseFile(plain, *data, ins));
    auto plainRo = ResponseStore::openReadOnly(plain);
    QVERIFY(plainRo && (*plainRo)->extraMeta().isEmpty());
    const auto plainData = (*plainRo)->load();
    QVERIFY(plainData);
    QCOMPARE(contentJson(*plainData), contentJson(*data));
    // The expert's signature travels with the answers (without it the study would refuse the copy:
    // the respondent is pinned to the key of its first version, tst_signedmerge).
    QVERIFY(!data->signature.isEmpty());
    QCOMPARE(
        testfiles::sqlite(plain,
            { u"INSERT INTO meta (key, value) VALUES ('signer_public_key', '%1'), ('signature', '%2')"_s.arg(
                data->signature.publicKey, data->signature.signature) }),
        QStringList());

    const QString studyPath = m_dir.filePath(u"merge.panelist-study"_s);
    auto study = StudyStore::create(studyPath, ins);
    QVERIFY2(study, qPrintable(study.error()));
    Merger merger(**study);
    const ImportedFile first = merger.mergeFile(submitted);
    QVERIFY2(first.outcome == ImportOutcome::Merged, qPrintable(first.reason));
    const ImportedFile second = merger.mergeFile(plain);
    QVERIFY2(second.outcome == ImportOutcome::Unchanged, qPrintable(second.reason));
    const auto current = (*study)->currentResponses();
    QVERIFY(current && current->size() == 1);
    QCOMPARE(current->first().data.answeredRatingCount(), 2);
    QCOMPARE(current->first().data.name, u"Ada"_s);
}

void TestSurveyEntry::listsResponsesWithProgress()
{
    QVERIFY(Workspace::responses().isEmpty());
    auto answer = answerSurveyFile(writeSurvey(u"list.panelist-survey"_s));
    QVERIFY(answer);
    const Instrument ins = Instrument::bundled();
    for (int a = 0; a < ins.areas().size(); ++a)
        QVERIFY(answer->session->setRating(ins.measures().first().id, ins.areas().at(a).id, Rating::of(3)));
    auto example = SurveySession::create(Workspace::newResponsePath(), ins);
    QVERIFY(example);
    QVERIFY((*example)->submit(m_dir.filePath(u"example-sub.panelist-response"_s)));
    // A file the folder holds that is not a response keeps a row, with the reason.
    QVERIFY(writeAll(QDir(Workspace::responsesFolder()).filePath(u"broken.panelist-response"_s),
        "a shopping list, not a response\n"));

    const QList<ResponseSummary> list = Workspace::responses();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(2).path, QDir(Workspace::responsesFolder()).filePath(u"broken.panelist-response"_s));
    QVERIFY(!list.at(2).problem.isEmpty());
    const auto byTitle = [&](const QString &title) {
        for (const ResponseSummary &r : list) {
            if (r.title == title)
                return r;
        }
        return ResponseSummary {};
    };
    const ResponseSummary rerun = byTitle(u"Mitigations, a rerun"_s);
    QCOMPARE(rerun.answered, 4);
    QCOMPARE(rerun.total, 135);
    QVERIFY(!rerun.submitted());
    QCOMPARE(rerun.surveyId, answer->session->survey().surveyId);
    const ResponseSummary bundled = byTitle(ins.study().title);
    QVERIFY(bundled.submitted());
    QCOMPARE(bundled.revision, 1);
    QVERIFY(bundled.surveyId.isEmpty());
    QCOMPARE(Workspace::responseToSurvey(rerun.surveyId), rerun.path);
    QCOMPARE(Workspace::responseToSurvey(u"00000000-0000-4000-8000-000000000000"_s), QString());
}

void TestSurveyEntry::submittedFileNames_data()
{
    QTest::addColumn<QString>("study");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name") << u"uuk2024"_s << u"Ada Lovelace"_s << u"uuk2024-Ada-Lovelace.panelist-response"_s;
    QTest::newRow("no name") << u"uuk2024"_s << QString() << u"uuk2024-0b6f1c0e.panelist-response"_s;
    QTest::newRow("letters of any script")
        << u"rerun-2027"_s << u"Zoë Ñúñez 张伟"_s << u"rerun-2027-Zoë-Ñúñez-张伟.panelist-response"_s;
    QTest::newRow("slashes and dots")
        << u"s"_s << u"../../etc/passwd"_s << u"s-etc-passwd.panelist-response"_s;
    QTest::newRow("only punctuation") << u"s"_s << u"  *** / ***  "_s << u"s-0b6f1c0e.panelist-response"_s;
    QTest::newRow("a title and a comma")
        << u"s"_s << u"Dr. Zoë Example, PhD"_s << u"s-Dr.-Zoë-Example-PhD.panelist-response"_s;
    QTest::newRow("very long") << u"s"_s << QString(300, u'a')
                               << u"s-"_s + QString(60, u'a') + u".panelist-response"_s;
}

void TestSurveyEntry::submittedFileNames()
{
    QFETCH(QString, study);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QUuid id = QUuid::fromString(u"0b6f1c0e-7d0a-4c55-9a43-2f1e8d3c9b21"_s);
    QCOMPARE(Workspace::submittedFileName(study, name, id), expected);
}

QTEST_GUILESS_MAIN(TestSurveyEntry)
#include "tst_surveyentry.moc"
