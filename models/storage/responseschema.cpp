#include "models/storage/responseschema.h"

#include "models/storage/sqliteconnection.h"
#include "models/storage/sqliteheader.h"

#include <QStringList>

#include <array>
#include <span>

using namespace Qt::StringLiterals;

namespace panelist::ResponseSchema {

namespace {

// Version 1. Plain relational tables, no JSON for answers, so a study database can ATTACH a response
// file and copy rows with INSERT ... SELECT. Answers that were never given have no row.
constexpr const char *Version1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)",
    "CREATE TABLE instrument (id INTEGER PRIMARY KEY CHECK (id = 1), fingerprint TEXT NOT NULL, "
    "json BLOB NOT NULL)",
    "CREATE TABLE expertise (group_id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL)",
    "CREATE TABLE rating (measure TEXT NOT NULL, area TEXT NOT NULL, "
    "dont_know INTEGER NOT NULL CHECK (dont_know IN (0, 1)), value INTEGER, answered_at TEXT NOT NULL, "
    "CHECK ((dont_know = 1 AND value IS NULL) OR (dont_know = 0 AND value IS NOT NULL)), "
    "PRIMARY KEY (measure, area)) WITHOUT ROWID",
    "CREATE TABLE comment (measure TEXT PRIMARY KEY NOT NULL, text TEXT NOT NULL CHECK (text <> ''), "
    "updated_at TEXT NOT NULL)",
    "CREATE TABLE pick (scope TEXT NOT NULL, measure TEXT NOT NULL, position INTEGER NOT NULL, "
    "PRIMARY KEY (scope, measure))",
};

struct Step
{
    int toVersion;
    std::span<const char *const> statements;
};

// Append new steps here; never edit a released one.
constexpr std::array<Step, 1> Steps = { {
    { 1, Version1 },
} };

const QStringList &Tables()
{
    static const QStringList tables
        = { u"meta"_s, u"instrument"_s, u"expertise"_s, u"rating"_s, u"comment"_s, u"pick"_s };
    return tables;
}

Status apply(SqliteConnection &c, const Step &step)
{
    const QString context = u"Could not upgrade the response file to schema %1"_s.arg(step.toVersion);
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
        return Status::failure(u"%1: written by a newer Panelist (schema %2; this version reads up to %3)"_s
                                   .arg(displayPath(c.path()))
                                   .arg(*current)
                                   .arg(latestVersion()));
    bool changed = false;
    for (const Step &step : Steps) {
        if (step.toVersion <= *current)
            continue;
        if (Status s = apply(c, step); !s)
            return s;
        changed = true;
    }
    if (!changed)
        return {};
    // In WAL mode the new header lives in the -wal until a checkpoint; the header check on the next
    // open reads the main file, so write it there now.
    return c.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, u"Could not write the upgraded header"_s);
}

Status verify(SqliteConnection &c)
{
    const auto names = c.column(
        u"SELECT name FROM sqlite_schema WHERE type = 'table'"_s, u"Could not read the list of tables"_s);
    if (!names)
        return Status::failure(names.error());
    for (const QString &table : Tables()) {
        if (!names->contains(table))
            return Status::failure(
                u"%1: damaged response file (table \"%2\" is missing)"_s.arg(displayPath(c.path()), table));
    }
    // Our files have no triggers or views; one in a file means someone else changed it, and a
    // trigger would run on our next write.
    const auto extra = c.column(u"SELECT type || ' \"' || name || '\"' FROM sqlite_schema "
                                u"WHERE type IN ('trigger', 'view')"_s,
        u"Could not read the list of triggers"_s);
    if (!extra)
        return Status::failure(extra.error());
    if (!extra->isEmpty())
        return Status::failure(u"%1: not a file Panelist wrote (it contains %2)"_s.arg(
            displayPath(c.path()), extra->join(u", "_s)));
    return {};
}

} // namespace panelist::ResponseSchema
