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
    if (!options.group.isEmpty()) {
        const int index = instrument.expertiseIndex(options.group);
        m_group = index >= 0 ? index : -2;
    }
    clear();
}

void Aggregator::clear()
{
    m_respondents = 0;
    const qsizetype measures = m_instrument.measures().size();
    m_effectiveness.clear();
    m_effectivenessDontKnow.clear();
    if (m_instrument.effectiveness().enabled) {
        const qsizetype items = m_instrument.areas().size() * measures;
        m_effectiveness.fill(0, items * m_instrument.effectivenessScale().points.size());
        m_effectivenessDontKnow.fill(0, items);
    }
    m_feasibility.clear();
    m_feasibilityDontKnow.clear();
    if (m_instrument.feasibility().enabled) {
        m_feasibility.fill(0, measures * m_instrument.feasibilityScale().points.size());
        m_feasibilityDontKnow.fill(0, measures);
    }
    m_scopeCounts.clear();
    for (qsizetype s = 0; s < m_scopes.size(); ++s) {
        ScopeCounts scope;
        scope.selected.fill(0, measures);
        scope.pairs.fill(0, measures * measures);
        m_scopeCounts.append(scope);
    }
}

bool Aggregator::add(const IndexedResponse &response)
{
    if (m_group == -2 || !response.inGroup(m_group))
        return false;
    apply(response, +1);
    return true;
}

bool Aggregator::remove(const IndexedResponse &response)
{
    if (m_group == -2 || !response.inGroup(m_group))
        return false;
    apply(response, -1);
    return true;
}

void Aggregator::replace(const IndexedResponse &older, const IndexedResponse &newer)
{
    remove(older);
    add(newer);
}

bool Aggregator::add(const ResponseData &response)
{
    return add(indexResponse(m_instrument, response));
}

bool Aggregator::remove(const ResponseData &response)
{
    return remove(indexResponse(m_instrument, response));
}

void Aggregator::replace(const ResponseData &older, const ResponseData &newer)
{
    remove(older);
    add(newer);
}

namespace {

// Adds sign to the count of each answered item's point (or its "don't know"). A response indexed
// for another shape of instrument is ignored rather than read out of bounds.
void countItems(
    QList<int> &counts, QList<int> &dontKnow, qsizetype points, const QList<qint16> &answers, int sign)
{
    if (answers.size() != dontKnow.size())
        return;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const qint16 point = answers.at(i);
        if (point >= 0 && point < points)
            counts[i * points + point] += sign;
        else if (point == IndexedResponse::DontKnow)
            dontKnow[i] += sign;
    }
}

} // namespace

void Aggregator::apply(const IndexedResponse &response, int sign)
{
    m_respondents += sign;
    if (!m_effectiveness.isEmpty())
        countItems(m_effectiveness, m_effectivenessDontKnow, m_instrument.effectivenessScale().points.size(),
            response.effectiveness, sign);
    if (!m_feasibility.isEmpty())
        countItems(m_feasibility, m_feasibilityDontKnow, m_instrument.feasibilityScale().points.size(),
            response.feasibility, sign);
    for (qsizetype s = 0; s < m_scopeCounts.size() && s < response.picks.size(); ++s)
        applyPicks(m_scopeCounts[s], response.picks.at(s), sign);
}

void Aggregator::applyPicks(ScopeCounts &scope, const QList<int> &picks, int sign)
{
    if (picks.isEmpty())
        return;
    const qsizetype measures = scope.selected.size();
    for (int m : picks) {
        if (m < 0 || m >= measures)
            return; // not indexed for this instrument
    }
    scope.answered += sign;
    for (qsizetype i = 0; i < picks.size(); ++i) {
        scope.selected[picks.at(i)] += sign;
        for (qsizetype j = i + 1; j < picks.size(); ++j)
            scope.pairs[picks.at(i) * measures + picks.at(j)] += sign;
    }
    // The ranking is keyed by the count, so an entry leaves it before its count changes.
    const auto it = scope.combinations.try_emplace(picks, 0).first;
    if (it->second > 0)
        scope.ranking.erase(Ranked { it->second, it->first });
    it->second += sign;
    if (it->second > 0)
        scope.ranking.insert(Ranked { it->second, it->first });
    else
        scope.combinations.erase(it); // keep the map as small as the live data
}

QList<ItemStats> Aggregator::items(const Scale &scale, const QList<int> &counts, const QList<int> &dontKnow,
    qsizetype first, qsizetype count) const
{
    const auto &measures = m_instrument.measures();
    const qsizetype points = scale.points.size();
    const double agreement = m_instrument.thresholds().agreement;
    QList<ItemStats> out;
    out.reserve(count);
    for (qsizetype m = 0; m < count; ++m) {
        const qsizetype item = first + m;
        const QList<int> itemCounts = counts.mid(item * points, points);
        int n = 0;
        for (int c : itemCounts)
            n += c;
        // Missing is whoever is counted but gave neither a scale point nor "don't know".
        const int dk = dontKnow.at(item);
        out.append(detail::itemFromCounts(
            measures.at(m).id, scale, itemCounts, dk, m_respondents - n - dk, agreement));
    }
    return out;
}

ScopeStats Aggregator::scopeFigures(qsizetype s) const
{
    const auto &measures = m_instrument.measures();
    const qsizetype count = measures.size();
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
    for (const Ranked &entry : counts.ranking) {
        if (scope.topCombinations.size() >= m_options.topCombinations)
            break;
        CombinationCount c;
        for (int index : entry.picks)
            c.measures.append(measures.at(index).id);
        c.count = entry.count;
        scope.topCombinations.append(c);
    }
    return scope;
}

Figures Aggregator::figures() const
{
    Figures figures;
    figures.instrumentFingerprint = m_instrument.fingerprint();
    figures.group = m_options.group;
    figures.respondents = m_respondents;

    const qsizetype measures = m_instrument.measures().size();
    if (!m_effectiveness.isEmpty()) {
        const Scale &scale = m_instrument.effectivenessScale();
        for (qsizetype a = 0; a < m_instrument.areas().size(); ++a) {
            AreaStats area;
            area.areaId = m_instrument.areas().at(a).id;
            area.measures = items(scale, m_effectiveness, m_effectivenessDontKnow, a * measures, measures);
            QList<QList<int>> unitCounts;
            for (const ItemStats &item : std::as_const(area.measures))
                unitCounts.append(item.counts);
            area.alpha = detail::areaAlpha(scale, unitCounts);
            figures.areas.append(area);
        }
    }
    if (!m_feasibility.isEmpty())
        figures.feasibility
            = items(m_instrument.feasibilityScale(), m_feasibility, m_feasibilityDontKnow, 0, measures);
    for (qsizetype s = 0; s < m_scopes.size(); ++s)
        figures.selection.append(scopeFigures(s));
    figures.standOut = standOutMeasures(m_instrument, figures.areas, figures.selection);
    return figures;
}

} // namespace panelist::analysis
