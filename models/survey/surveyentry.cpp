#include "models/survey/surveyentry.h"

#include "models/survey/responselist.h"
#include "models/survey/workspace.h"
#include "models/surveyfile/surveyfile.h"

using namespace Qt::StringLiterals;

namespace panelist {

Result<SurveyAnswer> answerSurvey(const SurveyFile &survey)
{
    using R = Result<SurveyAnswer>;
    const QString existing = Workspace::responseToSurvey(survey.details.surveyId);
    if (!existing.isEmpty()) {
        // A response that cannot be opened is reported, not replaced by a second one: its answers
        // may still be recoverable, and two responses to one survey would confuse the coordinator.
        auto opened = SurveySession::open(existing);
        if (!opened)
            return R::failure(opened.error());
        return SurveyAnswer { std::move(opened).value(), true };
    }
    auto created = SurveySession::create(Workspace::newResponsePath(), survey.instrument, survey.details);
    if (!created)
        return R::failure(created.error());
    return SurveyAnswer { std::move(created).value(), false };
}

Result<std::unique_ptr<SurveySession>> openResponseFile(const QString &path)
{
    return Workspace::isWorkingFile(path) ? SurveySession::open(path) : SurveySession::openReadOnly(path);
}

Result<SurveyAnswer> reviseResponse(const SurveySession &readOnly)
{
    using R = Result<SurveyAnswer>;
    const QString own = Workspace::workingCopyOf(readOnly.data().respondentId);
    if (!own.isEmpty()) {
        auto opened = SurveySession::open(own);
        if (!opened)
            return R::failure(opened.error());
        // An older working copy would submit a revision the coordinator already has: start from the file.
        if ((*opened)->data().revision >= readOnly.data().revision)
            return SurveyAnswer { std::move(opened).value(), true };
    }
    auto created = SurveySession::createCopy(Workspace::newResponsePath(), readOnly);
    if (!created)
        return R::failure(created.error());
    return SurveyAnswer { std::move(created).value(), false };
}

Result<SurveyAnswer> answerSurveyFile(const QString &path)
{
    auto survey = readSurveyFile(path);
    if (!survey)
        return Result<SurveyAnswer>::failure(survey.error());
    return answerSurvey(*survey);
}

} // namespace panelist
