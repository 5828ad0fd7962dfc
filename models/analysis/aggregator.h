#pragma once

#include "models/analysis/figures.h"
#include "models/instrument/instrument.h"
#include "models/response/indexedresponse.h"

#include <QList>

#include <map>
#include <set>

namespace panelist {
struct ResponseData;
} // namespace panelist

namespace panelist::analysis {

// Running counts behind every figure of docs/analysis.md, so that a response arriving, leaving or
// being replaced by a newer revision costs one pass over that response, never over the study.
// figures() derives everything from the counts alone (quartiles from the per-point counts, alpha
// from the per-measure counts, the top combinations from a ranking kept up to date on every change),
// so its cost does not grow with the number of respondents either. A full recompute is a fresh
// Aggregator fed every response that counts (analyse(), or a study read as a stream); both give
// exactly the same Figures.
//
// Memory: fixed-size counts per item, per measure and per pair of measures, plus one entry per
// distinct exact combination that someone picked (bounded by the number of possible combinations).
//
// A plain value: not thread-safe; use one instance per thread or guard it.
class Aggregator
{
public:
    explicit Aggregator(const Instrument &instrument, const Options &options = {});

    // Counts a response. Returns false (and changes nothing) when it is outside the group filter.
    bool add(const IndexedResponse &response);
    // Takes back a response counted earlier; pass exactly what was added (e.g. the older revision
    // when a newer one replaces it). Returns false when outside the group filter.
    bool remove(const IndexedResponse &response);
    // remove(older) then add(newer).
    void replace(const IndexedResponse &older, const IndexedResponse &newer);
    bool add(const ResponseData &response);
    bool remove(const ResponseData &response);
    void replace(const ResponseData &older, const ResponseData &newer);
    void clear();

    int respondents() const { return m_respondents; }
    const Options &options() const { return m_options; }
    const Instrument &instrument() const { return m_instrument; }
    Figures figures() const;

private:
    // An exact set of picks and how often it was chosen, ranked by count descending, then by the
    // indices (instrument order). The list shares its data with the map's key (implicit sharing), so
    // keeping both costs no copy of the set.
    struct Ranked
    {
        int count;
        QList<int> picks;
        bool operator<(const Ranked &o) const { return count != o.count ? count > o.count : picks < o.picks; }
    };
    struct ScopeCounts
    {
        int answered = 0;
        QList<int> selected; // per measure
        QList<int> pairs; // measures x measures, only [i][j] with i < j used
        std::map<QList<int>, int> combinations; // exact pick sets -> respondents
        std::set<Ranked> ranking; // every entry of combinations, best first
    };

    void apply(const IndexedResponse &response, int sign);
    void applyPicks(ScopeCounts &scope, const QList<int> &picks, int sign);
    QList<ItemStats> items(const Scale &scale, const QList<int> &counts, const QList<int> &dontKnow,
        qsizetype first, qsizetype count) const;
    ScopeStats scopeFigures(qsizetype scope) const;

    Instrument m_instrument;
    Options m_options;
    int m_group = -1; // expertise group index of the filter; -1 everyone, -2 a group nobody is in
    QStringList m_scopes;
    int m_respondents = 0;
    // Per-point counts, flat: [(item) * points + point], items as in IndexedResponse.
    QList<int> m_effectiveness, m_effectivenessDontKnow; // empty when not asked
    QList<int> m_feasibility, m_feasibilityDontKnow;
    QList<ScopeCounts> m_scopeCounts; // parallel to m_scopes
};

} // namespace panelist::analysis
