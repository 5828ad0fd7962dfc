#include "models/analysis/statistics.h"

#include <algorithm>
#include <cmath>

namespace panelist::analysis {

namespace {

// One place for the interpolation step, so the sorted-sample and the per-count paths do the
// same floating-point operations and agree to the last bit.
double interpolate(double lower, double upper, double fraction)
{
    if (fraction == 0.0)
        return lower;
    return lower + fraction * (upper - lower);
}

struct Position
{
    qsizetype lower = 0; // 0-based order statistic
    double fraction = 0.0;
};

Position type7Position(qsizetype n, double p)
{
    const double h = double(n - 1) * std::clamp(p, 0.0, 1.0);
    const double lower = std::floor(h);
    return { qsizetype(lower), h - lower };
}

} // namespace

std::optional<Interval> wilsonInterval(int successes, int n, double z)
{
    if (n <= 0)
        return std::nullopt;
    const double nn = double(n);
    const double p = double(successes) / nn;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / nn;
    const double centre = (p + z2 / (2.0 * nn)) / denominator;
    const double half = z / denominator * std::sqrt(p * (1.0 - p) / nn + z2 / (4.0 * nn * nn));
    // Exactly, the interval always lies in [0, 1] and contains p (it reaches 1 when every answer
    // agrees); in doubles 10 of 10 comes out as 0.9999999999999999, so pin those properties.
    return Interval { std::clamp(centre - half, 0.0, p), std::clamp(centre + half, p, 1.0) };
}

std::optional<double> quantileType7(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return std::nullopt;
    const Position at = type7Position(sorted.size(), p);
    const qsizetype upper = std::min(at.lower + 1, sorted.size() - 1);
    return interpolate(sorted.at(at.lower), sorted.at(upper), at.fraction);
}

std::optional<double> quantileFromCounts(const QList<int> &values, const QList<int> &counts, double p)
{
    qsizetype n = 0;
    for (int c : counts)
        n += c;
    if (n == 0)
        return std::nullopt;
    const Position at = type7Position(n, p);
    const qsizetype upper = std::min(at.lower + 1, n - 1);

    // Walk the cumulative counts to the value holding each of the two order statistics.
    auto valueAt = [&](qsizetype index) {
        qsizetype seen = 0;
        for (qsizetype i = 0; i < counts.size(); ++i) {
            seen += counts.at(i);
            if (index < seen)
                return double(values.at(i));
        }
        return double(values.constLast());
    };
    return interpolate(valueAt(at.lower), valueAt(upper), at.fraction);
}

} // namespace panelist::analysis
