#pragma once

#include "models/storage/studytypes.h"

#include <QCoreApplication>
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

// An outcome as the coordinator reads it (translated); the study stores outcomeName()'s words.
inline QString outcomeText(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Merged:
        return QCoreApplication::translate("ImportOutcome", "merged");
    case ImportOutcome::Unchanged:
        return QCoreApplication::translate("ImportOutcome", "unchanged");
    case ImportOutcome::Replaced:
        return QCoreApplication::translate("ImportOutcome", "replaced");
    case ImportOutcome::Older:
        return QCoreApplication::translate("ImportOutcome", "older revision");
    case ImportOutcome::Conflict:
        return QCoreApplication::translate("ImportOutcome", "conflict");
    case ImportOutcome::Rejected:
        return QCoreApplication::translate("ImportOutcome", "rejected");
    case ImportOutcome::Resolved:
        return QCoreApplication::translate("ImportOutcome", "resolved");
    }
    return {};
}

} // namespace panelist::CoordinatorFormat
