#pragma once

#include "models/analysis/figures.h"
#include "models/instrument/instrument.h"

#include <QByteArray>
#include <QStringList>

namespace panelist::report {

// The report's item table as RFC 4180 CSV (docs/report.md): one record per (area, measure) in
// instrument order, then one per measure's feasibility. Numbers are written exactly as in the
// JSON; a null figure is an empty field; booleans are true/false.
QByteArray reportCsv(const Instrument &instrument, const analysis::Figures &results);

// The header record's fields (count_<value> columns depend on the instrument's scales).
QStringList reportCsvHeader(const Instrument &instrument);

} // namespace panelist::report
