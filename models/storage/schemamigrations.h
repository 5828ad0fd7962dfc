#pragma once

#include "models/common/result.h"

#include <QString>
#include <QStringList>

#include <span>

namespace panelist {

class SqliteConnection;

// One migration: the statements that take a file from user_version toVersion - 1 to toVersion.
struct MigrationStep
{
    int toVersion;
    std::span<const char *const> statements;
};

// What a kind of file (response file, study database) needs from the shared migration runner.
struct SchemaSpec
{
    std::span<const MigrationStep> steps; // ascending; append new steps, never edit a released one
    QStringList tables; // tables this version reads
    QString upgradeContext; // "Could not upgrade the ... to schema %1"
    QString newerMessage; // "%1: ... newer Panelist (schema %2; this version reads up to %3)"
    QString damagedMessage; // "%1: damaged ... (table \"%2\" is missing)"
};

// Ordered migrations keyed on PRAGMA user_version: every step runs in one BEGIN IMMEDIATE transaction
// that also sets user_version, so a crash leaves either version, never a mix. Runs on the caller's
// connection, on the thread that opened it.
namespace SchemaMigrations {
int latestVersion(const SchemaSpec &spec);
Result<int> version(SqliteConnection &c);
// Applies every step after the file's current version; refuses a newer file. changed tells whether a
// step ran (callers in WAL mode checkpoint then, so the main file's header shows the new version).
Status migrate(SqliteConnection &c, const SchemaSpec &spec, bool *changed = nullptr);
// Every table of spec exists, and there is no trigger or view (our files have none).
Status verify(SqliteConnection &c, const SchemaSpec &spec);
} // namespace SchemaMigrations

} // namespace panelist
