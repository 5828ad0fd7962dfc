#include "models/merge/incomingcopy.h"

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

// Reads the whole file once (it is at most MaxResponseFileBytes) and hashes exactly those bytes.
QString readBytes(const QString &source, QByteArray &bytes, QString &sha256)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return u"cannot be read (%1)"_s.arg(in.errorString());
    // read(n) would reserve n bytes up front; ask for what the file has (plus one, to notice growth).
    bytes = in.read(qMin(in.size(), MaxResponseFileBytes) + 1);
    if (in.error() != QFileDevice::NoError)
        return u"cannot be read (%1)"_s.arg(in.errorString());
    if (bytes.size() > MaxResponseFileBytes)
        return u"larger than %1 MiB; not a response file"_s.arg(MaxResponseFileBytes / (1024 * 1024));
    sha256 = Sha256::hex(bytes);
    return {};
}

// The schema version the bytes (already checked as a response file's header) carry.
quint32 userVersion(const QByteArray &bytes)
{
    return (quint32(quint8(bytes.at(60))) << 24) | (quint32(quint8(bytes.at(61))) << 16)
        | (quint32(quint8(bytes.at(62))) << 8) | quint32(quint8(bytes.at(63)));
}

// With no -wal shipped beside it, the WAL flag (header bytes 18 and 19) would only make SQLite
// look for one, so the copy becomes a rollback-journal database. Everything else is byte for byte
// what was received.
void markRollbackJournal(QByteArray &bytes)
{
    if (bytes.size() >= 20 && (bytes.at(18) == 2 || bytes.at(19) == 2)) {
        bytes[18] = 1;
        bytes[19] = 1;
    }
}

// The hash of a refused file still goes into the import log, so the coordinator can tell which bytes
// were judged. Plain reads only; nothing larger than a response file can be is read.
QString hashOf(const QString &path)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || f.size() > MaxResponseFileBytes || !f.open(QIODevice::ReadOnly))
        return {};
    Sha256 h;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        if (chunk.isEmpty() && f.error() != QFileDevice::NoError)
            return {};
        h.addData(chunk);
    }
    return h.hexResult();
}

QString firstProblem(const QString &path, IncomingCopy &in)
{
    const QFileInfo info(path);
    if (info.isDir())
        return u"is a folder, not a response file"_s;
    // A -wal beside it holds committed answers the main file does not show yet: judging the main
    // file alone could merge an out-of-date response.
    const QFileInfo wal(path + u"-wal"_s);
    if (wal.exists() && wal.size() > 0)
        return u"still open in Panelist (a -wal file beside it holds answers not yet in the file); "
               u"submit the response and merge the submitted file"_s;
    if (!info.exists())
        return u"file not found"_s;
    if (info.size() > MaxResponseFileBytes)
        return u"larger than %1 MiB; not a response file"_s.arg(MaxResponseFileBytes / (1024 * 1024));
    if (const QString e = readBytes(path, in.bytes, in.sha256); !e.isEmpty())
        return e;
    // The header is judged on the bytes actually read, before SQLite sees any of them.
    if (Status s = checkResponseHeaderBytes(
            path, in.bytes, ResponseStore::ApplicationId, ResponseStore::SchemaVersion);
        !s)
        return withoutPath(s.error(), path);
    if (const quint32 version = userVersion(in.bytes); version != quint32(ResponseStore::SchemaVersion))
        return u"uses the older response schema %1; open it in Panelist once and submit it again"_s.arg(
            version);
    markRollbackJournal(in.bytes);
    return {};
}

} // namespace

IncomingCopy readIncomingCopy(const QString &path)
{
    IncomingCopy in;
    in.error = firstProblem(path, in);
    if (!in.ok()) {
        in.bytes = QByteArray();
        if (in.sha256.isEmpty())
            in.sha256 = hashOf(path);
    }
    return in;
}

} // namespace panelist
