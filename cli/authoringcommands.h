#pragma once

#include "cli/commandline.h"

namespace panelist {

// `instrument template OUT [--instrument FILE]`: the workbook a coordinator starts from (.xlsx or
// .ods by OUT's name), filled with the bundled instrument or FILE (docs/authoring.md).
int runInstrumentTemplate(const ParsedCommand &command, CliIo &io);
// `instrument import WORKBOOK --out INSTRUMENT.json`: the instrument a workbook describes, every
// mistake listed by sheet, row and column; nothing written on failure.
int runInstrumentImport(const ParsedCommand &command, CliIo &io);

} // namespace panelist
