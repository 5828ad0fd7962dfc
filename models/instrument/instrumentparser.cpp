#include "models/instrument/instrumentparser.h"

#include "models/instrument/instrumentlimits.h"
#include "models/instrument/instrumenttexts.h"

#include "models/common/jsondocument.h"
#include "models/common/sha256.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <utility>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// Bounds that keep a hostile or mistyped document from producing absurd surveys; far beyond
// anything a real study needs.
constexpr int MaxScaleValue = 1000000;
constexpr int MaxCommentLength = 1000000;
constexpr int MaxPicksLimit = 1000000;

const QString EffectivenessKey = u"effectiveness"_s;
const QString FeasibilityKey = u"feasibility"_s;
const QString CommentKey = u"comment"_s;

// Ids are what response files and exports refer to, so they are kept to a safe, short alphabet.
bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_.-]{1,64}$"_s);
    return pattern.match(id).hasMatch();
}

std::optional<QString> readId(const JsonNode &n)
{
    if (!n.expect(n.value().isString(), u"an id (a string)"_s)
        || !n.expect(isValidId(n.value().toString()), u"an id of 1 to 64 letters, digits, '_', '.' or '-'"_s))
        return std::nullopt;
    return n.value().toString();
}

std::optional<QString> readId(const JsonObjectReader &o, const QString &key)
{
    const std::optional<JsonNode> n = o.required(key, u"an id (a string)"_s);
    return n ? readId(*n) : std::nullopt;
}

// The id under key, remembered with its path within one namespace (areas, measures, ...); a second
// use is a problem naming both places.
std::optional<QString> claimId(QHash<QString, QString> &seen, const JsonObjectReader &o, const QString &key)
{
    const std::optional<QString> id = readId(o, key);
    if (!id)
        return std::nullopt;
    const JsonNode at = o.at(key);
    const auto first = seen.constFind(*id);
    if (first != seen.constEnd()) {
        at.fail(u"duplicate id \""_s + *id + u"\" (already used by "_s + first.value() + u')');
        return std::nullopt;
    }
    seen.insert(*id, at.path().toString());
    return id;
}

QString textOr(const std::optional<QString> &text)
{
    return text.value_or(QString());
}

} // namespace

JsonReading<Instrument> InstrumentParser::read(const QByteArray &json)
{
    const JsonDocument doc = JsonDocument::parse(json);
    if (!doc.isValid())
        return { std::nullopt, { *doc.error() } };
    JsonProblems problems;
    InstrumentParser parser(problems);
    if (const std::optional<JsonObjectReader> root = JsonNode(problems, doc.root(), JsonPath()).object())
        parser.readRoot(*root);
    if (!problems.isEmpty())
        return { std::nullopt, problems.inDocumentOrder(doc) };
    // Only a whole, valid instrument can be measured against the limits a response file has.
    if (QList<JsonProblem> limits = InstrumentLimits::check(parser.m_result); !limits.isEmpty())
        return { std::nullopt, limits };
    // QJsonObject keeps its keys sorted and Compact drops whitespace, so this serialisation
    // depends only on content: the fingerprint survives reformatting and key reordering.
    Instrument &ins = parser.m_result;
    ins.m_canonical = QJsonDocument(doc.root().toObject()).toJson(QJsonDocument::Compact);
    ins.m_fingerprint = sha256Hex(ins.m_canonical);
    return { std::move(ins), {} };
}

Result<Instrument> InstrumentParser::parse(const QByteArray &json, const QString &sourceName)
{
    return read(json).toResult(sourceName);
}

void InstrumentParser::readRoot(const JsonObjectReader &root)
{
    // Format and version first: a document that is not an instrument, or comes from a newer
    // Panelist, should be told so rather than get a complaint about every key.
    if (!readFormatAndVersion(root, Instrument::FormatName, Instrument::FormatVersion, u"instrument"_s))
        return;
    root.allowOnly({ u"format"_s, u"version"_s, u"study"_s, u"areas"_s, u"scales"_s, u"questions"_s,
        u"measures"_s, u"combination"_s, u"profile"_s, u"thresholds"_s });

    if (const auto study = root.object(u"study"_s))
        readStudy(*study);
    if (const auto areas = root.array(u"areas"_s, 1, u"area"_s))
        readAreas(*areas);
    const qsizetype beforeScales = m_problems.count();
    if (const auto scales = root.array(u"scales"_s))
        readScales(*scales);
    m_scalesKnown = cleanSince(beforeScales);
    if (const auto questions = root.object(u"questions"_s)) {
        m_questionsKnown = true;
        readQuestions(*questions);
    }
    if (const auto measures = root.array(u"measures"_s, 1, u"measure"_s)) {
        m_measureCount = measures->size();
        readMeasures(*measures);
    }
    if (const auto combination = root.ifPresent(u"combination"_s)) {
        if (const auto c = combination->object())
            readCombination(*c);
    }
    if (const auto profile = root.object(u"profile"_s))
        readProfile(*profile);
    if (const auto thresholds = root.object(u"thresholds"_s))
        readThresholds(*thresholds);
}

void InstrumentParser::readStudy(const JsonObjectReader &study)
{
    m_texts.allowOnly(study,
        { u"id"_s, u"title"_s, u"citation"_s, u"notes"_s, u"language"_s, u"languages"_s }, { u"title"_s });
    m_texts.readLanguages(study, m_result.m_study);
    m_result.m_study.id = textOr(readId(study, u"id"_s));
    m_result.m_study.title = textOr(study.string(u"title"_s, JsonText::NonEmpty));
    m_texts.read(study, u"title"_s, JsonText::NonEmpty, u"study.title"_s);
    if (const auto citation = study.ifPresent(u"citation"_s))
        m_result.m_study.citation = textOr(citation->string());
    if (const auto notes = study.ifPresent(u"notes"_s)) {
        if (const auto list = notes->array()) {
            for (qsizetype i = 0; i < list->size(); ++i)
                m_result.m_study.notes.append(textOr(list->at(i).string(JsonText::NonEmpty)));
        }
    }
}

void InstrumentParser::readScales(const JsonArrayReader &scales)
{
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < scales.size(); ++i) {
        if (const auto s = scales.at(i).object())
            m_result.m_scales.append(readScale(*s, seen));
    }
}

Scale InstrumentParser::readScale(const JsonObjectReader &s, QHash<QString, QString> &seen)
{
    s.allowOnly({ u"id"_s, u"points"_s, u"dont_know"_s });
    Scale scale;
    scale.id = textOr(claimId(seen, s, u"id"_s));

    // A rating needs a choice: one point is no scale at all.
    if (const auto points = s.array(u"points"_s, 2, u"points"_s)) {
        qsizetype last = -1; // the point scale.points ends with
        for (qsizetype p = 0; p < points->size(); ++p) {
            const auto point = points->at(p).object();
            if (!point)
                continue;
            m_texts.allowOnly(*point, { u"value"_s, u"label"_s }, { u"label"_s });
            const std::optional<int> value = point->integer(u"value"_s, -MaxScaleValue, MaxScaleValue);
            const std::optional<QString> label = point->string(u"label"_s, JsonText::NonEmpty);
            if (!value)
                continue;
            // Analysis reads "above the midpoint" as agreement, so the order must be unambiguous.
            if (last >= 0 && *value <= scale.points.constLast().value) {
                const int previous = scale.points.constLast().value;
                const JsonNode at = point->at(u"value"_s);
                if (*value == previous) {
                    at.fail(u"duplicate value "_s + QString::number(*value) + u" (already used by "_s
                        + points->path().index(last).toString() + u')');
                } else {
                    at.fail(u"expected points in strictly ascending value order, found "_s
                        + QString::number(*value) + u" after "_s + QString::number(previous));
                }
                continue;
            }
            scale.points.append(ScalePoint { *value, textOr(label) });
            m_texts.read(*point, u"label"_s, JsonText::NonEmpty,
                textAddress({ u"scales", scale.id, u"points", QString::number(*value) }));
            last = p;
        }
    }
    if (const auto dontKnow = s.ifPresent(u"dont_know"_s)) {
        if (const auto dk = dontKnow->object()) {
            m_texts.allowOnly(*dk, { u"label"_s }, { u"label"_s });
            scale.allowDontKnow = true;
            scale.dontKnowLabel = textOr(dk->string(u"label"_s, JsonText::NonEmpty));
            m_texts.read(
                *dk, u"label"_s, JsonText::NonEmpty, textAddress({ u"scales", scale.id, u"dont_know" }));
        }
    }
    return scale;
}

void InstrumentParser::readAreas(const JsonArrayReader &areas)
{
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < areas.size(); ++i) {
        const auto a = areas.at(i).object();
        if (!a)
            continue;
        m_texts.allowOnly(*a, { u"id"_s, u"name"_s, u"definition"_s }, { u"name"_s, u"definition"_s });
        RiskArea area;
        area.id = textOr(claimId(seen, *a, u"id"_s));
        area.name = textOr(a->string(u"name"_s, JsonText::NonEmpty));
        area.definition = textOr(a->string(u"definition"_s));
        m_texts.read(*a, u"name"_s, JsonText::NonEmpty, textAddress({ u"areas", area.id, u"name" }));
        m_texts.read(
            *a, u"definition"_s, JsonText::MayBeEmpty, textAddress({ u"areas", area.id, u"definition" }));
        m_result.m_areas.append(area);
    }
}

void InstrumentParser::readQuestions(const JsonObjectReader &questions)
{
    questions.allowOnly({ EffectivenessKey, FeasibilityKey, CommentKey });
    // A question is enabled by its key being there, even when what it holds is refused, so that
    // the measures naming it are not reported as well.
    const auto rating = [&](const QString &key, RatingQuestion &q) {
        if (const auto present = questions.ifPresent(key)) {
            q.enabled = true;
            if (const auto o = present->object())
                q = readRatingQuestion(*o, key);
        }
    };
    rating(EffectivenessKey, m_result.m_effectiveness);
    rating(FeasibilityKey, m_result.m_feasibility);
    if (const auto comment = questions.ifPresent(CommentKey)) {
        m_result.m_comment.enabled = true;
        if (const auto c = comment->object()) {
            m_texts.allowOnly(*c, { u"prompt"_s, u"max_length"_s }, { u"prompt"_s });
            m_result.m_comment.prompt = textOr(c->string(u"prompt"_s, JsonText::NonEmpty));
            m_texts.read(*c, u"prompt"_s, JsonText::NonEmpty, u"questions.comment.prompt"_s);
            if (const auto maxLength = c->ifPresent(u"max_length"_s))
                m_result.m_comment.maxLength = maxLength->integer(1, MaxCommentLength).value_or(0);
        }
    }
}

RatingQuestion InstrumentParser::readRatingQuestion(const JsonObjectReader &question, const QString &name)
{
    m_texts.allowOnly(question, { u"scale"_s, u"prompt"_s }, { u"prompt"_s });
    RatingQuestion q;
    q.enabled = true;
    q.scaleId = textOr(readId(question, u"scale"_s));
    if (!q.scaleId.isEmpty() && m_scalesKnown && !m_result.scale(q.scaleId)) {
        QStringList defined;
        for (const Scale &s : m_result.m_scales)
            defined.append(s.id);
        question.at(u"scale"_s)
            .fail(u"refers to undefined scale \""_s + q.scaleId + u"\"; expected one of $.scales[*].id ("_s
                + (defined.isEmpty() ? u"none defined"_s : defined.join(u", "_s)) + u')');
    }
    q.prompt = textOr(question.string(u"prompt"_s, JsonText::NonEmpty));
    m_texts.read(question, u"prompt"_s, JsonText::NonEmpty, textAddress({ u"questions", name, u"prompt" }));
    return q;
}

void InstrumentParser::readMeasures(const JsonArrayReader &measures)
{
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < measures.size(); ++i) {
        const auto m = measures.at(i).object();
        if (!m)
            continue;
        m_texts.allowOnly(*m,
            { u"id"_s, u"name"_s, u"description"_s, u"status"_s, u"tags"_s, u"questions"_s },
            { u"name"_s, u"description"_s });
        Measure measure;
        measure.id = textOr(claimId(seen, *m, u"id"_s));
        measure.name = textOr(m->string(u"name"_s, JsonText::NonEmpty));
        measure.description = textOr(m->string(u"description"_s));
        m_texts.read(*m, u"name"_s, JsonText::NonEmpty, textAddress({ u"measures", measure.id, u"name" }));
        m_texts.read(*m, u"description"_s, JsonText::MayBeEmpty,
            textAddress({ u"measures", measure.id, u"description" }));
        if (const auto status = m->ifPresent(u"status"_s))
            measure.status = textOr(status->string());
        if (const auto tags = m->ifPresent(u"tags"_s)) {
            if (const auto list = tags->array()) {
                for (qsizetype t = 0; t < list->size(); ++t)
                    measure.tags.append(textOr(list->at(t).string(JsonText::NonEmpty)));
            }
        }
        readMeasureQuestions(*m, measure);
        m_result.m_measures.append(measure);
    }
}

void InstrumentParser::readMeasureQuestions(const JsonObjectReader &m, Measure &out) const
{
    out.askEffectiveness = m_result.m_effectiveness.enabled;
    out.askFeasibility = m_result.m_feasibility.enabled;
    out.askComment = m_result.m_comment.enabled;
    const auto present = m.ifPresent(u"questions"_s);
    if (!present)
        return;

    out.askEffectiveness = out.askFeasibility = out.askComment = false;
    const auto names = present->array();
    if (!names)
        return;
    for (qsizetype q = 0; q < names->size(); ++q) {
        const JsonNode node = names->at(q);
        const std::optional<QString> name = node.string(JsonText::NonEmpty);
        if (!name)
            continue;
        bool *flag = nullptr;
        bool enabled = false;
        if (*name == EffectivenessKey) {
            flag = &out.askEffectiveness;
            enabled = m_result.m_effectiveness.enabled;
        } else if (*name == FeasibilityKey) {
            flag = &out.askFeasibility;
            enabled = m_result.m_feasibility.enabled;
        } else if (*name == CommentKey) {
            flag = &out.askComment;
            enabled = m_result.m_comment.enabled;
        } else {
            node.fail(u"expected one of: effectiveness, feasibility, comment; found "_s
                + describeJsonValue(node.value()));
            continue;
        }
        if (!enabled) {
            // Without a readable $.questions every name would be "not enabled"; that is one problem.
            if (m_questionsKnown) {
                node.fail(u"question \""_s + *name
                    + u"\" is not enabled; expected only questions defined in $.questions"_s);
            }
            continue;
        }
        if (*flag)
            node.fail(u"question \""_s + *name + u"\" is listed twice; expected each at most once"_s);
        *flag = true;
    }
}

void InstrumentParser::readCombination(const JsonObjectReader &c)
{
    m_texts.allowOnly(c, { u"scope"_s, u"max_picks"_s, u"prompt"_s }, { u"prompt"_s });
    CombinationQuestion &q = m_result.m_combination;
    q.enabled = true;
    if (const std::optional<QString> scope = c.string(u"scope"_s)) {
        if (*scope == u"per-area"_s) {
            q.scope = CombinationScope::PerArea;
        } else if (*scope == u"overall"_s) {
            q.scope = CombinationScope::Overall;
        } else {
            const JsonNode at = c.at(u"scope"_s);
            at.fail(u"expected \"per-area\" or \"overall\", found "_s + describeJsonValue(at.value()));
        }
    }
    if (const std::optional<int> maxPicks = c.integer(u"max_picks"_s, 1, MaxPicksLimit)) {
        q.maxPicks = *maxPicks;
        if (m_measureCount && *maxPicks > *m_measureCount) {
            c.at(u"max_picks"_s)
                .fail(u"expected at most "_s + QString::number(*m_measureCount)
                    + u" (the number of measures), found "_s + QString::number(*maxPicks));
        }
    }
    q.prompt = textOr(c.string(u"prompt"_s, JsonText::NonEmpty));
    m_texts.read(c, u"prompt"_s, JsonText::NonEmpty, u"combination.prompt"_s);
}

void InstrumentParser::readProfile(const JsonObjectReader &profile)
{
    profile.allowOnly({ u"expertise"_s });
    const auto groups = profile.array(u"expertise"_s);
    if (!groups)
        return;
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < groups->size(); ++i) {
        const auto g = groups->at(i).object();
        if (!g)
            continue;
        m_texts.allowOnly(*g, { u"id"_s, u"name"_s }, { u"name"_s });
        ExpertiseGroup group;
        group.id = textOr(claimId(seen, *g, u"id"_s));
        group.name = textOr(g->string(u"name"_s, JsonText::NonEmpty));
        m_texts.read(
            *g, u"name"_s, JsonText::NonEmpty, textAddress({ u"profile.expertise", group.id, u"name" }));
        m_result.m_expertise.append(group);
    }
}

void InstrumentParser::readThresholds(const JsonObjectReader &t)
{
    t.allowOnly({ u"agreement"_s, u"selection"_s });
    m_result.m_thresholds.agreement = t.number(u"agreement"_s, 0.0, 1.0).value_or(0.0);
    m_result.m_thresholds.selection = t.number(u"selection"_s, 0.0, 1.0).value_or(0.0);
}

} // namespace panelist
