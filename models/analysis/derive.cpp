#include "models/analysis/derive.h"

#include "models/analysis/krippendorff.h"
#include "models/instrument/instrument.h"

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

ItemStats itemFromCounts(const QString &measureId, const Scale &scale, const QList<int> &counts, int dontKnow,
    int missing, double agreementThreshold)
{
    ItemStats s;
    s.measureId = measureId;
    s.counts = counts;
    s.dontKnow = dontKnow;
    s.missing = missing;
    QList<int> values;
    values.reserve(scale.points.size());
    const double midpoint = scale.points.isEmpty() ? 0.0 : scale.midpoint();
    for (qsizetype i = 0; i < scale.points.size() && i < counts.size(); ++i) {
        const int value = scale.points.at(i).value;
        const int count = counts.at(i);
        values.append(value);
        s.n += count;
        if (value > midpoint)
            s.agree += count;
        else if (value < midpoint)
            s.disagree += count;
    }
    if (s.n > 0) {
        s.pointShares.reserve(values.size());
        for (qsizetype i = 0; i < values.size(); ++i)
            s.pointShares.append(double(counts.at(i)) / double(s.n));
    }
    s.median = quantileFromCounts(values, counts, 0.5);
    s.q1 = quantileFromCounts(values, counts, 0.25);
    s.q3 = quantileFromCounts(values, counts, 0.75);
    deriveShares(s, agreementThreshold);
    return s;
}

std::optional<double> areaAlpha(const Scale &scale, const QList<QList<int>> &unitCounts)
{
    QList<double> values;
    values.reserve(scale.points.size());
    for (const ScalePoint &p : scale.points)
        values.append(double(p.value));
    return krippendorffAlphaFromCounts(values, unitCounts, Metric::Ordinal);
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

} // namespace panelist::analysis::detail
