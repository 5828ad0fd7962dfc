#pragma once

// Internal to models/storage and models/merge: how response files and study databases store times.

#include <QDateTime>
#include <QString>

namespace panelist {

// Timestamps are stored as UTC ISO 8601 text with milliseconds ("2026-11-28T07:17:09.123Z"):
// readable in any SQLite tool and sortable as text. An invalid time is stored as empty text or NULL.
inline QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

inline QDateTime fromIsoUtc(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace panelist
