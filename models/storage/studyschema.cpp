#include "models/storage/studyschema.h"

#include "models/storage/sqliteconnection.h"
#include "models/storage/sqliteheader.h"

#include <QStringList>

#include <array>
#include <span>

using namespace Qt::StringLiterals;

namespace panelist::StudySchema {

namespace {

// Version 1. Every accepted response version is one response_version row plus its answer rows; rows
// are never deleted, so history survives. Which version counts for a respondent is materialised in
// respondent.current_version (recomputed in the same transaction as every change).
constexpr const char *Version1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)",
    "CREATE TABLE instrument (id INTEGER PRIMARY KEY CHECK (id = 1), fingerprint TEXT NOT NULL, "
    "json BLOB NOT NULL)",
    "CREATE TABLE response_version (id INTEGER PRIMARY KEY, respondent TEXT NOT NULL, "
    "revision INTEGER NOT NULL, content_sha256 TEXT NOT NULL, created_at TEXT, submitted_at TEXT, "
    "name TEXT NOT NULL, affiliation TEXT NOT NULL, source_name TEXT NOT NULL, "
    "source_sha256 TEXT NOT NULL, imported_at TEXT NOT NULL, "
    "UNIQUE (respondent, revision, content_sha256))",
    "CREATE TABLE expertise (version INTEGER NOT NULL REFERENCES response_version (id), "
    "group_id TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (version, group_id)) WITHOUT ROWID",
    "CREATE TABLE rating (version INTEGER NOT NULL REFERENCES response_version (id), "
    "measure TEXT NOT NULL, area TEXT NOT NULL, dont_know INTEGER NOT NULL CHECK (dont_know IN (0, 1)), "
    "value INTEGER, answered_at TEXT, "
    "CHECK ((dont_know = 1 AND value IS NULL) OR (dont_know = 0 AND value IS NOT NULL)), "
    "PRIMARY KEY (version, measure, area)) WITHOUT ROWID",
    "CREATE TABLE comment (version INTEGER NOT NULL REFERENCES response_version (id), "
    "measure TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (version, measure)) WITHOUT ROWID",
    "CREATE TABLE pick (version INTEGER NOT NULL REFERENCES response_version (id), scope TEXT NOT NULL, "
    "measure TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (version, scope, measure)) WITHOUT ROWID",
    "CREATE TABLE respondent (id TEXT PRIMARY KEY NOT NULL, "
    "current_version INTEGER REFERENCES response_version (id))",
    "CREATE TABLE conflict (respondent TEXT NOT NULL, revision INTEGER NOT NULL, "
    "chosen_version INTEGER REFERENCES response_version (id), resolved_at TEXT, "
    "PRIMARY KEY (respondent, revision)) WITHOUT ROWID",
    "CREATE TABLE import_log (id INTEGER PRIMARY KEY, file_name TEXT NOT NULL, sha256 TEXT NOT NULL, "
    "at TEXT NOT NULL, outcome TEXT NOT NULL, reason TEXT NOT NULL, respondent TEXT, revision INTEGER)",
};

struct Step
{
    int toVersion;
    std::span<const char *const> statements;
};

// Append new steps here; never edit a released one.
constexpr std::array<Step, 1> Steps = {{
    {1, Version1},
}};

const QStringList &Tables()
{
    static const QStringList tables = {u"meta"_s,    u"instrument"_s, u"response_version"_s, u"expertise"_s,
                                       u"rating"_s,  u"comment"_s,    u"pick"_s,             u"respondent"_s,
                                       u"conflict"_s, u"import_log"_s};
    return tables;
}

Status apply(SqliteConnection &c, const Step &step)
{
    const QString context = u"Could not upgrade the study database to schema %1"_s.arg(step.toVersion);
    return c.writeTransaction(context, [&]() -> Status {
        for (const char *sql : step.statements) {
            if (Status s = c.exec(QString::fromLatin1(sql), context); !s)
                return s;
        }
        // A pragma takes no bound value; the number is the step's own constant, not data.
        return c.exec(u"PRAGMA user_version = %1"_s.arg(step.toVersion), context);
    });
}

} // namespace

int latestVersion()
{
    return Steps.back().toVersion;
}

Result<int> version(SqliteConnection &c)
{
    const auto rows = c.column(u"PRAGMA user_version"_s, u"Could not read the schema version"_s);
    if (!rows)
        return Result<int>::failure(rows.error());
    return rows->value(0).toInt();
}

Status migrate(SqliteConnection &c)
{
    const auto current = version(c);
    if (!current)
        return Status::failure(current.error());
    if (*current > latestVersion())
        return Status::failure(u"%1: study written by a newer Panelist (schema %2; this version reads up to %3)"_s
                                       .arg(displayPath(c.path()))
                                       .arg(*current)
                                       .arg(latestVersion()));
    for (const Step &step : Steps) {
        if (step.toVersion <= *current)
            continue;
        if (Status s = apply(c, step); !s)
            return s;
    }
    return {};
}

Status verify(SqliteConnection &c)
{
    const auto names = c.column(u"SELECT name FROM sqlite_schema WHERE type = 'table'"_s,
                                u"Could not read the list of tables"_s);
    if (!names)
        return Status::failure(names.error());
    for (const QString &table : Tables()) {
        if (!names->contains(table))
            return Status::failure(u"%1: damaged study database (table \"%2\" is missing)"_s.arg(
                    displayPath(c.path()), table));
    }
    return {};
}

} // namespace panelist::StudySchema
