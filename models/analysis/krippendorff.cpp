#include "models/analysis/krippendorff.h"

#include <algorithm>
#include <vector>

namespace panelist::analysis {

namespace {

// Squared difference function delta^2_ck (Krippendorff 2011, section E). marginals are the
// coincidence marginals n_g, used by the ordinal metric.
double squaredDifference(Metric metric, const QList<double> &values, const std::vector<qint64> &marginals,
    qsizetype c, qsizetype k)
{
    if (c == k)
        return 0.0;
    switch (metric) {
    case Metric::Nominal:
        return 1.0;
    case Metric::Interval: {
        const double d = values.at(c) - values.at(k);
        return d * d;
    }
    case Metric::Ratio: {
        const double sum = values.at(c) + values.at(k);
        if (sum == 0.0)
            return 0.0;
        const double d = (values.at(c) - values.at(k)) / sum;
        return d * d;
    }
    case Metric::Ordinal: {
        const qsizetype from = std::min(c, k);
        const qsizetype to = std::max(c, k);
        qint64 between = 0;
        for (qsizetype g = from; g <= to; ++g)
            between += marginals[size_t(g)];
        const double d = double(between) - double(marginals[size_t(c)] + marginals[size_t(k)]) / 2.0;
        return d * d;
    }
    }
    return 0.0;
}

} // namespace

std::optional<double> krippendorffAlphaFromCounts(
    const QList<double> &values, const QList<QList<int>> &unitCounts, Metric metric)
{
    const qsizetype k = values.size();
    // Coincidence matrix o_ck (row-major) and its marginals n_c. Only non-zero contributions are
    // added, so value lists with or without unused points give bit-identical sums.
    std::vector<double> coincidences(size_t(k * k), 0.0);
    std::vector<qint64> marginals(size_t(k), 0);
    qint64 n = 0;
    for (const QList<int> &unit : unitCounts) {
        qint64 m = 0;
        for (int c : unit)
            m += c;
        if (m < 2)
            continue; // not pairable
        n += m;
        for (qsizetype c = 0; c < k && c < unit.size(); ++c) {
            const qint64 nc = unit.at(c);
            if (nc == 0)
                continue;
            // Each unit contributes its m_u values to the marginals: sum_k o_ck = n_uc.
            marginals[size_t(c)] += nc;
            for (qsizetype j = 0; j < k && j < unit.size(); ++j) {
                const qint64 pairs = (c == j) ? nc * (nc - 1) : nc * qint64(unit.at(j));
                if (pairs != 0)
                    coincidences[size_t(c * k + j)] += double(pairs) / double(m - 1);
            }
        }
    }
    if (n < 2)
        return std::nullopt;

    double observed = 0.0;
    double expected = 0.0;
    for (qsizetype c = 0; c < k; ++c) {
        for (qsizetype j = 0; j < k; ++j) {
            const double o = coincidences[size_t(c * k + j)];
            const qint64 ee = marginals[size_t(c)] * marginals[size_t(j)];
            if (o == 0.0 && ee == 0)
                continue;
            const double d = squaredDifference(metric, values, marginals, c, j);
            if (o != 0.0)
                observed += o * d;
            if (ee != 0)
                expected += double(ee) * d;
        }
    }
    if (expected == 0.0)
        return std::nullopt;
    return 1.0 - double(n - 1) * observed / expected;
}

std::optional<double> krippendorffAlpha(const QList<QList<double>> &units, Metric metric)
{
    QList<double> values;
    for (const QList<double> &unit : units) {
        if (unit.size() < 2)
            continue;
        values.append(unit);
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());

    QList<QList<int>> counts;
    counts.reserve(units.size());
    for (const QList<double> &unit : units) {
        QList<int> row(values.size(), 0);
        if (unit.size() >= 2) {
            for (double v : unit) {
                const auto it = std::lower_bound(values.cbegin(), values.cend(), v);
                ++row[it - values.cbegin()];
            }
        }
        counts.append(row);
    }
    return krippendorffAlphaFromCounts(values, counts, metric);
}

} // namespace panelist::analysis
