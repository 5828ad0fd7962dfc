#pragma once

#include "models/common/result.h"
#include "models/merge/merger.h"
#include "models/storage/studystore.h"

#include <QObject>
#include <QStringList>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace panelist {

class ConflictsModel;
class ImportLogModel;
class MergeWorker;
class ResponsesTableModel;

// The coordinator's open study, for the GUI: owns the worker thread with its MergeWorker (which has
// its own writable connection) and, on the GUI thread, a read-only StudyStore connection and the
// three item models fed from it. Every write (imports, the watched inbox, conflict choices) goes to
// the worker; after each batch (and at most every 300 ms during one) the models are brought up to
// date with what changed since they were last (the study's change log and the import log's new
// entries), on the GUI thread in time that follows the files merged, not the study's size. A 2 s
// poll of the study's data_version also picks up merges made by another process (panelist-cli).
// Threading: create and use on the GUI thread. Destroying it cancels the batch in progress after the
// current file and waits for the worker thread to end.
class CoordinatorSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoordinatorSession)

public:
    using SessionResult = Result<std::unique_ptr<CoordinatorSession>>;
    // Creates a new study database at path (must not exist) with instrument, then opens it.
    static SessionResult create(const QString &path, const Instrument &instrument);
    // Opens an existing study (migrating it if needed); refusals come back with the reason.
    static SessionResult open(const QString &path);
    ~CoordinatorSession() override;

    QString path() const;
    const Instrument &instrument() const;
    ResponsesTableModel *responsesModel() const { return m_responses; }
    ImportLogModel *importLogModel() const { return m_log; }
    ConflictsModel *conflictsModel() const { return m_conflicts; }

    bool isBusy() const { return m_inBatch || m_queuedImports > 0; }
    QString watchedFolder() const { return m_watched; }
    int respondentCount() const;
    int rejectedCount() const;
    int unresolvedConflictCount() const;
    int unsignedCount() const; // respondents whose version that counts came in an unsigned file

    // What the study asks of its files (StudyStore::settings()), as last written.
    const StudySettings &settings() const { return m_settings; }
    // Writes new settings through the worker; settingsChanged() follows (problem() on failure).
    void setSettings(const StudySettings &settings);
    // Sealed files imported from now on are opened with key, in memory (docs/security.md).
    void setCoordinatorKey(const CoordinatorKey &key);
    // The fingerprint of the key given to setCoordinatorKey(); empty when none.
    QString unlockedKeyFingerprint() const { return m_unlockedKey; }
    // The versions that count, read now on the GUI thread (for exports).
    Result<QList<StudyResponse>> currentResponses() const;

    // For tests: a faster inbox; call before watch().
    void setWatchTiming(int rescanMs, int checkMs, int settleMs);

public Q_SLOTS:
    void importFiles(const QStringList &filesOrFolders);
    void watch(const QString &folder);
    void stopWatching();
    void resolveConflict(const QUuid &respondentId, int revision, qint64 versionId);
    void reload();

Q_SIGNALS:
    void busyChanged(bool busy);
    void progress(int done, int total);
    void fileMerged(const panelist::ImportedFile &result);
    void batchFinished(const panelist::MergeSummary &summary);
    void watchingChanged(const QString &folder); // empty when stopped
    void conflictResolved(const QUuid &respondentId, int revision);
    void problem(const QString &message);
    void reloaded(); // the models show the study as it is now
    void settingsChanged();
    void keyChanged();

private:
    explicit CoordinatorSession(std::unique_ptr<StudyStore> readStore);
    void onBatchStarted(bool fromInbox);
    void onBatchFinished(const MergeSummary &summary);
    Status loadAll();
    Status loadChanges();

    std::unique_ptr<StudyStore> m_read; // GUI thread, read-only
    QThread m_thread;
    MergeWorker *m_worker = nullptr; // lives on m_thread; deleted there when it finishes
    ResponsesTableModel *m_responses = nullptr; // children
    ImportLogModel *m_log = nullptr;
    ConflictsModel *m_conflicts = nullptr;
    QTimer m_reloadSoon;
    QTimer m_poll;
    qint64 m_dataVersion = -1;
    qint64 m_seenChange = -1; // change log position the models show; -1 before the first load
    QString m_watched;
    StudySettings m_settings;
    QString m_unlockedKey;
    int m_queuedImports = 0;
    bool m_inBatch = false;
};

} // namespace panelist
