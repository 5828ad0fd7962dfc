#include "models/security/privatefile.h"

#include "models/common/boundedread.h"
#include "models/storage/durablefile.h"
#include "models/storage/sqliteheader.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace panelist::PrivateFile {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Writes bytes into a fresh file made with mode 0600 from the start, so the content is never
// readable by others, not even between creating the file and changing its mode.
Status writeOwnerOnly(const QString &temporary, const QString &shown, QByteArrayView bytes)
{
    const QByteArray native = QFile::encodeName(temporary);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return Status::failure(u"%1: could not be created (%2)"_s.arg(shown, systemError(errno)));
    Status result;
    if (::fchmod(fd, 0600) != 0)
        result = Status::failure(u"%1: could not be made private (%2)"_s.arg(shown, systemError(errno)));
    qsizetype done = 0;
    while (result && done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, std::size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            result = Status::failure(u"%1: could not be written (%2)"_s.arg(shown, systemError(errno)));
        else
            done += n;
    }
    if (::close(fd) != 0 && result)
        result = Status::failure(u"%1: could not be written (%2)"_s.arg(shown, systemError(errno)));
    return result;
}

} // namespace

Status createNew(const QString &path, QByteArrayView bytes)
{
    const QString shown = displayPath(path);
    if (QFileInfo(path).exists() || QFileInfo(path).isSymLink())
        return Status::failure(shown + u": already exists; choose another name (nothing was written)"_s);
    return DurableFile::createByRename(
        path, [&](const QString &temporary) { return writeOwnerOnly(temporary, shown, bytes); });
}

Result<QByteArray> readSmall(const QString &path, qint64 maxBytes, const QString &what)
{
    const QString shown = displayPath(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(u"%1: cannot be read (%2)"_s.arg(shown, file.errorString()));
    const QLocale english(QLocale::English);
    if (file.size() > maxBytes)
        return Result<QByteArray>::failure(u"%1: not a %2: it has %3 bytes, a %2 has at most %4"_s.arg(
            shown, what, english.toString(file.size()), english.toString(maxBytes)));
    // At most one byte more than allowed, in case the file grew since its size was asked.
    QByteArray bytes = readAtMost(file, maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Result<QByteArray>::failure(u"%1: cannot be read (%2)"_s.arg(shown, file.errorString()));
    if (bytes.size() > maxBytes)
        return Result<QByteArray>::failure(u"%1: not a %2: it is longer than a %2 can be (%3 bytes)"_s.arg(
            shown, what, english.toString(maxBytes)));
    return bytes;
}

bool othersMayAccess(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return (st.st_mode & (S_IRWXG | S_IRWXO)) != 0;
}

} // namespace panelist::PrivateFile
