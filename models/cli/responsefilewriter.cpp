#include "models/cli/responsefilewriter.h"

#include "models/storage/responsestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

const QStringList companionSuffixes { u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s };

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix : companionSuffixes)
        QFile::remove(path + suffix);
}

// A rename is durable only once the folder entry is on disk.
bool fsyncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool exists(const QFileInfo &info)
{
    return info.exists() || info.isSymLink(); // a dangling link still blocks the name
}

} // namespace

Status writeNewResponseFile(const QString &outPath, const ResponseData &data, const Instrument &ins)
{
    const QFileInfo out(outPath);
    if (exists(out))
        return Status::failure(
            outPath + u": already exists; refusing to overwrite it (choose another name)"_s);
    const QDir folder = out.absoluteDir();
    if (!folder.exists())
        return Status::failure(
            outPath + u": the folder "_s + QDir::toNativeSeparators(folder.path()) + u" does not exist"_s);

    // Hidden and unique, in the same folder so the final rename stays on one file system.
    const QString tmp = folder.filePath(
        u"."_s + out.fileName() + u'.' + QUuid::createUuid().toString(QUuid::Id128).left(12) + u".part"_s);
    const auto fail = [&tmp, &outPath](const QString &why) {
        removeWithCompanions(tmp);
        return Status::failure(outPath + u": "_s + why);
    };

    {
        auto store = ResponseStore::create(tmp, ins.canonicalJson(), ins.fingerprint(), data.respondentId);
        if (!store)
            return fail(u"could not create the response file: "_s + store.error());
        const Status written = (*store)->replaceAll(data);
        if (!written)
            return fail(u"could not write the answers: "_s + written.error());
        // Destroying the store closes the last connection, which checkpoints and deletes the WAL.
    }
    for (const QString &suffix : { u"-wal"_s, u"-journal"_s }) {
        if (QFile::exists(tmp + suffix))
            return fail(u"the response file did not close cleanly ("_s + suffix.mid(1)
                + u" file left behind); nothing was created"_s);
    }
    QFile::remove(tmp + u"-shm"_s);
    if (!fsyncPath(tmp))
        return fail(u"could not flush the new file to disk"_s);
    // QFile::rename never replaces an existing file, so a file that appeared meanwhile is kept.
    QFile file(tmp);
    if (!file.rename(outPath))
        return fail(u"could not move the new file into place: "_s + file.errorString());
    fsyncPath(folder.path());
    return {};
}

} // namespace panelist
