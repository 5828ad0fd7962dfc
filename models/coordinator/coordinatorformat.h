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
    const auto tr = [](const char *text) { return QCoreApplication::translate("ImportOutcome", text); };
    switch (outcome) {
    case ImportOutcome::Merged:
        return tr("merged");
    case ImportOutcome::Unchanged:
        return tr("unchanged");
    case ImportOutcome::Replaced:
        return tr("replaced");
    case ImportOutcome::Older:
        return tr("older revision");
    case ImportOutcome::Conflict:
        return tr("conflict");
    case ImportOutcome::Rejected:
        return tr("rejected");
    case ImportOutcome::Resolved:
        return tr("resolved");
    }
    return {};
}

} // namespace panelist::CoordinatorFormat
