#pragma once

#include <QList>

#include <optional>

namespace panelist::analysis {

// Krippendorff's alpha from the coincidence-matrix definition in Krippendorff (2011), "Computing
// Krippendorff's Alpha-Reliability": alpha = 1 - (n - 1) * sum(o_ck * d_ck) / sum(n_c * n_k * d_ck),
// where o_ck counts ordered pairs of values within a unit, each unit weighted 1 / (m_u - 1), and
// n_c are the coincidence marginals. Units with fewer than two values are not pairable and are
// left out. Null when alpha is undefined: fewer than two pairable values, or no expected
// disagreement (every pairable value the same).
enum class Metric { Nominal, Ordinal, Interval, Ratio };

// Reliability data as units: units[u] holds the values the coders gave to unit u; coders who
// did not code the unit are simply absent. The order of values within a unit does not matter.
std::optional<double> krippendorffAlpha(const QList<QList<double>> &units, Metric metric);

// The same from counts per unit: unitCounts[u][i] = how many coders gave values[i] to unit u;
// values ascending (the ordinal metric depends on their order). Running per-item counts of a
// rating scale are exactly this, so alpha needs no separate state when aggregating incrementally.
// Values with no counts anywhere add nothing, so the result does not depend on whether unused
// scale points are listed.
std::optional<double> krippendorffAlphaFromCounts(
    const QList<double> &values, const QList<QList<int>> &unitCounts, Metric metric);

} // namespace panelist::analysis
