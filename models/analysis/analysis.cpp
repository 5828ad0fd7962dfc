#include "models/analysis/analysis.h"

#include "models/analysis/derive.h"
#include "models/analysis/krippendorff.h"
#include "models/instrument/instrument.h"
#include "models/response/responsedata.h"

#include <QMap>

#include <algorithm>
#include <map>

// The full recompute works from the raw answers (sorted samples, explicit pairs, per-unit value
// lists) rather than from running counts, so that comparing it with the Aggregator checks two
// independent routes to the same definitions.

namespace panelist::analysis {

namespace {

bool scaleHas(const Scale &scale, int value)
{
    return std::any_of(scale.points.cbegin(), scale.points.cend(),
                       [value](const ScalePoint &p) { return p.value == value; });
}

// Statistics of one rating item from the answers of the included respondents, and the
// substantive values for alpha.
struct ItemSample
{
    ItemStats stats;
    QList<double> values; // substantive values, in respondent order
};

ItemSample sampleItem(const QString &measureId, const Scale &scale, double threshold,
                      const QList<const Rating *> &ratings)
{
    ItemSample s;
    s.stats.measureId = measureId;
    s.stats.counts = QList<int>(scale.points.size(), 0);
    const double midpoint = scale.points.isEmpty() ? 0.0 : scale.midpoint();
    for (const Rating *r : ratings) {
        if (!r) {
            ++s.stats.missing;
        } else if (r->dontKnow) {
            ++s.stats.dontKnow;
        } else if (!scaleHas(scale, r->value)) {
            ++s.stats.missing;
        } else {
            for (qsizetype i = 0; i < scale.points.size(); ++i) {
                if (scale.points.at(i).value == r->value)
                    ++s.stats.counts[i];
            }
            s.values.append(double(r->value));
            if (r->value > midpoint)
                ++s.stats.agree;
            else if (r->value < midpoint)
                ++s.stats.disagree;
        }
    }
    s.stats.n = int(s.values.size());
    QList<double> sorted = s.values;
    std::sort(sorted.begin(), sorted.end());
    s.stats.median = quantileType7(sorted, 0.5);
    s.stats.q1 = quantileType7(sorted, 0.25);
    s.stats.q3 = quantileType7(sorted, 0.75);
    detail::deriveShares(s.stats, threshold);
    return s;
}

const Rating *find(const QMap<QString, Rating> &map, const QString &key)
{
    const auto it = map.constFind(key);
    return it == map.cend() ? nullptr : &it.value();
}

ScopeStats analyseScope(const Instrument &instrument, const QString &scope,
                        const QList<const ResponseData *> &included, int top)
{
    const auto &measures = instrument.measures();
    ScopeStats s;
    s.scope = scope;
    QList<int> selected(measures.size(), 0);
    std::map<std::pair<int, int>, int> pairs;
    std::map<QList<int>, int> combinations;
    for (const ResponseData *r : included) {
        const QList<int> picks = normalisedPicks(instrument, r->combinations.value(scope));
        if (picks.isEmpty())
            continue;
        ++s.answered;
        for (qsizetype i = 0; i < picks.size(); ++i) {
            ++selected[picks.at(i)];
            for (qsizetype j = i + 1; j < picks.size(); ++j)
                ++pairs[{picks.at(i), picks.at(j)}];
        }
        ++combinations[picks];
    }
    for (qsizetype m = 0; m < measures.size(); ++m)
        s.measures.append(MeasureSelection{measures.at(m).id, selected.at(m), {}, false});
    detail::deriveSelection(s, instrument.thresholds().selection);
    for (const auto &[pair, count] : pairs)
        s.coSelection.append(PairCount{measures.at(pair.first).id, measures.at(pair.second).id, count});
    s.topCombinations = detail::rankCombinations(instrument, combinations, top);
    return s;
}

} // namespace

const AreaStats *Results::area(const QString &id) const
{
    for (const AreaStats &a : areas) {
        if (a.areaId == id)
            return &a;
    }
    return nullptr;
}

const ScopeStats *Results::scope(const QString &id) const
{
    for (const ScopeStats &s : selection) {
        if (s.scope == id)
            return &s;
    }
    return nullptr;
}

bool inGroup(const ResponseData &response, const QString &group)
{
    return group.isEmpty() || response.expertise.contains(group);
}

QList<int> normalisedPicks(const Instrument &instrument, const QStringList &picks)
{
    QList<int> out;
    for (const QString &id : picks) {
        const int index = instrument.measureIndex(id);
        if (index >= 0)
            out.append(index);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QStringList standOutMeasures(const Instrument &instrument, const QList<AreaStats> &areas,
                             const QList<ScopeStats> &selection)
{
    QStringList out;
    if (areas.isEmpty())
        return out;
    const auto &measures = instrument.measures();
    for (qsizetype m = 0; m < measures.size(); ++m) {
        const bool agreed = std::all_of(areas.cbegin(), areas.cend(), [m](const AreaStats &a) {
            return m < a.measures.size() && a.measures.at(m).meetsAgreement;
        });
        const bool selected = std::all_of(selection.cbegin(), selection.cend(), [m](const ScopeStats &s) {
            return m < s.measures.size() && s.measures.at(m).meetsSelection;
        });
        if (agreed && selected)
            out.append(measures.at(m).id);
    }
    return out;
}

Results analyse(const Instrument &instrument, const QList<ResponseData> &responses,
                const Options &options)
{
    Results results;
    results.instrumentFingerprint = instrument.fingerprint();
    results.group = options.group;

    QList<const ResponseData *> included;
    for (const ResponseData &r : responses) {
        if (inGroup(r, options.group))
            included.append(&r);
    }
    results.respondents = int(included.size());

    const auto &measures = instrument.measures();
    const double agreement = instrument.thresholds().agreement;

    if (instrument.effectiveness().enabled) {
        const Scale &scale = instrument.effectivenessScale();
        for (const RiskArea &area : instrument.areas()) {
            AreaStats a;
            a.areaId = area.id;
            QList<QList<double>> units;
            for (const Measure &measure : measures) {
                QList<const Rating *> ratings;
                for (const ResponseData *r : included) {
                    const auto byArea = r->effectiveness.constFind(measure.id);
                    ratings.append(byArea == r->effectiveness.cend() ? nullptr
                                                                     : find(byArea.value(), area.id));
                }
                ItemSample s = sampleItem(measure.id, scale, agreement, ratings);
                a.measures.append(s.stats);
                units.append(s.values);
            }
            a.alpha = krippendorffAlpha(units, Metric::Ordinal);
            results.areas.append(a);
        }
    }

    if (instrument.feasibility().enabled) {
        const Scale &scale = instrument.feasibilityScale();
        for (const Measure &measure : measures) {
            QList<const Rating *> ratings;
            for (const ResponseData *r : included)
                ratings.append(find(r->feasibility, measure.id));
            results.feasibility.append(sampleItem(measure.id, scale, agreement, ratings).stats);
        }
    }

    for (const QString &scope : instrument.combinationScopes())
        results.selection.append(analyseScope(instrument, scope, included, options.topCombinations));

    results.standOut = standOutMeasures(instrument, results.areas, results.selection);
    return results;
}

} // namespace panelist::analysis
