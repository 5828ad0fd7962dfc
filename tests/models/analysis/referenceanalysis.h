#pragma once

#include "models/analysis/figures.h"

#include <QList>

namespace panelist {
class Instrument;
struct ResponseData;
} // namespace panelist

namespace panelist::analysis::reference {

// Every figure of docs/analysis.md counted independently of the Aggregator (referenceanalysis.cpp).
Figures referenceAnalyse(
    const Instrument &instrument, const QList<ResponseData> &responses, const Options &options = {});

} // namespace panelist::analysis::reference
