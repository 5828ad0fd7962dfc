#pragma once

#include "models/common/result.h"
#include "models/survey/surveysession.h"

#include <memory>

namespace panelist {

struct SurveyFile;

// The expert's response to a survey file, found or started.
struct SurveyAnswer
{
    std::unique_ptr<SurveySession> session;
    bool continued = false; // true: an existing response to the survey, false: a new one
};

// Opens the survey file at path (readSurveyFile: every check) and then the expert's response to it:
// the one in the data folder that records the same survey_id (Workspace::responseToSurvey), else a
// new response in the data folder that records the survey's details. Opening the same survey again
// continues the same response; no second file is made.
Result<SurveyAnswer> answerSurveyFile(const QString &path);
// The same for a survey already read.
Result<SurveyAnswer> answerSurvey(const SurveyFile &survey);

} // namespace panelist
