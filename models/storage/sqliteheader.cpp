#include "models/storage/sqliteheader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

constexpr qint64 HeaderSize = 100;

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData()) + offset;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint16 bigEndian16(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData()) + offset;
    return quint16((p[0] << 8) | p[1]);
}

} // namespace

QString hex32(quint32 value)
{
    return u"0x"_s + QString::number(value, 16).rightJustified(8, u'0').toUpper();
}

bool hasSqliteMagic(const QByteArray &bytes)
{
    static const QByteArray magic("SQLite format 3\0", 16);
    return bytes.startsWith(magic);
}

SqliteHeader parseSqliteHeader(const QByteArray &bytes, qint64 fileSize)
{
    SqliteHeader h;
    const quint16 rawPageSize = bigEndian16(bytes, 16);
    h.pageSize = rawPageSize == 1 ? 65536u : rawPageSize; // 1 encodes 65536
    h.writeVersion = quint8(bytes.at(18));
    h.readVersion = quint8(bytes.at(19));
    h.pageCount = bigEndian32(bytes, 28);
    // The in-header size is trusted only when "version-valid-for" matches the change counter.
    h.pageCountValid = h.pageCount > 0 && bigEndian32(bytes, 92) == bigEndian32(bytes, 24);
    h.userVersion = bigEndian32(bytes, 60);
    h.applicationId = bigEndian32(bytes, 68);
    h.fileSize = fileSize;
    return h;
}

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

namespace {

// The magic and length checks on the first bytes of a file of fileSize bytes; shown names it.
Result<SqliteHeader> parseHeader(const QString &shown, const QByteArray &bytes, qint64 fileSize)
{
    using R = Result<SqliteHeader>;
    if (fileSize == 0)
        return R::failure(u"%1: empty file (0 bytes); it is not a Panelist response file"_s.arg(shown));
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!bytes.startsWith(magic.left(qMin<qsizetype>(bytes.size(), magic.size())))
        || bytes.size() < magic.size())
        return R::failure(u"%1: not a Panelist response file (not SQLite)"_s.arg(shown));
    if (bytes.size() < HeaderSize)
        return R::failure(
            u"%1: truncated SQLite file (%2 bytes, shorter than its header)"_s.arg(shown).arg(fileSize));
    return parseSqliteHeader(bytes, fileSize);
}

Status judgeResponseHeader(
    const QString &shown, const SqliteHeader &header, bool walPending, quint32 applicationId, int maxVersion)
{
    if (header.applicationId != applicationId) {
        const QString what = header.applicationId == 0
            ? u"a plain SQLite database"_s
            : u"application_id %1"_s.arg(hex32(header.applicationId));
        return Status::failure(
            u"%1: not a Panelist response file; it belongs to another application (%2)"_s.arg(shown, what));
    }
    if (header.userVersion > quint32(maxVersion))
        return Status::failure(u"%1: written by a newer Panelist (schema %2; this version reads up to %3). "
                               u"Open it with a newer Panelist."_s.arg(shown)
                                   .arg(header.userVersion)
                                   .arg(maxVersion));
    if (header.userVersion == 0)
        return Status::failure(u"%1: an incomplete Panelist response file (schema version 0: it was never "
                               u"finished being created)"_s.arg(shown));
    if (header.pageSize < 512 || (header.pageSize & (header.pageSize - 1)) != 0)
        return Status::failure(u"%1: damaged SQLite header (page size %2)"_s.arg(shown).arg(header.pageSize));
    const qint64 expected = qint64(header.pageCount) * header.pageSize;
    if (!walPending && header.pageCountValid && header.fileSize < expected)
        return Status::failure(u"%1: truncated (the file has %2 bytes; its header says %3)"_s.arg(shown)
                                   .arg(header.fileSize)
                                   .arg(expected));
    return {};
}

} // namespace

Result<SqliteHeader> readSqliteHeader(const QString &path)
{
    using R = Result<SqliteHeader>;
    const QString shown = displayPath(path);
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(u"%1: file not found"_s.arg(shown));
    if (info.isDir())
        return R::failure(u"%1: is a folder, not a response file"_s.arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(u"%1: cannot be read (%2)"_s.arg(shown, file.errorString()));
    const qint64 size = file.size();
    return parseHeader(shown, size == 0 ? QByteArray() : file.read(HeaderSize), size);
}

Status checkResponseHeader(const QString &path, quint32 applicationId, int maxVersion)
{
    const auto header = readSqliteHeader(path);
    if (!header)
        return Status::failure(header.error());
    // A WAL-mode file with a non-empty -wal can be legitimately shorter than its header says: a
    // checkpoint interrupted by a crash may have written page 1 before later pages. SQLite recovers
    // that from the -wal, so leave the judgement to it (quick_check) in that case.
    const QFileInfo wal(path + u"-wal"_s);
    const bool walPending = header->isWal() && wal.exists() && wal.size() > 0;
    return judgeResponseHeader(displayPath(path), *header, walPending, applicationId, maxVersion);
}

Result<SqliteHeader> checkResponseHeaderBytes(
    const QString &path, const QByteArray &bytes, quint32 applicationId, int maxVersion)
{
    const QString shown = displayPath(path);
    auto header = parseHeader(shown, bytes.left(HeaderSize), bytes.size());
    if (header) {
        if (Status s = judgeResponseHeader(shown, *header, false, applicationId, maxVersion); !s)
            return Result<SqliteHeader>::failure(s.error());
    }
    return header;
}

} // namespace panelist
