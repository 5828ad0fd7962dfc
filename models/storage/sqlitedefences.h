#pragma once

#include "models/common/result.h"

namespace panelist {

class SqliteConnection;

// SQLite's defences for a connection that reads a file nobody vouches for (a response file being
// merged, a survey file that came by e-mail): defensive mode, schemas untrusted, triggers and views
// off, extensions off, cell_size_check on, and limits on value length (maxValueBytes), statement
// length, column count, expression depth and attached databases (maxAttached). None of them changes
// what Panelist's own files need. Threading: the connection's thread. Fails with why they could not
// all be set (then nothing untrusted may be read on this connection).
Status enableSqliteDefences(SqliteConnection &connection, int maxValueBytes, int maxAttached);

} // namespace panelist
