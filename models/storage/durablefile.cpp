#include "models/storage/durablefile.h"

#include "models/storage/sqliteheader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace panelist::DurableFile {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Status syncPath(const QString &path, int flags, const QString &what)
{
    const QByteArray native = QFile::encodeName(path);
    int fd = -1;
    do {
        fd = ::open(native.constData(), flags | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return Status::failure(
            u"%1: cannot open %2 to flush it (%3)"_s.arg(displayPath(path), what, systemError(errno)));
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0)
        return Status::failure(
            u"%1: could not flush %2 to disk (%3)"_s.arg(displayPath(path), what, systemError(error)));
    return {};
}

} // namespace

Status syncFile(const QString &path)
{
    return syncPath(path, O_RDONLY, u"the file"_s);
}

Status syncFolder(const QString &folder)
{
    return syncPath(folder, O_RDONLY | O_DIRECTORY, u"the folder"_s);
}

Status replace(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Status::failure(
            u"%1: could not be written (rename failed: %2)"_s.arg(displayPath(to), systemError(errno)));
    return {};
}

Status renameNew(const QString &from, const QString &to)
{
    QFile file(from);
    if (!file.rename(to))
        return Status::failure(u"%1: could not be created (%2)"_s.arg(displayPath(to), file.errorString()));
    return {};
}

namespace {

QString temporaryPrefix(const QFileInfo &info)
{
    return u"."_s + info.fileName() + u".tmp-"_s;
}

} // namespace

const QStringList &companionSuffixes()
{
    static const QStringList suffixes{u"-journal"_s, u"-wal"_s, u"-shm"_s};
    return suffixes;
}

QString temporarySibling(const QString &path)
{
    const QFileInfo info(path);
    for (;;) {
        const QString candidate = info.absolutePath() + u'/' + temporaryPrefix(info)
            + QUuid::createUuid().toString(QUuid::Id128).left(12);
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : companionSuffixes())
        QFile::remove(path + suffix);
}

Status createByRename(const QString &path, const std::function<Status(const QString &temporary)> &write)
{
    removeStaleTemporaries(path); // left by a create that crashed
    const QString temp = temporarySibling(path);
    Status s = write(temp);
    if (s)
        s = syncFile(temp);
    if (s)
        s = renameNew(temp, path);
    if (!s) {
        removeWithCompanions(temp);
        return s;
    }
    return syncFolder(QFileInfo(path).absolutePath());
}

int removeStaleTemporaries(const QString &path)
{
    const QFileInfo info(path);
    const QString prefix = temporaryPrefix(info);
    const QDateTime staleBefore = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QDir folder = info.absoluteDir();
    int removed = 0;
    // No name filter: QDir's wildcards would read [ ? * in the file name as patterns and ignore case.
    for (const QFileInfo &candidate : folder.entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
        // Exactly our names: the prefix, then 12 hex digits, then at most a companion suffix.
        if (!candidate.fileName().startsWith(prefix))
            continue;
        const QString rest = candidate.fileName().mid(prefix.size());
        const QString id = rest.left(12);
        const QString suffix = rest.mid(12);
        const bool ours = id.size() == 12
            && std::all_of(id.cbegin(), id.cend(), [](QChar c) { return isxdigit(c.toLatin1()) != 0; })
            && (suffix.isEmpty() || companionSuffixes().contains(suffix));
        if (!ours || candidate.lastModified().toUTC() >= staleBefore)
            continue;
        if (QFile::remove(candidate.filePath()))
            ++removed;
    }
    return removed;
}

} // namespace panelist::DurableFile
