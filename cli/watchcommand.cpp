#include "cli/watchcommand.h"

#include "cli/mergeoutput.h"
#include "cli/stopsignals.h"

#include "models/coordinator/inboxwatcher.h"
#include "models/merge/merger.h"
#include "models/storage/sqliteheader.h"
#include "models/storage/studystore.h"

#include <QEventLoop>
#include <QSocketNotifier>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

int usage(CliIo &io, const QString &why)
{
    io.err << "panelist-cli: " << why << "\n\n" << cliUsage();
    return ExitUsage;
}

} // namespace

bool isWatchCommand(const QStringList &arguments)
{
    return arguments.value(0) == u"merge"_s
        && std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
               return a == u"--watch"_s || a == u"-w"_s || a.startsWith(u"--watch="_s);
           });
}

QString watchCommandUsage()
{
    return u"  panelist-cli merge STUDY --watch DIR\n"
           u"      Merge each response file that appears in DIR (once completely copied) until\n"
           u"      interrupted (Ctrl+C or SIGTERM); one line per file as it happens, then the summary.\n"_s;
}

int runWatchCommand(const QStringList &arguments, CliIo &io)
{
    QStringList positional;
    QString folder;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--watch"_s || a == u"-w"_s) {
            if (i + 1 >= arguments.size() || !folder.isEmpty())
                return usage(io, u"--watch needs one DIR"_s);
            folder = arguments.at(++i);
        } else if (a.startsWith(u"--watch="_s) && folder.isEmpty()) {
            folder = a.mid(8);
        } else if (a.startsWith(u'-') && a != u"-"_s) {
            return usage(io, u"merge --watch takes no option "_s + a);
        } else {
            positional.append(a);
        }
    }
    if (positional.size() != 1 || folder.isEmpty())
        return usage(io, u"merge --watch takes one STUDY and one DIR (merge STUDY --watch DIR)"_s);

    auto opened = StudyStore::open(positional.first());
    if (!opened) {
        io.err << opened.error() << '\n';
        return ExitRejected;
    }
    Merger merger(**opened);
    MergeSummary summary;
    InboxWatcher watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &InboxWatcher::filesReady, &loop, [&](const QStringList &paths) {
        for (const QString &path : paths) {
            const MergeResult r = merger.mergeFile(path);
            summary.add(r.outcome);
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
    io.err << "watching " << displayPath(watcher.folder()) << " (Ctrl+C to stop)\n";
    io.err.flush();
    loop.exec();
    watcher.stop();

    return finishMerge(io, summary);
}

} // namespace panelist
