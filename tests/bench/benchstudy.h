#pragma once

// Shared by the benchmarks: real study files of a given size, made through the product's own paths
// (simulated response files written by writeSimulatedResponses, merged by Merger) and kept in a
// cache folder, so that a second run does not spend minutes making them again.

#include <QString>

#include <sys/resource.h>

namespace panelist::bench {

// folder/study-N.panelist-study, made once from the simulated files folder/files-N (seed 7); empty
// and a message on stderr on failure.
QString cachedStudy(const QString &folder, int experts);
// The folder of N simulated response files (seed 7), written once.
QString cachedFiles(const QString &folder, int experts);
// The cache folder: $PANELIST_BENCH_CACHE, else <build>/bench-data.
QString cacheFolder();

// Processor time of this process so far, user + system, in seconds.
inline double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}
// Resident and peak resident memory of this process, in MiB (from /proc/self/status).
double residentMiB();
double peakResidentMiB();

} // namespace panelist::bench
