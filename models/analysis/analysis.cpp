#include "models/analysis/analysis.h"

#include "models/analysis/aggregator.h"
#include "models/instrument/instrument.h"
#include "models/response/responsedata.h"

#include <algorithm>

namespace panelist::analysis {

const AreaStats *Figures::area(const QString &id) const
{
    for (const AreaStats &a : areas) {
        if (a.areaId == id)
            return &a;
    }
    return nullptr;
}

const ScopeStats *Figures::scope(const QString &id) const
{
    for (const ScopeStats &s : selection) {
        if (s.scope == id)
            return &s;
    }
    return nullptr;
}

QStringList standOutMeasures(
    const Instrument &instrument, const QList<AreaStats> &areas, const QList<ScopeStats> &selection)
{
    QStringList out;
    if (areas.isEmpty())
        return out;
    const auto &measures = instrument.measures();
    for (qsizetype m = 0; m < measures.size(); ++m) {
        const bool agreed = std::all_of(areas.cbegin(), areas.cend(),
            [m](const AreaStats &a) { return m < a.measures.size() && a.measures.at(m).meetsAgreement; });
        const bool selected = std::all_of(selection.cbegin(), selection.cend(),
            [m](const ScopeStats &s) { return m < s.measures.size() && s.measures.at(m).meetsSelection; });
        if (agreed && selected)
            out.append(measures.at(m).id);
    }
    return out;
}

Figures analyse(const Instrument &instrument, const QList<ResponseData> &responses, const Options &options)
{
    Aggregator aggregator(instrument, options);
    for (const ResponseData &response : responses)
        aggregator.add(response);
    return aggregator.figures();
}

} // namespace panelist::analysis
