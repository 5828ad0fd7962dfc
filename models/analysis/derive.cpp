#include "models/analysis/derive.h"

#include "models/instrument/instrument.h"

#include <algorithm>
#include <vector>

namespace panelist::analysis::detail {

void deriveShares(ItemStats &item, double agreementThreshold)
{
    item.agreeShare.reset();
    item.disagreeShare.reset();
    item.wilson = wilsonInterval(item.agree, item.n);
    item.meetsAgreement = false;
    if (item.n == 0)
        return;
    item.agreeShare = double(item.agree) / double(item.n);
    item.disagreeShare = double(item.disagree) / double(item.n);
    item.meetsAgreement = *item.agreeShare > agreementThreshold;
}

void deriveSelection(ScopeStats &scope, double selectionThreshold)
{
    for (MeasureSelection &m : scope.measures) {
        m.share.reset();
        m.meetsSelection = false;
        if (scope.answered == 0)
            continue;
        m.share = double(m.selected) / double(scope.answered);
        m.meetsSelection = *m.share > selectionThreshold;
    }
}

QList<CombinationCount> rankCombinations(const Instrument &instrument,
                                         const std::map<QList<int>, int> &combinations, int top)
{
    // std::map iterates in lexicographic index order; a stable sort by count keeps that as the
    // tie-break.
    std::vector<std::pair<QList<int>, int>> ranked;
    for (const auto &[set, count] : combinations) {
        if (count > 0)
            ranked.emplace_back(set, count);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    QList<CombinationCount> out;
    const auto &measures = instrument.measures();
    for (size_t i = 0; i < ranked.size() && qsizetype(i) < qsizetype(std::max(top, 0)); ++i) {
        CombinationCount c;
        for (int index : ranked[i].first)
            c.measures.append(measures.at(index).id);
        c.count = ranked[i].second;
        out.append(c);
    }
    return out;
}

} // namespace panelist::analysis::detail
