#pragma once

#include "cli/commandline.h"

namespace panelist {

// `study verify STUDY`: the study checked against itself (docs/study-database.md, "Checking a study");
// exit 0 when it is what its log says, 1 with every problem found otherwise.
int runStudyVerify(const ParsedCommand &command, CliIo &io);

} // namespace panelist
