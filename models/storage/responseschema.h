#pragma once

#include "models/common/result.h"

namespace panelist {

class SqliteConnection;

// The response file schema and its ordered migrations, keyed on PRAGMA user_version
// (documented in docs/file-formats.md). Step N takes a file from user_version N-1 to N in one
// BEGIN IMMEDIATE transaction that also sets user_version, so a crash leaves either version.
namespace ResponseSchema {

// Highest version these migrations produce (== ResponseStore::SchemaVersion).
int latestVersion();
// Reads user_version.
Result<int> version(SqliteConnection &c);
// Applies every step after the file's current version, in order, then checkpoints so the main
// file's header shows the new user_version even in WAL mode. Refuses a newer file.
Status migrate(SqliteConnection &c);
// Checks that every table this version reads exists (a file with our id but another layout is refused).
Status verify(SqliteConnection &c);

} // namespace ResponseSchema

} // namespace panelist
