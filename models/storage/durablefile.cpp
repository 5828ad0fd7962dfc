#include "models/storage/durablefile.h"

#include "models/storage/sqliteheader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QUuid>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <dirent.h>
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
    static const QStringList suffixes { u"-journal"_s, u"-wal"_s, u"-shm"_s };
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

namespace {

// createByRename and replaceByRename: they differ only in how the finished temporary takes path's
// name.
Status writeThenRename(const QString &path, const std::function<Status(const QString &temporary)> &write,
    Status (*rename)(const QString &from, const QString &to))
{
    removeStaleTemporaries(path); // left by a write that crashed
    const QString temp = temporarySibling(path);
    Status s = write(temp);
    if (s)
        s = syncFile(temp);
    if (s)
        s = rename(temp, path);
    if (!s) {
        removeWithCompanions(temp);
        return s;
    }
    return syncFolder(QFileInfo(path).absolutePath());
}

} // namespace

Status createByRename(const QString &path, const std::function<Status(const QString &temporary)> &write)
{
    return writeThenRename(path, write, &renameNew);
}

Status replaceByRename(const QString &path, const std::function<Status(const QString &temporary)> &write)
{
    return writeThenRename(path, write, &replace);
}

namespace {

// Whether name is a temporary sibling made with this prefix (temporaryPrefix()): the prefix, then
// exactly 12 hex digits, then at most a companion suffix. Case-sensitive, like the file system.
bool isTemporaryOf(const QString &name, const QString &prefix)
{
    if (!name.startsWith(prefix))
        return false;
    const QString rest = name.mid(prefix.size());
    const QString id = rest.left(12);
    const QString suffix = rest.mid(12);
    return id.size() == 12
        && std::all_of(id.cbegin(), id.cend(), [](QChar c) { return isxdigit(c.toLatin1()) != 0; })
        && (suffix.isEmpty() || companionSuffixes().contains(suffix));
}

// Whether name could be the temporary sibling of some file in its folder.
bool looksTemporary(const QString &name)
{
    for (qsizetype at = name.indexOf(u".tmp-"_s); at > 0; at = name.indexOf(u".tmp-"_s, at + 1)) {
        if (name.startsWith(u'.') && isTemporaryOf(name, name.left(at + 5)))
            return true;
    }
    return false;
}

// The names in a folder that look like temporaries, listed once per folder per process: a crash
// leaves them before this process starts, and listing the folder for every file written would make
// writing n files into one folder cost n^2 (simulate writes 100,000). readdir(3) gives the names
// without a stat per entry; only candidates are looked at further.
QStringList &temporariesIn(const QString &folder)
{
    static QHash<QString, QStringList> listed; // guarded by the caller's lock
    auto it = listed.find(folder);
    if (it != listed.end())
        return *it;
    QStringList names;
    if (DIR *dir = ::opendir(QFile::encodeName(folder).constData())) {
        while (const dirent *entry = ::readdir(dir)) {
            const QString name = QFile::decodeName(entry->d_name);
            if (looksTemporary(name))
                names.append(name);
        }
        ::closedir(dir);
    }
    return *listed.insert(folder, names);
}

} // namespace

int removeStaleTemporaries(const QString &path)
{
    static QMutex lock; // several threads may write into one folder (simulate)
    const QMutexLocker locker(&lock);
    const QFileInfo info(path);
    const QString prefix = temporaryPrefix(info);
    const QDateTime staleBefore = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QStringList &candidates = temporariesIn(info.absolutePath());
    int removed = 0;
    for (qsizetype i = candidates.size() - 1; i >= 0; --i) {
        // Exactly this file's temporaries: another file's are its own business.
        if (!isTemporaryOf(candidates.at(i), prefix))
            continue;
        const QString file = info.absolutePath() + u'/' + candidates.at(i);
        const QFileInfo candidate(file);
        if (!candidate.exists()) {
            candidates.removeAt(i); // gone meanwhile
            continue;
        }
        if (candidate.lastModified().toUTC() >= staleBefore)
            continue; // being written right now, by all it shows
        if (QFile::remove(file)) {
            ++removed;
            candidates.removeAt(i);
        }
    }
    return removed;
}

} // namespace panelist::DurableFile
