#pragma once

#include "cli/commandline.h"

namespace panelist {

// `panelist-cli merge STUDY --watch DIR`: merges every response file that appears in DIR (once it
// is complete; see InboxWatcher) until SIGINT or SIGTERM, printing one line per file as it happens
// in the same format as `merge`, then the summary line. Exit status as for merge: 1 when any file
// was rejected. Runs a QEventLoop on the calling thread (QCoreApplication must exist).
int runMergeWatch(const ParsedCommand &command, CliIo &io);

} // namespace panelist
