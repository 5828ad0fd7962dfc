// Runs the real panelist-cli binary for `survey make` and `survey show`: the lines a coordinator
// reads, the exit codes, that the file made is the survey file an expert's Panelist reads, and that
// nothing is written when a command is refused.

#include "models/instrument/instrument.h"
#include "models/surveyfile/surveyfile.h"
#include "tests/common/clirun.h"
#include "tests/common/filebytes.h"
#include "tests/common/sqliteexec.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace panelist;
using namespace panelist::testfiles;
using namespace Qt::StringLiterals;
using panelist::testcli::cli;
using panelist::testcli::Run;

namespace {

const QString BundledJson = QStringLiteral(PANELIST_SOURCE_DIR "/resources/instruments/uuk2024.json");

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestCliSurvey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void makeThenShow();
    void showJson();
    void defaults();
    void refusals_data();
    void refusals();
    void showRefusesAForgedFile();
    void usageErrors_data();
    void usageErrors();

private:
    QStringList makeArgs(const QString &out) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliSurvey::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QStringList TestCliSurvey::makeArgs(const QString &out) const
{
    return { u"survey"_s, u"make"_s, u"--instrument"_s, BundledJson, u"--out"_s, out, u"--coordinator"_s,
        u"Dr. Zoë Example"_s, u"--contact"_s, u"zoe@example.org"_s, u"--deadline"_s, u"2027-01-31"_s,
        u"--return=Upload it to https://example.org/inbox.\nThank you!"_s };
}

void TestCliSurvey::makeThenShow()
{
    const QString out = m_dir->filePath(u"uuk.panelist-survey"_s);
    const Run made = cli(makeArgs(out));
    QCOMPARE(made.code, 0);
    QVERIFY(made.err.isEmpty());
    const auto survey = readSurveyFile(out);
    QVERIFY2(survey, qPrintable(survey.error()));
    QCOMPARE(made.out,
        u"%1: survey file created for \"%2\" (study uuk2024, survey id %3, instrument %4)\n"_s.arg(out,
            Instrument::bundled().study().title, survey->details.surveyId,
            Instrument::bundled().fingerprint().left(12)));
    QCOMPARE(survey->details.coordinatorName, u"Dr. Zoë Example"_s);
    QCOMPARE(survey->details.returnInstructions, u"Upload it to https://example.org/inbox.\nThank you!"_s);
    QCOMPARE(survey->details.deadline, QDate(2027, 1, 31));
    QCOMPARE(filesIn(m_dir->path()), QStringList { u"uuk.panelist-survey"_s });

    const QByteArray before = sha256(out);
    const Run shown = cli({ u"survey"_s, u"show"_s, out });
    QCOMPARE(shown.code, 0);
    QVERIFY2(
        shown.out.startsWith(u"Survey file: %1\nTitle: %2\nStudy: uuk2024\nSurvey id: %3\nRound: 1\n"_s.arg(
            out, Instrument::bundled().study().title, survey->details.surveyId)),
        qPrintable(shown.out));
    QVERIFY(shown.out.contains(u"\nCoordinator: Dr. Zoë Example\nContact: zoe@example.org\n"
                               u"Deadline: 2027-01-31\nReturn instructions:\n"
                               u"  Upload it to https://example.org/inbox.\n  Thank you!\n"_s));
    QVERIFY(shown.out.contains(u"27 measures, 135 rating items)\n"_s));
    QCOMPARE(sha256(out), before);
    QCOMPARE(filesIn(m_dir->path()), QStringList { u"uuk.panelist-survey"_s });
}

void TestCliSurvey::showJson()
{
    const QString out = m_dir->filePath(u"uuk.panelist-survey"_s);
    QCOMPARE(cli(makeArgs(out)).code, 0);
    const Run shown = cli({ u"survey"_s, u"show"_s, u"--json"_s, out });
    QCOMPARE(shown.code, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(shown.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(u"study_id"_s).toString(), u"uuk2024"_s);
    QCOMPARE(o.value(u"coordinator_contact"_s).toString(), u"zoe@example.org"_s);
    QCOMPARE(o.value(u"deadline"_s).toString(), u"2027-01-31"_s);
    QCOMPARE(o.value(u"round"_s).toInt(), 1);
    QCOMPARE(o.value(u"instrument"_s).toObject().value(u"fingerprint"_s).toString(),
        Instrument::bundled().fingerprint());
    QCOMPARE(o.value(u"instrument"_s).toObject().value(u"items"_s).toInt(), 135);
}

void TestCliSurvey::defaults()
{
    const QString out = m_dir->filePath(u"plain.panelist-survey"_s);
    const Run made
        = cli({ u"survey"_s, u"make"_s, u"--instrument"_s, BundledJson, u"--out"_s, out, u"--coordinator"_s,
            u"Ada"_s, u"--contact"_s, u"ada@example.org"_s, u"--study-id"_s, u"uuk-rerun"_s });
    QVERIFY2(made.code == 0, qPrintable(made.err));
    const Run shown = cli({ u"survey"_s, u"show"_s, u"--json"_s, out });
    const QJsonObject o = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(o.value(u"study_id"_s).toString(), u"uuk-rerun"_s);
    QCOMPARE(o.value(u"return_instructions"_s).toString(), u"Send the response file to ada@example.org."_s);
    QVERIFY(o.value(u"deadline"_s).isNull());
}

void TestCliSurvey::refusals_data()
{
    QTest::addColumn<QStringList>("change"); // options replacing the good ones
    QTest::addColumn<QString>("message"); // a line of standard error
    QTest::newRow("instrument with problems") << QStringList { u"--instrument"_s, u"broken"_s }
                                              << u"broken.json: $.measures: required key is missing"_s;
    QTest::newRow("instrument missing")
        << QStringList { u"--instrument"_s, u"missing"_s } << u"missing.json"_s;
    QTest::newRow("study id with a space")
        << QStringList { u"--study-id"_s, u"my study"_s } << u"study_id: \"my study\" is not an id"_s;
    QTest::newRow("a control character") << QStringList { u"--coordinator"_s, u"Ada\x07"_s }
                                         << u"coordinator_name: contains the control character U+0007"_s;
    QTest::newRow("out exists") << QStringList { u"--out"_s, u"exists"_s } << u"already exists"_s;
}

void TestCliSurvey::refusals()
{
    QFETCH(QStringList, change);
    QFETCH(QString, message);
    const QString broken = m_dir->filePath(u"broken.json"_s);
    QVERIFY(writeAll(broken, R"({"format": "panelist-instrument", "version": 1})"));
    const QString exists = m_dir->filePath(u"exists.panelist-survey"_s);
    QVERIFY(writeAll(exists, "keep me"));
    QString out = m_dir->filePath(u"new.panelist-survey"_s);
    QStringList args = makeArgs(out);
    for (int i = 0; i + 1 < change.size(); i += 2) {
        QString value = change.at(i + 1);
        if (value == u"broken")
            value = broken;
        else if (value == u"missing")
            value = m_dir->filePath(u"missing.json"_s);
        else if (value == u"exists")
            value = out = exists;
        const qsizetype at = args.indexOf(change.at(i));
        if (at < 0)
            args << change.at(i) << value;
        else
            args[at + 1] = value;
    }
    const QStringList before = filesIn(m_dir->path());
    const Run r = cli(args);
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    // Each line says which file it is about.
    for (const QString &line : r.err.trimmed().split(u'\n'))
        QVERIFY2(line.startsWith(m_dir->path()), qPrintable(line));
    QCOMPARE(filesIn(m_dir->path()), before);
    QCOMPARE(readAll(exists), QByteArray("keep me"));
}

void TestCliSurvey::showRefusesAForgedFile()
{
    const QString out = m_dir->filePath(u"uuk.panelist-survey"_s);
    QCOMPARE(cli(makeArgs(out)).code, 0);
    sqlite(out, { u"CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM meta; END"_s });
    const QByteArray before = sha256(out);
    const Run r = cli({ u"survey"_s, u"show"_s, out });
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err, out + u": not a survey file as Panelist writes it: unexpected trigger \"t\"\n"_s);
    QCOMPARE(sha256(out), before);
    const Run notSurvey = cli({ u"survey"_s, u"show"_s, BundledJson });
    QCOMPARE(notSurvey.code, 1);
    QCOMPARE(notSurvey.err, BundledJson + u": not a Panelist survey file (not SQLite)\n"_s);
}

void TestCliSurvey::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error"); // the first line of standard error
    QTest::newRow("no --contact") << QStringList { u"survey"_s, u"make"_s, u"--instrument"_s, u"i.json"_s,
        u"--out"_s, u"o"_s, u"--coordinator"_s, u"Ada"_s }
                                  << u"panelist-cli: missing --contact TEXT"_s;
    QTest::newRow("empty --coordinator") << QStringList { u"survey"_s, u"make"_s, u"--instrument"_s,
        u"i.json"_s, u"--out"_s, u"o"_s, u"--coordinator="_s, u"--contact"_s, u"c"_s }
                                         << u"panelist-cli: --coordinator needs a value (NAME)"_s;
    QTest::newRow("deadline not a date")
        << QStringList { u"survey"_s, u"make"_s, u"--instrument"_s, u"i.json"_s, u"--out"_s, u"o"_s,
               u"--coordinator"_s, u"Ada"_s, u"--contact"_s, u"c"_s, u"--deadline"_s, u"31.01.2027"_s }
        << u"panelist-cli: --deadline: \"31.01.2027\" is not a date like 2026-12-31 (YYYY-MM-DD)"_s;
    QTest::newRow("deadline that does not exist")
        << QStringList { u"survey"_s, u"make"_s, u"--instrument"_s, u"i.json"_s, u"--out"_s, u"o"_s,
               u"--coordinator"_s, u"Ada"_s, u"--contact"_s, u"c"_s, u"--deadline=2027-02-30"_s }
        << u"panelist-cli: --deadline: \"2027-02-30\" is not a date like 2026-12-31 (YYYY-MM-DD)"_s;
    QTest::newRow("show without FILE")
        << QStringList { u"survey"_s, u"show"_s } << u"panelist-cli: missing FILE"_s;
    QTest::newRow("show with two files") << QStringList { u"survey"_s, u"show"_s, u"a"_s, u"b"_s }
                                         << u"panelist-cli: unexpected argument \"b\""_s;
}

void TestCliSurvey::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    const QStringList before = filesIn(m_dir->path());
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.section(u'\n', 0, 0), error);
    QVERIFY2(r.err.contains(u"\n\nUsage: panelist-cli survey "_s), qPrintable(r.err));
    QCOMPARE(filesIn(m_dir->path()), before);
}

QTEST_GUILESS_MAIN(TestCliSurvey)
#include "tst_cli_survey.moc"
