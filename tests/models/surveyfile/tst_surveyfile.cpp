// The survey file (docs/survey-file.md): what is written reads back the same; a file that came from
// anywhere is refused, naming the file and the problem, for each check; reading never changes a byte
// of the file and never leaves a -wal, -shm or -journal beside it.

#include "models/instrument/instrument.h"
#include "models/storage/filekind.h"
#include "models/storage/responsestore.h"
#include "models/storage/sqliteheader.h"
#include "models/storage/studystore.h"
#include "models/storage/surveystore.h"
#include "models/surveyfile/surveyfile.h"
#include "tests/common/filebytes.h"
#include "tests/common/privatefolders.h"
#include "tests/common/sqliteexec.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::testfiles;

namespace {

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

SurveyRequest sampleRequest()
{
    return { .coordinatorName = u"Dr. Zoë Example"_s,
        .coordinatorContact = u"zoe@example.org"_s,
        .returnInstructions = u"Send the file to zoe@example.org.\nOr put it in the shared folder."_s,
        .deadline = QDate(2027, 1, 31) };
}

} // namespace

class TestSurveyFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void defaultsFromTheInstrument();
    void makeRefusesBadDetails_data();
    void makeRefusesBadDetails();
    void writeNeverReplaces();
    void refused_data();
    void refused();
    void walFlaggedFileIsReadWithoutCompanions();
    void identifiesEachKindOfFile();
    void desktopMagicRecognisesEachKind();

private:
    QString validFile(const QString &name = u"study.panelist-survey"_s);
    QString forge(const QString &kind);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSurveyFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestSurveyFile::validFile(const QString &name)
{
    const QString path = m_dir->filePath(name);
    const auto survey = makeSurvey(Instrument::bundled(), sampleRequest());
    if (!survey || !writeSurveyFile(path, *survey))
        return {};
    return path;
}

void TestSurveyFile::roundTrip()
{
    const auto made = makeSurvey(Instrument::bundled(), sampleRequest());
    QVERIFY2(made, qPrintable(made.error()));
    const QString path = m_dir->filePath(u"round.panelist-survey"_s);
    const Status written = writeSurveyFile(path, *made);
    QVERIFY2(written, qPrintable(written.error()));
    // One closed file: no temporary, no journal, no -wal/-shm.
    QCOMPARE(filesIn(m_dir->path()), QStringList { u"round.panelist-survey"_s });
    const QByteArray bytes = readAll(path);
    QCOMPARE(bytes.mid(68, 4), QByteArray("PNLQ"));
    QCOMPARE(bytes.mid(60, 4), bigEndian32(1));
    QCOMPARE(bytes.at(18), '\1'); // rollback journal, not WAL

    const auto read = readSurveyFile(path);
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->details, made->details);
    QCOMPARE(read->createdAt, made->createdAt);
    QCOMPARE(read->round, 1);
    QCOMPARE(read->instrument.fingerprint(), Instrument::bundled().fingerprint());
    QCOMPARE(read->details.deadline, QDate(2027, 1, 31));
    QVERIFY(!QUuid::fromString(read->details.surveyId).isNull());
    QCOMPARE(filesIn(m_dir->path()), QStringList { u"round.panelist-survey"_s });

    // Every survey file gets its own survey id.
    const auto again = makeSurvey(Instrument::bundled(), sampleRequest());
    QVERIFY(again && again->details.surveyId != made->details.surveyId);
}

void TestSurveyFile::defaultsFromTheInstrument()
{
    const Instrument ins = Instrument::bundled();
    const auto made
        = makeSurvey(ins, { .coordinatorName = u"Ada"_s, .coordinatorContact = u"ada@example.org"_s });
    QVERIFY2(made, qPrintable(made.error()));
    QCOMPARE(made->details.studyId, ins.study().id);
    QCOMPARE(made->details.title, ins.study().title);
    QCOMPARE(made->details.returnInstructions, u"Send the response file to ada@example.org."_s);
    QVERIFY(!made->details.deadline.isValid());
    const QString path = m_dir->filePath(u"plain.panelist-survey"_s);
    QVERIFY(writeSurveyFile(path, *made));
    const auto read = readSurveyFile(path);
    QVERIFY2(read, qPrintable(read.error()));
    QVERIFY(!read->details.deadline.isValid());
    QCOMPARE(sqlite(path, { u"SELECT count(*) FROM meta WHERE key = 'deadline'"_s }), QStringList { u"0"_s });
}

void TestSurveyFile::makeRefusesBadDetails_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no name") << u"name"_s << u"  "_s << u"coordinator_name: may not be empty"_s;
    QTest::newRow("no contact") << u"contact"_s << QString() << u"coordinator_contact: may not be empty"_s;
    QTest::newRow("a very long name")
        << u"name"_s << QString(2001, u'x') << u"coordinator_name: is 2001 characters long; at most 2000"_s;
    QTest::newRow("an escape in the contact")
        << u"contact"_s << u"a\x1b[31mb"_s << u"coordinator_contact: contains the control character U+001B"_s;
    QTest::newRow("a line break in the name")
        << u"name"_s << u"Ada\nLovelace"_s << u"coordinator_name: contains the control character U+000A"_s;
    QTest::newRow("study id with a space")
        << u"study"_s << u"my study"_s << u"study_id: \"my study\" is not an id"_s;
}

void TestSurveyFile::makeRefusesBadDetails()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    SurveyRequest request = sampleRequest();
    if (field == u"name")
        request.coordinatorName = value;
    else if (field == u"contact")
        request.coordinatorContact = value;
    else
        request.studyId = value;
    const auto made = makeSurvey(Instrument::bundled(), request);
    QVERIFY(!made);
    QVERIFY2(made.error().contains(problem), qPrintable(made.error()));
}

void TestSurveyFile::writeNeverReplaces()
{
    const QString path = validFile();
    QVERIFY(!path.isEmpty());
    const QByteArray before = sha256(path);
    const auto other = makeSurvey(Instrument::bundled(), sampleRequest());
    const Status s = writeSurveyFile(path, *other);
    QVERIFY(!s);
    QVERIFY2(s.error().startsWith(displayPath(path) + u": already exists"_s), qPrintable(s.error()));
    QCOMPARE(sha256(path), before);
    const Status nowhere = writeSurveyFile(m_dir->filePath(u"no/such/folder/x.panelist-survey"_s), *other);
    QVERIFY(!nowhere);
    QVERIFY2(nowhere.error().contains(u"folder does not exist"_s), qPrintable(nowhere.error()));
    QCOMPARE(filesIn(m_dir->path()), QStringList { u"study.panelist-survey"_s });
}

// Each kind of bad file, made from a good one behind Panelist's back.
QString TestSurveyFile::forge(const QString &kind)
{
    const QString path = m_dir->filePath(u"study.panelist-survey"_s);
    if (kind == u"missing")
        return path;
    if (kind == u"folder")
        return QDir(m_dir->path()).mkdir(u"folder.panelist-survey"_s)
            ? m_dir->filePath(u"folder.panelist-survey"_s)
            : QString();
    if (kind == u"empty")
        return writeAll(path, {}) ? path : QString();
    if (kind == u"text")
        return writeAll(path, "Dear expert,\nplease answer our survey.\n") ? path : QString();
    if (kind == u"study") {
        auto study = StudyStore::create(path, Instrument::bundled());
        return study ? path : QString();
    }
    const QString p = validFile();
    if (p.isEmpty())
        return {};
    const auto run = [&](const QStringList &sql) {
        const QStringList out = sql.isEmpty() ? QStringList() : sqlite(p, sql);
        return out.filter(u"ERROR"_s).isEmpty() ? p : QString();
    };
    const auto setMeta = [&](const QString &key, const QString &value) {
        return run({ u"UPDATE meta SET value = '%1' WHERE key = '%2'"_s.arg(value, key) });
    };
    if (kind == u"otherApplication")
        return patch(p, 68, bigEndian32(0x12345678)) ? p : QString();
    if (kind == u"responseFile")
        return patch(p, 68, QByteArray("PNLR")) ? p : QString();
    if (kind == u"newerSchema")
        return patch(p, 60, bigEndian32(2)) ? p : QString();
    if (kind == u"schemaZero")
        return patch(p, 60, bigEndian32(0)) ? p : QString();
    if (kind == u"truncated") {
        QFile f(p);
        return f.resize(f.size() / 2) ? p : QString();
    }
    if (kind == u"tooLarge") {
        QFile f(p);
        return f.resize(SurveyStore::MaxFileBytes + 4096) ? p : QString();
    }
    if (kind == u"walBeside")
        return writeAll(p + u"-wal"_s, QByteArray(4096, 'w')) ? p : QString();
    if (kind == u"corruptPage") {
        const QStringList root = sqlite(p, { u"SELECT rootpage FROM sqlite_schema WHERE name = 'meta'"_s });
        const qint64 page = root.value(0).toLongLong();
        const qint64 pageSize = sqlite(p, { u"PRAGMA page_size"_s }).value(0).toLongLong();
        return page > 1 && patch(p, (page - 1) * pageSize, QByteArray(16, '\xFF')) ? p : QString();
    }
    if (kind == u"extraTable")
        return run({ u"CREATE TABLE feedback (x)"_s });
    if (kind == u"trigger")
        return run({ u"CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM meta; END"_s });
    if (kind == u"view")
        return run({ u"CREATE VIEW v AS SELECT * FROM meta"_s });
    if (kind == u"index")
        return run({ u"CREATE INDEX i ON meta (value)"_s });
    if (kind == u"noInstrument")
        return run({ u"DELETE FROM instrument"_s });
    if (kind == u"instrumentAsText")
        return run({ u"UPDATE instrument SET json = CAST(json AS TEXT)"_s });
    if (kind == u"wrongFingerprint")
        return run({ u"UPDATE instrument SET fingerprint = '%1'"_s.arg(QString(64, u'a')) });
    if (kind == u"invalidInstrument")
        return run(
            { u"UPDATE instrument SET json = CAST('{\"format\": \"panelist-instrument\"}' AS BLOB)"_s });
    if (kind == u"badUuid")
        return setMeta(u"survey_id"_s, u"not-a-uuid"_s);
    if (kind == u"uuidWithBraces")
        return run({ u"UPDATE meta SET value = '{' || value || '}' WHERE key = 'survey_id'"_s });
    if (kind == u"noSurveyId")
        return run({ u"DELETE FROM meta WHERE key = 'survey_id'"_s });
    if (kind == u"noCoordinator")
        return run({ u"DELETE FROM meta WHERE key = 'coordinator_name'"_s });
    if (kind == u"emptyContact")
        return setMeta(u"coordinator_contact"_s, QString());
    if (kind == u"hugeText")
        return run(
            { u"UPDATE meta SET value = printf('%.*c', 5000000, 'x') WHERE key = 'return_instructions'"_s });
    if (kind == u"escapeInTitle")
        return run({ u"UPDATE meta SET value = 'Title' || char(27) || '[2J' WHERE key = 'title'"_s });
    if (kind == u"lineBreakInTitle")
        return run({ u"UPDATE meta SET value = 'Two' || char(10) || 'lines' WHERE key = 'title'"_s });
    if (kind == u"blobValue")
        return run({ u"UPDATE meta SET value = X'00' WHERE key = 'title'"_s });
    if (kind == u"unknownKey")
        return run({ u"INSERT INTO meta (key, value) VALUES ('public_key', 'abc')"_s });
    if (kind == u"badDeadline")
        return setMeta(u"deadline"_s, u"2027-02-30"_s);
    if (kind == u"badCreatedAt")
        return setMeta(u"created_at"_s, u"yesterday"_s);
    if (kind == u"secondRound")
        return setMeta(u"round"_s, u"2"_s);
    if (kind == u"badStudyId")
        return setMeta(u"study_id"_s, u"../../etc"_s);
    return {};
}

void TestSurveyFile::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message"); // after "<file>: "
    QTest::newRow("missing") << u"missing"_s << u"file not found"_s;
    QTest::newRow("folder") << u"folder"_s << u"is a folder, not a survey file"_s;
    QTest::newRow("empty") << u"empty"_s << u"empty file (0 bytes); not a Panelist survey file"_s;
    QTest::newRow("not SQLite") << u"text"_s << u"not a Panelist survey file (not SQLite)"_s;
    QTest::newRow("other application_id") << u"otherApplication"_s
                                          << u"not a Panelist survey file (it belongs to another application "
                                             u"(application_id 0x12345678))"_s;
    QTest::newRow("a response file") << u"responseFile"_s
                                     << u"not a Panelist survey file (a Panelist response file)"_s;
    QTest::newRow("a study") << u"study"_s << u"not a Panelist survey file (a Panelist study database)"_s;
    QTest::newRow("newer schema")
        << u"newerSchema"_s
        << u"written by a newer Panelist (survey file schema 2; this version reads up "
           u"to 1). Update Panelist to open it."_s;
    QTest::newRow("schema 0") << u"schemaZero"_s << u"an incomplete survey file"_s;
    QTest::newRow("truncated") << u"truncated"_s << u"truncated (the file has"_s;
    QTest::newRow("over 32 MiB") << u"tooLarge"_s << u"larger than 32 MiB; not a Panelist survey file"_s;
    QTest::newRow("a -wal beside it") << u"walBeside"_s << u"a -wal file beside it"_s;
    QTest::newRow("damaged page") << u"corruptPage"_s << u"damaged file"_s;
    QTest::newRow("extra table")
        << u"extraTable"_s << u"not a survey file as Panelist writes it: unexpected table \"feedback\""_s;
    QTest::newRow("a trigger") << u"trigger"_s
                               << u"not a survey file as Panelist writes it: unexpected trigger \"t\""_s;
    QTest::newRow("a view") << u"view"_s
                            << u"not a survey file as Panelist writes it: unexpected view \"v\""_s;
    QTest::newRow("an index") << u"index"_s
                              << u"not a survey file as Panelist writes it: unexpected index \"i\""_s;
    QTest::newRow("no instrument") << u"noInstrument"_s << u"no instrument in the file"_s;
    QTest::newRow("instrument as text")
        << u"instrumentAsText"_s << u"the instrument row is not as Panelist writes it"_s;
    QTest::newRow("wrong fingerprint")
        << u"wrongFingerprint"_s << u"the instrument does not match its recorded fingerprint"_s;
    QTest::newRow("invalid instrument") << u"invalidInstrument"_s << u"the instrument in it is not valid"_s;
    QTest::newRow("bad UUID") << u"badUuid"_s << u"survey_id: \"not-a-uuid\" is not a UUID"_s;
    QTest::newRow("UUID in braces") << u"uuidWithBraces"_s << u"survey_id: \"{"_s;
    QTest::newRow("no survey id") << u"noSurveyId"_s << u"survey_id: missing"_s;
    QTest::newRow("missing coordinator") << u"noCoordinator"_s << u"coordinator_name: missing"_s;
    QTest::newRow("empty contact") << u"emptyContact"_s << u"coordinator_contact: may not be empty"_s;
    QTest::newRow("5 MB of text")
        << u"hugeText"_s << u"return_instructions: is 5000000 characters long; at most 2000 are allowed"_s;
    QTest::newRow("escape in the title")
        << u"escapeInTitle"_s << u"title: contains the control character U+001B"_s;
    QTest::newRow("line break in the title")
        << u"lineBreakInTitle"_s << u"title: contains the control character U+000A"_s;
    QTest::newRow("a blob value") << u"blobValue"_s << u"meta: the key or value of \"title\" is not text"_s;
    QTest::newRow("unknown key") << u"unknownKey"_s << u"meta: unknown key \"public_key\""_s;
    QTest::newRow("bad deadline") << u"badDeadline"_s << u"deadline: \"2027-02-30\" is not a date"_s;
    QTest::newRow("bad created_at") << u"badCreatedAt"_s << u"created_at: \"yesterday\" is not a UTC time"_s;
    QTest::newRow("second round") << u"secondRound"_s
                                  << u"round: \"2\"; this version of Panelist knows only round 1"_s;
    QTest::newRow("bad study id") << u"badStudyId"_s << u"study_id: \"../../etc\" is not an id"_s;
}

void TestSurveyFile::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString path = forge(kind);
    QVERIFY2(!path.isEmpty(), "could not forge the file");
    const QString folder = QFileInfo(path).absolutePath();
    const QStringList filesBefore = filesIn(folder);
    const QByteArray before = sha256(path);
    const auto read = readSurveyFile(path);
    QVERIFY(!read);
    // The refusal names the file, then the problem; every line of it does.
    for (const QString &line : read.error().split(u'\n'))
        QVERIFY2(line.startsWith(displayPath(path) + u": "_s), qPrintable(line));
    QVERIFY2(read.error().contains(displayPath(path) + u": "_s + message), qPrintable(read.error()));
    QCOMPARE(sha256(path), before);
    QCOMPARE(filesIn(folder), filesBefore);
}

// SQLite opening a WAL-mode file would make a -wal and -shm beside it; the survey is read from a
// private copy in memory, so nothing appears and the bytes stay as they are.
void TestSurveyFile::walFlaggedFileIsReadWithoutCompanions()
{
    const QString path = validFile();
    QVERIFY(patch(path, 18, QByteArray("\2\2")));
    const QByteArray before = sha256(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    for (int i = 0; i < 3; ++i) {
        const auto read = readSurveyFile(path);
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read->details.coordinatorName, u"Dr. Zoë Example"_s);
    }
    QCOMPARE(sha256(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QCOMPARE(filesIn(m_dir->path()), QStringList { u"study.panelist-survey"_s });
}

void TestSurveyFile::identifiesEachKindOfFile()
{
    const QString survey = validFile();
    QCOMPARE(*identifyPanelistFile(survey), PanelistFileKind::Survey);
    const QString study = m_dir->filePath(u"s.panelist-study"_s);
    QVERIFY(StudyStore::create(study, Instrument::bundled()));
    QCOMPARE(*identifyPanelistFile(study), PanelistFileKind::Study);
    const QString text = m_dir->filePath(u"notes.txt"_s);
    QVERIFY(writeAll(text, "hello, this is not a Panelist file at all, nor SQLite.\n"));
    const auto other = identifyPanelistFile(text);
    QVERIFY(!other);
    QCOMPARE(other.error(), displayPath(text) + u": not a Panelist file (not SQLite)"_s);
    const QString plain = m_dir->filePath(u"plain.sqlite"_s);
    sqlite(plain, { u"CREATE TABLE t (x)"_s });
    QCOMPARE(identifyPanelistFile(plain).error(),
        displayPath(plain) + u": not a Panelist file; it is a plain SQLite database"_s);
}

// packaging/panelist-mime.xml: a desktop tells Panelist's files apart by their first bytes, whatever
// their names (QMimeDatabase reads the same shared-mime-info rules as the desktop does). Installed,
// the rules join the system's compiled database; here they sit in the test's own data folder, and
// Qt 6.4 lets a compiled database's first match win over another folder's, so Qt reads every folder's
// rules as XML instead, which ranks them all by priority as the installed database does.
void TestSurveyFile::desktopMagicRecognisesEachKind()
{
    PANELIST_REQUIRE_PRIVATE_FOLDERS();
    qputenv("QT_NO_MIME_CACHE", "1");
    const QString mimeFolder
        = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/mime"_s;
    QDir(mimeFolder).removeRecursively();
    QVERIFY(QDir().mkpath(mimeFolder + u"/packages"_s));
    QVERIFY(QFile::copy(QStringLiteral(PANELIST_SOURCE_DIR "/packaging/panelist-mime.xml"),
        mimeFolder + u"/packages/panelist.xml"_s));
    const QString survey = validFile(u"renamed.bin"_s);
    const QString study = m_dir->filePath(u"study.bin"_s);
    QVERIFY(StudyStore::create(study, Instrument::bundled()));
    const QString response = m_dir->filePath(u"response.bin"_s);
    QVERIFY(ResponseStore::create(response, Instrument::bundled().canonicalJson(),
        Instrument::bundled().fingerprint(), QUuid::createUuid()));
    const QString plain = m_dir->filePath(u"plain.bin"_s);
    sqlite(plain, { u"CREATE TABLE t (x)"_s });
    const QMimeDatabase db;
    QCOMPARE(
        db.mimeTypeForFile(survey, QMimeDatabase::MatchContent).name(), u"application/x-panelist-survey"_s);
    QCOMPARE(
        db.mimeTypeForFile(study, QMimeDatabase::MatchContent).name(), u"application/x-panelist-study"_s);
    QCOMPARE(db.mimeTypeForFile(response, QMimeDatabase::MatchContent).name(),
        u"application/x-panelist-response"_s);
    QCOMPARE(db.mimeTypeForFile(plain, QMimeDatabase::MatchContent).name(), u"application/vnd.sqlite3"_s);
    QCOMPARE(
        db.mimeTypeForFile(m_dir->filePath(u"x.panelist-survey"_s), QMimeDatabase::MatchExtension).name(),
        u"application/x-panelist-survey"_s);
    QDir(mimeFolder).removeRecursively();
}

QTEST_GUILESS_MAIN(TestSurveyFile)
#include "tst_surveyfile.moc"
