#pragma once

#include <QString>
#include <QUuid>

namespace panelist::PositionMemory {

// Which page an expert was on, so reopening a response resumes there. Kept in QSettings (the user's
// config, not the response file: the position is a convenience of this computer, not part of the
// answer), keyed by respondent id so a moved or renamed working file still resumes.
// A position is a page key: "profile", "measure/<id>", "combination/<scope>" or "review".
QString load(const QUuid &respondent);
void save(const QUuid &respondent, const QString &pageKey);
// Drops the position of a response that is gone (a preview's).
void forget(const QUuid &respondent);

} // namespace panelist::PositionMemory
