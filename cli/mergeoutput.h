#pragma once

#include "cli/cliio.h"
#include "models/merge/merger.h"

namespace panelist {

// A reason on one line for a terminal: a multi-line validator reason joined by "; ", control
// characters escaped (printable()) (merge output, `study show`).
QString oneLineReason(const QString &reason);

// Whether a file's line is printed under --quiet: a rejected file and a conflict need the
// coordinator; merged, unchanged, replaced and older files do not.
bool needsAttention(ImportOutcome outcome);

// What `merge` and `merge --watch` print, in one format (docs/merge.md): a line per file,
// "<file>: <outcome>[: reason]" with a multi-line reason joined by "; ", flushed at once.
void printMergeResult(CliIo &io, const ImportedFile &r);

// The closing "merged N, unchanged N, ..." line, and a note on standard error when files were
// rejected; returns the exit status (ExitRejected when any file was rejected, else ExitOk).
int finishMerge(CliIo &io, const MergeSummary &summary);

} // namespace panelist
