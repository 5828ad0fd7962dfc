#pragma once

#include "cli/commandspec.h"

namespace panelist {

// panelist-cli's commands, one row each: what the parser reads the command line against, and what
// --help, the usage errors and the documentation's command lists (docs/cli.md, README.md) show.
const CommandTable &cliCommands();

} // namespace panelist
