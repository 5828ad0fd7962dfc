#pragma once

#include "models/common/result.h"

#include <QStringList>

namespace panelist {

class SqliteConnection;

// The survey file schema and its ordered migrations, keyed on PRAGMA user_version (documented in
// docs/survey-file.md). Step N takes a file from user_version N-1 to N in one BEGIN IMMEDIATE
// transaction that also sets user_version. Survey files are written once and never changed, so the
// steps run when a file is created; a reader compares a file with the schema they produce.
namespace SurveySchema {

// Highest version these migrations produce (== SurveyStore::SchemaVersion).
int latestVersion();
// Applies every step after the file's current version, in order. Refuses a newer file.
Status migrate(SqliteConnection &c);
// sqlite_schema of a fresh file, one "type name on table: sql" line per row, by type and name;
// empty when it could not be built.
const QStringList &reference();

} // namespace SurveySchema

} // namespace panelist
