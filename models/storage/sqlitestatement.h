#pragma once

// Internal to models/storage: a prepared statement on the raw SQLite handle, for the few readers
// that stream millions of rows (studystream.cpp), where QSqlQuery's QVariant per value would cost
// more than SQLite itself. Everything else goes through QtSql.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <sqlite3.h>

#include <string_view>

namespace panelist {

class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        m_rc = db ? sqlite3_prepare_v3(db, sql, -1, 0, &m_stmt, nullptr) : SQLITE_MISUSE;
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool ok() const { return m_rc == SQLITE_OK || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE; }
    // Advances; false at the end or on an error (ok() tells which).
    bool step()
    {
        m_rc = sqlite3_step(m_stmt);
        return m_rc == SQLITE_ROW;
    }
    void reset()
    {
        sqlite3_reset(m_stmt);
        m_rc = SQLITE_OK;
    }
    void bind(int index, const QByteArray &text)
    {
        sqlite3_bind_text(m_stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }

    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    bool isInteger(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER; }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    std::string_view text(int column) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
    }
    QByteArrayView blob(int column) const
    {
        const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
    }
    // SQLite's message for the last failure.
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

} // namespace panelist
