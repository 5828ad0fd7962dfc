#include "models/survey/responselist.h"

#include "models/instrument/instrument.h"
#include "models/storage/responsestore.h"
#include "models/survey/workspace.h"
#include "models/surveyfile/surveydetails.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panelist::Workspace {

namespace {

QDateTime lastChange(const QString &path)
{
    QDateTime at = QFileInfo(path).lastModified();
    // In WAL mode an answer reaches the main file only at a checkpoint; until then the -wal changed.
    const QFileInfo wal(path + u"-wal"_s);
    if (wal.exists() && wal.lastModified() > at)
        at = wal.lastModified();
    return at.toUTC();
}

ResponseSummary summarise(const QString &path)
{
    ResponseSummary s;
    s.path = path;
    auto store = ResponseStore::openReadOnly(path);
    if (!store) {
        s.problem = store.error();
        return s;
    }
    auto instrument = Instrument::fromJson((*store)->instrumentJson(), path);
    auto survey = SurveyMeta::fromRows((*store)->extraMeta());
    auto data = (*store)->load();
    if (!instrument || !survey || !data) {
        s.problem = !instrument ? instrument.error() : !survey ? survey.error() : data.error();
        return s;
    }
    s.surveyId = survey->surveyId;
    s.title = survey->isEmpty() ? instrument->study().title : survey->title;
    s.studyId = survey->isEmpty() ? instrument->study().id : survey->studyId;
    s.respondentName = data->name;
    s.answered = data->answeredRatingCount();
    s.total = instrument->ratingItemCount();
    s.lastSaved = lastChange(path);
    s.respondentId = data->respondentId;
    s.revision = data->revision;
    s.submittedAt = data->submittedAt;
    return s;
}

// Letters and digits of any script, '.', '_' and '-'; every other run of characters one '-'.
QString fileNamePart(const QString &text, int maxLength)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_C)) {
        if (c.isLetterOrNumber() || c.isMark() || c == u'.' || c == u'_' || c == u'-')
            out.append(c);
        else if (!out.endsWith(u'-'))
            out.append(u'-');
    }
    out = out.left(maxLength);
    // No leading dot (a hidden file) and no dangling separators.
    while (!out.isEmpty() && (out.front() == u'-' || out.front() == u'.'))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back() == u'-' || out.back() == u'.'))
        out.chop(1);
    return out;
}

} // namespace

QList<ResponseSummary> responses()
{
    QStringList paths;
    const QDir folder(responsesFolder());
    for (const QFileInfo &f : folder.entryInfoList({ u"*."_s + ResponseSuffix }, QDir::Files, QDir::Name))
        paths.append(f.absoluteFilePath());
    const QString last = lastResponsePath();
    if (!last.isEmpty() && !paths.contains(QFileInfo(last).absoluteFilePath()))
        paths.append(QFileInfo(last).absoluteFilePath());
    QList<ResponseSummary> list;
    for (const QString &path : std::as_const(paths))
        list.append(summarise(path));
    std::stable_sort(list.begin(), list.end(), [](const ResponseSummary &a, const ResponseSummary &b) {
        if (a.problem.isEmpty() != b.problem.isEmpty())
            return a.problem.isEmpty();
        return a.lastSaved > b.lastSaved;
    });
    return list;
}

QString responseToSurvey(const QString &surveyId)
{
    if (surveyId.isEmpty())
        return {};
    for (const ResponseSummary &r : responses()) {
        if (r.surveyId == surveyId)
            return r.path; // the first is the most recently saved
    }
    return {};
}

QString workingCopyOf(const QUuid &respondentId)
{
    const ResponseSummary *best = nullptr;
    const QList<ResponseSummary> list = responses(); // the most recently saved first
    for (const ResponseSummary &r : list) {
        if (r.problem.isEmpty() && r.respondentId == respondentId && isWorkingFile(r.path)
            && (!best || r.revision > best->revision))
            best = &r;
    }
    return best ? best->path : QString();
}

QString submittedFileName(const QString &studyId, const QString &expertName, const QUuid &respondentId)
{
    QString who = fileNamePart(expertName, 60);
    if (who.isEmpty())
        who = respondentId.toString(QUuid::WithoutBraces).left(8);
    QString study = fileNamePart(studyId, 64);
    if (study.isEmpty())
        study = u"response"_s;
    return study + u'-' + who + u'.' + ResponseSuffix;
}

} // namespace panelist::Workspace
