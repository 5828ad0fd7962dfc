#pragma once

#include "models/common/result.h"
#include "models/instrument/instrument.h"
#include "models/workbook/workbook.h"

#include <QByteArray>
#include <QString>

namespace panelist {

struct ImportedInstrument
{
    Instrument instrument;
    QByteArray json; // the instrument document the workbook describes, indented, for a coordinator to keep
};

// The instrument a workbook describes (docs/authoring.md), checked like any instrument document.
// Every mistake of the workbook is listed, one per line, each naming where it is and what was
// expected: "<source>: measures, row 14, column name: expected a non-empty string, found an empty
// string". Mistakes of the layout (sheets, columns, keys) and of values the importer converts
// (numbers) are found while reading; everything else by the instrument parser, whose JSON paths are
// mapped back to the cells they came from.
Result<ImportedInstrument> importInstrument(const Workbook &workbook, const QString &sourceName);

} // namespace panelist
