#pragma once

#include "models/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace panelist::PrivateFile {

// Creates path, which must not exist yet, holding bytes, readable and writable by its owner only
// (mode 0600 whatever the umask): all or nothing through DurableFile::createByRename
// (models/storage/durablefile.h), so a crash leaves either no file or the whole one. Each message
// names the file.
Status createNew(const QString &path, QByteArrayView bytes);

// The whole file when it has at most maxBytes; what names it for people ("key file") goes into the
// messages: "<path>: not a key file: it has 5000000 bytes, a key file has at most 65536".
Result<QByteArray> readSmall(const QString &path, qint64 maxBytes, const QString &what);

// Whether someone other than the owner may read or write path (a group or other permission bit).
bool othersMayAccess(const QString &path);

} // namespace panelist::PrivateFile
