#include "models/coordinator/coordinatorsession.h"

#include "models/coordinator/conflictsmodel.h"
#include "models/coordinator/importlogmodel.h"
#include "models/coordinator/mergeworker.h"
#include "models/coordinator/responsestablemodel.h"

using namespace Qt::StringLiterals;

namespace panelist {

CoordinatorSession::SessionResult CoordinatorSession::create(
    const QString &path, const Instrument &instrument)
{
    {
        auto created = StudyStore::create(path, instrument);
        if (!created)
            return SessionResult::failure(created.error());
    } // closed again: the worker opens its own connection
    return open(path);
}

CoordinatorSession::SessionResult CoordinatorSession::open(const QString &path)
{
    {
        // Writable first: refuses what is not a study and migrates an older schema, so the read-only
        // connection below (which never migrates) and the worker find the current schema.
        auto writable = StudyStore::open(path);
        if (!writable)
            return SessionResult::failure(writable.error());
    }
    auto read = StudyStore::openReadOnly(path);
    if (!read)
        return SessionResult::failure(read.error());
    return SessionResult(
        std::unique_ptr<CoordinatorSession>(new CoordinatorSession(std::move(read).value())));
}

CoordinatorSession::CoordinatorSession(std::unique_ptr<StudyStore> readStore)
    : m_read(std::move(readStore))
    , m_responses(new ResponsesTableModel(this))
    , m_log(new ImportLogModel(this))
    , m_conflicts(new ConflictsModel(this))
    , m_settings(m_read->settings())
{
    m_thread.setObjectName(u"panelist-merge"_s);
    m_worker = new MergeWorker(m_read->path());
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &MergeWorker::batchStarted, this,
        [this](int, bool fromInbox) { onBatchStarted(fromInbox); });
    connect(m_worker, &MergeWorker::progress, this, &CoordinatorSession::progress);
    connect(m_worker, &MergeWorker::fileMerged, this, [this](const ImportedFile &r) {
        if (!m_reloadSoon.isActive())
            m_reloadSoon.start();
        Q_EMIT fileMerged(r);
    });
    connect(m_worker, &MergeWorker::batchFinished, this, &CoordinatorSession::onBatchFinished);
    connect(m_worker, &MergeWorker::watchingChanged, this, [this](const QString &folder) {
        m_watched = folder;
        Q_EMIT watchingChanged(folder);
    });
    connect(m_worker, &MergeWorker::conflictResolved, this, [this](const QUuid &id, int revision) {
        reload();
        Q_EMIT conflictResolved(id, revision);
    });
    connect(m_worker, &MergeWorker::failed, this, &CoordinatorSession::problem);
    connect(m_worker, &MergeWorker::settingsChanged, this, [this](const StudySettings &settings) {
        m_settings = settings;
        Q_EMIT settingsChanged();
    });

    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(300);
    connect(&m_reloadSoon, &QTimer::timeout, this, &CoordinatorSession::reload);
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!isBusy() && m_read->dataVersion() != m_dataVersion)
            reload();
    });
    m_thread.start();
    m_poll.start();
    reload();
}

CoordinatorSession::~CoordinatorSession()
{
    m_worker->requestCancel();
    m_thread.quit();
    m_thread.wait();
}

QString CoordinatorSession::path() const
{
    return m_read->path();
}

const Instrument &CoordinatorSession::instrument() const
{
    return m_read->instrument();
}

int CoordinatorSession::respondentCount() const
{
    return m_responses->rowCount();
}

int CoordinatorSession::rejectedCount() const
{
    return m_log->rejectedCount();
}

int CoordinatorSession::unresolvedConflictCount() const
{
    return m_conflicts->unresolvedCount();
}

int CoordinatorSession::unsignedCount() const
{
    return m_responses->unsignedCount();
}

void CoordinatorSession::setSettings(const StudySettings &settings)
{
    m_worker->applySettings(settings);
}

void CoordinatorSession::setCoordinatorKey(const CoordinatorKey &key)
{
    m_worker->setCoordinatorKey(key);
    m_unlockedKey = key.fingerprint();
    Q_EMIT keyChanged();
}

Result<QList<StudyResponse>> CoordinatorSession::currentResponses() const
{
    return m_read->currentResponses();
}

void CoordinatorSession::setWatchTiming(int rescanMs, int checkMs, int settleMs)
{
    QMetaObject::invokeMethod(m_worker,
        [w = m_worker, rescanMs, checkMs, settleMs] { w->setWatchTiming(rescanMs, checkMs, settleMs); });
}

void CoordinatorSession::importFiles(const QStringList &filesOrFolders)
{
    if (filesOrFolders.isEmpty())
        return;
    const bool wasBusy = isBusy();
    ++m_queuedImports;
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    QMetaObject::invokeMethod(
        m_worker, "mergeFiles", Qt::QueuedConnection, Q_ARG(QStringList, filesOrFolders));
}

void CoordinatorSession::watch(const QString &folder)
{
    QMetaObject::invokeMethod(m_worker, "watch", Qt::QueuedConnection, Q_ARG(QString, folder));
}

void CoordinatorSession::stopWatching()
{
    QMetaObject::invokeMethod(m_worker, "stopWatching", Qt::QueuedConnection);
}

void CoordinatorSession::resolveConflict(const QUuid &respondentId, int revision, qint64 versionId)
{
    QMetaObject::invokeMethod(m_worker, "resolveConflict", Qt::QueuedConnection, Q_ARG(QUuid, respondentId),
        Q_ARG(int, revision), Q_ARG(qint64, versionId));
}

void CoordinatorSession::onBatchStarted(bool fromInbox)
{
    const bool wasBusy = isBusy();
    if (!fromInbox && m_queuedImports > 0)
        --m_queuedImports;
    m_inBatch = true;
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void CoordinatorSession::onBatchFinished(const MergeSummary &summary)
{
    m_inBatch = false;
    m_reloadSoon.stop();
    reload();
    Q_EMIT batchFinished(summary);
    if (!isBusy())
        Q_EMIT busyChanged(false);
}

void CoordinatorSession::reload()
{
    // Read the data version first: a commit landing during the reads is picked up by the next poll.
    m_dataVersion = m_read->dataVersion();
    if (Status s = m_seenChange < 0 ? loadAll() : loadChanges(); !s) {
        Q_EMIT problem(s.error());
        return;
    }
    Q_EMIT reloaded();
}

// The first look at the study: every respondent's counting version without its answers, the whole
// import log, the conflicts.
Status CoordinatorSession::loadAll()
{
    qint64 seq = 0;
    const auto summaries = m_read->currentSummaries(&seq);
    const auto log = m_read->importLog();
    const auto conflicts = m_read->conflicts();
    if (!summaries || !log || !conflicts)
        return Status::failure(!summaries ? summaries.error() : !log ? log.error() : conflicts.error());
    QList<ResponseRow> rows;
    rows.reserve(summaries->size());
    for (const VersionSummary &v : *summaries)
        rows.append(ResponseRow::from(v, instrument()));
    m_responses->setRows(rows);
    m_log->setEntries(*log);
    m_conflicts->setConflicts(*conflicts, instrument());
    m_seenChange = seq;
    return {};
}

// After that, only what changed since the last look, so a reload during a long import costs the
// files merged since the previous one, not the study: the respondents the change log names, the
// import log's new entries and, when either says a conflict may have moved, the (few) conflicts.
Status CoordinatorSession::loadChanges()
{
    const auto changes = m_read->changesSince(m_seenChange);
    const auto log = m_read->importLog(m_log->lastId());
    if (!changes || !log)
        return Status::failure(!changes ? changes.error() : log.error());
    bool conflictsMoved = !changes->isEmpty();
    for (const ImportLogEntry &e : *log)
        conflictsMoved
            = conflictsMoved || e.outcome == ImportOutcome::Conflict || e.outcome == ImportOutcome::Resolved;
    if (!changes->isEmpty()) {
        QHash<QUuid, qint64> counting; // respondent -> the version that counts after the last change
        for (const CurrentChange &c : *changes)
            counting.insert(c.respondentId, c.newVersion);
        QList<qint64> ids;
        QList<QUuid> gone;
        for (auto it = counting.cbegin(); it != counting.cend(); ++it) {
            if (it.value())
                ids.append(it.value());
            else
                gone.append(it.key());
        }
        const auto summaries = m_read->summaries(ids);
        if (!summaries)
            return Status::failure(summaries.error());
        QList<ResponseRow> rows;
        for (const VersionSummary &v : *summaries)
            rows.append(ResponseRow::from(v, instrument()));
        m_responses->removeRespondents(gone);
        m_responses->updateRows(rows);
        m_seenChange = changes->constLast().seq;
    }
    m_log->appendEntries(*log);
    if (conflictsMoved) {
        const auto conflicts = m_read->conflicts();
        if (!conflicts)
            return Status::failure(conflicts.error());
        m_conflicts->setConflicts(*conflicts, instrument());
    }
    return {};
}

} // namespace panelist
