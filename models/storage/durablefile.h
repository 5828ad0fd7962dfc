#pragma once

#include "models/common/result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace panelist {

// POSIX durability steps that QFile does not offer. Each message names the file.
namespace DurableFile {

// fsync(2) the file's data and metadata.
Status syncFile(const QString &path);
// fsync(2) a folder, so a rename or create inside it survives a power cut.
Status syncFolder(const QString &folder);
// rename(2): atomically replaces to when it exists.
Status replace(const QString &from, const QString &to);
// Renames without replacing: fails when to exists.
Status renameNew(const QString &from, const QString &to);
// A fresh hidden name in the folder of path that no file has (".NAME.tmp-XXXXXXXXXXXX"), for writing
// before a rename over path.
QString temporarySibling(const QString &path);
// "-journal", "-wal", "-shm": the files SQLite may keep beside a database.
const QStringList &companionSuffixes();
// Removes the file and its SQLite companions (-journal, -wal, -shm); missing ones are fine.
void removeWithCompanions(const QString &path);
// Creates path (which must not exist) all or nothing: clears stale temporaries, has write fill a
// fresh temporary sibling (closed again when write returns), flushes it, renames it to path without
// replacing anything and flushes the folder. On failure the temporary and its companions are removed
// and path does not exist. A crash at any point leaves no half file under path.
Status createByRename(const QString &path, const std::function<Status(const QString &temporary)> &write);
// The same, but path may exist: the finished temporary is renamed over it (replace), so path holds
// either its old content or the complete new one, never a half-written file. For files written for
// people, such as exports, which replace an earlier export of the same name.
Status replaceByRename(const QString &path, const std::function<Status(const QString &temporary)> &write);
// Removes temporary siblings of path (and their companions) that a crash left behind: those not
// modified for an hour, so a sibling another process is writing right now is left alone. Call before
// making a new temporary sibling. The folder is listed once per process (a crash leaves its
// temporaries before the next process starts), so writing many files into one folder stays linear.
// Returns how many files were removed.
int removeStaleTemporaries(const QString &path);

} // namespace DurableFile

} // namespace panelist
