// ResponseStore::submit: a self-contained, durable single-file copy of the response.

#include "models/storage/responsestore.h"

#include "models/response/contentjson.h"
#include "models/storage/durablefile.h"
#include "models/storage/responsestore_p.h"
#include "models/storage/sqliteheader.h"

#include <QFile>
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
// does not fsync. Make the copy a rollback-journal file (nothing beside it is needed), put the
// signature in (when there is one) and flush it.
Status writeCopy(SqliteConnection &c, const QString &temp, const ResponseSignature &signature)
{
    if (Status s = c.exec(u"VACUUM INTO ?"_s, { temp }, u"Could not write the submitted copy"_s); !s)
        return s;
    {
        auto copy = SqliteConnection::open(temp, false);
        if (!copy)
            return Status::failure(copy.error());
        const QString context = u"Could not finish the submitted copy"_s;
        if (const auto mode = (*copy)->column(u"PRAGMA journal_mode = DELETE"_s, context); !mode)
            return Status::failure(mode.error());
        if (!signature.isEmpty()) {
            const QString sql = u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s;
            Status s = (*copy)->writeTransaction(context, [&]() -> Status {
                if (Status s
                    = (*copy)->exec(sql, { ResponseSignatureMeta::PublicKey, signature.publicKey }, context);
                    !s)
                    return s;
                return (*copy)->exec(sql, { ResponseSignatureMeta::Signature, signature.signature }, context);
            });
            if (!s)
                return s;
        }
    }
    return DurableFile::syncFile(temp);
}

// The signature of the working file's response as it is now (the revision just written).
Result<ResponseSignature> signWorking(const ResponseStore &store, const ResponseStore::SubmitOptions &options)
{
    if (!options.sign)
        return ResponseSignature {};
    const auto data = store.load();
    if (!data)
        return Result<ResponseSignature>::failure(data.error());
    return options.sign(contentSha256(*data));
}

Status writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || out.write(bytes) != bytes.size()
        || !out.flush())
        return Status::failure(u"%1: cannot be written (%2)"_s.arg(displayPath(path), out.errorString()));
    out.close();
    return DurableFile::syncFile(path);
}

// The clear copy, made beside the working file, read back and removed; what options.seal makes of it
// is written to temp (beside the target).
Status writeSealed(SqliteConnection &c, const QString &temp, const ResponseSignature &signature,
    const ResponseStore::SubmitOptions &options)
{
    DurableFile::removeStaleTemporaries(c.path()); // a clear copy left by a submit that crashed
    const QString clear = DurableFile::temporarySibling(c.path());
    Status s = writeCopy(c, clear, signature);
    QByteArray bytes;
    if (s) {
        QFile in(clear);
        if (in.open(QIODevice::ReadOnly))
            bytes = in.readAll();
        if (in.error() != QFileDevice::NoError || bytes.isEmpty())
            s = Status::failure(u"%1: cannot be read back (%2)"_s.arg(displayPath(clear), in.errorString()));
    }
    DurableFile::removeWithCompanions(clear);
    if (!s)
        return s;
    const Result<QByteArray> sealed = options.seal(bytes);
    if (!sealed)
        return Status::failure(sealed.error());
    return writeBytes(temp, *sealed);
}

} // namespace

Result<int> ResponseStore::submit(const QString &targetPath, const SubmitOptions &options)
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
    const Result<ResponseSignature> signature = signWorking(*this, options);
    Status s = signature ? Status() : Status::failure(signature.error());
    if (s)
        s = options.seal ? writeSealed(c, temp, *signature, options) : writeCopy(c, temp, *signature);
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
