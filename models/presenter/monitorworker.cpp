#include "models/presenter/monitorworker.h"

#include "models/storage/studystore.h"

#include <QHash>
#include <QSet>

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
    m_counts.reset(); // the counts are per group: count the study again
    m_dirty = true;
    schedule();
}

void MonitorWorker::refresh()
{
    m_mailbox->refreshPending = false; // a request made from now on is a new one
    m_counts.reset();
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
    // The facade checked the whole file just before starting this worker; a reopen checks it again.
    auto opened = StudyStore::openReadOnly(
        m_path, m_opened ? StudyStore::Check::Integrity : StudyStore::Check::HeaderAndSchema);
    m_opened = true;
    if (!opened) {
        post(std::nullopt, opened.error());
        return false;
    }
    m_store = std::move(opened).value();
    m_seenVersion = -1;
    m_counts.reset(); // a reopened file may be another file: count it again
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
    // Version first: a commit that lands while the study is read shows as a new version at the next
    // poll, so it is never missed (its changes are then simply empty or already applied).
    m_seenVersion = m_store->dataVersion();
    bool changed = true;
    if (!(m_counts ? applyChanges(changed) : recount())) {
        m_dirty = true; // retried by the next poll
        return;
    }
    m_mailbox->updates.fetch_add(1);
    m_lastError.clear();
    if (!changed)
        return; // only the import log changed (a rejected or unchanged file): the figures did not
    analysis::Figures figures = m_counts->figures();
    if (m_lastPosted && *m_lastPosted == figures)
        return;
    m_lastPosted = figures;
    post(std::move(figures), {});
}

// The whole study, read as a stream into fresh counts.
bool MonitorWorker::recount()
{
    analysis::Options options;
    options.group = m_group;
    analysis::Aggregator counts(m_store->instrument(), options);
    const auto seq
        = m_store->readCurrent([&](qint64, const IndexedResponse &answers) { counts.add(answers); });
    if (!seq) {
        post(std::nullopt, seq.error());
        return false;
    }
    m_counts = std::move(counts);
    m_seenChange = *seq;
    m_mailbox->recounts.fetch_add(1);
    return true;
}

// Only what the change log says changed since the last count: per respondent, the version that
// counted before the first change leaves the counts and the one that counts after the last enters.
bool MonitorWorker::applyChanges(bool &changed)
{
    const auto changes = m_store->changesSince(m_seenChange);
    if (!changes) {
        post(std::nullopt, changes.error());
        return false;
    }
    changed = !changes->isEmpty();
    if (!changed)
        return true;
    QHash<QUuid, std::pair<qint64, qint64>> net; // respondent -> (left, entered)
    QList<QUuid> order;
    for (const CurrentChange &c : *changes) {
        auto it = net.find(c.respondentId);
        if (it == net.end()) {
            net.insert(c.respondentId, { c.oldVersion, c.newVersion });
            order.append(c.respondentId);
        } else {
            it->second = c.newVersion;
        }
    }
    QList<qint64> ids;
    for (const auto &[left, entered] : std::as_const(net)) {
        if (left != entered)
            ids << left << entered;
    }
    ids.removeAll(0);
    QHash<qint64, IndexedResponse> answers;
    const Status read
        = m_store->readVersions(ids, [&](qint64 id, const IndexedResponse &a) { answers.insert(id, a); });
    if (!read) {
        post(std::nullopt, read.error());
        return false;
    }
    if (answers.size() != QSet<qint64>(ids.cbegin(), ids.cend()).size())
        return recount(); // a version the log names is not there: trust nothing but a full count
    for (const QUuid &respondent : std::as_const(order)) {
        const auto [left, entered] = net.value(respondent);
        if (left == entered)
            continue;
        if (left)
            m_counts->remove(answers.value(left));
        if (entered)
            m_counts->add(answers.value(entered));
    }
    m_seenChange = changes->last().seq;
    return true;
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
