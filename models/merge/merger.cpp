#include "models/merge/merger.h"

#include "models/merge/attachedcopy.h"
#include "models/merge/incomingcopy.h"
#include "models/merge/incomingfile.h"
#include "models/merge/mergeplan.h"
#include "models/response/contentjson.h"
#include "models/security/coordinatorkey.h"
#include "models/security/identitykey.h"
#include "models/storage/sqliteconnection.h"
#include "models/storage/studystore.h"
#include "models/storage/studystore_write.h"

#include <QDir>
#include <QFileInfo>

#include <optional>

using namespace Qt::StringLiterals;

namespace panelist {

void MergeSummary::add(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Merged:
        ++merged;
        break;
    case ImportOutcome::Unchanged:
        ++unchanged;
        break;
    case ImportOutcome::Replaced:
        ++replaced;
        break;
    case ImportOutcome::Older:
        ++older;
        break;
    case ImportOutcome::Conflict:
        ++conflicts;
        break;
    case ImportOutcome::Rejected:
        ++rejected;
        break;
    case ImportOutcome::Resolved:
        break; // a coordinator's choice, not a file
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

bool isResponseCandidateName(const QString &fileName)
{
    if (fileName.isEmpty() || fileName.startsWith(u'.') || fileName.endsWith(u'~'))
        return false;
    static const QStringList ignoredEndings { u".tmp"_s, u".part"_s, u"-wal"_s, u"-shm"_s, u"-journal"_s };
    for (const QString &ending : ignoredEndings) {
        if (fileName.endsWith(ending, Qt::CaseInsensitive))
            return false;
    }
    return true;
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
            if (isResponseCandidateName(name))
                out.append(dir.filePath(name));
        }
    }
    return out;
}

namespace {

// Stores what plan says (inside the caller's transaction): a new version with its answers, or new
// provenance for the same answers; a conflict opened; the version that counts updated.
Status storePlanned(StudyStoreWriter &writer, const MergePlan &plan, const Instrument &instrument,
    const ResponseData &data, const QString &contentSha, const Provenance &from)
{
    if (plan.action == MergePlan::Action::RewriteSource)
        return writer.rewriteVersion(plan.existingVersionId, data, from);
    if (plan.action != MergePlan::Action::Insert)
        return {};
    const auto id = writer.insertVersion(data, contentSha, from, indexResponse(instrument, data).toBytes());
    if (!id)
        return Status::failure(id.error());
    if (plan.outcome == ImportOutcome::Conflict) { // a second content at this revision
        if (Status s = writer.openConflict(data.respondentId, data.revision); !s)
            return s;
    }
    // A first version, or a revision above every stored one, counts; otherwise search.
    if (plan.outcome == ImportOutcome::Merged || plan.outcome == ImportOutcome::Replaced)
        return writer.setCurrent(data.respondentId, *id);
    return writer.updateCurrent(data.respondentId);
}

// The file's signature against its content and what the study requires (docs/security.md).
Status checkSignature(const ResponseData &data, const QString &contentSha, const StudySettings &settings)
{
    const ResponseSignature &sig = data.signature;
    if (sig.isEmpty()) {
        if (settings.requireSignatures)
            return Status::failure(u"not signed: this study accepts only responses signed by the expert's "
                                   u"Panelist (files made by response from-json or simulate are unsigned)"_s);
        return {};
    }
    if (Status s = verifySignature(sig.publicKey, contentSha, sig.signature); !s)
        return Status::failure(u"the signature does not verify: %1"_s.arg(s.error()));
    return {};
}

// Plans and applies one valid version in one BEGIN IMMEDIATE transaction, the copy still attached:
// the state the plan reads cannot change before it is applied, and the answers are copied from the
// very rows that were checked. A signer other than the respondent's first refuses the version.
Status applyVersion(SqliteConnection &c, StudyStoreWriter &writer, const Instrument &instrument,
    const ResponseData &data, ImportLogEntry &log, MergePlan &plan)
{
    const QString contentSha = contentSha256(data);
    const Provenance from { log.fileName, log.sha256, log.at };
    return c.writeTransaction(u"Could not merge %1"_s.arg(log.fileName), [&]() -> Status {
        const auto versions = writer.versionsOf(data.respondentId);
        if (!versions)
            return Status::failure(versions.error());
        if (Status s = checkSigner(*versions, data.signature.publicKey); !s)
            return s;
        plan = planMerge(*versions, data.revision, contentSha, log.sha256, log.fileName);
        if (Status s = storePlanned(writer, plan, instrument, data, contentSha, from); !s)
            return s;
        log.outcome = plan.outcome;
        log.reason = plan.reason;
        log.contentSha256 = contentSha;
        return writer.appendLog(log);
    });
}

// Attaches the private copy (SQLite's defences are already on), reads and checks it, then applies
// it; the copy is detached before returning. Fills in r and log, or fails with why the file is refused.
Status mergeCopy(SqliteConnection &c, StudyStoreWriter &writer, const StudyStore &study, QByteArray &copy,
    ImportLogEntry &log, ImportedFile &r)
{
    const Instrument &instrument = study.instrument();
    const AttachedCopy attached(c, copy);
    if (!attached.status())
        return attached.status();
    const Result<ResponseData> data = readAttachedResponse(c, instrument);
    if (!data)
        return Status::failure(data.error());
    r.respondentId = log.respondentId = data->respondentId;
    r.revision = log.revision = data->revision;
    if (Status s = checkSignature(*data, contentSha256(*data), study.settings()); !s)
        return s;
    MergePlan plan;
    if (Status s = applyVersion(c, writer, instrument, *data, log, plan); !s)
        return s;
    r.outcome = plan.outcome;
    r.reason = plan.reason;
    return {};
}

} // namespace

struct Merger::Private
{
    explicit Private(SqliteConnection &c)
        : defences(enableAttachDefences(c))
        , writer(c)
    { }
    Status defences; // fails with why SQLite's defences could not be enabled
    StudyStoreWriter writer; // prepared statements reused across files
    std::optional<CoordinatorKey> key; // opens sealed files
};

Merger::Merger(StudyStore &study)
    : m_study(study)
    , d(std::make_unique<Private>(study.connection()))
{ }

Merger::~Merger() = default;

void Merger::setCoordinatorKey(const CoordinatorKey &key)
{
    d->key = key;
}

ImportedFile Merger::mergeFile(const QString &path)
{
    ImportedFile r;
    r.path = path;
    r.fileName = QFileInfo(path).fileName();
    SqliteConnection &c = m_study.connection();
    if (c.readOnly()) {
        r.reason = u"the study is open read-only"_s;
        return r;
    }
    ImportLogEntry log;
    log.fileName = r.fileName;
    log.at = QDateTime::currentDateTimeUtc();
    IncomingCopy in = readIncomingCopy(path, d->key ? &*d->key : nullptr);
    log.sha256 = in.sha256;
    Status status = in.status;
    if (status)
        status = d->defences ? mergeCopy(c, d->writer, m_study, in.bytes, log, r) : d->defences;
    if (status)
        return r;
    // Refused, or the study could not take it: one "rejected" row, written after the copy is detached.
    r.outcome = ImportOutcome::Rejected;
    r.reason = status.error();
    log.outcome = ImportOutcome::Rejected;
    log.reason = status.error();
    const QString context = u"Could not merge %1"_s.arg(r.fileName);
    if (Status s = c.writeTransaction(context, [&] { return d->writer.appendLog(log); }); !s)
        r.reason += u" (and the import log could not be written: %1)"_s.arg(s.error());
    return r;
}

QList<ImportedFile> Merger::mergeAll(
    const QStringList &filesOrFolders, const std::function<void(const ImportedFile &)> &onResult)
{
    QList<ImportedFile> results;
    for (const QString &path : expandResponsePaths(filesOrFolders)) {
        results.append(mergeFile(path));
        if (onResult)
            onResult(results.constLast());
    }
    return results;
}

} // namespace panelist
