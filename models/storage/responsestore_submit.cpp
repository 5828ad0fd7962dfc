// ResponseStore::submit: a self-contained, durable single-file copy of the response.

#include "models/storage/responsestore.h"

#include "models/storage/durablefile.h"
#include "models/storage/responsestore_p.h"
#include "models/storage/sqliteheader.h"

#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace panelist {

using namespace ResponseStoreDetail;

namespace {

Status checkTarget(const QString &workingPath, const QString &targetPath)
{
    const QFileInfo target(targetPath);
    const QString shown = displayPath(targetPath);
    if (target.absoluteFilePath() == QFileInfo(workingPath).absoluteFilePath())
        return Status::failure(u"%1: is the working file itself; submit to another file name"_s.arg(shown));
    if (!QFileInfo(target.absolutePath()).isDir())
        return Status::failure(u"%1: cannot be written: the folder %2 does not exist"_s.arg(
            shown, displayPath(target.absolutePath())));
    if (target.isDir())
        return Status::failure(u"%1: is a folder; choose a file name"_s.arg(shown));
    // SQLite would apply a stale journal or WAL beside the target to our fresh copy.
    for (const QString &suffix : DurableFile::companionSuffixes()) {
        if (QFileInfo::exists(targetPath + suffix))
            return Status::failure(
                u"%1: %2 exists beside it (the file may be open in another program); "
                u"close that program or choose another name"_s.arg(shown, displayPath(targetPath + suffix)));
    }
    return {};
}

struct SubmitState
{
    QVariant revision;
    QVariant submittedAt;
};

Result<SubmitState> readSubmitState(SqliteConnection &c)
{
    QSqlQuery q(c.db());
    if (!q.exec(u"SELECT key, value FROM meta WHERE key IN ('revision', 'submitted_at')"_s))
        return Result<SubmitState>::failure(c.failure(u"Could not read the revision"_s, q).error());
    SubmitState state;
    while (q.next())
        (q.value(0).toString() == u"revision"_s ? state.revision : state.submittedAt) = q.value(1);
    return state;
}

Status writeSubmitState(SqliteConnection &c, const QVariant &revision, const QVariant &submittedAt)
{
    const QString context = u"Could not record the submission"_s;
    return c.writeTransaction(context, [&]() -> Status {
        const QString sql = u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s;
        if (Status s = c.exec(sql, { u"revision"_s, revision }, context); !s)
            return s;
        return c.exec(sql, { u"submitted_at"_s, submittedAt }, context);
    });
}

// VACUUM INTO copies the live WAL-mode file consistently, but keeps the WAL flag in the header and
// does not fsync. Make the copy a rollback-journal file (nothing beside it is needed) and flush it.
Status writeCopy(SqliteConnection &c, const QString &temp)
{
    if (Status s = c.exec(u"VACUUM INTO ?"_s, { temp }, u"Could not write the submitted copy"_s); !s)
        return s;
    const auto header = readSqliteHeader(temp);
    if (!header)
        return Status::failure(header.error());
    if (header->isWal()) {
        auto copy = SqliteConnection::open(temp, false);
        if (!copy)
            return Status::failure(copy.error());
        const auto mode
            = (*copy)->column(u"PRAGMA journal_mode = DELETE"_s, u"Could not finish the submitted copy"_s);
        if (!mode)
            return Status::failure(mode.error());
    }
    return DurableFile::syncFile(temp);
}

} // namespace

Result<int> ResponseStore::submit(const QString &targetPath)
{
    using R = Result<int>;
    SqliteConnection &c = *d->conn;
    if (c.readOnly())
        return R::failure(
            u"%1: opened read-only; it cannot be submitted from here"_s.arg(displayPath(c.path())));
    if (Status s = checkTarget(c.path(), targetPath); !s)
        return R::failure(s.error());
    const auto before = readSubmitState(c);
    if (!before)
        return R::failure(before.error());
    const int revision = before->revision.toInt() + 1;
    if (Status s = writeSubmitState(c, QString::number(revision), isoUtc(QDateTime::currentDateTimeUtc()));
        !s)
        return R::failure(s.error());

    DurableFile::removeStaleTemporaries(targetPath); // left by a submit that crashed
    const QString temp = DurableFile::temporarySibling(targetPath);
    Status s = writeCopy(c, temp);
    if (s)
        s = DurableFile::replace(temp, targetPath);
    if (!s) {
        DurableFile::removeWithCompanions(temp);
        // Nothing was submitted, so the working file goes back to its previous revision: the next
        // successful submit then carries the number the expert expects.
        writeSubmitState(c, before->revision, before->submittedAt);
        return R::failure(s.error());
    }
    if (Status synced = DurableFile::syncFolder(QFileInfo(targetPath).absolutePath()); !synced)
        return R::failure(synced.error());
    return revision;
}

} // namespace panelist
