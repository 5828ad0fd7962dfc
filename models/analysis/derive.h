#pragma once

// Internal to models/analysis: the steps from counts to figures that the full recompute and the
// Aggregator share, so both apply one definition of a share, a threshold and a ranking.

#include "models/analysis/figures.h"

#include <QList>

namespace panelist {
class Instrument;
struct Scale;
} // namespace panelist

namespace panelist::analysis::detail {

// Fills agreeShare, disagreeShare, wilson and meetsAgreement from n, agree and disagree.
void deriveShares(ItemStats &item, double agreementThreshold);

// Every field of one item from its per-point counts (scale order): n, agree and disagree against
// the scale's midpoint, each point's share of n, shares and interval, and the quartiles (type 7,
// via the counts).
ItemStats itemFromCounts(const QString &measureId, const Scale &scale, const QList<int> &counts, int dontKnow,
    int missing, double agreementThreshold);

// Ordinal alpha of one area: unitCounts[measure] = per-point counts on the scale.
std::optional<double> areaAlpha(const Scale &scale, const QList<QList<int>> &unitCounts);

// Fills share and meetsSelection of every measure from selected and answered.
void deriveSelection(ScopeStats &scope, double selectionThreshold);

} // namespace panelist::analysis::detail
