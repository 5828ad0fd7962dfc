#include "models/response/interchange.h"

#include "models/common/jsondocument.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

QJsonValue ratingToJson(const Rating &r)
{
    return r.dontKnow ? QJsonValue(Interchange::DontKnow) : QJsonValue(r.value);
}

QString timeToJson(const QDateTime &t)
{
    const QDateTime utc = t.toUTC();
    // Milliseconds only when there are some, so the usual whole-second times read naturally.
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

bool isInt(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && d >= std::numeric_limits<int>::min()
        && d <= std::numeric_limits<int>::max();
}

QString ratingExpected()
{
    return u"a scale value (a whole number such as 1 to 5) or \""_s + Interchange::DontKnow + u'"';
}

QString submittedAtExpected()
{
    return u"null or an ISO 8601 UTC time like \"2024-05-01T12:00:00Z\""_s;
}

// Walks the document and reports every problem; a part that has the wrong shape is not looked into.
class Parser
{
public:
    static JsonReading<ResponseData> read(const QByteArray &json);

private:
    void readRoot(const JsonObjectReader &root);
    void readRespondent(const JsonObjectReader &respondent);
    void readSubmittedAt(const JsonNode &v);
    std::optional<Rating> readRating(const JsonNode &v) const;
    void readEffectiveness(const JsonNode &v);
    void readFeasibility(const JsonNode &v);
    void readComments(const JsonNode &v);
    void readCombinations(const JsonNode &v);

    ResponseData m_result;
};

JsonReading<ResponseData> Parser::read(const QByteArray &json)
{
    const JsonDocument doc = JsonDocument::parse(json);
    if (!doc.isValid())
        return { std::nullopt, { *doc.error() } };
    JsonProblems problems;
    Parser parser;
    if (const auto root = JsonNode(problems, doc.root(), JsonPath()).object())
        parser.readRoot(*root);
    if (!problems.isEmpty())
        return { std::nullopt, problems.inDocumentOrder(doc) };
    return { std::move(parser.m_result), {} };
}

void Parser::readRoot(const JsonObjectReader &root)
{
    if (!readFormatAndVersion(root, Interchange::FormatName, Interchange::FormatVersion, u"response"_s))
        return;
    root.allowOnly({ u"format"_s, u"version"_s, u"instrument"_s, u"respondent"_s, u"revision"_s,
        u"submitted_at"_s, u"effectiveness"_s, u"feasibility"_s, u"comments"_s, u"combinations"_s });

    const QString fingerprint = u"the instrument fingerprint (a string)"_s;
    if (const auto instrument = root.required(u"instrument"_s, fingerprint)) {
        if (instrument->expect(instrument->value().isString(), fingerprint))
            m_result.instrumentFingerprint = instrument->value().toString();
    }
    if (const auto respondent = root.object(u"respondent"_s))
        readRespondent(*respondent);
    if (const auto revision
        = root.integer(u"revision"_s, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()))
        m_result.revision = *revision;
    if (const auto submittedAt = root.required(u"submitted_at"_s, submittedAtExpected()))
        readSubmittedAt(*submittedAt);
    if (const auto v = root.required(u"effectiveness"_s, u"an object of measure ids"_s))
        readEffectiveness(*v);
    if (const auto v = root.required(u"feasibility"_s, u"an object of measure ids to ratings"_s))
        readFeasibility(*v);
    if (const auto v = root.required(u"comments"_s, u"an object of measure ids to text"_s))
        readComments(*v);
    if (const auto v = root.required(u"combinations"_s, u"an object of scopes to measure id lists"_s))
        readCombinations(*v);
}

void Parser::readRespondent(const JsonObjectReader &respondent)
{
    respondent.allowOnly({ u"id"_s, u"expertise"_s, u"name"_s, u"affiliation"_s, u"language"_s });

    const QString uuidForm
        = u"a UUID in lower case without braces, like \"123e4567-e89b-12d3-a456-426614174000\""_s;
    if (const auto id = respondent.required(u"id"_s, uuidForm)) {
        const QUuid uuid = QUuid::fromString(id->value().toString());
        // Only the form toInterchange() writes, so that a document always comes back unchanged.
        if (id->expect(
                id->value().isString() && uuid.toString(QUuid::WithoutBraces) == id->value().toString(),
                uuidForm))
            m_result.respondentId = uuid;
    }

    const QString groups = u"an array of expertise group ids"_s;
    if (const auto expertise = respondent.required(u"expertise"_s, groups)) {
        if (expertise->expect(expertise->value().isArray(), groups)) {
            const auto list = expertise->array();
            for (qsizetype i = 0; i < list->size(); ++i) {
                const JsonNode g = list->at(i);
                if (g.expect(g.value().isString(), u"an expertise group id (a string)"_s))
                    m_result.expertise.append(g.value().toString());
            }
        }
    }

    for (const QString &key : { u"name"_s, u"affiliation"_s, u"language"_s }) {
        const auto text = respondent.ifPresent(key);
        if (!text)
            continue;
        const std::optional<QString> s = text->string();
        if (s
            && text->expect(
                !s->isEmpty(), u"a non-empty string (leave the key out when there is no "_s + key + u')'))
            (key == u"name"_s              ? m_result.name
                    : key == u"language"_s ? m_result.language
                                           : m_result.affiliation)
                = *s;
    }
}

void Parser::readSubmittedAt(const JsonNode &v)
{
    if (v.value().isNull())
        return;
    // Qt's ISO parser also takes offsets and dates alone; only UTC times map back to the same text.
    static const QRegularExpression utc(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z$"_s);
    const QString s = v.value().toString();
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (v.expect(v.value().isString() && utc.match(s).hasMatch() && t.isValid(), submittedAtExpected()))
        m_result.submittedAt = t.toUTC();
}

std::optional<Rating> Parser::readRating(const JsonNode &v) const
{
    if (isInt(v.value()))
        return Rating::of(v.value().toInt());
    if (v.value() == QJsonValue(Interchange::DontKnow))
        return Rating::unknown();
    v.expect(false, ratingExpected());
    return std::nullopt;
}

void Parser::readEffectiveness(const JsonNode &v)
{
    if (!v.expect(v.value().isObject(), u"an object of measure ids"_s))
        return;
    for (const JsonNode &measure : v.object()->members()) {
        if (!measure.expect(measure.value().isObject(), u"an object of area ids to ratings"_s))
            continue;
        const auto areas = measure.object();
        if (areas->object().isEmpty()) {
            measure.fail(
                u"expected at least 1 rating (leave the measure out when it is unanswered), found none"_s);
            continue;
        }
        QMap<QString, Rating> &byArea = m_result.effectiveness[measure.key()];
        for (const JsonNode &area : areas->members()) {
            if (const auto rating = readRating(area))
                byArea.insert(area.key(), *rating);
        }
    }
}

void Parser::readFeasibility(const JsonNode &v)
{
    if (!v.expect(v.value().isObject(), u"an object of measure ids to ratings"_s))
        return;
    for (const JsonNode &measure : v.object()->members()) {
        if (const auto rating = readRating(measure))
            m_result.feasibility.insert(measure.key(), *rating);
    }
}

void Parser::readComments(const JsonNode &v)
{
    if (!v.expect(v.value().isObject(), u"an object of measure ids to text"_s))
        return;
    for (const JsonNode &comment : v.object()->members()) {
        const std::optional<QString> text = comment.string();
        if (text
            && comment.expect(
                !text->isEmpty(), u"a non-empty string (leave the measure out when there is no comment)"_s))
            m_result.comments.insert(comment.key(), *text);
    }
}

void Parser::readCombinations(const JsonNode &v)
{
    if (!v.expect(v.value().isObject(), u"an object of scopes to measure id lists"_s))
        return;
    for (const JsonNode &scope : v.object()->members()) {
        if (!scope.expect(scope.value().isArray(), u"an array of measure ids"_s))
            continue;
        const auto picks = scope.array();
        if (picks->size() == 0) {
            scope.fail(u"expected at least 1 pick (leave the scope out when it is unanswered), found none"_s);
            continue;
        }
        QStringList &list = m_result.combinations[scope.key()];
        for (qsizetype i = 0; i < picks->size(); ++i) {
            const JsonNode pick = picks->at(i);
            if (pick.expect(pick.value().isString(), u"a measure id (a string)"_s))
                list.append(pick.value().toString());
        }
    }
}

} // namespace

QJsonObject toInterchange(const ResponseData &r)
{
    QJsonObject respondent {
        { u"id"_s, r.respondentId.toString(QUuid::WithoutBraces) },
        { u"expertise"_s, QJsonArray::fromStringList(r.expertise) },
    };
    if (!r.name.isEmpty())
        respondent.insert(u"name"_s, r.name);
    if (!r.affiliation.isEmpty())
        respondent.insert(u"affiliation"_s, r.affiliation);
    if (!r.language.isEmpty())
        respondent.insert(u"language"_s, r.language);

    QJsonObject effectiveness;
    for (auto m = r.effectiveness.begin(); m != r.effectiveness.end(); ++m) {
        QJsonObject byArea;
        for (auto a = m.value().begin(); a != m.value().end(); ++a)
            byArea.insert(a.key(), ratingToJson(a.value()));
        if (!byArea.isEmpty())
            effectiveness.insert(m.key(), byArea);
    }
    QJsonObject feasibility;
    for (auto m = r.feasibility.begin(); m != r.feasibility.end(); ++m)
        feasibility.insert(m.key(), ratingToJson(m.value()));
    QJsonObject comments;
    for (auto c = r.comments.begin(); c != r.comments.end(); ++c) {
        if (!c.value().isEmpty())
            comments.insert(c.key(), c.value());
    }
    QJsonObject combinations;
    for (auto s = r.combinations.begin(); s != r.combinations.end(); ++s) {
        if (!s.value().isEmpty())
            combinations.insert(s.key(), QJsonArray::fromStringList(s.value()));
    }

    return QJsonObject {
        { u"format"_s, Interchange::FormatName },
        { u"version"_s, Interchange::FormatVersion },
        { u"instrument"_s, r.instrumentFingerprint },
        { u"respondent"_s, respondent },
        { u"revision"_s, r.revision },
        { u"submitted_at"_s, r.submittedAt.isValid() ? QJsonValue(timeToJson(r.submittedAt)) : QJsonValue() },
        { u"effectiveness"_s, effectiveness },
        { u"feasibility"_s, feasibility },
        { u"comments"_s, comments },
        { u"combinations"_s, combinations },
    };
}

Result<ResponseData> fromInterchange(const QByteArray &json, const QString &sourceName)
{
    return Parser::read(json).toResult(sourceName);
}

JsonReading<ResponseData> readInterchange(const QByteArray &json)
{
    return Parser::read(json);
}

} // namespace panelist
