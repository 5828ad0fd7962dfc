#include "ui/survey/positionmemory.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace panelist::PositionMemory {

namespace {
QString settingsKey(const QUuid &respondent)
{
    return u"survey/position/"_s + respondent.toString(QUuid::WithoutBraces);
}
} // namespace

QString load(const QUuid &respondent)
{
    return QSettings().value(settingsKey(respondent)).toString();
}

void save(const QUuid &respondent, const QString &pageKey)
{
    QSettings().setValue(settingsKey(respondent), pageKey);
}

void forget(const QUuid &respondent)
{
    QSettings().remove(settingsKey(respondent));
}

} // namespace panelist::PositionMemory
