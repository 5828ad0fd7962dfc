#pragma once

#include "models/survey/surveysession.h"

#include <QList>
#include <QString>

class QWidget;

namespace panelist::SubmitFlow {

// The dialogs around SurveySession::submit, kept out of MainWindow. Each is a modal QMessageBox
// (object names below) so tests can find it via QApplication::activeModalWidget().

// "N items are not answered: …" with "Submit anyway" / "Go back"; true = submit anyway.
// Object name "confirmMissing".
bool confirmMissing(QWidget *parent, const QList<MissingItem> &missing);
// "<documents>/<study id>-<expert's name, else the first 8 characters of the respondent id>
// .panelist-response" (Workspace::submittedFileName), ".panelist-sealed" when the survey seals.
QString suggestedPath(const SurveySession &session);
// The path the expert chose, with the suffix the file will have: none given, or the plain response
// suffix for a sealed response, becomes the right one.
QString withSubmitSuffix(const QString &path, bool sealed);
// Object names "submitted" and "submitFailed". The success message says what to do with the file:
// the survey's return instructions, coordinator and deadline, or for the bundled study a neutral text;
// and that it is signed, and sealed to which coordinator key.
void reportSuccess(QWidget *parent, int revision, const QString &path, const SurveyDetails &survey);
void reportFailure(QWidget *parent, const QString &path, const QString &error);

} // namespace panelist::SubmitFlow
