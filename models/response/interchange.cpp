#include "models/response/interchange.h"

#include "models/common/jsonkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
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

// "$.a.b" for plain ids; $.a["odd key"] otherwise, so a path always points at one place.
QString childPath(const QString &parent, const QString &key)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_-]+$"_s);
    if (plain.match(key).hasMatch())
        return parent + u'.' + key;
    QString escaped = key;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return parent + u"[\""_s + escaped + u"\"]"_s;
}

QString indexPath(const QString &parent, qsizetype i)
{
    return parent + u'[' + QString::number(i) + u']';
}

// A short description of what was found, for "expected X, got Y".
QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String: {
        const QString s = v.toString();
        return u'"' + (s.size() > 40 ? s.left(40) + u'…' : s) + u'"';
    }
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

bool isInt(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && d >= std::numeric_limits<int>::min()
        && d <= std::numeric_limits<int>::max();
}

// Walks the document; the first problem found is kept and everything after it is skipped.
class Parser
{
public:
    explicit Parser(QString source)
        : m_source(std::move(source))
    { }

    Result<ResponseData> parse(const QByteArray &json);

private:
    bool fail(const QString &path, const QString &what)
    {
        m_error = m_source + u": "_s + path + u": "_s + what;
        return false;
    }
    bool expectType(const QJsonValue &v, const QString &path, bool ok, const QString &expected)
    {
        return ok || fail(path, u"expected "_s + expected + u", got "_s + describe(v));
    }
    bool checkKeys(
        const QJsonObject &o, const QString &path, const QStringList &required, const QStringList &optional);
    bool parseHeader(const QJsonObject &root);
    bool parseRespondent(const QJsonValue &v, ResponseData &r);
    bool parseSubmittedAt(const QJsonValue &v, ResponseData &r);
    bool parseRating(const QJsonValue &v, const QString &path, Rating &out);
    bool parseEffectiveness(const QJsonValue &v, ResponseData &r);
    bool parseFeasibility(const QJsonValue &v, ResponseData &r);
    bool parseComments(const QJsonValue &v, ResponseData &r);
    bool parseCombinations(const QJsonValue &v, ResponseData &r);

    QString m_source;
    QString m_error;
};

bool Parser::checkKeys(
    const QJsonObject &o, const QString &path, const QStringList &required, const QStringList &optional)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!required.contains(it.key()) && !optional.contains(it.key()))
            return fail(childPath(path, it.key()),
                u"unknown key \""_s + it.key() + u"\" (expected "_s + (required + optional).join(u", "_s)
                    + u')');
    }
    for (const QString &key : required) {
        if (!o.contains(key))
            return fail(path, u"missing key \""_s + key + u'"');
    }
    return true;
}

bool Parser::parseHeader(const QJsonObject &root)
{
    const QJsonValue format = root.value(u"format"_s);
    if (format.toString() != Interchange::FormatName)
        return fail(u"$.format"_s,
            u"expected \""_s + Interchange::FormatName + u"\", got "_s + describe(format)
                + u" (this is not a Panelist response document)"_s);
    const QJsonValue version = root.value(u"version"_s);
    if (!expectType(version, u"$.version"_s, isInt(version), u"an integer"_s))
        return false;
    if (version.toInt() != Interchange::FormatVersion)
        return fail(u"$.version"_s,
            u"version "_s + QString::number(version.toInt())
                + u" is not supported; this Panelist reads version "_s
                + QString::number(Interchange::FormatVersion));
    return true;
}

bool Parser::parseRespondent(const QJsonValue &v, ResponseData &r)
{
    const QString path = u"$.respondent"_s;
    if (!expectType(v, path, v.isObject(), u"an object"_s))
        return false;
    const QJsonObject o = v.toObject();
    if (!checkKeys(o, path, { u"id"_s, u"expertise"_s }, { u"name"_s, u"affiliation"_s }))
        return false;

    const QJsonValue id = o.value(u"id"_s);
    const QUuid uuid = QUuid::fromString(id.toString());
    // Only the form toInterchange() writes, so that a document always comes back unchanged.
    if (!id.isString() || uuid.toString(QUuid::WithoutBraces) != id.toString())
        return fail(path + u".id"_s,
            u"expected a UUID in lower case without braces, "
            u"like \"123e4567-e89b-12d3-a456-426614174000\", got "_s
                + describe(id));
    r.respondentId = uuid;

    const QJsonValue expertise = o.value(u"expertise"_s);
    if (!expectType(
            expertise, path + u".expertise"_s, expertise.isArray(), u"an array of expertise group ids"_s))
        return false;
    const QJsonArray groups = expertise.toArray();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QJsonValue g = groups.at(i);
        if (!expectType(
                g, indexPath(path + u".expertise"_s, i), g.isString(), u"an expertise group id (string)"_s))
            return false;
        r.expertise.append(g.toString());
    }

    for (const QString &key : { u"name"_s, u"affiliation"_s }) {
        if (!o.contains(key))
            continue;
        const QJsonValue text = o.value(key);
        const QString p = path + u'.' + key;
        if (!expectType(text, p, text.isString(), u"a string"_s))
            return false;
        if (text.toString().isEmpty())
            return fail(p, u"empty; leave the key out when there is no "_s + key);
        (key == u"name"_s ? r.name : r.affiliation) = text.toString();
    }
    return true;
}

bool Parser::parseSubmittedAt(const QJsonValue &v, ResponseData &r)
{
    const QString path = u"$.submitted_at"_s;
    if (v.isNull())
        return true;
    const QString expected = u"null or an ISO 8601 UTC time like \"2024-05-01T12:00:00Z\""_s;
    if (!expectType(v, path, v.isString(), expected))
        return false;
    const QString s = v.toString();
    // Qt's ISO parser also takes offsets and dates alone; only UTC times map back to the same text.
    static const QRegularExpression utc(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z$"_s);
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!utc.match(s).hasMatch() || !t.isValid())
        return fail(path, u"expected "_s + expected + u", got "_s + describe(v));
    r.submittedAt = t.toUTC();
    return true;
}

bool Parser::parseRating(const QJsonValue &v, const QString &path, Rating &out)
{
    if (isInt(v)) {
        out = Rating::of(v.toInt());
        return true;
    }
    if (v.isString() && v.toString() == Interchange::DontKnow) {
        out = Rating::unknown();
        return true;
    }
    return fail(path,
        u"expected a scale value (an integer such as 1..5) or \""_s + Interchange::DontKnow + u"\", got "_s
            + describe(v));
}

bool Parser::parseEffectiveness(const QJsonValue &v, ResponseData &r)
{
    const QString path = u"$.effectiveness"_s;
    if (!expectType(v, path, v.isObject(), u"an object of measure ids"_s))
        return false;
    const QJsonObject measures = v.toObject();
    for (auto m = measures.begin(); m != measures.end(); ++m) {
        const QString mPath = childPath(path, m.key());
        if (!expectType(m.value(), mPath, m.value().isObject(), u"an object of area ids to ratings"_s))
            return false;
        const QJsonObject areas = m.value().toObject();
        if (areas.isEmpty())
            return fail(mPath, u"no ratings; leave the measure out when it is unanswered"_s);
        QMap<QString, Rating> &byArea = r.effectiveness[m.key()];
        for (auto a = areas.begin(); a != areas.end(); ++a) {
            if (!parseRating(a.value(), childPath(mPath, a.key()), byArea[a.key()]))
                return false;
        }
    }
    return true;
}

bool Parser::parseFeasibility(const QJsonValue &v, ResponseData &r)
{
    const QString path = u"$.feasibility"_s;
    if (!expectType(v, path, v.isObject(), u"an object of measure ids to ratings"_s))
        return false;
    const QJsonObject measures = v.toObject();
    for (auto m = measures.begin(); m != measures.end(); ++m) {
        if (!parseRating(m.value(), childPath(path, m.key()), r.feasibility[m.key()]))
            return false;
    }
    return true;
}

bool Parser::parseComments(const QJsonValue &v, ResponseData &r)
{
    const QString path = u"$.comments"_s;
    if (!expectType(v, path, v.isObject(), u"an object of measure ids to text"_s))
        return false;
    const QJsonObject comments = v.toObject();
    for (auto c = comments.begin(); c != comments.end(); ++c) {
        const QString cPath = childPath(path, c.key());
        if (!expectType(c.value(), cPath, c.value().isString(), u"a string"_s))
            return false;
        if (c.value().toString().isEmpty())
            return fail(cPath, u"empty comment; leave the measure out when there is no comment"_s);
        r.comments.insert(c.key(), c.value().toString());
    }
    return true;
}

bool Parser::parseCombinations(const QJsonValue &v, ResponseData &r)
{
    const QString path = u"$.combinations"_s;
    if (!expectType(v, path, v.isObject(), u"an object of scopes to measure id lists"_s))
        return false;
    const QJsonObject scopes = v.toObject();
    for (auto s = scopes.begin(); s != scopes.end(); ++s) {
        const QString sPath = childPath(path, s.key());
        if (!expectType(s.value(), sPath, s.value().isArray(), u"an array of measure ids"_s))
            return false;
        const QJsonArray picks = s.value().toArray();
        if (picks.isEmpty())
            return fail(sPath, u"no picks; leave the scope out when it is unanswered"_s);
        QStringList &list = r.combinations[s.key()];
        for (qsizetype i = 0; i < picks.size(); ++i) {
            const QJsonValue p = picks.at(i);
            if (!expectType(p, indexPath(sPath, i), p.isString(), u"a measure id (string)"_s))
                return false;
            list.append(p.toString());
        }
    }
    return true;
}

Result<ResponseData> Parser::parse(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(err.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = err.offset - (before.lastIndexOf('\n') + 1) + 1;
        return Result<ResponseData>::failure(m_source + u": not valid JSON at line "_s + QString::number(line)
            + u", column "_s + QString::number(column) + u": "_s + err.errorString());
    }
    if (const QString repeated = duplicateKeyProblem(json); !repeated.isEmpty())
        return Result<ResponseData>::failure(m_source + u": a key appears twice in one object at "_s + repeated);
    if (!doc.isObject())
        return Result<ResponseData>::failure(
            m_source + u": $: expected a JSON object (a Panelist response document)"_s);
    const QJsonObject root = doc.object();

    ResponseData r;
    const bool ok = parseHeader(root)
        && checkKeys(root, u"$"_s,
            { u"format"_s, u"version"_s, u"instrument"_s, u"respondent"_s, u"revision"_s, u"submitted_at"_s,
                u"effectiveness"_s, u"feasibility"_s, u"comments"_s, u"combinations"_s },
            {})
        && expectType(root.value(u"instrument"_s), u"$.instrument"_s, root.value(u"instrument"_s).isString(),
            u"the instrument fingerprint (a string)"_s)
        && parseRespondent(root.value(u"respondent"_s), r)
        && expectType(
            root.value(u"revision"_s), u"$.revision"_s, isInt(root.value(u"revision"_s)), u"an integer"_s)
        && parseSubmittedAt(root.value(u"submitted_at"_s), r)
        && parseEffectiveness(root.value(u"effectiveness"_s), r)
        && parseFeasibility(root.value(u"feasibility"_s), r) && parseComments(root.value(u"comments"_s), r)
        && parseCombinations(root.value(u"combinations"_s), r);
    if (!ok)
        return Result<ResponseData>::failure(m_error);
    r.instrumentFingerprint = root.value(u"instrument"_s).toString();
    r.revision = root.value(u"revision"_s).toInt();
    return r;
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
    return Parser(sourceName).parse(json);
}

} // namespace panelist
