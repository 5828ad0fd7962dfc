// Benchmark (run by scripts/bench, not CTest): the presenter following a study file that another
// process merges into, end to end, on the path the product takes. For studies of 1,000, 10,000 and
// 100,000 experts (real files made once through simulate and merge, then cached; each run works on
// a copy): the presenter window is opened on the study through StudyMonitor and the first figures
// are timed; then a second process (this program with --merge-server) merges one more response
// file at a time, and each update is timed from that merge's commit to the new figures in the
// window's models, with the processor time this process spent on it. The baseline measured in the
// same run is the smallest study: the target is that the update costs at 100,000 experts no more
// than 3 x what it costs at 1,000, and arrives within 100 ms.
//
//   bench_dashboard [--sizes 1000,10000,100000] [--updates N]
//   bench_dashboard --merge-server STUDY      (merges each path read from standard input; prints
//                                             "<steady clock ns after the commit> <outcome>")

#include "models/merge/merger.h"
#include "models/presenter/studymonitor.h"
#include "models/simulate/simulate.h"
#include "models/storage/responsefilewriter.h"
#include "models/storage/studystore.h"
#include "tests/bench/benchstudy.h"
#include "ui/dashboard/presenterwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::bench;

namespace {

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0
        : v.size() % 2 ? v.at(v.size() / 2)
                       : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

double maximum(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.cbegin(), v.cend());
}

// The second process: a coordinator's merge, one file per line of standard input.
int mergeServer(const QString &study)
{
    auto store = StudyStore::open(study);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error()));
        return 1;
    }
    Merger merger(**store);
    std::printf("ready\n");
    std::fflush(stdout);
    for (std::string line; std::getline(std::cin, line);) {
        const ImportedFile f = merger.mergeFile(QString::fromStdString(line));
        const qint64 committed = steadyNs();
        std::printf("%lld %s\n", static_cast<long long>(committed), qPrintable(outcomeName(f.outcome)));
        std::fflush(stdout);
    }
    return 0;
}

struct SizeFigures
{
    int experts = 0;
    double firstSeconds = 0, firstCpu = 0, peakMiB = 0, residentMiB = 0;
    QList<double> latencyMs, cpuMs;
};

// Runs the event loop until done() holds or the timeout passes.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

bool runSize(int experts, int updates, SizeFigures &fig)
{
    fig.experts = experts;
    const QString cached = cachedStudy(cacheFolder(), experts);
    if (cached.isEmpty())
        return false;
    QTemporaryDir work(cacheFolder() + u"/run-XXXXXX"_s);
    const QString study = work.filePath(u"study.panelist-study"_s);
    if (!QFile::copy(cached, study))
        return false;
    const Instrument ins = Instrument::bundled();

    // The presenter: window, monitor, first figures.
    const double cpu0 = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    auto monitor = StudyMonitor::open(study);
    if (!monitor) {
        std::fprintf(stderr, "%s\n", qPrintable(monitor.error()));
        return false;
    }
    StudyMonitor *m = monitor->get();
    PresenterWindow window(m->instrument());
    window.resize(1920, 1080);
    window.attach(std::move(monitor).value()); // starts the monitor
    window.show();
    qint64 figuresAt = 0; // steady ns of the last figures in the window's models
    double cpuAt = 0;
    // Connected after the window's own handler, so this runs once the models hold the new figures.
    QObject::connect(m, &StudyMonitor::figuresChanged, &window, [&] {
        figuresAt = steadyNs();
        cpuAt = cpuSeconds();
    });
    if (!waitFor([&] { return figuresAt != 0; }, 30 * 60 * 1000))
        return false;
    fig.firstSeconds = double(clock.nsecsElapsed()) / 1e9;
    fig.firstCpu = cpuAt - cpu0;
    fig.residentMiB = residentMiB();

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QCoreApplication::applicationFilePath(), { u"--merge-server"_s, study });
    if (!server.waitForReadyRead(10 * 60 * 1000) || server.readLine().trimmed() != "ready")
        return false;
    const quint64 seed = quint64(QDateTime::currentMSecsSinceEpoch()); // new respondents every run
    for (int k = 0; k < updates; ++k) {
        const QString file = work.filePath(u"extra-%1.panelist-response"_s.arg(k));
        if (!writeNewResponseFile(file, simulateResponse(ins, seed, experts + k), ins))
            return false;
        waitFor([] { return false; }, 150); // let the polls settle: the update starts from idle
        figuresAt = 0;
        const double cpuBefore = cpuSeconds();
        server.write(file.toUtf8() + '\n');
        QByteArray line;
        if (!waitFor(
                [&] {
                    if (line.isEmpty() && server.canReadLine())
                        line = server.readLine();
                    return !line.isEmpty() && figuresAt != 0;
                },
                60 * 1000))
            return false;
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.value(1) != "merged")
            return false;
        fig.latencyMs << double(figuresAt - parts.value(0).toLongLong()) / 1e6;
        fig.cpuMs << (cpuAt - cpuBefore) * 1000.0;
    }
    server.closeWriteChannel();
    server.waitForFinished(60 * 1000);
    fig.peakMiB = peakResidentMiB();
    return true;
}

int runOne(int argc, char **argv, int experts, int updates)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type != QtDebugMsg && !message.contains(u"propagateSizeHints"_s))
            std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    QApplication app(argc, argv);
    SizeFigures f;
    if (!runSize(experts, updates, f)) {
        std::fprintf(stderr, "bench_dashboard: the run at %d experts failed\n", experts);
        return 1;
    }
    std::printf("RESULT %d %.3f %.3f %.1f %.1f %.2f %.2f %.2f %.2f\n", f.experts, f.firstSeconds, f.firstCpu,
        f.residentMiB, f.peakMiB, median(f.latencyMs), maximum(f.latencyMs), median(f.cpuMs),
        maximum(f.cpuMs));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && QByteArray(argv[1]) == "--merge-server") {
        QCoreApplication app(argc, argv);
        return mergeServer(QString::fromLocal8Bit(argv[2]));
    }
    QList<int> sizes { 1000, 10000, 100000 };
    int updates = 20;
    int one = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const QByteArray a(argv[i]);
        if (a == "--sizes") {
            sizes.clear();
            for (const QByteArray &n : QByteArray(argv[i + 1]).split(','))
                sizes << n.toInt();
        } else if (a == "--updates") {
            updates = QByteArray(argv[i + 1]).toInt();
        } else if (a == "--one") {
            one = QByteArray(argv[i + 1]).toInt();
        } else {
            std::fprintf(stderr, "usage: bench_dashboard [--sizes 1000,10000,100000] [--updates N]\n");
            return 2;
        }
    }
    if (one > 0)
        return runOne(argc, argv, one, updates);

    QCoreApplication app(argc, argv);
    std::printf(
        "bench_dashboard: the presenter window on a study file while another process merges one more\n"
        "response file at a time (%d updates per size; cache %s)\n",
        updates, qPrintable(cacheFolder()));
    std::fflush(stdout);
    // One process per size, so that each size's memory is its own.
    QList<QList<double>> rows;
    for (int experts : std::as_const(sizes)) {
        std::printf("\n== %d experts\n", experts);
        std::fflush(stdout);
        // Made (once) here, so that making it does not count in the measured process's memory.
        if (cachedStudy(cacheFolder(), experts).isEmpty())
            return 1;
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
            { u"--one"_s, QString::number(experts), u"--updates"_s, QString::number(updates) });
        child.waitForFinished(-1);
        QList<double> row;
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            if (!line.startsWith("RESULT ")) {
                if (!line.isEmpty())
                    std::printf("%s\n", line.constData());
                continue;
            }
            for (const QByteArray &v : line.mid(7).split(' '))
                row << v.toDouble();
        }
        if (child.exitCode() != 0 || row.size() != 9) {
            std::fprintf(stderr, "bench_dashboard: the run at %d experts failed\n", experts);
            return 1;
        }
        rows << row;
    }
    std::printf("\n  experts   first figures (CPU)    memory (peak)     commit -> models: median, max   CPU "
                "per update: median, max\n");
    for (const QList<double> &r : std::as_const(rows))
        std::printf("  %7.0f   %6.2f s (%6.2f s)   %5.0f MiB (%5.0f)   %8.1f ms %8.1f ms           %6.2f ms "
                    "%6.2f ms\n",
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8]);
    const QList<double> &base = rows.first();
    const QList<double> &last = rows.last();
    const double ratio = base[7] > 0 ? last[7] / base[7] : 0;
    std::printf("\n  CPU per update at %.0f / at %.0f experts: %.2f x   target <= 3 x   %s\n", last[0],
        base[0], ratio, ratio <= 3 ? "ok" : "MISSED");
    std::printf("  commit -> models at %.0f experts (median): %.1f ms   target < 100 ms   %s\n", last[0],
        last[5], last[5] < 100 ? "ok" : "MISSED");
    return 0;
}
