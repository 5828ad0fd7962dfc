// An independent count of every figure, kept only as a test reference: it walks each response's
// maps by id (where the product indexes responses and keeps running counts in the Aggregator) and
// shares only the step from counts to figures (models/analysis/derive.h). Tests compare the
// product's figures with it, so a bookkeeping error in either shows as a difference.

#include "tests/models/analysis/referenceanalysis.h"

#include "models/analysis/analysis.h"
#include "models/analysis/derive.h"
#include "models/instrument/instrument.h"
#include "models/response/responsedata.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace panelist::analysis::reference {

static bool inGroup(const ResponseData &response, const QString &group);
static QList<int> normalisedPicks(const Instrument &instrument, const QStringList &picks);

namespace {

struct ItemTally
{
    QList<int> counts;
    int dontKnow = 0;
    int answered = 0; // substantive or don't know
};

// Index of a rating on the scale, -1 when it is off the scale.
int pointIndex(const Scale &scale, int value)
{
    for (qsizetype i = 0; i < scale.points.size(); ++i) {
        if (scale.points.at(i).value == value)
            return int(i);
    }
    return -1;
}

void tally(ItemTally &item, const Scale &scale, const Rating &rating)
{
    if (rating.dontKnow) {
        ++item.dontKnow;
        ++item.answered;
        return;
    }
    const int point = pointIndex(scale, rating.value);
    if (point >= 0) {
        ++item.counts[point];
        ++item.answered;
    }
}

// Exact combinations ranked by count descending, ties in instrument order, the first `top`.
QList<CombinationCount> rankCombinations(
    const Instrument &instrument, const std::map<QList<int>, int> &combinations, int top)
{
    std::vector<std::pair<QList<int>, int>> entries(combinations.cbegin(), combinations.cend());
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QList<CombinationCount> out;
    for (const auto &[picks, count] : entries) {
        if (out.size() >= top)
            break;
        CombinationCount c;
        for (int index : picks)
            c.measures.append(instrument.measures().at(index).id);
        c.count = count;
        out.append(c);
    }
    return out;
}

QHash<QString, int> indexOf(const QStringList &ids)
{
    QHash<QString, int> out;
    out.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        out.insert(ids.at(i), int(i));
    return out;
}

ScopeStats analyseScope(
    const Instrument &instrument, const QString &scope, const QList<const ResponseData *> &included, int top)
{
    const auto &measures = instrument.measures();
    ScopeStats s;
    s.scope = scope;
    QList<int> selected(measures.size(), 0);
    std::map<std::pair<int, int>, int> pairs;
    std::map<QList<int>, int> combinations;
    for (const ResponseData *r : included) {
        const auto found = r->combinations.constFind(scope);
        if (found == r->combinations.cend())
            continue;
        const QList<int> picks = normalisedPicks(instrument, found.value());
        if (picks.isEmpty())
            continue;
        ++s.answered;
        for (qsizetype i = 0; i < picks.size(); ++i) {
            ++selected[picks.at(i)];
            for (qsizetype j = i + 1; j < picks.size(); ++j)
                ++pairs[{ picks.at(i), picks.at(j) }];
        }
        ++combinations[picks];
    }
    for (qsizetype m = 0; m < measures.size(); ++m)
        s.measures.append(MeasureSelection { measures.at(m).id, selected.at(m), {}, false });
    detail::deriveSelection(s, instrument.thresholds().selection);
    for (const auto &[pair, count] : pairs)
        s.coSelection.append(PairCount { measures.at(pair.first).id, measures.at(pair.second).id, count });
    s.topCombinations = rankCombinations(instrument, combinations, top);
    return s;
}

} // namespace

static bool inGroup(const ResponseData &response, const QString &group)
{
    return group.isEmpty() || response.expertise.contains(group);
}

static QList<int> normalisedPicks(const Instrument &instrument, const QStringList &picks)
{
    QList<int> out;
    out.reserve(picks.size());
    for (const QString &id : picks) {
        const int index = instrument.measureIndex(id);
        if (index >= 0)
            out.append(index);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Figures referenceAnalyse(
    const Instrument &instrument, const QList<ResponseData> &responses, const Options &options)
{
    Figures results;
    results.instrumentFingerprint = instrument.fingerprint();
    results.group = options.group;

    QList<const ResponseData *> included;
    for (const ResponseData &r : responses) {
        if (inGroup(r, options.group))
            included.append(&r);
    }
    results.respondents = int(included.size());

    const auto &measures = instrument.measures();
    const qsizetype measureCount = measures.size();
    const qsizetype areaCount = instrument.areas().size();
    QStringList measureIds;
    for (const Measure &m : measures)
        measureIds.append(m.id);
    QStringList areaIds;
    for (const RiskArea &a : instrument.areas())
        areaIds.append(a.id);
    const QHash<QString, int> measureIndex = indexOf(measureIds);
    const QHash<QString, int> areaIndex = indexOf(areaIds);
    const bool effectiveness = instrument.effectiveness().enabled;
    const bool feasibility = instrument.feasibility().enabled;
    const Scale effScale = effectiveness ? instrument.effectivenessScale() : Scale {};
    const Scale feasScale = feasibility ? instrument.feasibilityScale() : Scale {};

    // One walk over each response's maps (rather than a lookup per item) keeps this linear in
    // the number of answers.
    QList<ItemTally> eff(effectiveness ? areaCount * measureCount : 0,
        ItemTally { QList<int>(effScale.points.size(), 0), 0, 0 });
    QList<ItemTally> feas(
        feasibility ? measureCount : 0, ItemTally { QList<int>(feasScale.points.size(), 0), 0, 0 });
    for (const ResponseData *r : included) {
        if (effectiveness) {
            for (auto m = r->effectiveness.cbegin(); m != r->effectiveness.cend(); ++m) {
                const int measure = measureIndex.value(m.key(), -1);
                if (measure < 0)
                    continue;
                for (auto a = m.value().cbegin(); a != m.value().cend(); ++a) {
                    const int area = areaIndex.value(a.key(), -1);
                    if (area >= 0)
                        tally(eff[area * measureCount + measure], effScale, a.value());
                }
            }
        }
        if (feasibility) {
            for (auto f = r->feasibility.cbegin(); f != r->feasibility.cend(); ++f) {
                const int measure = measureIndex.value(f.key(), -1);
                if (measure >= 0)
                    tally(feas[measure], feasScale, f.value());
            }
        }
    }

    const double agreement = instrument.thresholds().agreement;
    if (effectiveness) {
        for (qsizetype a = 0; a < areaCount; ++a) {
            AreaStats area;
            area.areaId = areaIds.at(a);
            QList<QList<int>> units;
            for (qsizetype m = 0; m < measureCount; ++m) {
                const ItemTally &t = eff.at(a * measureCount + m);
                area.measures.append(detail::itemFromCounts(measureIds.at(m), effScale, t.counts, t.dontKnow,
                    results.respondents - t.answered, agreement));
                units.append(t.counts);
            }
            area.alpha = detail::areaAlpha(effScale, units);
            results.areas.append(area);
        }
    }
    for (qsizetype m = 0; m < feas.size(); ++m) {
        const ItemTally &t = feas.at(m);
        results.feasibility.append(detail::itemFromCounts(
            measureIds.at(m), feasScale, t.counts, t.dontKnow, results.respondents - t.answered, agreement));
    }

    for (const QString &scope : instrument.combinationScopes())
        results.selection.append(analyseScope(instrument, scope, included, options.topCombinations));

    results.standOut = analysis::standOutMeasures(instrument, results.areas, results.selection);
    return results;
}

namespace {

QString show(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 17) : u"null"_s;
}

} // namespace

QString firstDifference(const Figures &a, const Figures &b)
{
    if (a.respondents != b.respondents)
        return u"respondents"_s;
    if (a.areas.size() != b.areas.size())
        return u"areas.size"_s;
    for (qsizetype i = 0; i < a.areas.size(); ++i) {
        if (a.areas.at(i).alpha != b.areas.at(i).alpha)
            return u"alpha of "_s + a.areas.at(i).areaId + u": "_s + show(a.areas.at(i).alpha) + u" vs "_s
                + show(b.areas.at(i).alpha);
        for (qsizetype m = 0; m < a.areas.at(i).measures.size(); ++m) {
            if (!(a.areas.at(i).measures.at(m) == b.areas.at(i).measures.at(m)))
                return u"area "_s + a.areas.at(i).areaId + u" measure "_s + QString::number(m);
        }
    }
    for (qsizetype m = 0; m < a.feasibility.size(); ++m) {
        if (!(a.feasibility.at(m) == b.feasibility.at(m)))
            return u"feasibility "_s + QString::number(m);
    }
    for (qsizetype s = 0; s < a.selection.size(); ++s) {
        const ScopeStats &x = a.selection.at(s);
        const ScopeStats &y = b.selection.at(s);
        if (x.answered != y.answered || !(x.measures == y.measures))
            return u"selection "_s + x.scope;
        if (!(x.coSelection == y.coSelection))
            return u"co-selection "_s + x.scope;
        if (!(x.topCombinations == y.topCombinations))
            return u"combinations "_s + x.scope;
    }
    if (a.standOut != b.standOut)
        return u"stand_out"_s;
    return a == b ? QString() : u"other field"_s;
}

} // namespace panelist::analysis::reference
