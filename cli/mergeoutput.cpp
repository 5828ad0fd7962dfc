#include "cli/mergeoutput.h"

#include "cli/exitcodes.h"
#include "models/common/printable.h"

using namespace Qt::StringLiterals;

namespace panelist {

QString oneLineReason(const QString &reason)
{
    return printable(QString(reason).replace(u'\n', u"; "_s));
}

bool needsAttention(ImportOutcome outcome)
{
    return outcome == ImportOutcome::Rejected || outcome == ImportOutcome::Conflict;
}

void printMergeResult(CliIo &io, const ImportedFile &r)
{
    io.out << printable(r.path) << ": " << outcomeName(r.outcome);
    if (!r.reason.isEmpty())
        io.out << ": " << oneLineReason(r.reason);
    io.out << '\n';
    io.out.flush();
}

int finishMerge(CliIo &io, const MergeSummary &summary)
{
    io.out << summary.line() << '\n';
    io.out.flush();
    if (summary.rejected == 0)
        return ExitOk;
    io.err << "panelist-cli: " << summary.rejected
           << " file(s) rejected; the reasons are above and in the study's import log\n";
    return ExitRejected;
}

} // namespace panelist
