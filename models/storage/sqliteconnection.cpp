#include "models/storage/sqliteconnection.h"

#include "models/storage/sqliteheader.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <mutex>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"panelist-sqlite-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// Qt 6.4's QSqlDatabasePrivate::driverDict() registers its exit-time cleanup behind a plain bool:
// when two threads open their first connection at the same moment, the cleanup is registered twice,
// and at exit each run registers the next one, so QCoreApplication's destructor loops for ever (seen
// as a simulate that never exits). Touching the driver list once, under std::call_once, before the
// first connection of any thread makes that first registration happen exactly once.
void initialiseQtSqlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { QSqlDatabase::drivers(); });
}

void setNoCheckpointOnClose(sqlite3 *h, bool on)
{
    if (h)
        sqlite3_db_config(h, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, on ? 1 : 0, nullptr);
}

} // namespace

QString sqliteErrorText(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? u"unknown SQLite error"_s : text;
}

QString sqliteErrorText(const QSqlQuery &query)
{
    return sqliteErrorText(query.lastError());
}

SqliteConnection::SqliteConnection(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
{ }

SqliteConnection::~SqliteConnection()
{
    m_db.close();
    m_db = QSqlDatabase(); // drop the last handle before removing the named connection
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(
    const QString &path, bool readOnly, bool briefly)
{
    using R = Result<std::unique_ptr<SqliteConnection>>;
    const bool walExisted = QFileInfo::exists(path + u"-wal"_s);
    const bool shmExisted = QFileInfo::exists(path + u"-shm"_s);
    // A read-only SQLite connection to a WAL-mode file creates -wal/-shm and cannot remove them on
    // close. When neither exists, read through a read-write connection held to query_only instead:
    // SQLite then removes what it created, under its own locks, and still refuses every write.
    const auto header = readSqliteHeader(path);
    const bool queryOnly = readOnly && header && header->isWal() && !walExisted && !shmExisted;
    // A -wal that no writer uses (there is no -shm): SQLite must rebuild its index of the -wal, in
    // memory when in exclusive locking mode, which a connection opened read-only cannot do; so the
    // same query_only read-write connection, with the close-time checkpoint off (set below), so the
    // file and its -wal stay exactly as they were and no -shm is made.
    const bool exclusive = readOnly && briefly && walExisted && !shmExisted;
    initialiseQtSqlOnce();
    std::unique_ptr<SqliteConnection> c(new SqliteConnection(path, uniqueConnectionName(), readOnly));
    c->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, c->m_connectionName);
    c->m_db.setDatabaseName(path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    if (readOnly && !queryOnly && !exclusive)
        options += u";QSQLITE_OPEN_READONLY"_s;
    c->m_db.setConnectOptions(options);
    if (!c->m_db.open())
        return R::failure(u"%1: cannot be opened by SQLite (%2)"_s.arg(
            displayPath(path), sqliteErrorText(c->m_db.lastError())));
    // Nothing has been read yet: disable the close-time checkpoint before SQLite looks at the -wal.
    if (walExisted)
        setNoCheckpointOnClose(c->handle(), true);
    // Before anything is read: exclusive locking mode decides whether SQLite makes a -shm at all.
    if (exclusive) {
        if (Status s = c->exec(u"PRAGMA locking_mode = EXCLUSIVE"_s, u"Could not open read-only"_s); !s)
            return R::failure(s.error());
    }
    if (queryOnly || exclusive) {
        if (Status s = c->exec(u"PRAGMA query_only = ON"_s, u"Could not open read-only"_s); !s)
            return R::failure(s.error());
    }
    return R(std::move(c));
}

sqlite3 *SqliteConnection::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

void SqliteConnection::allowCheckpointOnClose()
{
    setNoCheckpointOnClose(handle(), false);
}

Status SqliteConnection::failure(const QString &context, const QString &reason) const
{
    return Status::failure(u"%1 in %2: %3"_s.arg(context, displayPath(m_path), reason));
}

Status SqliteConnection::failure(const QString &context, const QSqlQuery &query) const
{
    return failure(context, sqliteErrorText(query));
}

Status SqliteConnection::exec(const QString &sql, const QString &context)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return failure(context, q);
    return {};
}

Status SqliteConnection::exec(const QString &sql, const QVariantList &values, const QString &context)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return failure(context, q);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return failure(context, q);
    return {};
}

Status SqliteConnection::writeTransaction(const QString &context, const std::function<Status()> &body)
{
    // QSqlDatabase::transaction() would issue a deferred BEGIN, which can fail with SQLITE_BUSY at the
    // first write instead of waiting; IMMEDIATE takes the write lock up front and honours the timeout.
    if (Status s = exec(u"BEGIN IMMEDIATE"_s, context); !s)
        return s;
    Status s = body();
    if (s)
        s = exec(u"COMMIT"_s, context);
    if (!s) {
        QSqlQuery rollback(m_db);
        rollback.exec(u"ROLLBACK"_s); // may fail when SQLite already rolled back; the first error counts
    }
    return s;
}

Result<QStringList> SqliteConnection::column(const QString &sql, const QString &context)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return Result<QStringList>::failure(failure(context, q).error());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    if (q.lastError().isValid())
        return Result<QStringList>::failure(failure(context, q).error());
    return out;
}

Status SqliteConnection::quickCheck(const QString &what)
{
    const auto rows
        = column(u"PRAGMA quick_check"_s, u"The %1 is damaged (SQLite quick_check failed)"_s.arg(what));
    if (!rows)
        return Status::failure(rows.error());
    if (*rows != QStringList { u"ok"_s })
        return Status::failure(
            u"%1: damaged %2 (SQLite quick_check: %3)"_s.arg(displayPath(m_path), what, rows->value(0)));
    return {};
}

Status SqliteConnection::enterDurableWal(const QString &context)
{
    const auto mode = column(u"PRAGMA journal_mode = WAL"_s, context);
    if (!mode)
        return Status::failure(mode.error());
    if (mode->value(0).compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return failure(context, u"SQLite kept journal mode \"%1\""_s.arg(mode->value(0)));
    return exec(u"PRAGMA synchronous = FULL"_s, u"Could not enable synchronous writes"_s);
}

} // namespace panelist
