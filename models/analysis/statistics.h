#pragma once

#include <QList>

#include <optional>

namespace panelist::analysis {

// Two-sided 95 % normal quantile, to the precision R and SciPy print (qnorm(0.975)).
inline constexpr double Z95 = 1.959963984540054;

struct Interval
{
    double low = 0.0;
    double high = 0.0;
    bool operator==(const Interval &) const = default;
};

// Wilson score interval for a binomial proportion successes / n. Null when n == 0 (no
// information). The bounds are kept within [0, 1] and around successes / n, which the exact
// interval always satisfies but rounding can break (10 of 10 would end just below 1).
std::optional<Interval> wilsonInterval(int successes, int n, double z = Z95);

// Sample quantile with linear interpolation between order statistics: R's default (type 7),
// also NumPy's default "linear". With h = (n - 1) p, the result is x[floor h] + (h - floor h) *
// (x[floor h + 1] - x[floor h]) on the 0-based sorted sample. Null for an empty sample.
// sorted must be in ascending order; p in [0, 1].
std::optional<double> quantileType7(const QList<double> &sorted, double p);

// The same quantile for a sample given as counts per value (counts[i] copies of values[i],
// values ascending). Gives exactly the same number as quantileType7 on the expanded sample, which
// is what lets running per-point counts report quartiles without keeping every answer.
std::optional<double> quantileFromCounts(const QList<int> &values, const QList<int> &counts, double p);

} // namespace panelist::analysis
