#pragma once

#include "models/analysis/figures.h"
#include "models/common/result.h"
#include "models/instrument/instrument.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <chrono>
#include <memory>

namespace panelist {

namespace detail {
struct MonitorMailbox;
class MonitorWorker;
} // namespace detail

// Watches one study database and keeps its figures current, for the presenter dashboard.
//
// Cost: the first figures (and those after a change of group filter) come from one recount, the
// study read as a stream into an analysis::Aggregator; after that, each change of the study costs
// what changed, never the study's size: the worker reads the study's change log
// (docs/study-database.md) from where it left off and moves only the versions that stopped or
// started counting out of and into its running counts.
//
// Threading: a StudyMonitor is a GUI-thread facade. It owns a worker thread that opens its own
// read-only StudyStore (a SQLite connection is used only on the thread that opened it), polls
// PRAGMA data_version every pollInterval (50 ms by default: a few microseconds each) and, when it
// changes (a merge by this process through another connection, or by another process), brings
// the counts up to date there. The Figures are handed over through a mailbox: the worker stores
// the newest one and posts one queued call; the facade takes whatever is newest when that call
// runs. So at most one update runs and at most one waits (a change while one runs schedules
// exactly one more), and a GUI that falls behind skips stale Figures instead of queueing them.
class StudyMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyMonitor)

public:
    // Opens the study read-only on the calling thread to check it and read its instrument; that
    // connection is closed again before this returns. Nothing runs until start().
    static Result<std::unique_ptr<StudyMonitor>> open(const QString &studyPath, QObject *parent = nullptr);
    ~StudyMonitor() override; // stops the worker (waits for a running analysis to end)

    QString studyPath() const { return m_path; }
    const Instrument &instrument() const { return m_instrument; }

    // Before start(); default 50 ms.
    void setPollInterval(std::chrono::milliseconds interval);
    // Starts the worker; the first analysis follows at once.
    void start();

    // Restricts every figure to one expertise group (empty = everyone) and re-analyses. Figures
    // for another group that were already on their way are dropped, never shown.
    void setGroup(const QString &group);
    QString group() const { return m_group; }
    // Counts the whole study again even if it did not change.
    void refresh();

    bool hasFigures() const { return m_hasFigures; }
    const analysis::Figures &figures() const { return m_figures; }
    QDateTime lastUpdate() const { return m_lastUpdate; } // local time the current Figures arrived
    // How often the worker has brought the figures up to date so far: after each change of the study
    // it saw (including changes that leave the figures as they were), and of those, how many were
    // whole-study recounts (the first figures, a new group filter, refresh()). Any thread may ask.
    int updatesRun() const;
    int recountsRun() const;

Q_SIGNALS:
    void figuresChanged(); // figures() and lastUpdate() are new
    void failed(const QString &message); // the worker could not open or read the study; it keeps trying

private:
    StudyMonitor(const QString &path, Instrument instrument, QObject *parent);
    void takeDelivery(); // GUI thread, posted by the worker

    QString m_path;
    Instrument m_instrument;
    QString m_group;
    std::chrono::milliseconds m_interval { 50 };
    bool m_hasFigures = false;
    analysis::Figures m_figures;
    QDateTime m_lastUpdate;
    std::shared_ptr<detail::MonitorMailbox> m_mailbox; // shared with the worker
    QThread m_thread;
    detail::MonitorWorker *m_worker = nullptr; // lives in m_thread; deleted when it finishes
};

} // namespace panelist
