#pragma once

#include "models/common/result.h"
#include "models/survey/surveysession.h"

#include <QTemporaryDir>

#include <memory>

namespace panelist {

// The response behind `panelist --preview FILE`: a coordinator's look at a survey as the experts
// will see it. It lives in a temporary folder outside the data folder, so it is never listed among
// the expert's surveys, and the folder is removed with this object. Keep this object alive for as
// long as the session taken from it.
class PreviewResponse
{
public:
    // FILE: an instrument (JSON or workbook, loadInstrumentSource) or a survey file (readSurveyFile),
    // told apart by the file's header. Fails with every problem of the file.
    static Result<std::unique_ptr<PreviewResponse>> open(const QString &path);
    ~PreviewResponse();
    PreviewResponse(const PreviewResponse &) = delete;
    PreviewResponse &operator=(const PreviewResponse &) = delete;

    std::unique_ptr<SurveySession> takeSession() { return std::move(m_session); }
    QString folder() const { return m_folder.path(); }

private:
    PreviewResponse() = default;
    QTemporaryDir m_folder;
    std::unique_ptr<SurveySession> m_session;
};

} // namespace panelist
