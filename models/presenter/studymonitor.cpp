#include "models/presenter/studymonitor.h"

#include "models/presenter/monitorworker.h"
#include "models/storage/studystore.h"

#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace panelist {

Result<std::unique_ptr<StudyMonitor>> StudyMonitor::open(const QString &studyPath, QObject *parent)
{
    using R = Result<std::unique_ptr<StudyMonitor>>;
    auto store = StudyStore::openReadOnly(studyPath);
    if (!store)
        return R::failure(store.error());
    Instrument instrument = (*store)->instrument();
    store.value().reset(); // this thread's connection ends here; the worker opens its own
    return R(std::unique_ptr<StudyMonitor>(new StudyMonitor(studyPath, std::move(instrument), parent)));
}

StudyMonitor::StudyMonitor(const QString &path, Instrument instrument, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_instrument(std::move(instrument))
    , m_mailbox(std::make_shared<detail::MonitorMailbox>())
{
    m_thread.setObjectName(u"StudyMonitor"_s);
}

StudyMonitor::~StudyMonitor()
{
    m_thread.quit();
    m_thread.wait();
}

void StudyMonitor::setPollInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
}

void StudyMonitor::start()
{
    if (m_worker)
        return;
    // Called on the worker thread; only posts. The destructor joins the thread before this object
    // goes, and a call still queued then is dropped with the object.
    auto notify
        = [this] { QMetaObject::invokeMethod(this, &StudyMonitor::takeDelivery, Qt::QueuedConnection); };
    m_worker = new detail::MonitorWorker(m_path, int(m_interval.count()), m_mailbox, notify);
    m_worker->setGroup(m_group);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &detail::MonitorWorker::start, Qt::QueuedConnection);
}

void StudyMonitor::setGroup(const QString &group)
{
    if (group == m_group)
        return;
    m_group = group;
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, group] { w->setGroup(group); }, Qt::QueuedConnection);
}

void StudyMonitor::refresh()
{
    // Coalesced here, at the source: while one request is on its way to the worker, more requests
    // add nothing, so a burst of them costs one recount (at most two) however busy the machine is.
    if (m_worker && !m_mailbox->refreshPending.exchange(true))
        QMetaObject::invokeMethod(m_worker, &detail::MonitorWorker::refresh, Qt::QueuedConnection);
}

int StudyMonitor::updatesRun() const
{
    return m_mailbox->updates.load();
}

int StudyMonitor::recountsRun() const
{
    return m_mailbox->recounts.load();
}

void StudyMonitor::takeDelivery()
{
    std::optional<analysis::Figures> results;
    QString error;
    {
        QMutexLocker lock(&m_mailbox->mutex);
        results = std::move(m_mailbox->results);
        m_mailbox->results.reset();
        error = std::move(m_mailbox->error);
        m_mailbox->error.clear();
        m_mailbox->posted = false;
    }
    if (!error.isEmpty())
        Q_EMIT failed(error);
    // Figures computed before the latest setGroup() reached the worker are for the old group.
    if (!results || results->group != m_group)
        return;
    m_figures = std::move(*results);
    m_hasFigures = true;
    m_lastUpdate = QDateTime::currentDateTime();
    Q_EMIT figuresChanged();
}

} // namespace panelist
