#pragma once

#include "cli/commandline.h"

namespace panelist {

// `instrument validate FILE`: prints "FILE: ok, fingerprint <hex>, N areas, M measures".
int runInstrumentValidate(const ParsedCommand &command, CliIo &io);
// `instrument show [FILE] [--json]`: the bundled instrument when FILE is left out.
int runInstrumentShow(const ParsedCommand &command, CliIo &io);

} // namespace panelist
