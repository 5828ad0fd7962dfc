#include "models/surveyfile/surveydetails.h"

#include "models/security/coordinatorkey.h"
#include "models/security/keyencoding.h"

#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace panelist::SurveyMeta {

namespace {

QString shortText(const QString &s)
{
    return s.size() > 40 ? s.left(40) + u'…' : s;
}

// What is wrong with one line of text, or nothing. Control characters (a line break where none is
// allowed, escape sequences, NUL) could make a shown text say something else than it seems to.
QString textProblem(const QString &text, bool lineBreaks)
{
    if (text.trimmed().isEmpty())
        return u"may not be empty"_s;
    if (text.size() > MaxTextLength)
        return u"is %1 characters long; at most %2 are allowed"_s.arg(text.size()).arg(MaxTextLength);
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && !(lineBreaks && c == u'\n'))
            return u"contains the control character U+%1"_s.arg(
                QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper());
    }
    return {};
}

bool isUuidText(const QString &text)
{
    const QUuid id = QUuid::fromString(text);
    return !id.isNull() && id.toString(QUuid::WithoutBraces) == text;
}

// The rule of instrument ids (docs/instrument-format.md), so a study id from either place reads the same.
bool isStudyId(const QString &text)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_.-]{1,64}$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

const QStringList &detailKeys()
{
    static const QStringList keys { SurveyId, StudyId, Title, CoordinatorName, CoordinatorContact,
        ReturnInstructions, Deadline, CoordinatorKey };
    return keys;
}

QList<std::pair<QString, QString>> rows(const SurveyDetails &d)
{
    QList<std::pair<QString, QString>> out { { SurveyId, d.surveyId }, { StudyId, d.studyId },
        { Title, d.title }, { CoordinatorName, d.coordinatorName },
        { CoordinatorContact, d.coordinatorContact }, { ReturnInstructions, d.returnInstructions } };
    if (d.deadline.isValid())
        out.append({ Deadline, d.deadline.toString(Qt::ISODate) });
    if (!d.coordinatorKey.isEmpty())
        out.append({ CoordinatorKey, d.coordinatorKey });
    return out;
}

QStringList problems(const SurveyDetails &d)
{
    QStringList out;
    if (!isUuidText(d.surveyId))
        out << u"%1: \"%2\" is not a UUID (lower case, without braces)"_s.arg(
            SurveyId, shortText(d.surveyId));
    if (!isStudyId(d.studyId))
        out << u"%1: \"%2\" is not an id of 1 to 64 letters, digits, '_', '.' or '-'"_s.arg(
            StudyId, shortText(d.studyId));
    const std::pair<QString, const QString *> texts[]
        = { { Title, &d.title }, { CoordinatorName, &d.coordinatorName },
              { CoordinatorContact, &d.coordinatorContact }, { ReturnInstructions, &d.returnInstructions } };
    for (const auto &[key, text] : texts) {
        if (const QString problem = textProblem(*text, key == ReturnInstructions); !problem.isEmpty())
            out << key + u": "_s + problem;
    }
    if (!d.coordinatorKey.isEmpty() && coordinatorPublicKey(d).isEmpty())
        out << u"%1: \"%2\" is not a coordinator's public key (base64 of 32 bytes)"_s.arg(
            CoordinatorKey, shortText(d.coordinatorKey));
    return out;
}

Result<SurveyDetails> fromRows(const QMap<QString, QString> &meta)
{
    using R = Result<SurveyDetails>;
    if (!meta.contains(SurveyId))
        return SurveyDetails {};
    QStringList missing;
    for (const QString &key : detailKeys()) {
        if (key != Deadline && key != CoordinatorKey && !meta.contains(key))
            missing << u"%1: missing"_s.arg(key);
    }
    if (!missing.isEmpty())
        return R::failure(missing.join(u'\n'));
    SurveyDetails d { meta.value(SurveyId), meta.value(StudyId), meta.value(Title),
        meta.value(CoordinatorName), meta.value(CoordinatorContact), meta.value(ReturnInstructions), {},
        meta.value(CoordinatorKey) };
    QStringList found = problems(d);
    if (meta.contains(Deadline)) {
        const QString text = meta.value(Deadline);
        static const QRegularExpression form(u"^\\d{4}-\\d\\d-\\d\\d$"_s);
        d.deadline = form.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!d.deadline.isValid())
            found << u"%1: \"%2\" is not a date like 2026-12-31"_s.arg(Deadline, shortText(text));
    }
    if (!found.isEmpty())
        return R::failure(found.join(u'\n'));
    return d;
}

QString defaultReturnInstructions(const QString &contact)
{
    return u"Send the response file to %1."_s.arg(contact);
}

QByteArray coordinatorPublicKey(const SurveyDetails &details)
{
    return fromBase64(details.coordinatorKey, panelist::CoordinatorKey::PublicKeyBytes)
        .value_or(QByteArray());
}

QString coordinatorKeyFingerprint(const SurveyDetails &details)
{
    return keyFingerprint(coordinatorPublicKey(details));
}

} // namespace panelist::SurveyMeta
