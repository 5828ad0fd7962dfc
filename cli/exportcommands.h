#pragma once

#include "cli/commandline.h"

namespace panelist {

// `export STUDY --format csv-long|csv-wide|json|sav|xlsx --out PATH` (docs/exports.md).
int runExport(const ParsedCommand &command, CliIo &io);
// `simulate --experts N --seed S --out DIR [--instrument FILE]` (docs/exports.md).
int runSimulate(const ParsedCommand &command, CliIo &io);

} // namespace panelist
