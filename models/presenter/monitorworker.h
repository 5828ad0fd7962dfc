#pragma once

// Internal to models/presenter: the worker side of StudyMonitor.

#include "models/analysis/aggregator.h"
#include "models/analysis/figures.h"

#include <QMutex>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace panelist {
class StudyStore;
}

namespace panelist::detail {

// Hand-over from the worker to the GUI thread. Guarded by mutex; only the newest entry is kept.
struct MonitorMailbox
{
    QMutex mutex;
    std::optional<analysis::Figures> results; // newest undelivered Figures
    QString error; // newest undelivered failure
    bool posted = false; // a delivery call is queued and has not run yet
    std::atomic<int> updates { 0 }; // figures computed (a recount or changes applied)
    std::atomic<int> recounts { 0 }; // of which whole-study recounts
    std::atomic<bool> refreshPending { false }; // a refresh request is on its way to the worker
};

// Lives on StudyMonitor's worker thread; every slot runs there. Owns the worker's StudyStore.
class MonitorWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorWorker)

public:
    // notify is called (on the worker thread) after something was put in the mailbox and no
    // delivery was posted yet; it must only post to the GUI thread.
    MonitorWorker(
        QString path, int pollMs, std::shared_ptr<MonitorMailbox> mailbox, std::function<void()> notify);
    ~MonitorWorker() override;

    void start();
    void setGroup(const QString &group);
    void refresh();

private:
    void poll();
    void schedule();
    void analyseNow();
    bool recount();
    bool applyChanges(bool &changed);
    bool ensureOpen();
    void post(std::optional<analysis::Figures> results, const QString &error);

    QString m_path;
    QString m_group;
    std::shared_ptr<MonitorMailbox> m_mailbox;
    std::function<void()> m_notify;
    std::unique_ptr<StudyStore> m_store;
    QTimer m_pollTimer;
    QTimer m_kick; // single-shot, zero interval: coalesces requests into one analysis
    qint64 m_seenVersion = -1;
    bool m_opened = false; // opened the study once already
    bool m_dirty = false;
    // The running counts for m_group, up to change m_seenChange of the study's change log; empty
    // until the first recount and after the group changes.
    std::optional<analysis::Aggregator> m_counts;
    qint64 m_seenChange = 0;
    QString m_lastError; // not repeated while it persists
    std::optional<analysis::Figures> m_lastPosted;
};

} // namespace panelist::detail
