#include "models/storage/sqlitedefences.h"

#include "models/storage/sqliteconnection.h"

#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace panelist {

Status enableSqliteDefences(SqliteConnection &connection, int maxValueBytes, int maxAttached)
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
        { SQLITE_LIMIT_LENGTH, maxValueBytes },
        { SQLITE_LIMIT_SQL_LENGTH, 100000 },
        { SQLITE_LIMIT_COLUMN, 100 },
        { SQLITE_LIMIT_EXPR_DEPTH, 100 },
        { SQLITE_LIMIT_ATTACHED, maxAttached },
    };
    for (const auto &[limit, value] : limits)
        sqlite3_limit(h, limit, value);
    QSqlQuery q(connection.db());
    if (!q.exec(u"PRAGMA cell_size_check = ON"_s))
        return Status::failure(u"could not enable SQLite's defences (%1)"_s.arg(sqliteErrorText(q)));
    return {};
}

} // namespace panelist
