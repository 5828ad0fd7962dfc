#pragma once

#include "cli/commandline.h"

namespace panelist {

// `survey make --instrument FILE --out NAME.panelist-survey --coordinator NAME --contact TEXT ...` and
// `survey show FILE [--json]` (docs/survey-file.md, docs/cli.md).
int runSurveyMake(const ParsedCommand &command, CliIo &io);
int runSurveyShow(const ParsedCommand &command, CliIo &io);

} // namespace panelist
