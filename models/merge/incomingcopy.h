#pragma once

#include <QByteArray>
#include <QString>

namespace panelist {

// Larger than any real response file (27 comments of 20,000 characters and the instrument are a few MB),
// far smaller than what would hurt; a larger file is refused before it is read.
constexpr qint64 MaxResponseFileBytes = 64 * 1024 * 1024;

// The first steps of DESIGN.md section 4, all with plain file I/O: a file that fails them has never
// been seen by SQLite.
struct IncomingCopy
{
    QString sha256; // hex, of the bytes as read; empty when the file could not be read at all
    QString error;  // why it is refused, without the file name in front; empty when accepted
    // The private copy: the file's bytes as read (and hashed), held in this process's memory, where
    // nobody else can change them while SQLite reads them (AttachedCopy). The header's WAL flag is
    // set to rollback journal: the copy has no -wal, and SQLite must not look for one.
    QByteArray bytes;
    bool ok() const { return error.isEmpty(); }
};

// Refuses a folder, a file with a non-empty -wal beside it, a file over MaxResponseFileBytes and a
// header that is not a current response file's (application_id, schema version, size), judged once
// on the file and again on the bytes read; otherwise reads the bytes once and hashes exactly those.
// The source is never opened by SQLite, never written, moved or deleted. Threading: any thread.
IncomingCopy readIncomingCopy(const QString &path);

} // namespace panelist
