#include "cli/instrumentsummary.h"

#include <QJsonArray>

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

QString scopeName(CombinationScope s)
{
    return s == CombinationScope::PerArea ? u"per-area"_s : u"overall"_s;
}

// The scale an expert sees first: effectiveness when asked, else feasibility, else none.
const Scale *mainScale(const Instrument &ins)
{
    if (ins.effectiveness().enabled)
        return &ins.effectivenessScale();
    if (ins.feasibility().enabled)
        return &ins.feasibilityScale();
    return nullptr;
}

QJsonObject scaleJson(const Scale &s)
{
    QJsonArray points;
    QJsonArray labels;
    for (const ScalePoint &p : s.points) {
        points.append(p.value);
        labels.append(p.label);
    }
    QJsonObject o { { u"id"_s, s.id }, { u"points"_s, points }, { u"labels"_s, labels },
        { u"dont_know"_s, s.allowDontKnow } };
    if (s.allowDontKnow)
        o.insert(u"dont_know_label"_s, s.dontKnowLabel);
    return o;
}

QString scaleText(const Scale &s)
{
    QStringList parts;
    for (const ScalePoint &p : s.points)
        parts.append(QString::number(p.value) + u' ' + p.label);
    if (s.allowDontKnow)
        parts.append(u"or "_s + s.dontKnowLabel);
    return parts.join(u"; "_s);
}

} // namespace

QJsonObject instrumentSummaryJson(const Instrument &ins)
{
    QJsonArray areas;
    for (const RiskArea &a : ins.areas())
        areas.append(QJsonObject { { u"id"_s, a.id }, { u"name"_s, a.name } });
    QJsonArray measures;
    for (const Measure &m : ins.measures()) {
        measures.append(QJsonObject { { u"id"_s, m.id }, { u"name"_s, m.name },
            { u"tags"_s, QJsonArray::fromStringList(m.tags) }, { u"status"_s, m.status } });
    }
    QJsonArray expertise;
    for (const ExpertiseGroup &g : ins.expertiseGroups())
        expertise.append(QJsonObject { { u"id"_s, g.id }, { u"name"_s, g.name } });

    const Scale *scale = mainScale(ins);
    const CombinationQuestion &c = ins.combination();
    QJsonObject o {
        { u"fingerprint"_s, ins.fingerprint() }, { u"study"_s, ins.study().id },
        { u"title"_s, ins.study().title }, { u"citation"_s, ins.study().citation }, { u"areas"_s, areas },
        { u"measures"_s, measures }, { u"expertise"_s, expertise },
        { u"scale"_s, scale ? QJsonValue(scaleJson(*scale)) : QJsonValue() },
        { u"questions"_s,
            QJsonObject { { u"effectiveness"_s, ins.effectiveness().enabled },
                { u"feasibility"_s, ins.feasibility().enabled }, { u"comment"_s, ins.comment().enabled },
                { u"comment_max_length"_s, ins.comment().maxLength } } },
        { u"combination"_s,
            c.enabled
                ? QJsonValue(QJsonObject { { u"scope"_s, scopeName(c.scope) }, { u"max"_s, c.maxPicks } })
                : QJsonValue() },
        { u"thresholds"_s,
            QJsonObject { { u"agreement"_s, ins.thresholds().agreement },
                { u"selection"_s, ins.thresholds().selection } } },
        { u"items"_s, ins.ratingItemCount() },
        { u"languages"_s, QJsonArray::fromStringList(ins.languages()) }, // the main one first
    };
    // Only when the two ratings use different scales, so the common case stays short.
    if (ins.effectiveness().enabled && ins.feasibility().enabled
        && ins.effectiveness().scaleId != ins.feasibility().scaleId)
        o.insert(u"feasibility_scale"_s, scaleJson(ins.feasibilityScale()));
    return o;
}

QString instrumentSummaryText(const Instrument &ins)
{
    QString t;
    const auto line = [&t](const QString &s) { t += s + u'\n'; };
    line(ins.study().title);
    if (!ins.study().citation.isEmpty())
        line(ins.study().citation);
    line(u"Fingerprint: "_s + ins.fingerprint());
    // Only an instrument with translations says so (docs/instrument-format.md, "Translations").
    if (!ins.study().languages.isEmpty())
        line(u"Languages: "_s + ins.study().language + u" (main), "_s + ins.study().languages.join(u", "_s));
    line(QString());
    line(u"Risk areas ("_s + QString::number(ins.areas().size()) + u"):"_s);
    for (const RiskArea &a : ins.areas())
        line(u"  "_s + a.id + u"  "_s + a.name);
    line(u"Measures ("_s + QString::number(ins.measures().size()) + u"):"_s);
    for (const Measure &m : ins.measures()) {
        QString entry = u"  "_s + m.id + u"  "_s + m.name;
        if (!m.tags.isEmpty())
            entry += u"  ["_s + m.tags.join(u", "_s) + u']';
        if (!m.status.isEmpty())
            entry += u"  ("_s + m.status + u')';
        line(entry);
    }
    line(u"Expertise groups ("_s + QString::number(ins.expertiseGroups().size()) + u"):"_s);
    for (const ExpertiseGroup &g : ins.expertiseGroups())
        line(u"  "_s + g.id + u"  "_s + g.name);
    line(QString());

    QStringList asked;
    if (ins.effectiveness().enabled)
        asked.append(u"effectiveness per risk area ("_s + scaleText(ins.effectivenessScale()) + u')');
    if (ins.feasibility().enabled)
        asked.append(u"feasibility ("_s + scaleText(ins.feasibilityScale()) + u')');
    if (ins.comment().enabled)
        asked.append(u"a comment (at most "_s + QString::number(ins.comment().maxLength) + u" characters)"_s);
    line(u"Questions per measure: "_s + asked.join(u"; "_s));
    const CombinationQuestion &c = ins.combination();
    line(c.enabled ? u"Preferred combination: "_s
                + (c.scope == CombinationScope::PerArea ? u"per risk area"_s : u"overall"_s) + u", at most "_s
                + QString::number(c.maxPicks) + u" measures"_s
                   : u"Preferred combination: not asked"_s);
    line(u"Rating items: "_s + QString::number(ins.ratingItemCount()));
    line(u"Thresholds: agreement > "_s + QString::number(ins.thresholds().agreement) + u", selection > "_s
        + QString::number(ins.thresholds().selection));
    if (!ins.study().notes.isEmpty()) {
        line(QString());
        line(u"Notes:"_s);
        for (const QString &n : ins.study().notes)
            line(u"  - "_s + n);
    }
    return t;
}

} // namespace panelist
