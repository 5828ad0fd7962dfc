#pragma once

#include "models/analysis/figures.h"

#include <QList>
#include <QString>

namespace panelist {
class Instrument;
struct ResponseData;
} // namespace panelist

namespace panelist::analysis::reference {

// Every figure of docs/analysis.md counted independently of the Aggregator (referenceanalysis.cpp).
Figures referenceAnalyse(
    const Instrument &instrument, const QList<ResponseData> &responses, const Options &options = {});

// Names the first field where two sets of figures differ ("area a1 measure 2", "combinations
// overall", ...), empty when they are equal, so a failure says where to look.
QString firstDifference(const Figures &a, const Figures &b);

} // namespace panelist::analysis::reference
