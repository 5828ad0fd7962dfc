// Fuzz target: the merge's judge of response files (models/merge/merger.h, Merger::mergeFile), on the
// input written to a file, into a study of the bundled instrument. What docs/merge.md promises is
// checked after every input: a rejected file changed nothing in the study but its own import-log row;
// an accepted one left a study that `study verify` finds whole; either way the log has exactly one new
// row with the outcome, and the source file is as it was, with no -wal, -shm or -journal beside it.

#include "tests/fuzz/fuzzsupport.h"

#include "models/merge/merger.h"
#include "models/security/identitykey.h"
#include "models/storage/sqliteconnection.h"
#include "models/storage/studystore.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace panelist;

namespace {

// Every row of the study as text, the import log apart.
struct StudyContent
{
    QStringList rows; // "table|value|value|...", every table but import_log
    QStringList log; // the import log's rows, in order
};

QString rowText(const QSqlQuery &q)
{
    QStringList values;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i) {
        const QVariant v = q.value(i);
        values.append(v.isNull()                      ? QStringLiteral("NULL")
                : v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                      : v.toString());
    }
    return values.join(u'|');
}

QStringList tableRows(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The name comes from sqlite_schema, not from the input.
    fuzz::require(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)), "the study to be readable",
        sqliteErrorText(q));
    QStringList rows;
    while (q.next())
        rows.append(table + u'|' + rowText(q));
    return rows;
}

StudyContent contentOf(StudyStore &study)
{
    QSqlDatabase &db = study.connection().db();
    QSqlQuery tables(db);
    fuzz::require(
        tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")),
        "the study's tables to be listed", sqliteErrorText(tables));
    StudyContent c;
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        if (name == QStringLiteral("import_log"))
            c.log = tableRows(db, name);
        else
            c.rows += tableRows(db, name);
    }
    return c;
}

// One study for many inputs, made again now and then so that reading it whole after every input
// stays cheap.
class Fixture
{
public:
    static constexpr int InputsPerStudy = 256;

    StudyStore &study() { return *m_study; }
    Merger &merger() { return *m_merger; }
    const QString &input() const { return m_input; }
    StudyContent &content() { return m_content; }

    void startInput()
    {
        if (m_study && ++m_inputs < InputsPerStudy)
            return;
        m_merger.reset();
        m_study.reset();
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(m_path + QLatin1String(suffix));
        auto created = StudyStore::create(m_path, Instrument::bundled());
        fuzz::require(created.ok(), "a new study", created.ok() ? QString() : created.error());
        m_study = std::move(*created);
        m_merger = std::make_unique<Merger>(*m_study);
        m_content = contentOf(*m_study);
        m_inputs = 0;
    }

private:
    QString m_path = fuzz::scratchDir() + QStringLiteral("/study.panelist-study");
    QString m_input = fuzz::scratchDir() + QStringLiteral("/input.panelist-response");
    std::unique_ptr<StudyStore> m_study;
    std::unique_ptr<Merger> m_merger;
    StudyContent m_content;
    int m_inputs = 0;
};

Fixture &fixture()
{
    static Fixture *f = new Fixture; // for the whole run
    return *f;
}

void checkSourceUntouched(const QString &path, const QByteArray &bytes)
{
    fuzz::require(fuzz::readFile(path) == bytes, "the source file unchanged");
    for (const char *suffix : { "-wal", "-shm", "-journal" })
        fuzz::require(!QFile::exists(path + QLatin1String(suffix)), "nothing beside the source file",
            path + QLatin1String(suffix));
}

void checkStudy(
    const ImportedFile &r, const StudyContent &before, const StudyContent &after, StudyStore &study)
{
    const QString detail = outcomeName(r.outcome) + QStringLiteral(": ") + r.reason;
    fuzz::require(
        after.log.size() == before.log.size() + 1 && after.log.first(before.log.size()) == before.log,
        "exactly one new import-log row, the earlier ones unchanged", detail);
    fuzz::require(after.log.last().contains(u'|' + outcomeName(r.outcome) + u'|'),
        "the new import-log row to hold the outcome", after.log.last());
    if (r.outcome == ImportOutcome::Rejected) {
        fuzz::require(
            after.rows == before.rows, "a rejected file to change nothing else in the study", detail);
        return;
    }
    const Result<StudyVerification> verified = study.verify(verifySignature);
    fuzz::require(verified.ok() && verified->problems.isEmpty(), "an accepted file to leave the study whole",
        verified.ok() ? verified->problems.join(u'\n') : verified.error());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initQt(argc, argv);
    fixture().startInput();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size)
{
    Fixture &f = fixture();
    f.startInput();
    const QByteArray input = fuzz::inputBytes(data, size);
    fuzz::writeFile(f.input(), input);
    const ImportedFile r = f.merger().mergeFile(f.input());
    checkSourceUntouched(f.input(), input);
    StudyContent after = contentOf(f.study());
    checkStudy(r, f.content(), after, f.study());
    f.content() = std::move(after);
    return 0;
}
