// Benchmark (not a test; run by scripts/bench): the full recount of every figure on the path the
// product takes (a study file of 10,000 experts read as a stream into an analysis::Aggregator: what
// the report and a presenter's group filter run), against the same agreement table computed from the
// study's own csv-long export by pandas and by an SQL GROUP BY in SQLite; then `panelist-cli report`
// as a user runs it, against pandas as a user runs it (a python process reading the export and
// counting); and the incremental update per arriving response. All measured in this run.
//   bench_analysis [--experts N] [--python PATH]
// Prints the times, the ratios against their targets and whether the tables agree.

#include "models/analysis/aggregator.h"
#include "models/analysis/analysis.h"
#include "models/storage/studystore.h"
#include "tests/bench/benchstudy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace panelist;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? 0 : n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty()
        ? 0
        : v.at(qsizetype(std::min<double>(double(v.size() - 1), std::ceil(p * double(v.size())) - 1)));
}

QString ms(double seconds)
{
    return QString::number(seconds * 1000.0, 'f', seconds < 0.01 ? 3 : 1) + u" ms"_s;
}

QString us(double seconds)
{
    return QString::number(seconds * 1e6, 'f', 1) + u" µs"_s;
}

// A python3 that has pandas (a pyenv or venv python3 may come first on PATH without it).
QString findPython(const QString &given)
{
    QStringList candidates;
    if (!given.isEmpty())
        candidates << given;
    candidates << u"python3"_s << u"/usr/bin/python3"_s;
    for (const QString &python : candidates) {
        QProcess p;
        p.start(python, { u"-c"_s, u"import pandas"_s });
        if (p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return python;
    }
    return {};
}

// Compares the external table with analyse(): counts and n exactly, agree_share to 1e-12.
QString compareTable(const analysis::Figures &results, const QJsonObject &table, const QString &name)
{
    int items = 0;
    for (const analysis::AreaStats &area : results.areas) {
        for (const analysis::ItemStats &item : area.measures) {
            const QJsonObject row = table.value(area.areaId + u'|' + item.measureId).toObject();
            if (item.n == 0)
                continue; // absent from a GROUP BY
            ++items;
            QList<int> counts;
            for (const QJsonValue &v : row.value(u"counts"_s).toArray())
                counts << v.toInt();
            if (counts != item.counts || row.value(u"n"_s).toInt() != item.n
                || std::abs(row.value(u"agree_share"_s).toDouble() - *item.agreeShare) > 1e-12)
                return u"%1 differs at %2/%3"_s.arg(name, area.areaId, item.measureId);
        }
    }
    if (table.size() != items)
        return u"%1 has %2 rows, expected %3"_s.arg(name).arg(table.size()).arg(items);
    return {};
}

// Wall-clock seconds of a whole process, as a user would start it; negative when it failed.
double timeProcess(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(program, arguments);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return -1;
    p.readAllStandardOutput();
    return double(t.nsecsElapsed()) / 1e9;
}

QString verdict(bool ok)
{
    return ok ? u"ok"_s : u"MISSED"_s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int experts = 10000;
    QString python;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString next = args.value(i + 1);
        if (a == u"--experts"_s && !next.isEmpty())
            experts = args.at(++i).toInt();
        else if (a == u"--python"_s && !next.isEmpty())
            python = args.at(++i);
        else {
            err << "usage: bench_analysis [--experts N] [--python PATH]\n";
            return 2;
        }
    }
    const QString py = findPython(python);
    if (py.isEmpty()) {
        err << "bench_analysis: no python3 with pandas found (Debian: apt install python3-pandas)\n";
        return 1;
    }
    out << "bench_analysis: a study of " << experts << " simulated experts (cache " << bench::cacheFolder()
        << ")\n";
    out.flush();
    const QString study = bench::cachedStudy(bench::cacheFolder(), experts);
    if (study.isEmpty())
        return 1;
    auto store = StudyStore::openReadOnly(study);
    if (!store) {
        err << store.error() << '\n';
        return 1;
    }
    const Instrument &ins = (*store)->instrument();

    // The full recount on the product path: one warm-up, then the median of five.
    analysis::Figures recounted;
    QList<double> recount;
    for (int i = 0; i < 6; ++i) {
        QElapsedTimer t;
        t.start();
        analysis::Aggregator counts(ins);
        const auto read = (*store)->readCurrent([&](qint64, const IndexedResponse &a) { counts.add(a); });
        if (!read) {
            err << read.error() << '\n';
            return 1;
        }
        recounted = counts.figures();
        if (i > 0)
            recount << double(t.nsecsElapsed()) / 1e9;
    }
    const double recountSeconds = median(recount);

    // Incremental: each response added to an Aggregator, timed one by one.
    QList<IndexedResponse> indexed;
    (*store)->readCurrent([&](qint64, const IndexedResponse &a) { indexed.append(a); });
    analysis::Aggregator aggregator(ins);
    QList<double> adds;
    for (const IndexedResponse &r : std::as_const(indexed)) {
        QElapsedTimer t;
        t.start();
        aggregator.add(r);
        adds << double(t.nsecsElapsed()) / 1e9;
    }
    double addTotal = 0;
    for (double a : std::as_const(adds))
        addTotal += a;
    QList<double> reads;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        const analysis::Figures f = aggregator.figures();
        reads << double(t.nsecsElapsed()) / 1e9;
    }
    // The same figures from the responses held in memory (the path the tests use).
    const auto current = (*store)->currentResponses();
    QList<ResponseData> data;
    for (const StudyResponse &r : *current)
        data << r.data;
    const bool sameFigures = aggregator.figures() == recounted && analysis::analyse(ins, data) == recounted;

    // The study's own csv-long export, then pandas and SQLite in one python run.
    QTemporaryDir tmp;
    const QString csvPath = tmp.filePath(u"responses.csv"_s);
    if (timeProcess(QStringLiteral(PANELIST_CLI),
            { u"export"_s, study, u"--format"_s, u"csv-long"_s, u"--out"_s, csvPath })
        < 0) {
        err << "bench_analysis: the csv-long export failed\n";
        return 1;
    }
    QStringList points;
    for (const ScalePoint &p : ins.effectivenessScale().points)
        points << QString::number(p.value);
    const QString script = QStringLiteral(PANELIST_SOURCE_DIR "/tests/bench/agreement_pandas.py");
    QProcess proc;
    proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    proc.start(py, { script, csvPath, u"--points"_s, points.join(u','), u"--repeat"_s, u"3"_s });
    if (!proc.waitForFinished(-1) || proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0) {
        err << "bench_analysis: agreement_pandas.py failed\n";
        return 1;
    }
    const QJsonObject ext = QJsonDocument::fromJson(proc.readAllStandardOutput()).object();
    const double pandasSeconds = ext.value(u"pandas_seconds"_s).toDouble();
    const double sqliteSeconds = ext.value(u"sqlite_seconds"_s).toDouble();
    const QString pandasCheck = compareTable(recounted, ext.value(u"pandas_table"_s).toObject(), u"pandas"_s);
    const QString sqliteCheck = compareTable(recounted, ext.value(u"sqlite_table"_s).toObject(), u"sqlite"_s);

    // End to end, as a user runs each: the report command against a python process with pandas.
    QList<double> report, pandasRun;
    for (int i = 0; i < 3; ++i) {
        report << timeProcess(QStringLiteral(PANELIST_CLI),
            { u"report"_s, study, u"--format"_s, u"json"_s, u"--out"_s, tmp.filePath(u"report.json"_s) });
        pandasRun << timeProcess(
            py, { script, csvPath, u"--points"_s, points.join(u','), u"--pandas-only"_s });
    }
    const double reportSeconds = median(report);
    const double pandasProcess = median(pandasRun);

    const double pandasRatio = pandasSeconds / recountSeconds;
    const double sqlRatio = sqliteSeconds / recountSeconds;
    const double endToEnd = reportSeconds / pandasProcess;
    out << "\n  what                                               time        target\n";
    out << "  full recount from the study file (median of 5)     " << ms(recountSeconds).leftJustified(12)
        << "\n";
    out << "  pandas: read csv-long + table (median of 3)        " << ms(pandasSeconds).leftJustified(12)
        << "\n";
    out << "  SQLite GROUP BY only (median of 5)                 " << ms(sqliteSeconds).leftJustified(12)
        << "(loading the table took " << ms(ext.value(u"sqlite_load_seconds"_s).toDouble())
        << ", not counted)\n";
    out << "  panelist-cli report --format json (median of 3)    " << ms(reportSeconds).leftJustified(12)
        << "\n";
    out << "  python3 + pandas on the export (median of 3)       " << ms(pandasProcess).leftJustified(12)
        << "\n";
    out << "  Aggregator::add, mean per response                 "
        << us(addTotal / double(adds.size())).leftJustified(12) << "≤ 1 ms  "
        << verdict(addTotal / double(adds.size()) <= 1e-3) << "  (p99 " << us(percentile(adds, 0.99))
        << ", max " << us(percentile(adds, 1.0)) << ")\n";
    out << "  Aggregator::figures() (median of 20)               " << ms(median(reads)).leftJustified(12)
        << "\n";
    out << "\n  pandas / recount          " << QString::number(pandasRatio, 'f', 1)
        << " x   target ≥ 10 x    " << verdict(pandasRatio >= 10) << '\n';
    out << "  SQL GROUP BY / recount    " << QString::number(sqlRatio, 'f', 1) << " x   target ≥ 3 x     "
        << verdict(sqlRatio >= 3) << '\n';
    out << "  report / pandas process   " << QString::number(endToEnd, 'f', 2) << " x  target ≤ 0.5 x   "
        << verdict(endToEnd <= 0.5) << '\n';
    out << "\n  recount == incremental == analyse() in memory: " << (sameFigures ? "yes" : "NO") << '\n';
    out << "  pandas table == recount: " << (pandasCheck.isEmpty() ? u"yes"_s : pandasCheck) << '\n';
    out << "  SQL table == recount: " << (sqliteCheck.isEmpty() ? u"yes"_s : sqliteCheck) << '\n';
    out << "  (pandas " << ext.value(u"pandas_version"_s).toString() << ", SQLite "
        << ext.value(u"sqlite_version"_s).toString() << ", " << py << ")\n";
    return sameFigures && pandasCheck.isEmpty() && sqliteCheck.isEmpty() ? 0 : 1;
}
