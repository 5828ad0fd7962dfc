#include "models/merge/attachedcopy.h"

#include "models/storage/sqliteconnection.h"
#include "models/storage/sqlitedefences.h"
#include "models/storage/studystore_write.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// Bounds on what a hostile file can make SQLite hold in memory, far above any real response.
constexpr int MaxValueBytes = 16 * 1024 * 1024; // SQLITE_LIMIT_LENGTH: no string or blob longer

QString schemaName()
{
    return QString::fromLatin1(IncomingSchemaName);
}

// The attached copy is read-only in SQL: any statement that would change it is refused when it is
// prepared. (SQLITE_DESERIALIZE_READONLY cannot be used: SQLite's in-memory database then refuses
// the write lock BEGIN IMMEDIATE takes on every attached database.)
int refuseChangesToCopy(void *, int action, const char *, const char *, const char *database, const char *)
{
    switch (action) {
    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
    case SQLITE_ALTER_TABLE:
    case SQLITE_CREATE_INDEX:
    case SQLITE_CREATE_TABLE:
    case SQLITE_CREATE_TRIGGER:
    case SQLITE_CREATE_VIEW:
    case SQLITE_DROP_INDEX:
    case SQLITE_DROP_TABLE:
    case SQLITE_DROP_TRIGGER:
    case SQLITE_DROP_VIEW:
    case SQLITE_REINDEX:
    case SQLITE_ANALYZE:
        return database && qstrcmp(database, IncomingSchemaName) == 0 ? SQLITE_DENY : SQLITE_OK;
    default:
        return SQLITE_OK;
    }
}

} // namespace

Status enableAttachDefences(SqliteConnection &connection)
{
    if (Status s = enableSqliteDefences(connection, MaxValueBytes, 1); !s)
        return s;
    if (sqlite3_set_authorizer(connection.handle(), &refuseChangesToCopy, nullptr) != SQLITE_OK)
        return Status::failure(u"could not make attached copies read-only"_s);
    return {};
}

AttachedCopy::AttachedCopy(SqliteConnection &connection, QByteArray &bytes)
    : m_conn(connection)
{
    QSqlQuery q(m_conn.db());
    if (!q.exec(u"ATTACH DATABASE ':memory:' AS "_s + schemaName())) {
        m_status = Status::failure(u"could not be given to SQLite (%1)"_s.arg(sqliteErrorText(q)));
        return;
    }
    m_attached = true;
    sqlite3 *h = m_conn.handle();
    const QByteArray name(IncomingSchemaName);
    const int rc = h
        ? sqlite3_deserialize(h, name.constData(), reinterpret_cast<unsigned char *>(bytes.data()),
            bytes.size(), bytes.size(), 0) // read-only: refuseChangesToCopy
        : SQLITE_MISUSE;
    if (rc != SQLITE_OK) {
        m_status = Status::failure(
            u"could not be given to SQLite (%1)"_s.arg(QString::fromUtf8(sqlite3_errstr(rc))));
        return;
    }
    if (!q.exec(u"PRAGMA %1.mmap_size = 0"_s.arg(schemaName())))
        m_status = Status::failure(u"could not turn memory mapping off (%1)"_s.arg(sqliteErrorText(q)));
}

AttachedCopy::~AttachedCopy()
{
    if (m_attached)
        QSqlQuery(m_conn.db()).exec(u"DETACH DATABASE "_s + schemaName());
}

} // namespace panelist
