#pragma once

#include "models/common/result.h"

#include <QString>

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
// A fresh name in the folder of path that no file has, for writing before a rename over path.
QString temporarySibling(const QString &path);

} // namespace DurableFile

} // namespace panelist
