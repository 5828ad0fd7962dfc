#include "models/merge/incomingcopy.h"

#include "models/common/boundedread.h"
#include "models/common/sha256.h"
#include "models/security/sealedfile.h"
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

QString tooLarge()
{
    return u"larger than %1 MiB; not a response file"_s.arg(MaxResponseFileBytes / (1024 * 1024));
}

// Reads the whole file once: at most a sealed response file's largest size (a response file of
// MaxResponseFileBytes, sealed), which the caller narrows once it knows which the file is.
Result<QByteArray> readBytes(const QString &source)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(u"cannot be read (%1)"_s.arg(in.errorString()));
    // One byte more than allowed, to notice a file that grew after its size was looked at.
    QByteArray bytes = readAtMost(in, SealedFile::MaxSealedBytes + 1);
    if (in.error() != QFileDevice::NoError)
        return Result<QByteArray>::failure(u"cannot be read (%1)"_s.arg(in.errorString()));
    if (bytes.size() > SealedFile::MaxSealedBytes)
        return Result<QByteArray>::failure(tooLarge());
    return bytes;
}

// Refuses a file with SQLite companions that say it is not complete on its own.
Status checkCompanions(const QString &path)
{
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
    return {};
}

// The header of in.bytes judged before SQLite sees any of them; the WAL flag cleared.
Status checkResponseBytes(const QString &path, IncomingCopy &in)
{
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

// A sealed file's clear bytes, opened with key; why not when there is no key or it does not fit.
Result<QByteArray> unseal(const QString &path, const QByteArray &sealed, const CoordinatorKey *key)
{
    using R = Result<QByteArray>;
    const QString shown = displayPath(path);
    const auto header = SealedFile::readHeader(sealed, shown);
    if (!header)
        return R::failure(withoutPath(header.error(), path));
    if (!key)
        return R::failure(u"sealed to the coordinator key %1; merging it needs that key (panelist-cli "
                          u"merge --key FILE, or File ▸ Coordinator key… in the coordinator window)"_s.arg(
                              header->keyFingerprint));
    const auto clear = SealedFile::open(sealed, *key, shown);
    if (!clear)
        return R::failure(withoutPath(clear.error(), path));
    return clear;
}

// Fills in.bytes and in.sha256 as soon as the file is read; the first check it fails, if any.
Status readChecked(const QString &path, IncomingCopy &in, const CoordinatorKey *key)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Status::failure(u"is a folder, not a response file"_s);
    if (!info.exists())
        return Status::failure(u"file not found"_s);
    if (info.size() > SealedFile::MaxSealedBytes)
        return Status::failure(tooLarge());
    // Read (and hashed) first, so even a refused file's import-log row names the bytes judged.
    Result<QByteArray> read = readBytes(path);
    if (!read)
        return Status::failure(read.error());
    in.bytes = std::move(*read); // moved, not shared: setting the WAL flag below must not copy the file
    in.sha256 = sha256Hex(in.bytes);
    if (SealedFile::looksSealed(in.bytes)) {
        in.sealed = true;
        Result<QByteArray> clear = unseal(path, in.bytes, key);
        if (!clear)
            return Status::failure(clear.error());
        in.bytes = std::move(*clear);
        return checkResponseBytes(path, in);
    }
    if (in.bytes.size() > MaxResponseFileBytes)
        return Status::failure(tooLarge());
    if (Status s = checkCompanions(path); !s)
        return s;
    return checkResponseBytes(path, in);
}

} // namespace

IncomingCopy readIncomingCopy(const QString &path, const CoordinatorKey *key)
{
    IncomingCopy in;
    in.status = readChecked(path, in, key);
    if (!in.ok())
        in.bytes = QByteArray();
    return in;
}

} // namespace panelist
