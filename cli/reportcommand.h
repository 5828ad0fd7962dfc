#pragma once

#include "cli/commandline.h"

namespace panelist {

// `report STUDY --format json|csv|html [--out PATH] [--group G]` (docs/report.md): the figures of
// the responses that count (the study read as a stream into an analysis::Aggregator), written to
// PATH (replaced atomically) or to standard output. Exit 0 written; 1 the study could not be read, the group
// is not one of the instrument's, or PATH could not be written; 2 usage error.
int runReport(const ParsedCommand &command, CliIo &io);

} // namespace panelist
