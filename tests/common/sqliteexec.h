#pragma once

// Runs SQL on a plain QtSql connection, for tests that forge or inspect files behind Panelist's back.

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace panelist::testfiles {

// Runs statements in order on one connection to path, then closes it. The first column of every
// result row; "ERROR: ..." for a statement that failed (the next ones still run).
inline QStringList sqlite(const QString &path, const QStringList &statements)
{
    using namespace Qt::StringLiterals;
    static QAtomicInteger<int> counter;
    const QString name = u"testfiles-sqlite-"_s + QString::number(counter.fetchAndAddRelaxed(1));
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (!q.exec(sql)) {
                    rows << u"ERROR: "_s + q.lastError().text();
                    continue;
                }
                while (q.next())
                    rows << q.value(0).toString();
            }
        } else {
            rows << u"ERROR: cannot open"_s;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace panelist::testfiles
