#pragma once

#include "cli/cliio.h"
#include "cli/commandline.h"
#include "models/security/coordinatorkey.h"

#include <optional>

namespace panelist {

class Merger;
class StudyStore;

// --key FILE and --passphrase-fd N of `merge` (docs/cli.md): the coordinator key unlocked and handed
// to merger, so sealed response files open in memory. Without --key nothing happens and sealed files
// are refused one by one, each saying which key it needs. A key other than the one the study records
// (made from a survey file with a key) is refused before any file is read. Returns ExitOk or the exit
// code after saying why on io.err.
int useMergeKey(const ParsedCommand &command, const StudyStore &study, Merger &merger, CliIo &io);

// The options, for the command table.
OptionSpec mergeKeyOption();

} // namespace panelist
