#include "models/instrument/instrumentparser.h"

#include "models/common/jsonkeys.h"
#include "models/common/sha256.h"
#include "models/instrument/jsonreader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// Bounds that keep a hostile or mistyped document from producing absurd surveys; far beyond
// anything a real study needs.
constexpr int MaxScaleValue = 1000000;
constexpr int MaxCommentLength = 1000000;
constexpr int MaxPicksLimit = 1000000;

[[noreturn]] void fail(const QString &path, const QString &problem)
{
    throw JsonError{path, problem};
}

// Line and column (1-based) of a byte offset, so an author can find the spot in an editor.
QString positionOf(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const int line = before.count('\n') + 1;
    const int lastNewline = before.lastIndexOf('\n');
    const int column = QString::fromUtf8(before.mid(lastNewline + 1)).size() + 1;
    return u"line "_s + QString::number(line) + u", column "_s + QString::number(column)
        + u" (offset "_s + QString::number(offset) + u')';
}

const QString EffectivenessKey = u"effectiveness"_s;
const QString FeasibilityKey = u"feasibility"_s;
const QString CommentKey = u"comment"_s;

} // namespace

InstrumentParser::InstrumentParser(QString sourceName) : m_source(std::move(sourceName)) { }

Result<Instrument> InstrumentParser::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Result<Instrument>::failure(m_source + u": $: malformed JSON at "_s
                                           + positionOf(json, parseError.offset) + u": "_s
                                           + parseError.errorString());
    }
    if (const QString repeated = duplicateKeyProblem(json); !repeated.isEmpty())
        return Result<Instrument>::failure(m_source + u": a key appears twice in one object at "_s + repeated);
    const QJsonValue rootValue = doc.isObject() ? QJsonValue(doc.object())
                                                : QJsonValue(doc.array());
    try {
        const JsonObjectReader root(rootValue, u"$"_s);
        readRoot(root);
    } catch (const JsonError &e) {
        return Result<Instrument>::failure(m_source + u": "_s + e.path + u": "_s + e.problem);
    }
    // QJsonObject keeps its keys sorted and Compact drops whitespace, so this serialisation
    // depends only on content: the fingerprint survives reformatting and key reordering.
    m_result.m_canonical = QJsonDocument(doc.object()).toJson(QJsonDocument::Compact);
    m_result.m_fingerprint = sha256Hex(m_result.m_canonical);
    return m_result;
}

void InstrumentParser::readRoot(const JsonObjectReader &root)
{
    // Format and version first: a document that is not an instrument, or comes from a newer
    // Panelist, should be told so rather than get a complaint about some key.
    const QString formatPath = root.pathOf(u"format"_s);
    const QJsonValue format = root.object().value(u"format"_s);
    if (format.isUndefined()) {
        fail(formatPath, u"required key is missing; expected \""_s + Instrument::FormatName
                             + u"\" (is this a Panelist instrument?)"_s);
    }
    if (format.toString() != Instrument::FormatName) {
        fail(formatPath, u"expected \""_s + Instrument::FormatName + u"\", found "_s
                             + describeJsonValue(format) + u" (is this a Panelist instrument?)"_s);
    }
    const int version = root.integer(u"version"_s, 1, std::numeric_limits<int>::max());
    if (version > Instrument::FormatVersion) {
        fail(root.pathOf(u"version"_s),
             u"version "_s + QString::number(version) + u" is newer than this Panelist supports ("_s
                 + QString::number(Instrument::FormatVersion) + u"); update Panelist to open it"_s);
    }
    root.allowOnly({u"format"_s, u"version"_s, u"study"_s, u"areas"_s, u"scales"_s,
                    u"questions"_s, u"measures"_s, u"combination"_s, u"profile"_s,
                    u"thresholds"_s});

    readStudy(root.child(u"study"_s));
    readScales(root);
    readAreas(root);
    readQuestions(root.child(u"questions"_s));
    readMeasures(root);
    if (root.has(u"combination"_s))
        readCombination(root.child(u"combination"_s));
    readProfile(root.child(u"profile"_s));
    readThresholds(root.child(u"thresholds"_s));
}

void InstrumentParser::readStudy(const JsonObjectReader &study)
{
    study.allowOnly({u"id"_s, u"title"_s, u"citation"_s, u"notes"_s});
    m_result.m_study.id = study.id(u"id"_s);
    m_result.m_study.title = study.string(u"title"_s, false);
    m_result.m_study.citation = study.optionalString(u"citation"_s);
    if (study.has(u"notes"_s)) {
        const QJsonArray notes = study.array(u"notes"_s);
        for (qsizetype i = 0; i < notes.size(); ++i) {
            m_result.m_study.notes.append(
                readJsonString(notes.at(i), jsonElementPath(study.pathOf(u"notes"_s), i), false));
        }
    }
}

void InstrumentParser::readScales(const JsonObjectReader &root)
{
    const QJsonArray scales = root.array(u"scales"_s);
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < scales.size(); ++i) {
        const JsonObjectReader s(scales.at(i), jsonElementPath(root.pathOf(u"scales"_s), i));
        s.allowOnly({u"id"_s, u"points"_s, u"dont_know"_s});
        Scale scale;
        scale.id = s.id(u"id"_s);
        claimId(seen, scale.id, s.pathOf(u"id"_s));

        // A rating needs a choice: one point is no scale at all.
        const QJsonArray points = s.array(u"points"_s, 2, u"points"_s);
        for (qsizetype p = 0; p < points.size(); ++p) {
            const JsonObjectReader point(points.at(p), jsonElementPath(s.pathOf(u"points"_s), p));
            point.allowOnly({u"value"_s, u"label"_s});
            ScalePoint sp;
            sp.value = point.integer(u"value"_s, -MaxScaleValue, MaxScaleValue);
            sp.label = point.string(u"label"_s, false);
            // Analysis reads "above the midpoint" as agreement, so the order must be unambiguous.
            if (!scale.points.isEmpty() && sp.value <= scale.points.constLast().value) {
                const int previous = scale.points.constLast().value;
                if (sp.value == previous) {
                    fail(point.pathOf(u"value"_s),
                         u"duplicate value "_s + QString::number(sp.value) + u" (already used by "_s
                             + jsonElementPath(s.pathOf(u"points"_s), p - 1) + u')');
                }
                fail(point.pathOf(u"value"_s),
                     u"expected points in strictly ascending value order, found "_s
                         + QString::number(sp.value) + u" after "_s + QString::number(previous));
            }
            scale.points.append(sp);
        }
        if (s.has(u"dont_know"_s)) {
            const JsonObjectReader dk = s.child(u"dont_know"_s);
            dk.allowOnly({u"label"_s});
            scale.allowDontKnow = true;
            scale.dontKnowLabel = dk.string(u"label"_s, false);
        }
        m_result.m_scales.append(scale);
    }
}

void InstrumentParser::readAreas(const JsonObjectReader &root)
{
    const QJsonArray areas = root.array(u"areas"_s, 1, u"area"_s);
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < areas.size(); ++i) {
        const JsonObjectReader a(areas.at(i), jsonElementPath(root.pathOf(u"areas"_s), i));
        a.allowOnly({u"id"_s, u"name"_s, u"definition"_s});
        RiskArea area;
        area.id = a.id(u"id"_s);
        claimId(seen, area.id, a.pathOf(u"id"_s));
        area.name = a.string(u"name"_s, false);
        area.definition = a.string(u"definition"_s);
        m_result.m_areas.append(area);
    }
}

void InstrumentParser::readQuestions(const JsonObjectReader &questions)
{
    questions.allowOnly({EffectivenessKey, FeasibilityKey, CommentKey});
    if (questions.has(EffectivenessKey))
        m_result.m_effectiveness = readRatingQuestion(questions.child(EffectivenessKey));
    if (questions.has(FeasibilityKey))
        m_result.m_feasibility = readRatingQuestion(questions.child(FeasibilityKey));
    if (questions.has(CommentKey)) {
        const JsonObjectReader c = questions.child(CommentKey);
        c.allowOnly({u"prompt"_s, u"max_length"_s});
        m_result.m_comment.enabled = true;
        m_result.m_comment.prompt = c.string(u"prompt"_s, false);
        if (c.has(u"max_length"_s))
            m_result.m_comment.maxLength = c.integer(u"max_length"_s, 1, MaxCommentLength);
    }
}

RatingQuestion InstrumentParser::readRatingQuestion(const JsonObjectReader &question) const
{
    question.allowOnly({u"scale"_s, u"prompt"_s});
    RatingQuestion q;
    q.enabled = true;
    q.scaleId = question.id(u"scale"_s);
    if (!m_result.scale(q.scaleId)) {
        QStringList defined;
        for (const Scale &s : m_result.m_scales)
            defined.append(s.id);
        fail(question.pathOf(u"scale"_s),
             u"refers to undefined scale \""_s + q.scaleId + u"\"; expected one of $.scales[*].id ("_s
                 + (defined.isEmpty() ? u"none defined"_s : defined.join(u", "_s)) + u')');
    }
    q.prompt = question.string(u"prompt"_s, false);
    return q;
}

void InstrumentParser::readMeasures(const JsonObjectReader &root)
{
    const QJsonArray measures = root.array(u"measures"_s, 1, u"measure"_s);
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < measures.size(); ++i) {
        const JsonObjectReader m(measures.at(i), jsonElementPath(root.pathOf(u"measures"_s), i));
        m.allowOnly({u"id"_s, u"name"_s, u"description"_s, u"status"_s, u"tags"_s,
                     u"questions"_s});
        Measure measure;
        measure.id = m.id(u"id"_s);
        claimId(seen, measure.id, m.pathOf(u"id"_s));
        measure.name = m.string(u"name"_s, false);
        measure.description = m.string(u"description"_s);
        measure.status = m.optionalString(u"status"_s);
        if (m.has(u"tags"_s)) {
            const QJsonArray tags = m.array(u"tags"_s);
            for (qsizetype t = 0; t < tags.size(); ++t) {
                measure.tags.append(
                    readJsonString(tags.at(t), jsonElementPath(m.pathOf(u"tags"_s), t), false));
            }
        }
        readMeasureQuestions(m, measure);
        m_result.m_measures.append(measure);
    }
}

void InstrumentParser::readMeasureQuestions(const JsonObjectReader &m, Measure &out) const
{
    out.askEffectiveness = m_result.m_effectiveness.enabled;
    out.askFeasibility = m_result.m_feasibility.enabled;
    out.askComment = m_result.m_comment.enabled;
    if (!m.has(u"questions"_s))
        return;

    out.askEffectiveness = out.askFeasibility = out.askComment = false;
    const QJsonArray names = m.array(u"questions"_s);
    const QString arrayPath = m.pathOf(u"questions"_s);
    for (qsizetype q = 0; q < names.size(); ++q) {
        const QString path = jsonElementPath(arrayPath, q);
        const QString name = readJsonString(names.at(q), path, false);
        bool *flag = nullptr;
        bool enabled = false;
        if (name == EffectivenessKey) {
            flag = &out.askEffectiveness;
            enabled = m_result.m_effectiveness.enabled;
        } else if (name == FeasibilityKey) {
            flag = &out.askFeasibility;
            enabled = m_result.m_feasibility.enabled;
        } else if (name == CommentKey) {
            flag = &out.askComment;
            enabled = m_result.m_comment.enabled;
        } else {
            fail(path, u"expected one of: effectiveness, feasibility, comment; found "_s
                           + describeJsonValue(names.at(q)));
        }
        if (!enabled) {
            fail(path, u"question \""_s + name
                           + u"\" is not enabled; expected only questions defined in $.questions"_s);
        }
        if (*flag)
            fail(path, u"question \""_s + name + u"\" is listed twice; expected each at most once"_s);
        *flag = true;
    }
}

void InstrumentParser::readCombination(const JsonObjectReader &c)
{
    c.allowOnly({u"scope"_s, u"max_picks"_s, u"prompt"_s});
    CombinationQuestion &q = m_result.m_combination;
    q.enabled = true;
    const QString scope = c.string(u"scope"_s);
    if (scope == u"per-area"_s) {
        q.scope = CombinationScope::PerArea;
    } else if (scope == u"overall"_s) {
        q.scope = CombinationScope::Overall;
    } else {
        fail(c.pathOf(u"scope"_s), u"expected \"per-area\" or \"overall\", found "_s
                                       + describeJsonValue(c.object().value(u"scope"_s)));
    }
    q.maxPicks = c.integer(u"max_picks"_s, 1, MaxPicksLimit);
    const auto measureCount = m_result.m_measures.size();
    if (q.maxPicks > measureCount) {
        fail(c.pathOf(u"max_picks"_s),
             u"expected at most "_s + QString::number(measureCount)
                 + u" (the number of measures), found "_s + QString::number(q.maxPicks));
    }
    q.prompt = c.string(u"prompt"_s, false);
}

void InstrumentParser::readProfile(const JsonObjectReader &profile)
{
    profile.allowOnly({u"expertise"_s});
    const QJsonArray groups = profile.array(u"expertise"_s);
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const JsonObjectReader g(groups.at(i), jsonElementPath(profile.pathOf(u"expertise"_s), i));
        g.allowOnly({u"id"_s, u"name"_s});
        ExpertiseGroup group;
        group.id = g.id(u"id"_s);
        claimId(seen, group.id, g.pathOf(u"id"_s));
        group.name = g.string(u"name"_s, false);
        m_result.m_expertise.append(group);
    }
}

void InstrumentParser::readThresholds(const JsonObjectReader &t)
{
    t.allowOnly({u"agreement"_s, u"selection"_s});
    m_result.m_thresholds.agreement = t.number(u"agreement"_s, 0.0, 1.0);
    m_result.m_thresholds.selection = t.number(u"selection"_s, 0.0, 1.0);
}

void InstrumentParser::claimId(QHash<QString, QString> &seen, const QString &id,
                               const QString &path)
{
    const auto it = seen.constFind(id);
    if (it != seen.constEnd())
        fail(path, u"duplicate id \""_s + id + u"\" (already used by "_s + it.value() + u')');
    seen.insert(id, path);
}

} // namespace panelist
