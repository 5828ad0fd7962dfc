#pragma once

// Checks a "panelist-report" JSON document against the analysis::Figures it must format: every
// number exactly equal (doubles bit for bit), null exactly where the figure is undefined. Returns
// an empty string when they agree, otherwise where they differ. Shared by tst_report and
// tst_cli_report.

#include "models/analysis/figures.h"
#include "models/instrument/instrument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace reporttest {

using namespace Qt::StringLiterals;

inline QString sameNumber(const QJsonValue &v, const std::optional<double> &d, const QString &where)
{
    if (!d)
        return v.isNull() ? QString() : where + u": expected null"_s;
    if (!v.isDouble() || v.toDouble() != *d)
        return where + u": expected %1, got %2"_s.arg(QString::number(*d, 'g', 17), v.toVariant().toString());
    return {};
}

inline QString sameInt(const QJsonValue &v, int i, const QString &where)
{
    return v.isDouble() && v.toDouble() == double(i)
        ? QString()
        : where + u": expected %1, got %2"_s.arg(i).arg(v.toDouble());
}

inline QString sameItem(const QJsonObject &o, const panelist::analysis::ItemStats &s, const QString &where)
{
    QString e;
    const auto check = [&e](const QString &r) {
        if (e.isEmpty())
            e = r;
    };
    check(o.value(u"id"_s).toString() == s.measureId ? QString() : where + u": id"_s);
    check(sameInt(o.value(u"n"_s), s.n, where + u".n"_s));
    check(sameInt(o.value(u"dont_know"_s), s.dontKnow, where + u".dont_know"_s));
    check(sameInt(o.value(u"missing"_s), s.missing, where + u".missing"_s));
    const QJsonArray counts = o.value(u"counts"_s).toArray();
    if (counts.size() != s.counts.size())
        check(where + u".counts: size"_s);
    for (qsizetype i = 0; i < counts.size() && i < s.counts.size(); ++i)
        check(sameInt(counts.at(i), s.counts.at(i), where + u".counts[%1]"_s.arg(i)));
    check(sameNumber(o.value(u"agree_share"_s), s.agreeShare, where + u".agree_share"_s));
    check(sameNumber(o.value(u"disagree_share"_s), s.disagreeShare, where + u".disagree_share"_s));
    if (!s.wilson) {
        check(o.value(u"wilson"_s).isNull() ? QString() : where + u".wilson: expected null"_s);
    } else {
        const QJsonArray w = o.value(u"wilson"_s).toArray();
        check(w.size() == 2 ? QString() : where + u".wilson: size"_s);
        check(sameNumber(w.at(0), s.wilson->low, where + u".wilson[0]"_s));
        check(sameNumber(w.at(1), s.wilson->high, where + u".wilson[1]"_s));
    }
    check(sameNumber(o.value(u"median"_s), s.median, where + u".median"_s));
    check(sameNumber(o.value(u"q1"_s), s.q1, where + u".q1"_s));
    check(sameNumber(o.value(u"q3"_s), s.q3, where + u".q3"_s));
    return e;
}

inline QString samePairs(
    const QJsonValue &v, const QList<panelist::analysis::PairCount> &pairs, const QString &where)
{
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != pairs.size())
        return where + u": %1 pairs expected"_s.arg(pairs.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonArray p = a.at(i).toArray();
        if (p.size() != 3 || p.at(0).toString() != pairs.at(i).first
            || p.at(1).toString() != pairs.at(i).second || p.at(2).toDouble() != pairs.at(i).count)
            return where + u"[%1]"_s.arg(i);
    }
    return {};
}

inline QString sameReport(
    const QJsonObject &doc, const panelist::Instrument &ins, const panelist::analysis::Figures &r)
{
    using namespace panelist;
    if (doc.value(u"format"_s).toString() != u"panelist-report"_s || doc.value(u"version"_s).toDouble() != 1)
        return u"format/version"_s;
    if (doc.value(u"instrument"_s).toString() != r.instrumentFingerprint)
        return u"instrument"_s;
    if (QString e = sameInt(doc.value(u"respondents"_s), r.respondents, u"respondents"_s); !e.isEmpty())
        return e;
    if (r.group.isEmpty() ? !doc.value(u"group"_s).isNull() : doc.value(u"group"_s).toString() != r.group)
        return u"group"_s;
    const QJsonArray areas = doc.value(u"areas"_s).toArray();
    if (areas.size() != r.areas.size())
        return u"areas: size"_s;
    const bool overall = ins.combination().enabled && ins.combination().scope == CombinationScope::Overall;
    for (qsizetype a = 0; a < areas.size(); ++a) {
        const QJsonObject area = areas.at(a).toObject();
        const analysis::AreaStats &s = r.areas.at(a);
        const QString where = u"areas[%1]"_s.arg(a);
        if (area.value(u"id"_s).toString() != s.areaId)
            return where + u".id"_s;
        if (QString e = sameNumber(area.value(u"alpha"_s), s.alpha, where + u".alpha"_s); !e.isEmpty())
            return e;
        const analysis::ScopeStats *scope
            = !ins.combination().enabled ? nullptr : r.scope(overall ? Instrument::OverallScope : s.areaId);
        if (scope ? area.value(u"answered"_s).toDouble() != scope->answered
                    || !area.value(u"answered"_s).isDouble()
                  : !area.value(u"answered"_s).isNull())
            return where + u".answered"_s;
        const QJsonArray measures = area.value(u"measures"_s).toArray();
        if (measures.size() != s.measures.size())
            return where + u".measures: size"_s;
        for (qsizetype m = 0; m < measures.size(); ++m) {
            const QJsonObject o = measures.at(m).toObject();
            const QString mw = where + u".measures[%1]"_s.arg(m);
            if (QString e = sameItem(o, s.measures.at(m), mw); !e.isEmpty())
                return e;
            if (o.value(u"meets_agreement"_s) != QJsonValue(s.measures.at(m).meetsAgreement))
                return mw + u".meets_agreement"_s;
            if (!scope) {
                if (!o.value(u"selected"_s).isNull() || !o.value(u"selection_share"_s).isNull()
                    || !o.value(u"meets_selection"_s).isNull())
                    return mw + u": selection fields must be null"_s;
                continue;
            }
            const analysis::MeasureSelection &sel = scope->measures.at(m);
            if (QString e = sameInt(o.value(u"selected"_s), sel.selected, mw + u".selected"_s); !e.isEmpty())
                return e;
            if (QString e = sameNumber(o.value(u"selection_share"_s), sel.share, mw + u".selection_share"_s);
                !e.isEmpty())
                return e;
            if (o.value(u"meets_selection"_s) != QJsonValue(sel.meetsSelection))
                return mw + u".meets_selection"_s;
        }
        if (QString e = samePairs(area.value(u"co_selection"_s),
                scope ? scope->coSelection : QList<analysis::PairCount> {}, where + u".co_selection"_s);
            !e.isEmpty())
            return e;
    }
    const QJsonArray feas = doc.value(u"feasibility"_s).toArray();
    if (feas.size() != r.feasibility.size())
        return u"feasibility: size"_s;
    for (qsizetype m = 0; m < feas.size(); ++m) {
        if (QString e = sameItem(feas.at(m).toObject(), r.feasibility.at(m), u"feasibility[%1]"_s.arg(m));
            !e.isEmpty())
            return e;
    }
    const analysis::ScopeStats *all = overall ? r.scope(Instrument::OverallScope) : nullptr;
    if (!all != doc.value(u"selection"_s).isNull())
        return u"selection: object exactly for an overall combination question"_s;
    if (all) {
        const QJsonObject sel = doc.value(u"selection"_s).toObject();
        if (sel.value(u"answered"_s).toDouble() != all->answered)
            return u"selection.answered"_s;
        const QJsonArray ms = sel.value(u"measures"_s).toArray();
        if (ms.size() != all->measures.size())
            return u"selection.measures: size"_s;
        for (qsizetype m = 0; m < ms.size(); ++m) {
            const QJsonObject o = ms.at(m).toObject();
            if (o.value(u"id"_s).toString() != all->measures.at(m).measureId
                || o.value(u"selected"_s).toDouble() != all->measures.at(m).selected
                || o.value(u"meets_selection"_s) != QJsonValue(all->measures.at(m).meetsSelection))
                return u"selection.measures[%1]"_s.arg(m);
            if (QString e = sameNumber(o.value(u"selection_share"_s), all->measures.at(m).share,
                    u"selection.measures[%1].selection_share"_s.arg(m));
                !e.isEmpty())
                return e;
        }
        if (QString e
            = samePairs(sel.value(u"co_selection"_s), all->coSelection, u"selection.co_selection"_s);
            !e.isEmpty())
            return e;
    }
    QStringList standOut;
    for (const QJsonValue &v : doc.value(u"stand_out"_s).toArray())
        standOut << v.toString();
    if (standOut != r.standOut)
        return u"stand_out"_s;
    return {};
}

} // namespace reporttest
