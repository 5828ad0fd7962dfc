#include "models/storage/studyschema.h"

#include "models/storage/schemamigrations.h"
#include "models/storage/sqliteconnection.h"

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

// Version 2, for counting a study without reading it answer by answer:
// - current_change, the change log: one row each time the version that counts for a respondent
//   changes (first version, a newer revision, a conflict opened or resolved), written in the same
//   transaction as the change, so a reader that has counted the study up to seq N applies exactly the
//   rows after N (the presenter's running figures, the coordinator's table);
// - indexed_answers: each version's answers in instrument positions (IndexedResponse::toBytes,
//   a few hundred bytes), written with the version, so counting reads one value per respondent.
//   Versions stored before version 2 get theirs when a writable open upgrades the file;
// - the import log as a hash chain: each entry carries the content hash of the version it stored or
//   matched, and SHA-256 over its content and the previous entry's hash (studylog.h), so `study
//   verify` finds an entry that was changed, removed or inserted afterwards. Entries written before
//   version 2 are chained when a writable open upgrades the file;
// - each version's signature as its file carried it (docs/security.md, "Signatures"): the expert's
//   public key and the signature over the content hash, NULL for an unsigned file. The key of a
//   respondent's first stored version is the one later revisions must be signed with.
constexpr const char *Version2[] = {
    "CREATE TABLE current_change (seq INTEGER PRIMARY KEY, respondent TEXT NOT NULL, "
    "old_version INTEGER REFERENCES response_version (id), new_version INTEGER REFERENCES response_version "
    "(id))",
    // In parentheses: one statement in two literals, not a missing comma (clang's -Wstring-concatenation).
    ("CREATE TABLE indexed_answers (version INTEGER PRIMARY KEY REFERENCES response_version (id), "
     "data BLOB NOT NULL)"),
    "ALTER TABLE import_log ADD COLUMN content_sha256 TEXT",
    "ALTER TABLE import_log ADD COLUMN entry_sha256 TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE response_version ADD COLUMN signer_key TEXT",
    "ALTER TABLE response_version ADD COLUMN signature TEXT",
};

// Version 3: the language each version was answered in (ResponseData::language; '' for the
// instrument's main language, which is also what every version stored before version 3 was in).
constexpr const char *Version3[] = {
    "ALTER TABLE response_version ADD COLUMN language TEXT NOT NULL DEFAULT ''",
};

// Append new steps here; never edit a released one.
constexpr std::array<MigrationStep, 3> Steps = { {
    { 1, Version1 },
    { 2, Version2 },
    { 3, Version3 },
} };

const SchemaSpec &spec()
{
    static const SchemaSpec s {
        Steps,
        { u"meta"_s, u"instrument"_s, u"response_version"_s, u"expertise"_s, u"rating"_s, u"comment"_s,
            u"pick"_s, u"respondent"_s, u"conflict"_s, u"import_log"_s, u"current_change"_s,
            u"indexed_answers"_s },
        u"Could not upgrade the study database to schema %1"_s,
        u"%1: study written by a newer Panelist (schema %2; this version reads up to %3)"_s,
        u"%1: damaged study database (table \"%2\" is missing)"_s,
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
    return SchemaMigrations::migrate(c, spec());
}

Status verify(SqliteConnection &c)
{
    return SchemaMigrations::verify(c, spec());
}

} // namespace panelist::StudySchema
