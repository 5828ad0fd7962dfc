#include "models/storage/responsefilewriter.h"

#include "models/storage/responsestore.h"
#include "models/storage/sqliteheader.h"

#include <QDir>
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
            displayPath(outPath) + u": already exists; refusing to overwrite it (choose another name)"_s);
    const QDir folder = out.absoluteDir();
    if (!folder.exists())
        return Status::failure(
            displayPath(outPath) + u": the folder "_s + displayPath(folder.path()) + u" does not exist"_s);
    return ResponseStore::createWith(outPath, ins.canonicalJson(), ins.fingerprint(), data);
}

} // namespace panelist
