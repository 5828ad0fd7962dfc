#pragma once

#include "models/common/result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

class QFileSystemWatcher;

namespace panelist {

// Watches an inbox folder (not recursive) for response files and reports each one once it is
// stable: file-system notifications trigger a scan, and a periodic rescan finds what notifications
// miss (network shares, a file created between two scans). A file is judged only when its size and
// modification time were the same on consecutive checks spanning at least settleMs, and it is not
// shorter than its own SQLite header says (a copy still in progress). A file that stays short keeps
// being retried; only after giveUpMs without any change is it reported anyway, so the merge can say
// why it is refused instead of the file being silently ignored. A file that changes after it was
// reported (new size or time) is reported again. Names isResponseCandidateName refuses (hidden,
// temporary, companions) are never reported.
// Threading: lives on the thread that created it (or moveToThread); all work happens on that thread.
class InboxWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxWatcher)

public:
    struct Timing
    {
        int rescanMs = 2000; // periodic full rescan
        int checkMs = 250; // re-check of files that are not yet stable
        int settleMs = 1000; // how long a file must stay unchanged
        int giveUpMs = 30000; // a file still short of its header's size is reported after this
        bool notifications = true; // off: rescans only (tests; mimics shares without inotify)
    };

    explicit InboxWatcher(QObject *parent = nullptr);
    ~InboxWatcher() override;

    void setTiming(const Timing &timing); // takes effect at the next start()
    // Starts watching folder (existing files are reported too, once stable). Fails with a message
    // when folder is not a readable directory.
    Status start(const QString &folder);
    void stop();
    bool isWatching() const { return !m_folder.isEmpty(); }
    QString folder() const { return m_folder; }
    int pendingCount() const; // files seen but not yet reported

public Q_SLOTS:
    void scanNow();

Q_SIGNALS:
    // Files that became stable in one scan, sorted by name; each (path, size, mtime) only once.
    void filesReady(const QStringList &paths);
    // The folder could not be read (e.g. removed); watching goes on and retries.
    void folderProblem(const QString &message);

private:
    struct Seen
    {
        qint64 size = -1;
        qint64 mtimeMs = 0;
        qint64 unchangedSinceMs = 0; // m_clock time when this size/mtime was first seen
        bool reported = false; // this exact size/mtime was reported
    };
    bool looksComplete(const QString &path, qint64 size) const;
    void scheduleScan();

    Timing m_timing;
    QString m_folder;
    QHash<QString, Seen> m_files;
    QFileSystemWatcher *m_fs = nullptr; // child; recreated per start()
    QTimer m_rescan;
    QTimer m_check;
    QTimer m_debounce; // coalesces bursts of directory notifications
    QElapsedTimer m_clock;
    bool m_folderOk = true;
};

} // namespace panelist
