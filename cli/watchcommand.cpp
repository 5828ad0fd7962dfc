#include "cli/watchcommand.h"

#include "cli/exitcodes.h"
#include "cli/mergekey.h"
#include "cli/mergeoutput.h"
#include "cli/progress.h"
#include "cli/stopsignals.h"

#include "models/coordinator/inboxwatcher.h"
#include "models/merge/merger.h"
#include "models/storage/sqliteheader.h"
#include "models/storage/studystore.h"

#include <QEventLoop>
#include <QSocketNotifier>

using namespace Qt::StringLiterals;

namespace panelist {

int runMergeWatch(const ParsedCommand &command, CliIo &io)
{
    const QString folder = command.value(u"watch"_s);
    auto opened = StudyStore::open(command.argument(u"STUDY"_s));
    if (!opened) {
        io.err << opened.error() << '\n';
        return ExitRejected;
    }
    Merger merger(**opened);
    if (const int code = useMergeKey(command, **opened, merger, io); code != ExitOk)
        return code;
    const bool quiet = isQuiet(command);
    MergeSummary summary;
    InboxWatcher watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &InboxWatcher::filesReady, &loop, [&](const QStringList &paths) {
        for (const QString &path : paths) {
            const ImportedFile r = merger.mergeFile(path);
            summary.add(r.outcome);
            if (!quiet || needsAttention(r.outcome))
                printMergeResult(io, r);
        }
    });
    QObject::connect(&watcher, &InboxWatcher::folderProblem, &loop, [&](const QString &message) {
        io.err << message << '\n';
        io.err.flush();
    });

    StopSignals stop;
    if (!stop.ok()) {
        io.err << "panelist-cli: cannot install the signal handlers\n";
        return ExitRejected;
    }
    QSocketNotifier notifier(stop.readFd(), QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    if (Status s = watcher.start(folder); !s) {
        io.err << s.error() << '\n';
        return ExitRejected;
    }
    if (!quiet) {
        io.err << "watching " << displayPath(watcher.folder()) << " (Ctrl+C to stop)\n";
        io.err.flush();
    }
    loop.exec();
    watcher.stop();

    return finishMerge(io, summary);
}

} // namespace panelist
