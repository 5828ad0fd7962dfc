#include "models/merge/incomingcopy.h"

#include "models/common/boundedread.h"
#include "models/common/sha256.h"
#include "models/storage/responsestore.h"
#include "models/storage/sqliteheader.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// Storage messages start with the path they looked at; the caller puts the file name in front itself.
QString withoutPath(const QString &message, const QString &path)
{
    const QString prefix = displayPath(path) + u": "_s;
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

// Reads the whole file once (it is at most MaxResponseFileBytes).
Result<QByteArray> readBytes(const QString &source)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(u"cannot be read (%1)"_s.arg(in.errorString()));
    // One byte more than allowed, to notice a file that grew after its size was looked at.
    QByteArray bytes = readAtMost(in, MaxResponseFileBytes + 1);
    if (in.error() != QFileDevice::NoError)
        return Result<QByteArray>::failure(u"cannot be read (%1)"_s.arg(in.errorString()));
    if (bytes.size() > MaxResponseFileBytes)
        return Result<QByteArray>::failure(
            u"larger than %1 MiB; not a response file"_s.arg(MaxResponseFileBytes / (1024 * 1024)));
    return bytes;
}

// Fills in.bytes and in.sha256 as soon as the file is read; the first check it fails, if any.
Status readChecked(const QString &path, IncomingCopy &in)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Status::failure(u"is a folder, not a response file"_s);
    if (!info.exists())
        return Status::failure(u"file not found"_s);
    if (info.size() > MaxResponseFileBytes)
        return Status::failure(
            u"larger than %1 MiB; not a response file"_s.arg(MaxResponseFileBytes / (1024 * 1024)));
    // Read (and hashed) first, so even a refused file's import-log row names the bytes judged.
    Result<QByteArray> read = readBytes(path);
    if (!read)
        return Status::failure(read.error());
    in.bytes = std::move(*read); // moved, not shared: setting the WAL flag below must not copy the file
    in.sha256 = sha256Hex(in.bytes);
    // A -wal beside it holds committed answers the main file does not show yet: judging the main
    // file alone could merge an out-of-date response.
    const QFileInfo wal(path + u"-wal"_s);
    if (wal.exists() && wal.size() > 0)
        return Status::failure(u"still open in Panelist (a -wal file beside it holds answers not yet in the "
                               u"file); submit the response and merge the submitted file"_s);
    // A -journal beside it means a write was cut off half way: the main file may hold pages of a
    // transaction that never committed, which SQLite would roll back before anyone reads them.
    const QFileInfo journal(path + u"-journal"_s);
    if (journal.exists() && journal.size() > 0)
        return Status::failure(u"was being written when it was copied (a -journal file beside it holds an "
                               u"unfinished change); open it in Panelist, submit it again and merge the "
                               u"submitted file"_s);
    // The header is judged on the bytes actually read, before SQLite sees any of them.
    const auto header = checkResponseHeaderBytes(
        path, in.bytes, ResponseStore::ApplicationId, ResponseStore::SchemaVersion);
    if (!header)
        return Status::failure(withoutPath(header.error(), path));
    if (header->userVersion != quint32(ResponseStore::SchemaVersion))
        return Status::failure(
            u"uses the older response schema %1; open it in Panelist once and submit it again"_s.arg(
                header->userVersion));
    // With no -wal shipped beside it, the WAL flag (header bytes 18 and 19) would only make SQLite
    // look for one, so the copy becomes a rollback-journal database; every other byte is as received.
    if (header->isWal()) {
        in.bytes[18] = 1;
        in.bytes[19] = 1;
    }
    return {};
}

} // namespace

IncomingCopy readIncomingCopy(const QString &path)
{
    IncomingCopy in;
    in.status = readChecked(path, in);
    if (!in.ok())
        in.bytes = QByteArray();
    return in;
}

} // namespace panelist
