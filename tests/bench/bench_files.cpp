// Benchmark (run by scripts/bench, not CTest): writing many response files into one folder, on the
// product's path (`panelist-cli simulate`, every file created durably under a temporary name and
// renamed). The rate is sampled as the folder fills; the baseline measured in the same run is the
// rate over the first tenth of the files, and the target is that the last tenth is written at
// least 0.8 x as fast (a steady rate, not one that falls as the folder fills). The files are kept
// in the benchmarks' cache as the 100,000-expert study's input (tests/bench/benchstudy.h).
//
//   bench_files [--experts N]      (N defaults to 100000)

#include "tests/bench/benchstudy.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <cstdio>
#include <dirent.h>

using namespace Qt::StringLiterals;
using namespace panelist::bench;

namespace {

// Response files written so far (the finished names, not the hidden temporaries).
int countFiles(const QString &folder)
{
    int n = 0;
    if (DIR *dir = ::opendir(QFile::encodeName(folder).constData())) {
        while (const dirent *e = ::readdir(dir))
            n += e->d_name[0] != '.' && QByteArray(e->d_name).endsWith(".panelist-response") ? 1 : 0;
        ::closedir(dir);
    }
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int experts = 100000;
    if (argc == 3 && QByteArray(argv[1]) == "--experts")
        experts = QByteArray(argv[2]).toInt();
    else if (argc != 1) {
        std::fprintf(stderr, "usage: bench_files [--experts N]\n");
        return 2;
    }
    const QString folder = cacheFolder() + u"/files-%1"_s.arg(experts);
    QDir(folder).removeRecursively();
    QFile::remove(folder + u".complete"_s);
    QDir().mkpath(cacheFolder());
    std::printf("bench_files: panelist-cli simulate --experts %d into %s\n", experts, qPrintable(folder));
    std::fflush(stdout);

    QProcess simulate;
    simulate.setProcessChannelMode(QProcess::ForwardedChannels);
    simulate.start(QStringLiteral(PANELIST_CLI),
        { u"simulate"_s, u"--experts"_s, QString::number(experts), u"--seed"_s, u"7"_s, u"--out"_s, folder });
    QElapsedTimer clock;
    clock.start();
    QList<std::pair<double, int>> samples { { 0.0, 0 } }; // seconds, files
    while (!simulate.waitForFinished(2000)) {
        samples.append({ double(clock.elapsed()) / 1000.0, countFiles(folder) });
        const auto &s = samples.constLast();
        if (samples.size() % 15 == 0)
            std::printf("  %7.0f s  %7d files\n", s.first, s.second);
        std::fflush(stdout);
    }
    samples.append({ double(clock.elapsed()) / 1000.0, countFiles(folder) });
    if (simulate.exitCode() != 0 || samples.constLast().second != experts) {
        std::fprintf(stderr, "bench_files: simulate failed\n");
        return 1;
    }
    QFile(folder + u".complete"_s).open(QIODevice::WriteOnly);

    // Rate between the samples nearest to a tenth of the files and to nine tenths.
    const auto rateBetween = [&](int fromFiles, int toFiles) {
        std::pair<double, int> a = samples.first(), b = samples.last();
        for (const auto &s : std::as_const(samples)) {
            if (s.second <= fromFiles)
                a = s;
            if (s.second >= toFiles && b == samples.last())
                b = s;
        }
        return b.first > a.first ? double(b.second - a.second) / (b.first - a.first) : 0.0;
    };
    const double first = rateBetween(0, experts / 10);
    const double last = rateBetween(experts - experts / 10, experts);
    const double total = double(experts) / samples.last().first;
    std::printf("\n  %d files in %.0f s (%.0f files/s)\n", experts, samples.last().first, total);
    std::printf("  first tenth %.0f files/s, last tenth %.0f files/s: %.2f x   target >= 0.8 x   %s\n", first,
        last, first > 0 ? last / first : 0.0, first > 0 && last / first >= 0.8 ? "ok" : "MISSED");
    return 0;
}
