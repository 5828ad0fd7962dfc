#include "models/survey/previewresponse.h"

#include "models/authoring/instrumentsource.h"
#include "models/storage/filekind.h"
#include "models/survey/workspace.h"
#include "models/surveyfile/surveyfile.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace panelist {

Result<std::unique_ptr<PreviewResponse>> PreviewResponse::open(const QString &path)
{
    using R = Result<std::unique_ptr<PreviewResponse>>;
    Instrument instrument;
    SurveyDetails survey;
    const auto kind = identifyPanelistFile(path);
    if (kind && *kind == PanelistFileKind::Survey) {
        auto read = readSurveyFile(path);
        if (!read)
            return R::failure(read.error());
        instrument = read->instrument;
        survey = read->details;
    } else if (kind) {
        return R::failure(
            u"%1: a Panelist %2, not an instrument or a survey file"_s.arg(QDir::toNativeSeparators(path),
                *kind == PanelistFileKind::Study ? u"study database"_s : u"response file"_s));
    } else {
        auto loaded = loadInstrumentSource(path);
        if (!loaded)
            return R::failure(loaded.error());
        instrument = std::move(loaded).value();
    }
    std::unique_ptr<PreviewResponse> preview(new PreviewResponse);
    if (!preview->m_folder.isValid())
        return R::failure(
            u"Cannot make a temporary folder for the preview: %1"_s.arg(preview->m_folder.errorString()));
    auto created = SurveySession::create(
        QDir(preview->m_folder.path()).filePath(u"preview."_s + Workspace::ResponseSuffix), instrument,
        survey);
    if (!created)
        return R::failure(created.error());
    preview->m_session = std::move(created).value();
    return preview;
}

PreviewResponse::~PreviewResponse() = default;

} // namespace panelist
