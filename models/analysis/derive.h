#pragma once

// Internal to models/analysis: the steps from counts to figures that the full recompute and the
// Aggregator share, so both apply one definition of a share, a threshold and a ranking.

#include "models/analysis/results.h"

#include <QList>

#include <map>

namespace panelist {
class Instrument;
}

namespace panelist::analysis::detail {

// Fills agreeShare, disagreeShare, wilson and meetsAgreement from n, agree and disagree.
void deriveShares(ItemStats &item, double agreementThreshold);

// Fills share and meetsSelection of every measure from selected and answered.
void deriveSelection(ScopeStats &scope, double selectionThreshold);

// Exact combinations (sets of measure indices) -> respondents, ranked by count descending with
// ties in instrument order (lexicographic on the indices), the first `top` of them.
QList<CombinationCount> rankCombinations(const Instrument &instrument,
                                         const std::map<QList<int>, int> &combinations, int top);

} // namespace panelist::analysis::detail
