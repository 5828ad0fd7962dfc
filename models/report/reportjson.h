#pragma once

#include "models/analysis/figures.h"
#include "models/instrument/instrument.h"

#include <QByteArray>

#include "models/storage/studytypes.h"

#include <optional>

namespace panelist::report {

// The report as JSON, format "panelist-report" version 1 (docs/report.md): every figure of results,
// keys in a fixed order, null where a figure is undefined. results must come from analyse() or an
// Aggregator over responses to this instrument.
QByteArray reportJson(const Instrument &instrument, const analysis::Figures &results,
    const std::optional<StudyProvenance> &study = std::nullopt);

} // namespace panelist::report
