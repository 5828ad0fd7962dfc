#pragma once

#include "cli/cli.h"

#include <QStringList>

namespace panelist {

// `study create STUDY [--instrument FILE]`, `merge STUDY FILE|DIR...` and `study show STUDY [--json]`
// (docs/merge.md, docs/study-database.md). arguments are the whole command line without the program
// name, starting with the command word. `merge --watch` is not one of these (see the coordinator).
bool isStudyCommand(const QStringList &arguments);
int runStudyCommand(const QStringList &arguments, CliIo &io);

QString studyCommandsUsage();

} // namespace panelist
