#pragma once

#include "models/common/result.h"
#include "models/instrument/instrumentlimits.h"

#include <QByteArray>
#include <QString>

namespace panelist {

class CoordinatorKey;

// Larger than any complete response to a valid instrument (models/instrument/instrumentlimits.h),
// far smaller than what would hurt; a larger file is refused before it is read.
constexpr qint64 MaxResponseFileBytes = InstrumentLimits::MaxResponseFileBytes;

// Steps 1 and 2 of docs/merge.md ("What happens to each file"), all with plain file I/O: a file that
// fails them has never been seen by SQLite.
struct IncomingCopy
{
    QString sha256; // hex, of the bytes as read (a sealed file's sealed bytes); empty when unread
    bool sealed = false; // the file was a sealed response file, opened in memory
    Status status; // when refused, why, without the file name in front
    // The private copy: the file's bytes as read (and hashed), held in this process's memory, where
    // nobody else can change them while SQLite reads them (AttachedCopy). The header's WAL flag is
    // set to rollback journal: the copy has no -wal, and SQLite must not look for one.
    QByteArray bytes;
    bool ok() const { return status.ok(); }
};

// Refuses a missing file, a folder, a file with a non-empty -wal beside it, a file over
// MaxResponseFileBytes; reads the bytes once, hashes exactly those, and refuses them unless their
// header is a current response file's (SQLite magic, application_id, schema version, page size, length).
// A sealed response file (models/security/sealedfile.h) is opened in memory with key first; without
// a key, or with another, it is refused. The source is never opened by SQLite, never written, moved
// or deleted; a sealed file's clear bytes exist only in the result. Threading: any thread.
IncomingCopy readIncomingCopy(const QString &path, const CoordinatorKey *key = nullptr);

} // namespace panelist
