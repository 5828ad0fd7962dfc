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

    const Status created = DurableFile::createByRename(outPath, [&](const QString &temp) -> Status {
        {
            auto store = ResponseStore::create(temp, ins.canonicalJson(), ins.fingerprint(), data.respondentId);
            if (!store)
                return Status::failure(u"could not create the response file: "_s + store.error());
            if (const Status written = (*store)->replaceAll(data); !written)
                return Status::failure(u"could not write the answers: "_s + written.error());
            // Destroying the store closes the last connection, which checkpoints and deletes the WAL.
        }
        for (const QString &suffix : {u"-wal"_s, u"-journal"_s}) {
            if (QFile::exists(temp + suffix))
                return Status::failure(u"the response file did not close cleanly ("_s + suffix.mid(1)
                                       + u" file left behind); nothing was created"_s);
        }
        QFile::remove(temp + u"-shm"_s);
        return {};
    });
    if (!created)
        return Status::failure(created.error().startsWith(outPath) ? created.error()
                                                                   : outPath + u": "_s + created.error());
    return {};
}

} // namespace panelist
