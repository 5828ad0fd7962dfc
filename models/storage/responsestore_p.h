#pragma once

// Internal to models/storage: the state behind ResponseStore, shared by its .cpp files.

#include "models/storage/responsestore.h"
#include "models/storage/sqliteconnection.h"

#include <QDateTime>

namespace panelist {

struct ResponseStore::Private
{
    std::unique_ptr<SqliteConnection> conn;
    QByteArray instrumentJson; // read once at open; the instrument never changes in a file
    QString fingerprint;
};

namespace ResponseStoreDetail {

// Timestamps are stored as UTC ISO 8601 text with milliseconds ("2026-11-28T07:17:09.123Z"):
// readable in any SQLite tool and sortable as text.
inline QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
inline QDateTime fromIsoUtc(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}
inline QVariant nullableText(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

} // namespace ResponseStoreDetail

} // namespace panelist
