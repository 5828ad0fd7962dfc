#pragma once

#include "models/common/result.h"
#include "models/instrument/instrument.h"

#include <QString>

namespace panelist {

// An instrument from whatever file a coordinator has written it in: an instrument JSON document
// (docs/instrument-format.md), or a workbook (.xlsx, .ods, or a folder of .csv files, one per sheet;
// docs/authoring.md). Every mistake is reported, each naming the file and where in it.
Result<Instrument> loadInstrumentSource(const QString &path);

} // namespace panelist
