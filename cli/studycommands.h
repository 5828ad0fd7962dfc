#pragma once

#include "cli/commandline.h"

namespace panelist {

// `study create STUDY [--instrument FILE]`, `merge STUDY FILE|DIR...` and `study show STUDY [--json]`
// (docs/merge.md, docs/study-database.md). `merge STUDY --watch DIR` is in cli/watchcommand.h.
int runStudyCreate(const ParsedCommand &command, CliIo &io);
int runMerge(const ParsedCommand &command, CliIo &io);
int runStudyShow(const ParsedCommand &command, CliIo &io);

} // namespace panelist
