#pragma once

// Internal to models/storage: the study log's hash chain (docs/study-database.md, "The study log").

#include "models/common/result.h"
#include "models/storage/studytypes.h"

#include <QString>

namespace panelist {

class SqliteConnection;

// SHA-256 (hex) over an entry's content — id, time, file name, the file's SHA-256, outcome, reason,
// respondent, revision, the content hash of its version — and the previous entry's hash (empty for
// the first entry), as the compact JSON documented in docs/study-database.md.
QString logEntryHash(const ImportLogEntry &entry, const QString &previousHash);

// Chains every entry that has no hash yet (entries written before schema 2), in order, in one
// transaction; nothing to do once all have one. Writable connections only.
Status chainUnhashedLogEntries(SqliteConnection &c);

} // namespace panelist
