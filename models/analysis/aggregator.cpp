#include "models/analysis/aggregator.h"

#include "models/analysis/analysis.h"
#include "models/analysis/derive.h"
#include "models/response/responsedata.h"

namespace panelist::analysis {

Aggregator::Aggregator(const Instrument &instrument, const Options &options)
    : m_instrument(instrument)
    , m_options(options)
    , m_scopes(instrument.combinationScopes())
{
    clear();
}

void Aggregator::clear()
{
    m_respondents = 0;
    const qsizetype measures = m_instrument.measures().size();
    m_effectiveness.clear();
    if (m_instrument.effectiveness().enabled) {
        const ItemCounts empty { QList<int>(m_instrument.effectivenessScale().points.size(), 0), 0 };
        for (qsizetype a = 0; a < m_instrument.areas().size(); ++a)
            m_effectiveness.append(QList<ItemCounts>(measures, empty));
    }
    m_feasibility.clear();
    if (m_instrument.feasibility().enabled) {
        const ItemCounts empty { QList<int>(m_instrument.feasibilityScale().points.size(), 0), 0 };
        m_feasibility = QList<ItemCounts>(measures, empty);
    }
    m_scopeCounts.clear();
    for (qsizetype s = 0; s < m_scopes.size(); ++s) {
        ScopeCounts scope;
        scope.selected = QList<int>(measures, 0);
        scope.pairs = QList<int>(measures * measures, 0);
        m_scopeCounts.append(scope);
    }
}

bool Aggregator::add(const ResponseData &response)
{
    if (!inGroup(response, m_options.group))
        return false;
    apply(response, +1);
    return true;
}

bool Aggregator::remove(const ResponseData &response)
{
    if (!inGroup(response, m_options.group))
        return false;
    apply(response, -1);
    return true;
}

void Aggregator::replace(const ResponseData &older, const ResponseData &newer)
{
    remove(older);
    add(newer);
}

void Aggregator::countRating(ItemCounts &item, const Scale &scale, const Rating &rating, int sign) const
{
    if (rating.dontKnow) {
        item.dontKnow += sign;
        return;
    }
    // A value off the scale is neither counted nor "don't know": it ends up in missing, which is
    // derived as respondents minus the rest.
    for (qsizetype i = 0; i < scale.points.size(); ++i) {
        if (scale.points.at(i).value == rating.value) {
            item.counts[i] += sign;
            return;
        }
    }
}

void Aggregator::apply(const ResponseData &response, int sign)
{
    m_respondents += sign;

    if (!m_effectiveness.isEmpty()) {
        const Scale &scale = m_instrument.effectivenessScale();
        for (auto m = response.effectiveness.cbegin(); m != response.effectiveness.cend(); ++m) {
            const int measure = m_instrument.measureIndex(m.key());
            if (measure < 0)
                continue;
            for (auto a = m.value().cbegin(); a != m.value().cend(); ++a) {
                const int area = m_instrument.areaIndex(a.key());
                if (area >= 0)
                    countRating(m_effectiveness[area][measure], scale, a.value(), sign);
            }
        }
    }

    if (!m_feasibility.isEmpty()) {
        const Scale &scale = m_instrument.feasibilityScale();
        for (auto f = response.feasibility.cbegin(); f != response.feasibility.cend(); ++f) {
            const int measure = m_instrument.measureIndex(f.key());
            if (measure >= 0)
                countRating(m_feasibility[measure], scale, f.value(), sign);
        }
    }

    const qsizetype measures = m_instrument.measures().size();
    for (qsizetype s = 0; s < m_scopes.size(); ++s) {
        const QList<int> picks = normalisedPicks(m_instrument, response.combinations.value(m_scopes.at(s)));
        if (picks.isEmpty())
            continue;
        ScopeCounts &scope = m_scopeCounts[s];
        scope.answered += sign;
        for (qsizetype i = 0; i < picks.size(); ++i) {
            scope.selected[picks.at(i)] += sign;
            for (qsizetype j = i + 1; j < picks.size(); ++j)
                scope.pairs[picks.at(i) * measures + picks.at(j)] += sign;
        }
        const auto it = scope.combinations.try_emplace(picks, 0).first;
        it->second += sign;
        if (it->second == 0)
            scope.combinations.erase(it); // keep the map as small as the live data
    }
}

Figures Aggregator::figures() const
{
    Figures results;
    results.instrumentFingerprint = m_instrument.fingerprint();
    results.group = m_options.group;
    results.respondents = m_respondents;

    const auto &measures = m_instrument.measures();
    const double agreement = m_instrument.thresholds().agreement;
    // missing is whoever is counted but gave neither a scale point nor "don't know".
    auto item = [&](qsizetype m, const Scale &scale, const ItemCounts &c) {
        int n = 0;
        for (int x : c.counts)
            n += x;
        return detail::itemFromCounts(
            measures.at(m).id, scale, c.counts, c.dontKnow, m_respondents - n - c.dontKnow, agreement);
    };
    if (!m_effectiveness.isEmpty()) {
        const Scale &scale = m_instrument.effectivenessScale();
        for (qsizetype a = 0; a < m_effectiveness.size(); ++a) {
            AreaStats area;
            area.areaId = m_instrument.areas().at(a).id;
            QList<QList<int>> unitCounts;
            for (qsizetype m = 0; m < measures.size(); ++m) {
                const ItemCounts &counts = m_effectiveness.at(a).at(m);
                area.measures.append(item(m, scale, counts));
                unitCounts.append(counts.counts);
            }
            area.alpha = detail::areaAlpha(scale, unitCounts);
            results.areas.append(area);
        }
    }

    if (!m_feasibility.isEmpty()) {
        const Scale &scale = m_instrument.feasibilityScale();
        for (qsizetype m = 0; m < measures.size(); ++m)
            results.feasibility.append(item(m, scale, m_feasibility.at(m)));
    }

    const qsizetype count = measures.size();
    for (qsizetype s = 0; s < m_scopes.size(); ++s) {
        const ScopeCounts &counts = m_scopeCounts.at(s);
        ScopeStats scope;
        scope.scope = m_scopes.at(s);
        scope.answered = counts.answered;
        for (qsizetype m = 0; m < count; ++m)
            scope.measures.append(MeasureSelection { measures.at(m).id, counts.selected.at(m), {}, false });
        detail::deriveSelection(scope, m_instrument.thresholds().selection);
        for (qsizetype i = 0; i < count; ++i) {
            for (qsizetype j = i + 1; j < count; ++j) {
                const int n = counts.pairs.at(i * count + j);
                if (n > 0)
                    scope.coSelection.append(PairCount { measures.at(i).id, measures.at(j).id, n });
            }
        }
        scope.topCombinations = detail::rankCombinations(m_instrument, counts.combinations, m_options.topCombinations);
        results.selection.append(scope);
    }

    results.standOut = standOutMeasures(m_instrument, results.areas, results.selection);
    return results;
}

} // namespace panelist::analysis
