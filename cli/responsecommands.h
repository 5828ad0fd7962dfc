#pragma once

#include "cli/commandline.h"

namespace panelist {

// `response from-json IN.json OUT [--instrument FILE]`: IN.json may be "-" (standard input); without
// --instrument, the bundled instrument. Refuses an existing OUT and leaves nothing behind on failure.
int runResponseFromJson(const ParsedCommand &command, CliIo &io);
// `response to-json FILE`: the interchange JSON, indented, on out.
int runResponseToJson(const ParsedCommand &command, CliIo &io);

} // namespace panelist
