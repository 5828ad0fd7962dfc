#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace panelist {

// One of the expert's responses, as the "Your surveys" page lists it.
struct ResponseSummary
{
    QString path;
    QString title; // the study's title as the expert was told it (the survey's, else the instrument's)
    QString studyId;
    QString surveyId; // empty: a response to the bundled study
    QString respondentName; // as the expert gave it; may be empty
    int answered = 0; // rating items answered, of total
    int total = 0;
    QDateTime lastSaved; // when the file (or its write-ahead log) last changed
    QUuid respondentId;
    int revision = 0; // 0: never submitted
    QDateTime submittedAt; // invalid: never submitted
    QString problem; // not empty: the file could not be read, and why; the fields above but path are empty

    bool submitted() const { return submittedAt.isValid(); }
};

namespace Workspace {

// Every response file in responsesFolder(), and the last response (lastResponsePath()) when it lives
// elsewhere, each read read-only; the most recently saved first, files that cannot be read last.
QList<ResponseSummary> responses();
// Of responses(), the working file of the one that answers survey surveyId (the most recently saved
// when there are several); empty when there is none.
QString responseToSurvey(const QString &surveyId);
// Of responses(), the working file (isWorkingFile) of respondent respondentId with the highest
// revision, the most recently saved of those; empty when there is none.
QString workingCopyOf(const QUuid &respondentId);
// The file name a submitted copy is offered under: "<study id>-<the expert's name, else the first 8
// characters of the respondent id>.panelist-response", each part reduced to letters, digits, '.', '_'
// and '-' (anything else becomes one '-'), so it is a safe file name on any system.
QString submittedFileName(const QString &studyId, const QString &expertName, const QUuid &respondentId);

} // namespace Workspace

} // namespace panelist
