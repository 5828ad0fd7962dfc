#pragma once

#include "models/analysis/figures.h"
#include "models/instrument/instrument.h"

#include <QList>

#include <map>
#include <utility>

namespace panelist {
struct ResponseData;
struct Rating;
} // namespace panelist

namespace panelist::analysis {

// Running counts behind every figure, so that a response arriving (or a revision being replaced)
// costs one pass over that response instead of over the whole study. figures() derives the
// figures from the counts alone: quartiles from the per-point counts, alpha from the per-measure
// counts (the coincidence matrix needs nothing else). It gives exactly the numbers analyse()
// gives for the same responses and options.
//
// A plain value: not thread-safe; use one instance per thread or guard it.
class Aggregator
{
public:
    explicit Aggregator(const Instrument &instrument, const Options &options = {});

    // Counts a response. Returns false (and changes nothing) when it is outside the group filter.
    bool add(const ResponseData &response);
    // Takes back a response counted earlier; pass exactly the data that was added (e.g. the older
    // revision when a newer one replaces it). Returns false when outside the group filter.
    bool remove(const ResponseData &response);
    // remove(older) then add(newer).
    void replace(const ResponseData &older, const ResponseData &newer);
    void clear();

    int respondents() const { return m_respondents; }
    const Options &options() const { return m_options; }
    Figures figures() const;

private:
    struct ItemCounts
    {
        QList<int> counts; // per scale point, scale order
        int dontKnow = 0;
    };
    struct ScopeCounts
    {
        int answered = 0;
        QList<int> selected; // per measure
        QList<int> pairs; // measures x measures, only [i][j] with i < j used
        std::map<QList<int>, int> combinations; // exact pick sets (instrument indices) -> respondents
    };

    void apply(const ResponseData &response, int sign);
    void countRating(ItemCounts &item, const Scale &scale, const Rating &rating, int sign) const;

    Instrument m_instrument;
    Options m_options;
    QStringList m_scopes;
    int m_respondents = 0;
    QList<QList<ItemCounts>> m_effectiveness; // [area][measure]; empty when not asked
    QList<ItemCounts> m_feasibility; // [measure]; empty when not asked
    QList<ScopeCounts> m_scopeCounts; // parallel to m_scopes
};

} // namespace panelist::analysis
