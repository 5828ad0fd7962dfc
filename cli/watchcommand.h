#pragma once

#include "cli/cli.h"

#include <QStringList>

namespace panelist {

// `panelist-cli merge STUDY --watch DIR`: merges every response file that appears in DIR (once it
// is complete; see InboxWatcher) until SIGINT or SIGTERM, printing one line per file as it happens
// in the same format as `merge`, then the summary line. Exit status as for merge: 1 when any file
// was rejected. arguments are the whole command line without the program name.
// Runs a QEventLoop on the calling thread (QCoreApplication must exist).
bool isWatchCommand(const QStringList &arguments);
int runWatchCommand(const QStringList &arguments, CliIo &io);

QString watchCommandUsage();

} // namespace panelist
