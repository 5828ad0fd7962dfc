#include "models/surveyfile/surveyfile.h"

#include "models/security/keyencoding.h"
#include "models/storage/sqliteheader.h"
#include "models/storage/surveystore.h"

#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

const QString CreatedAt = u"created_at"_s;
const QString Round = u"round"_s;

// Schema 1 knows the first round only: a round after it carries the panel's feedback, which needs a
// schema that has a place for it.
const QString FirstRound = u"1"_s;

QString createdAtText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseCreatedAt(const QString &text)
{
    static const QRegularExpression form(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z$"_s);
    return form.match(text).hasMatch() ? QDateTime::fromString(text, Qt::ISODateWithMs) : QDateTime();
}

QString prefixed(const QString &file, const QStringList &problems)
{
    QStringList lines;
    for (const QString &p : problems)
        lines << file + u": "_s + p;
    return lines.join(u'\n');
}

QString shortText(const QString &s)
{
    return s.size() > 40 ? s.left(40) + u'…' : s;
}

// The meta keys beyond the details: every one known, created_at a UTC time, the first round.
QStringList fileKeyProblems(const QMap<QString, QString> &meta, QDateTime &createdAt)
{
    QStringList problems;
    const QStringList known = SurveyMeta::detailKeys() + QStringList { CreatedAt, Round };
    for (auto it = meta.cbegin(); it != meta.cend(); ++it) {
        if (!known.contains(it.key()))
            problems << u"meta: unknown key \"%1\"; a survey file of schema 1 has only %2"_s.arg(
                shortText(it.key()), known.join(u", "_s));
    }
    if (!meta.contains(SurveyMeta::SurveyId))
        problems << SurveyMeta::SurveyId + u": missing"_s;
    createdAt = parseCreatedAt(meta.value(CreatedAt));
    if (!meta.contains(CreatedAt))
        problems << CreatedAt + u": missing"_s;
    else if (!createdAt.isValid())
        problems << u"%1: \"%2\" is not a UTC time like 2026-11-01T09:00:00.000Z"_s.arg(
            CreatedAt, shortText(meta.value(CreatedAt)));
    if (!meta.contains(Round))
        problems << Round + u": missing"_s;
    else if (meta.value(Round) != FirstRound)
        problems << u"%1: \"%2\"; this version of Panelist knows only round 1"_s.arg(
            Round, shortText(meta.value(Round)));
    return problems;
}

} // namespace

Result<SurveyFile> makeSurvey(const Instrument &instrument, const SurveyRequest &request)
{
    SurveyFile survey;
    survey.instrument = instrument;
    survey.createdAt = QDateTime::currentDateTimeUtc();
    survey.round = 1;
    SurveyDetails &d = survey.details;
    d.surveyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.studyId = request.studyId.isEmpty() ? instrument.study().id : request.studyId;
    d.title = request.title.isEmpty() ? instrument.study().title : request.title;
    d.coordinatorName = request.coordinatorName;
    d.coordinatorContact = request.coordinatorContact;
    d.returnInstructions = request.returnInstructions.isEmpty()
        ? SurveyMeta::defaultReturnInstructions(request.coordinatorContact.trimmed())
        : request.returnInstructions;
    d.deadline = request.deadline;
    d.coordinatorKey = request.coordinatorKey.isEmpty() ? QString() : toBase64(request.coordinatorKey);
    if (const QStringList problems = SurveyMeta::problems(d); !problems.isEmpty())
        return Result<SurveyFile>::failure(problems.join(u'\n'));
    return survey;
}

Status writeSurveyFile(const QString &path, const SurveyFile &survey)
{
    if (const QStringList problems = SurveyMeta::problems(survey.details); !problems.isEmpty())
        return Status::failure(u"%1: not written:\n"_s.arg(displayPath(path)) + problems.join(u'\n'));
    auto meta = SurveyMeta::rows(survey.details);
    meta.append({ CreatedAt, createdAtText(survey.createdAt) });
    meta.append({ Round, QString::number(survey.round) });
    return SurveyStore::create(
        path, meta, survey.instrument.canonicalJson(), survey.instrument.fingerprint());
}

Result<SurveyFile> readSurveyFile(const QString &path)
{
    using R = Result<SurveyFile>;
    const QString shown = displayPath(path);
    auto rows = SurveyStore::read(path);
    if (!rows)
        return R::failure(rows.error());
    SurveyFile survey;
    QStringList problems = fileKeyProblems(rows->meta, survey.createdAt);
    auto details = SurveyMeta::fromRows(rows->meta);
    if (!details)
        problems += details.error().split(u'\n');
    if (!problems.isEmpty())
        return R::failure(prefixed(shown, problems));
    survey.details = *details;
    auto instrument = Instrument::fromJson(rows->instrumentJson, shown);
    if (!instrument)
        return R::failure(u"%1: the instrument in it is not valid:\n%2"_s.arg(shown, instrument.error()));
    if (instrument->fingerprint() != rows->fingerprint)
        return R::failure(u"%1: the instrument does not match its recorded fingerprint (%2…, recorded %3…); "
                          u"the file was changed after it was made"_s.arg(shown,
                              instrument->fingerprint().left(12), shortText(rows->fingerprint).left(12)));
    survey.instrument = std::move(instrument).value();
    return survey;
}

} // namespace panelist
