#include "models/presenter/monitorworker.h"

#include "models/analysis/analysis.h"
#include "models/storage/studystore.h"

#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace panelist::detail {

MonitorWorker::MonitorWorker(
    QString path, int pollMs, std::shared_ptr<MonitorMailbox> mailbox, std::function<void()> notify)
    : m_path(std::move(path))
    , m_mailbox(std::move(mailbox))
    , m_notify(std::move(notify))
{
    // Parented so that they move to the worker thread together with this object.
    m_pollTimer.setParent(this);
    m_kick.setParent(this);
    m_pollTimer.setInterval(pollMs);
    m_kick.setSingleShot(true);
    m_kick.setInterval(0);
    connect(&m_pollTimer, &QTimer::timeout, this, &MonitorWorker::poll);
    connect(&m_kick, &QTimer::timeout, this, &MonitorWorker::analyseNow);
}

// Runs on the worker thread (deleteLater after the thread's event loop ends), so the StudyStore
// is closed on the thread that opened it. The timers are members, not children to delete.
MonitorWorker::~MonitorWorker()
{
    m_pollTimer.setParent(nullptr);
    m_kick.setParent(nullptr);
}

void MonitorWorker::start()
{
    m_dirty = true;
    schedule();
    m_pollTimer.start();
}

void MonitorWorker::setGroup(const QString &group)
{
    m_group = group;
    m_dirty = true;
    schedule();
}

void MonitorWorker::refresh()
{
    m_dirty = true;
    schedule();
}

void MonitorWorker::schedule()
{
    if (!m_kick.isActive())
        m_kick.start();
}

bool MonitorWorker::ensureOpen()
{
    if (m_store)
        return true;
    auto opened = StudyStore::openReadOnly(m_path);
    if (!opened) {
        post(std::nullopt, opened.error());
        return false;
    }
    m_store = std::move(opened).value();
    m_seenVersion = -1;
    return true;
}

// The poll timer and the analysis share this thread, so a poll never interrupts an analysis: a
// change noticed while one ran is seen by the first poll after it and schedules exactly one more.
void MonitorWorker::poll()
{
    if (!ensureOpen())
        return;
    const qint64 version = m_store->dataVersion();
    if (version < 0) {
        // The connection is unusable (file replaced or removed): open again on the next poll.
        m_store.reset();
        post(std::nullopt, u"%1: the study can no longer be read; retrying"_s.arg(m_path));
        return;
    }
    if (version != m_seenVersion) {
        m_dirty = true;
        schedule();
    }
}

void MonitorWorker::analyseNow()
{
    if (!m_dirty || !ensureOpen())
        return;
    m_dirty = false;
    // Version first: a commit that lands while the responses are read shows as a new version at
    // the next poll, so it is never missed (at worst analysed twice).
    m_seenVersion = m_store->dataVersion();
    const auto responses = m_store->currentResponses();
    if (!responses) {
        m_dirty = true; // retried by the next poll
        post(std::nullopt, responses.error());
        return;
    }
    QList<ResponseData> data;
    data.reserve(responses->size());
    for (const StudyResponse &r : *responses)
        data.append(r.data);
    analysis::Options options;
    options.group = m_group;
    analysis::Figures results = analysis::analyse(m_store->instrument(), data, options);
    m_mailbox->analyses.fetch_add(1);
    m_lastError.clear();
    // An import that changed only the import log (a rejected file) gives the same figures.
    if (m_lastPosted && *m_lastPosted == results)
        return;
    m_lastPosted = results;
    post(std::move(results), {});
}

void MonitorWorker::post(std::optional<analysis::Figures> results, const QString &error)
{
    if (!error.isEmpty()) {
        if (error == m_lastError)
            return;
        m_lastError = error;
    }
    bool notify = false;
    {
        QMutexLocker lock(&m_mailbox->mutex);
        if (results)
            m_mailbox->results = std::move(results);
        if (!error.isEmpty())
            m_mailbox->error = error;
        notify = !m_mailbox->posted;
        m_mailbox->posted = true;
    }
    if (notify)
        m_notify();
}

} // namespace panelist::detail
