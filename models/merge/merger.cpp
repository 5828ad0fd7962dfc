#include "models/merge/merger.h"

#include "models/merge/incomingfile.h"
#include "models/merge/mergeplan.h"
#include "models/storage/sqliteconnection.h"
#include "models/storage/studystore.h"
#include "models/storage/studystore_write.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace panelist {

QString outcomeName(MergeOutcome outcome)
{
    switch (outcome) {
    case MergeOutcome::Merged:
        return u"merged"_s;
    case MergeOutcome::Unchanged:
        return u"unchanged"_s;
    case MergeOutcome::Replaced:
        return u"replaced"_s;
    case MergeOutcome::Older:
        return u"older revision"_s;
    case MergeOutcome::Conflict:
        return u"conflict"_s;
    case MergeOutcome::Rejected:
        break;
    }
    return u"rejected"_s;
}

void MergeSummary::add(MergeOutcome outcome)
{
    switch (outcome) {
    case MergeOutcome::Merged:
        ++merged;
        break;
    case MergeOutcome::Unchanged:
        ++unchanged;
        break;
    case MergeOutcome::Replaced:
        ++replaced;
        break;
    case MergeOutcome::Older:
        ++older;
        break;
    case MergeOutcome::Conflict:
        ++conflicts;
        break;
    case MergeOutcome::Rejected:
        ++rejected;
        break;
    }
}

QString MergeSummary::line() const
{
    return u"merged %1, unchanged %2, replaced %3, older %4, conflicts %5, rejected %6"_s.arg(merged)
            .arg(unchanged)
            .arg(replaced)
            .arg(older)
            .arg(conflicts)
            .arg(rejected);
}

QStringList expandResponsePaths(const QStringList &filesOrFolders)
{
    QStringList out;
    for (const QString &p : filesOrFolders) {
        const QFileInfo info(p);
        if (!info.isDir()) {
            out.append(p);
            continue;
        }
        const QDir dir(p);
        for (const QString &name : dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
            if (name.endsWith(u"-wal"_s) || name.endsWith(u"-shm"_s) || name.endsWith(u"-journal"_s))
                continue;
            out.append(dir.filePath(name));
        }
    }
    return out;
}

namespace {

// Private copies live for milliseconds and are never needed after a crash: a RAM-backed folder
// (Linux /dev/shm) spares the disk a file creation per merge; elsewhere the system temp folder.
QString privateFolderTemplate()
{
    const QFileInfo shm(u"/dev/shm"_s);
    const QString base = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    return base + u"/panelist-merge-XXXXXX"_s;
}

} // namespace

struct Merger::Private
{
    explicit Private(SqliteConnection &c) : privateFolder(privateFolderTemplate()), writer(c) { }
    QTemporaryDir privateFolder; // private copies of incoming files live (briefly) here; removed with it
    StudyStoreWriter writer;     // prepared statements reused across files
};

Merger::Merger(StudyStore &study) : m_study(study), d(std::make_unique<Private>(study.connection())) { }

Merger::~Merger() = default;

MergeResult Merger::mergeFile(const QString &path)
{
    MergeResult r;
    r.path = path;
    r.fileName = QFileInfo(path).fileName();
    SqliteConnection &c = m_study.connection();
    if (c.readOnly()) {
        r.reason = u"the study is open read-only"_s;
        return r;
    }
    const IncomingFile in = d->privateFolder.isValid()
            ? readIncomingFile(path, m_study.instrument(), d->privateFolder.path())
            : IncomingFile{{}, u"no private folder for the copy (%1)"_s.arg(d->privateFolder.errorString()), {}};
    ImportLogEntry log;
    log.fileName = r.fileName;
    log.sha256 = in.sha256;
    log.at = QDateTime::currentDateTimeUtc();
    const QString context = u"Could not merge %1"_s.arg(r.fileName);

    if (!in.ok()) {
        r.reason = in.error;
        log.outcome = outcomeName(MergeOutcome::Rejected);
        log.reason = r.reason;
        if (Status s = c.writeTransaction(context, [&] { return d->writer.appendLog(log); }); !s)
            r.reason += u" (and the import log could not be written: %1)"_s.arg(s.error());
        return r;
    }

    const ResponseData &data = in.data;
    r.respondentId = log.respondentId = data.respondentId;
    r.revision = log.revision = data.revision;
    const QString contentSha = responseContentSha256(data);
    const Provenance from{r.fileName, in.sha256, log.at};
    MergePlan plan;
    // Plan inside the write transaction: the state it reads cannot change before it is applied.
    const Status applied = c.writeTransaction(context, [&]() -> Status {
        const auto versions = d->writer.versionsOf(data.respondentId);
        if (!versions)
            return Status::failure(versions.error());
        plan = planMerge(*versions, data.revision, contentSha, in.sha256, r.fileName);
        if (plan.action == MergePlan::Action::Insert) {
            if (auto id = d->writer.insertVersion(data, contentSha, from); !id)
                return Status::failure(id.error());
        } else if (plan.action == MergePlan::Action::RewriteSource) {
            if (Status s = d->writer.rewriteVersion(plan.existingVersionId, data, from); !s)
                return s;
        }
        if (plan.opensConflict) {
            if (Status s = d->writer.openConflict(data.respondentId, data.revision); !s)
                return s;
        }
        if (plan.action == MergePlan::Action::Insert) {
            if (Status s = d->writer.updateCurrent(data.respondentId); !s)
                return s;
        }
        log.outcome = outcomeName(plan.outcome);
        log.reason = plan.reason;
        return d->writer.appendLog(log);
    });
    if (!applied) {
        r.outcome = MergeOutcome::Rejected;
        r.reason = applied.error();
        return r;
    }
    r.outcome = plan.outcome;
    r.reason = plan.reason;
    return r;
}

QList<MergeResult> Merger::mergeAll(const QStringList &filesOrFolders,
                                    const std::function<void(const MergeResult &)> &onResult)
{
    QList<MergeResult> results;
    for (const QString &path : expandResponsePaths(filesOrFolders)) {
        results.append(mergeFile(path));
        if (onResult)
            onResult(results.constLast());
    }
    return results;
}

} // namespace panelist
