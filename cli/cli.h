#pragma once

#include "cli/cliio.h"
#include "cli/exitcodes.h"

#include <QStringList>

namespace panelist {

// Runs one panelist-cli command line (arguments without the program name) and returns its exit code.
// Never touches the display: the tool runs under QCoreApplication.
int runCli(const QStringList &arguments, CliIo &io);

QString cliUsage();

} // namespace panelist
