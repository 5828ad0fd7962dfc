#include "models/coordinator/inboxwatcher.h"

#include "models/merge/merger.h"
#include "models/storage/sqliteheader.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace panelist {

Q_LOGGING_CATEGORY(lcInbox, "panelist.coordinator.inbox")

InboxWatcher::InboxWatcher(QObject *parent)
    : QObject(parent)
    , m_rescan(this)
    , m_check(this)
    , m_debounce(this)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(100);
    connect(&m_rescan, &QTimer::timeout, this, &InboxWatcher::scanNow);
    connect(&m_check, &QTimer::timeout, this, &InboxWatcher::scanNow);
    connect(&m_debounce, &QTimer::timeout, this, &InboxWatcher::scanNow);
}

InboxWatcher::~InboxWatcher() = default;

void InboxWatcher::setTiming(const Timing &timing)
{
    m_timing = timing;
}

Status InboxWatcher::start(const QString &folder)
{
    stop();
    const QFileInfo info(folder);
    if (!info.isDir())
        return Status::failure(u"%1: not a folder"_s.arg(displayPath(folder)));
    if (!info.isReadable())
        return Status::failure(u"%1: the folder cannot be read"_s.arg(displayPath(folder)));
    m_folder = info.absoluteFilePath();
    m_folderOk = true;
    m_clock.start();
    if (m_timing.notifications) {
        m_fs = new QFileSystemWatcher(this);
        if (!m_fs->addPath(m_folder))
            qCWarning(lcInbox) << "no file-system notifications for" << m_folder << "- rescans only";
        connect(m_fs, &QFileSystemWatcher::directoryChanged, this, &InboxWatcher::scheduleScan);
    }
    m_rescan.start(m_timing.rescanMs);
    m_check.setInterval(m_timing.checkMs);
    scanNow();
    return {};
}

void InboxWatcher::stop()
{
    m_rescan.stop();
    m_check.stop();
    m_debounce.stop();
    delete m_fs;
    m_fs = nullptr;
    m_files.clear();
    m_folder.clear();
}

int InboxWatcher::pendingCount() const
{
    int n = 0;
    for (const Seen &s : m_files)
        n += s.reported ? 0 : 1;
    return n;
}

void InboxWatcher::scheduleScan()
{
    if (!m_debounce.isActive())
        m_debounce.start();
}

// A SQLite file whose header promises more pages than are there is still being copied. Files too
// short for a header are treated the same (a copy has only just begun); anything else that is not
// SQLite is complete as far as we can tell and is judged (and refused) by the merge.
bool InboxWatcher::looksComplete(const QString &path, qint64 size) const
{
    if (size < 100)
        return false;
    const auto header = readSqliteHeader(path);
    if (!header || !header->pageCountValid)
        return true;
    return size >= qint64(header->pageSize) * qint64(header->pageCount);
}

void InboxWatcher::scanNow()
{
    if (m_folder.isEmpty())
        return;
    const QDir dir(m_folder);
    if (!dir.exists()) {
        if (m_folderOk)
            Q_EMIT folderProblem(
                u"%1: the inbox folder is gone; still watching for it"_s.arg(displayPath(m_folder)));
        m_folderOk = false;
        return;
    }
    if (!m_folderOk && m_fs)
        m_fs->addPath(m_folder); // the folder came back: notifications again
    m_folderOk = true;

    const qint64 now = m_clock.elapsed();
    QHash<QString, Seen> next;
    QStringList ready;
    const QFileInfoList entries
        = dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : entries) {
        if (!isResponseCandidateName(info.fileName()))
            continue;
        const QString path = info.absoluteFilePath();
        Seen s = m_files.value(path);
        const qint64 size = info.size();
        const qint64 mtime = info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch();
        if (s.size != size || s.mtimeMs != mtime) {
            // New or changed since the last check: start its clock again.
            s = Seen { size, mtime, now, false };
        } else if (!s.reported) {
            const qint64 unchanged = now - s.unchangedSinceMs;
            const bool settled = unchanged >= m_timing.settleMs && looksComplete(path, size);
            if (settled || unchanged >= m_timing.giveUpMs) {
                s.reported = true;
                ready.append(path);
            }
        }
        next.insert(path, s);
    }
    m_files = std::move(next);

    if (pendingCount() > 0) {
        if (!m_check.isActive())
            m_check.start();
    } else {
        m_check.stop();
    }
    if (!ready.isEmpty()) {
        qCDebug(lcInbox) << "ready:" << ready;
        Q_EMIT filesReady(ready);
    }
}

} // namespace panelist
