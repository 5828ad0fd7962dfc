#include "models/storage/responseschema.h"

#include "models/storage/schemamigrations.h"
#include "models/storage/sqliteconnection.h"

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

// Append new steps here; never edit a released one.
constexpr std::array<MigrationStep, 1> Steps = { {
    { 1, Version1 },
} };

const SchemaSpec &spec()
{
    static const SchemaSpec s {
        Steps,
        { u"meta"_s, u"instrument"_s, u"expertise"_s, u"rating"_s, u"comment"_s, u"pick"_s },
        u"Could not upgrade the response file to schema %1"_s,
        u"%1: written by a newer Panelist (schema %2; this version reads up to %3)"_s,
        u"%1: damaged response file (table \"%2\" is missing)"_s,
    };
    return s;
}

} // namespace

int latestVersion()
{
    return SchemaMigrations::latestVersion(spec());
}

Result<int> version(SqliteConnection &c)
{
    return SchemaMigrations::version(c);
}

Status migrate(SqliteConnection &c)
{
    bool changed = false;
    if (Status s = SchemaMigrations::migrate(c, spec(), &changed); !s || !changed)
        return s;
    // In WAL mode the new header lives in the -wal until a checkpoint; the header check on the next
    // open reads the main file, so write it there now.
    return c.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, u"Could not write the upgraded header"_s);
}

Status verify(SqliteConnection &c)
{
    return SchemaMigrations::verify(c, spec());
}

} // namespace panelist::ResponseSchema
