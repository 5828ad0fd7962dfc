#include "tests/bench/benchstudy.h"

#include "models/instrument/instrument.h"
#include "models/merge/merger.h"
#include "models/simulate/simulate.h"
#include "models/storage/studystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace panelist::bench {

namespace {

constexpr quint64 Seed = 7;

void fail(const QString &message)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(message));
}

// A marker written last: a folder or study without it is incomplete (an interrupted run) and made
// again from scratch.
QString marker(const QString &path)
{
    return path + u".complete"_s;
}

double statusMiB(const char *key)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

QString cacheFolder()
{
    const QString env = qEnvironmentVariable("PANELIST_BENCH_CACHE");
    return env.isEmpty() ? QStringLiteral(PANELIST_BUILD_DIR "/bench-data") : env;
}

double residentMiB()
{
    return statusMiB("VmRSS:");
}

double peakResidentMiB()
{
    return statusMiB("VmHWM:");
}

QString cachedFiles(const QString &folder, int experts)
{
    const QString dir = folder + u"/files-%1"_s.arg(experts);
    if (QFileInfo::exists(marker(dir)))
        return dir;
    QDir(dir).removeRecursively();
    std::printf("  writing %d simulated response files to %s (once; kept for later runs)...\n", experts,
        qPrintable(dir));
    std::fflush(stdout);
    QElapsedTimer t;
    t.start();
    const auto written = writeSimulatedResponses(Instrument::bundled(), experts, Seed, dir);
    if (!written) {
        fail(written.error());
        return {};
    }
    if (QFile done(marker(dir)); !done.open(QIODevice::WriteOnly)) {
        fail(marker(dir) + u": cannot be written"_s);
        return {};
    }
    std::printf("  ... %.0f s\n", double(t.elapsed()) / 1000.0);
    return dir;
}

QString cachedStudy(const QString &folder, int experts)
{
    QDir().mkpath(folder);
    const QString study = folder + u"/study-%1.panelist-study"_s.arg(experts);
    if (QFileInfo::exists(marker(study)))
        return study;
    const QString files = cachedFiles(folder, experts);
    if (files.isEmpty())
        return {};
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(study + suffix);
    std::printf("  merging them into %s (once)...\n", qPrintable(study));
    std::fflush(stdout);
    QElapsedTimer t;
    t.start();
    {
        auto store = StudyStore::create(study, Instrument::bundled());
        if (!store) {
            fail(store.error());
            return {};
        }
        Merger merger(**store);
        int rejected = 0;
        merger.mergeAll(
            { files }, [&](const ImportedFile &f) { rejected += f.outcome == ImportOutcome::Rejected; });
        if (rejected > 0) {
            fail(u"%1 simulated files were rejected"_s.arg(rejected));
            return {};
        }
    }
    if (QFile done(marker(study)); !done.open(QIODevice::WriteOnly)) {
        fail(marker(study) + u": cannot be written"_s);
        return {};
    }
    std::printf("  ... %.0f s\n", double(t.elapsed()) / 1000.0);
    return study;
}

} // namespace panelist::bench
