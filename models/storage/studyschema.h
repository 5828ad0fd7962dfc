#pragma once

#include "models/common/result.h"

namespace panelist {

class SqliteConnection;

// The study database schema and its ordered migrations, keyed on PRAGMA user_version (documented in
// docs/study-database.md). Step N takes a study from user_version N-1 to N in one BEGIN IMMEDIATE
// transaction that also sets user_version, so a crash leaves either version, never a mix.
// Threading: runs on the caller's connection, on the thread that opened it.
namespace StudySchema {

// Highest version these migrations produce.
int latestVersion();
// Reads user_version.
Result<int> version(SqliteConnection &c);
// Applies every step after the study's current version, in order. Refuses a newer study.
Status migrate(SqliteConnection &c);
// Checks that every table this version reads exists (a file with our id but another layout is refused).
Status verify(SqliteConnection &c);

} // namespace StudySchema

} // namespace panelist
