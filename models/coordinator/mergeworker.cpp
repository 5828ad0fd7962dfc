#include "models/coordinator/mergeworker.h"

#include "models/coordinator/inboxwatcher.h"
#include "models/storage/studystore.h"

using namespace Qt::StringLiterals;

namespace panelist {

MergeWorker::MergeWorker(const QString &studyPath, QObject *parent)
    : QObject(parent)
    , m_studyPath(studyPath)
{
    qRegisterMetaType<ImportedFile>();
    qRegisterMetaType<MergeSummary>();
    qRegisterMetaType<StudySettings>();
}

void MergeWorker::setCoordinatorKey(const CoordinatorKey &key)
{
    QMetaObject::invokeMethod(this, [this, key] {
        m_key = key;
        if (m_merger)
            m_merger->setCoordinatorKey(key);
    });
}

void MergeWorker::applySettings(const StudySettings &settings)
{
    QMetaObject::invokeMethod(this, [this, settings] {
        if (!ensureStore())
            return;
        if (Status s = m_store->setSettings(settings); !s) {
            Q_EMIT failed(s.error());
            return;
        }
        Q_EMIT settingsChanged(settings);
    });
}

// Runs on the worker thread (QThread::finished -> deleteLater), so the store closes where it opened.
MergeWorker::~MergeWorker()
{
    m_merger.reset();
    m_store.reset();
}

void MergeWorker::setWatchTiming(int rescanMs, int checkMs, int settleMs)
{
    m_rescanMs = rescanMs;
    m_checkMs = checkMs;
    m_settleMs = settleMs;
}

bool MergeWorker::ensureStore()
{
    if (m_store)
        return true;
    auto opened = StudyStore::open(m_studyPath);
    if (!opened) {
        Q_EMIT failed(opened.error());
        return false;
    }
    m_store = std::move(opened).value();
    m_merger = std::make_unique<Merger>(*m_store);
    if (m_key)
        m_merger->setCoordinatorKey(*m_key);
    return true;
}

void MergeWorker::mergeFiles(const QStringList &filesOrFolders)
{
    runBatch(filesOrFolders, false);
}

void MergeWorker::runBatch(const QStringList &filesOrFolders, bool fromInbox)
{
    const QStringList paths = expandResponsePaths(filesOrFolders);
    const int total = int(paths.size());
    Q_EMIT batchStarted(total, fromInbox);
    MergeSummary summary;
    if (!ensureStore()) {
        Q_EMIT batchFinished(summary);
        return;
    }
    Q_EMIT progress(0, total);
    int done = 0;
    for (const QString &path : paths) {
        if (m_cancel)
            break;
        const ImportedFile r = m_merger->mergeFile(path);
        summary.add(r.outcome);
        Q_EMIT fileMerged(r);
        Q_EMIT progress(++done, total);
    }
    Q_EMIT batchFinished(summary);
}

void MergeWorker::watch(const QString &folder)
{
    if (!ensureStore())
        return;
    if (!m_watcher) {
        m_watcher = new InboxWatcher(this);
        connect(m_watcher, &InboxWatcher::filesReady, this,
            [this](const QStringList &paths) { runBatch(paths, true); });
        connect(m_watcher, &InboxWatcher::folderProblem, this, &MergeWorker::failed);
    }
    InboxWatcher::Timing t;
    t.rescanMs = m_rescanMs;
    t.checkMs = m_checkMs;
    t.settleMs = m_settleMs;
    m_watcher->setTiming(t);
    if (Status s = m_watcher->start(folder); !s) {
        Q_EMIT failed(s.error());
        Q_EMIT watchingChanged(QString());
        return;
    }
    Q_EMIT watchingChanged(m_watcher->folder());
}

void MergeWorker::stopWatching()
{
    if (m_watcher)
        m_watcher->stop();
    Q_EMIT watchingChanged(QString());
}

void MergeWorker::resolveConflict(const QUuid &respondentId, int revision, qint64 versionId)
{
    if (!ensureStore())
        return;
    if (Status s = m_store->resolveConflict(respondentId, revision, versionId); !s) {
        Q_EMIT failed(s.error());
        return;
    }
    Q_EMIT conflictResolved(respondentId, revision);
}

} // namespace panelist
