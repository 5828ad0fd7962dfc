#pragma once

#include "models/instrument/instrument.h"
#include "models/workbook/workbook.h"

namespace panelist {

// The workbook a coordinator starts from (`panelist-cli instrument template`): a "read me" sheet,
// then one sheet per part of the instrument (InstrumentSheets), filled with this instrument, so that
// importing it again gives the same instrument, fingerprint included (docs/authoring.md).
// Written from the instrument's canonical JSON, so optional keys appear exactly when present.
Workbook instrumentTemplate(const Instrument &instrument);

} // namespace panelist
