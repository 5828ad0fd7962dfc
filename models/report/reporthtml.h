#pragma once

#include "models/analysis/figures.h"
#include "models/instrument/instrument.h"

#include <QByteArray>

#include "models/storage/studytypes.h"

#include <optional>

namespace panelist::report {

// The study report as one self-contained HTML file (docs/report.md): inline CSS with a print
// stylesheet, charts as inline SVG, no external files or scripts. Written with QXmlStreamWriter,
// so it is also well-formed XML (polyglot HTML5). Every figure is one of results.
QByteArray reportHtml(const Instrument &instrument, const analysis::Figures &results,
    const std::optional<StudyProvenance> &study = std::nullopt);

} // namespace panelist::report
