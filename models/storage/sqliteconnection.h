#pragma once

#include "models/common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

struct sqlite3;
class QSqlError;
class QSqlQuery;

namespace panelist {

// SQLite's own message for a failed statement (QtSql's when SQLite gave none), never empty.
QString sqliteErrorText(const QSqlError &error);
QString sqliteErrorText(const QSqlQuery &query);

// Owns one uniquely named QSqlDatabase connection to one SQLite file and removes it on destruction.
// Small helpers around it keep every caller to prepared statements and BEGIN IMMEDIATE transactions.
// Threading: use only on the thread that opened it (QtSql connections are per thread).
class SqliteConnection
{
public:
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // Opens path (which must exist) with a busy timeout. When a -wal file already exists beside it,
    // the connection starts with checkpoint-on-close disabled, so closing a file that is then refused
    // never folds that -wal into it; call allowCheckpointOnClose() once the file is accepted.
    // briefly (read-only connections of one command, which read and close): when a -wal exists
    // without a -shm (no writer is using the file), read in exclusive locking mode, which keeps
    // SQLite's index of the -wal in memory, so no -shm is left beside the file afterwards. A writer
    // that starts meanwhile waits for the command (the busy timeout) instead of sharing the file.
    static Result<std::unique_ptr<SqliteConnection>> open(
        const QString &path, bool readOnly, bool briefly = false);

    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }
    bool readOnly() const { return m_readOnly; }
    sqlite3 *handle() const;
    void allowCheckpointOnClose();

    // Runs fixed SQL (DDL, pragmas); the text is never built from data. context starts the message,
    // e.g. "Could not save the rating": the result reads "<context> in <file>: <SQLite's reason>".
    Status exec(const QString &sql, const QString &context);
    // Prepares sql, binds values in order and executes it.
    Status exec(const QString &sql, const QVariantList &values, const QString &context);
    // Runs body inside BEGIN IMMEDIATE ... COMMIT; on any failure rolls back and returns the error.
    Status writeTransaction(const QString &context, const std::function<Status()> &body);
    // The first column of every row of a query without bound values (pragmas, checks).
    Result<QStringList> column(const QString &sql, const QString &context);
    // PRAGMA quick_check; damage reads "<file>: damaged <what> (SQLite quick_check: <first problem>)".
    Status quickCheck(const QString &what);
    // journal_mode=WAL with synchronous=FULL, so every commit is fsynced before it returns and a write
    // reported as done survives a power cut. context starts the message on failure.
    Status enterDurableWal(const QString &context);

    Status failure(const QString &context, const QString &reason) const;
    Status failure(const QString &context, const QSqlQuery &query) const;

private:
    SqliteConnection(QString path, QString connectionName, bool readOnly);
    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QSqlDatabase m_db;
};

} // namespace panelist
