#include "models/storage/durablefile.h"

#include "models/storage/sqliteheader.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

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

QString temporarySibling(const QString &path)
{
    const QFileInfo info(path);
    for (;;) {
        const QString candidate = info.absolutePath() + u"/."_s + info.fileName() + u".tmp-"_s
            + QUuid::createUuid().toString(QUuid::Id128).left(12);
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

} // namespace panelist::DurableFile
