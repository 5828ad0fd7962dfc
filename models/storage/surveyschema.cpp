#include "models/storage/surveyschema.h"

#include "models/storage/schemamigrations.h"
#include "models/storage/sqliteconnection.h"

#include <QSqlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace panelist::SurveySchema {

namespace {

// Version 1: what the coordinator tells the experts (meta) and the instrument they answer. Rounds
// after the first (the panel's feedback) and a coordinator's signing key are new steps, so a
// Panelist that does not know them refuses such a file by its user_version.
constexpr const char *Version1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
    "CREATE TABLE instrument (id INTEGER PRIMARY KEY CHECK (id = 1), fingerprint TEXT NOT NULL, "
    "json BLOB NOT NULL)",
};

// Append new steps here; never edit a released one.
constexpr std::array<MigrationStep, 1> Steps = { {
    { 1, Version1 },
} };

const SchemaSpec &spec()
{
    static const SchemaSpec s {
        Steps,
        { u"meta"_s, u"instrument"_s },
        u"Could not write the survey file's schema %1"_s,
        u"%1: written by a newer Panelist (schema %2; this version reads up to %3). Update Panelist."_s,
        u"%1: damaged survey file (table \"%2\" is missing)"_s,
    };
    return s;
}

} // namespace

int latestVersion()
{
    return SchemaMigrations::latestVersion(spec());
}

Status migrate(SqliteConnection &c)
{
    return SchemaMigrations::migrate(c, spec());
}

const QStringList &reference()
{
    static const QStringList rows = [] {
        QStringList out;
        auto conn = SqliteConnection::open(u":memory:"_s, false);
        if (!conn || !migrate(**conn))
            return out;
        QSqlQuery q((*conn)->db());
        // rootpage is left out: it follows the order pages were allocated in, not the schema.
        if (q.exec(u"SELECT type || ' ' || name || ' on ' || tbl_name || ': ' || ifnull(sql, '') "
                   u"FROM sqlite_schema ORDER BY type, name"_s)) {
            while (q.next())
                out.append(q.value(0).toString());
        }
        return out;
    }();
    return rows;
}

} // namespace panelist::SurveySchema
