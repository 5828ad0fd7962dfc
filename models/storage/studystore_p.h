#pragma once

// Internal to models/storage: the state behind StudyStore, shared by its .cpp files.

#include "models/storage/sqliteconnection.h"
#include "models/storage/studystore.h"

namespace panelist {

struct StudyStore::Private
{
    std::unique_ptr<SqliteConnection> conn;
    Instrument instrument; // read once at open; a study's instrument never changes
};

namespace StudyStoreDetail {

inline QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
inline QDateTime fromIsoUtc(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace StudyStoreDetail

} // namespace panelist
