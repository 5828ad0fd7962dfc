#include "models/storage/responsefilewriter.h"

#include "models/storage/durablefile.h"
#include "models/storage/responsestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

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
    DurableFile::removeStaleTemporaries(outPath); // left by a write that crashed
    const QString tmp = DurableFile::temporarySibling(outPath);
    const auto fail = [&tmp, &outPath](const QString &why) {
        DurableFile::removeWithCompanions(tmp);
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
    if (!DurableFile::syncFile(tmp))
        return fail(u"could not flush the new file to disk"_s);
    // renameNew never replaces an existing file, so a file that appeared meanwhile is kept.
    if (Status s = DurableFile::renameNew(tmp, outPath); !s) {
        DurableFile::removeWithCompanions(tmp);
        return s;
    }
    return DurableFile::syncFolder(folder.path());
}

} // namespace panelist
