#pragma once

#include "models/common/result.h"

#include <QByteArray>
#include <QString>

namespace panelist {

class SqliteConnection;

// SQLite's defences on the study connection, which untrusted files are attached to (docs/merge.md,
// step 3): those of enableSqliteDefences (models/storage/sqlitedefences.h) with one attached database,
// and an authorizer that refuses any statement changing the attached copy. Merger
// sets them once, before the first file is attached, and leaves them on: the study has no triggers or views
// (its schema check refuses them) and nothing of it comes near the limits, so they change nothing the study
// needs. Threading: the connection's thread. Fails with why they could not all be set (then nothing may be
// attached).
Status enableAttachDefences(SqliteConnection &connection);

// The private copy (IncomingCopy::bytes) attached under the schema name IncomingSchemaName: an
// in-memory database that SQLite reads from bytes in place (sqlite3_deserialize, which QtSql lacks),
// read-only through the authorizer enableAttachDefences installs, with memory mapping off. Only this process
// holds those bytes, so nothing can change them between the checks and the copy into the study. Detached when
// destroyed; bytes must outlive it and stay unchanged. Attach outside any transaction: SQLite cannot detach
// inside one.
class AttachedCopy
{
public:
    AttachedCopy(SqliteConnection &connection, QByteArray &bytes);
    ~AttachedCopy();
    AttachedCopy(const AttachedCopy &) = delete;
    AttachedCopy &operator=(const AttachedCopy &) = delete;
    // Ok when attached; otherwise fails with SQLite's reason, phrased for the import log.
    const Status &status() const { return m_status; }

private:
    SqliteConnection &m_conn;
    Status m_status;
    bool m_attached = false;
};

} // namespace panelist
