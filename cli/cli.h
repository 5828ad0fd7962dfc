#pragma once

#include "cli/cliio.h"
#include "cli/exitcodes.h"

#include <QStringList>

namespace panelist {

// Runs one panelist-cli command line (arguments without the program name) and returns its exit code:
// parsed against cliCommands() (cli/commandtable.h), then run, or answered with help, the version or
// a usage error. Never touches the display: the tool runs under QCoreApplication.
int runCli(const QStringList &arguments, CliIo &io);

} // namespace panelist
