#pragma once

#include "cli/cli.h"

#include <QStringList>

namespace panelist {

// `report STUDY --format json|csv|html [--out PATH] [--group G]` (docs/report.md): the figures of
// the responses that count (the study read as a stream into an analysis::Aggregator), written to
// PATH (replaced atomically) or to standard output. Exit 0 written; 1 the study could not be read, the group is
// not one of the instrument's, or PATH could not be written; 2 usage error.
// arguments are the whole command line without the program name, starting with "report".
bool isReportCommand(const QStringList &arguments);
int runReportCommand(const QStringList &arguments, CliIo &io);

QString reportCommandUsage();

} // namespace panelist
