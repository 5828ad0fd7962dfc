#pragma once

#include "models/common/result.h"
#include "models/survey/surveysession.h"

#include <memory>

namespace panelist {

struct SurveyFile;

// The expert's response to a survey file or to a response file that is not theirs, found or started.
struct SurveyAnswer
{
    std::unique_ptr<SurveySession> session;
    bool continued = false; // true: an existing response to the survey, false: a new one
};

// Opens a response file by name: the expert's own working file (Workspace::isWorkingFile) for
// editing, any other one (a submitted copy, someone else's) read only, so it is never written.
Result<std::unique_ptr<SurveySession>> openResponseFile(const QString &path);
// Continues a read-only response in the expert's own working copy of the same respondent: the one in
// the data folder (Workspace::workingCopyOf) when its revision is at least the file's, else a new
// working file in the data folder made from it (SurveySession::createCopy), so the next submit is
// the file's revision + 1 for the same respondent.
Result<SurveyAnswer> reviseResponse(const SurveySession &readOnly);

// Opens the survey file at path (readSurveyFile: every check) and then the expert's response to it:
// the one in the data folder that records the same survey_id (Workspace::responseToSurvey), else a
// new response in the data folder that records the survey's details. Opening the same survey again
// continues the same response; no second file is made.
Result<SurveyAnswer> answerSurveyFile(const QString &path);
// The same for a survey already read.
Result<SurveyAnswer> answerSurvey(const SurveyFile &survey);

} // namespace panelist
