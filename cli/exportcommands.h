#pragma once

#include "cli/cli.h"

#include <QStringList>

namespace panelist {

// `export STUDY --format csv-long|csv-wide|json|sav --out PATH` and
// `simulate --experts N --seed S --out DIR [--instrument FILE]` (docs/exports.md).
// arguments are the whole command line without the program name, starting with the command word.
bool isExportCommand(const QStringList &arguments); // first word is "export" or "simulate"
int runExportCommand(const QStringList &arguments, CliIo &io);

QString exportCommandsUsage();

} // namespace panelist
