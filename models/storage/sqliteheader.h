#pragma once

#include "models/common/result.h"

#include <QString>
#include <QtGlobal>

namespace panelist {

// The fields of SQLite's 100-byte database header that decide whether a file may be opened at all
// (https://www.sqlite.org/fileformat2.html#the_database_header). Read with plain file I/O so a file
// that is refused has never been touched by SQLite.
struct SqliteHeader
{
    quint32 pageSize = 0; // bytes
    quint32 pageCount = 0; // meaningful only when pageCountValid
    bool pageCountValid = false;
    quint8 writeVersion = 0; // 1 = rollback journal, 2 = WAL
    quint8 readVersion = 0;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
    qint64 fileSize = 0;

    bool isWal() const { return writeVersion == 2 || readVersion == 2; }
};

// Whether bytes start with SQLite's magic string "SQLite format 3\0".
bool hasSqliteMagic(const QByteArray &bytes);
// The fields of a header already read: bytes holds at least the first 100 bytes of a file of
// fileSize bytes and starts with the magic string.
SqliteHeader parseSqliteHeader(const QByteArray &bytes, qint64 fileSize);
// "0x504E4C52": an application_id as messages show it.
QString hex32(quint32 value);

// Reads the header of path. Fails (message names the file) when it is missing, unreadable, empty,
// shorter than a header, or does not start with the SQLite magic string.
Result<SqliteHeader> readSqliteHeader(const QString &path);

// Everything a response file must satisfy before SQLite opens it: readable SQLite header, our
// application_id, a schema version between 1 and maxVersion, and not shorter than the header says.
Status checkResponseHeader(const QString &path, quint32 applicationId, int maxVersion);

// The same checks on a whole file already read into memory (bytes), with no -wal beside it; path
// only names it in messages. Gives the parsed header when they pass.
Result<SqliteHeader> checkResponseHeaderBytes(
    const QString &path, const QByteArray &bytes, quint32 applicationId, int maxVersion);

// "/a/b.panelist-response" -> the path as the user's platform writes it, for messages.
QString displayPath(const QString &path);

} // namespace panelist
