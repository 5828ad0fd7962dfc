#pragma once

#include "models/merge/merger.h"
#include "models/security/coordinatorkey.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <atomic>
#include <memory>
#include <optional>

namespace panelist {

class InboxWatcher;
class StudyStore;

// Merges response files into a study away from the GUI. Created on any thread, then moved to a
// worker QThread; every slot runs there. It opens its OWN writable StudyStore by path on first use
// (a SQLite connection is used only on the thread that opened it) and owns its InboxWatcher, so the
// store, the Merger and the watcher all live and die on the worker thread (delete it via
// QThread::finished -> deleteLater). Figures are reported by signals (queued to the receiver).
class MergeWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeWorker)

public:
    explicit MergeWorker(const QString &studyPath, QObject *parent = nullptr);
    ~MergeWorker() override;

    // Watch timing for tests; call before watch().
    void setWatchTiming(int rescanMs, int checkMs, int settleMs);
    // Thread-safe: the batch in progress stops after the current file (used when closing).
    void requestCancel() { m_cancel = true; }
    // Sealed files merged from now on are opened with key (posted to the worker's thread, so it
    // applies to every batch asked for after this call).
    void setCoordinatorKey(const CoordinatorKey &key);
    // Writes the study's settings (posted likewise); settingsChanged or failed says how it went.
    void applySettings(const StudySettings &settings);

public Q_SLOTS:
    // Files and folders as for expandResponsePaths(); one batch: progress after each file.
    void mergeFiles(const QStringList &filesOrFolders);
    void watch(const QString &folder);
    void stopWatching();
    void resolveConflict(const QUuid &respondentId, int revision, qint64 versionId);

Q_SIGNALS:
    // Every batch, asked for (fromInbox false) or found by the watcher (true), is bracketed by these.
    void batchStarted(int total, bool fromInbox);
    void progress(int done, int total);
    void fileMerged(const panelist::ImportedFile &result);
    void batchFinished(const panelist::MergeSummary &summary);
    void watchingChanged(const QString &folder); // empty when stopped
    void conflictResolved(const QUuid &respondentId, int revision);
    void failed(const QString &message);
    void settingsChanged(const panelist::StudySettings &settings);

private:
    bool ensureStore();
    void runBatch(const QStringList &filesOrFolders, bool fromInbox);

    QString m_studyPath;
    std::unique_ptr<StudyStore> m_store; // opened on the worker thread
    std::unique_ptr<Merger> m_merger;
    std::optional<CoordinatorKey> m_key; // given to every Merger made
    InboxWatcher *m_watcher = nullptr; // child, created on the worker thread
    int m_rescanMs = 2000, m_checkMs = 250, m_settleMs = 1000;
    std::atomic<bool> m_cancel = false;
};

} // namespace panelist
