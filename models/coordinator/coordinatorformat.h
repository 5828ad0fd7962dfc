#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace panelist::CoordinatorFormat {

// The first 8 hex digits of a respondent id: enough to tell people apart in a table.
inline QString shortId(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).left(8);
}

// Local time, minutes precision; empty for an invalid time.
inline QString timeText(const QDateTime &t, bool seconds = false)
{
    if (!t.isValid())
        return QString();
    return t.toLocalTime().toString(
        seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"));
}

// "120 of 135"
inline QString completeness(int answered, int total)
{
    return QStringLiteral("%1 of %2").arg(answered).arg(total);
}

} // namespace panelist::CoordinatorFormat
