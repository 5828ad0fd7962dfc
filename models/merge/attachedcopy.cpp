#include "models/merge/attachedcopy.h"

#include "models/storage/sqliteconnection.h"
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
    sqlite3 *h = connection.handle();
    if (!h)
        return Status::failure(u"could not reach SQLite to enable its defences"_s);
    const std::pair<int, int> configs[] = {
        { SQLITE_DBCONFIG_DEFENSIVE, 1 },
        { SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0 },
        { SQLITE_DBCONFIG_ENABLE_TRIGGER, 0 },
        { SQLITE_DBCONFIG_ENABLE_VIEW, 0 },
        { SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0 },
    };
    for (const auto &[option, value] : configs) {
        int now = -1;
        if (sqlite3_db_config(h, option, value, &now) != SQLITE_OK || now != value)
            return Status::failure(u"could not enable SQLite's defences (option %1)"_s.arg(option));
    }
    const std::pair<int, int> limits[] = {
        { SQLITE_LIMIT_LENGTH, MaxValueBytes },
        { SQLITE_LIMIT_SQL_LENGTH, 100000 },
        { SQLITE_LIMIT_COLUMN, 100 },
        { SQLITE_LIMIT_EXPR_DEPTH, 100 },
        { SQLITE_LIMIT_ATTACHED, 1 },
    };
    for (const auto &[limit, value] : limits)
        sqlite3_limit(h, limit, value);
    if (sqlite3_set_authorizer(h, &refuseChangesToCopy, nullptr) != SQLITE_OK)
        return Status::failure(u"could not make attached copies read-only"_s);
    QSqlQuery q(connection.db());
    if (!q.exec(u"PRAGMA cell_size_check = ON"_s))
        return Status::failure(u"could not enable SQLite's defences (%1)"_s.arg(sqliteErrorText(q)));
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
