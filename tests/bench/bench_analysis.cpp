// Benchmark (not a test): the full recompute and the incremental update of models/analysis on
// simulated responses, against the same agreement table computed from the csv-long export by
// pandas and by an SQL GROUP BY in SQLite, all measured in this run (issue 4, part 6).
//   bench_analysis [--experts N] [--seed S] [--python PATH] [--keep DIR]
// Prints the times, the ratios against their targets and whether the three tables agree.

#include "models/analysis/aggregator.h"
#include "models/analysis/analysis.h"
#include "models/export/exporter.h"
#include "models/simulate/simulate.h"

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int experts = 10000;
    quint64 seed = 20240;
    QString python;
    QString keep;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString next = args.value(i + 1);
        if (a == u"--experts"_s && !next.isEmpty())
            experts = args.at(++i).toInt();
        else if (a == u"--seed"_s && !next.isEmpty())
            seed = args.at(++i).toULongLong();
        else if (a == u"--python"_s && !next.isEmpty())
            python = args.at(++i);
        else if (a == u"--keep"_s && !next.isEmpty())
            keep = args.at(++i);
        else {
            err << "usage: bench_analysis [--experts N] [--seed S] [--python PATH] [--keep DIR]\n";
            return 2;
        }
    }
    if (experts < 1) {
        err << "bench_analysis: --experts must be at least 1\n";
        return 2;
    }

    const Instrument ins = Instrument::bundled();
    out << "bench_analysis: " << experts << " simulated responses (seed " << seed << "), bundled instrument ("
        << ins.measures().size() << " measures x " << ins.areas().size() << " areas)\n";
    out.flush();
    const QList<ResponseData> responses = simulateResponses(ins, experts, seed);

    // Full recompute: one warm-up, then the median of five.
    analysis::Figures full = analysis::analyse(ins, responses);
    QList<double> recompute;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        full = analysis::analyse(ins, responses);
        recompute << double(t.nsecsElapsed()) / 1e9;
    }
    const double recomputeSeconds = median(recompute);

    // Incremental: each response added to an Aggregator, timed one by one.
    analysis::Aggregator aggregator(ins);
    QList<double> adds;
    adds.reserve(responses.size());
    for (const ResponseData &r : responses) {
        QElapsedTimer t;
        t.start();
        aggregator.add(r);
        adds << double(t.nsecsElapsed()) / 1e9;
    }
    double addTotal = 0;
    for (double a : adds)
        addTotal += a;
    const double addMean = addTotal / double(adds.size());
    QList<double> reads;
    analysis::Figures incremental;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        incremental = aggregator.figures();
        reads << double(t.nsecsElapsed()) / 1e9;
    }
    const bool sameFigures = incremental == full;

    // csv-long export, then pandas and SQLite in one python run.
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    const QString csvPath = dir + u"/responses.csv"_s;
    QList<StudyResponse> stored;
    stored.reserve(responses.size());
    const QDateTime importedAt = QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC);
    for (qsizetype i = 0; i < responses.size(); ++i) {
        StudyResponse s;
        s.versionId = i + 1;
        s.data = responses.at(i);
        s.sourceName = simulatedFileName(int(i) + 1, experts);
        s.importedAt = importedAt;
        s.counts = true;
        stored << s;
    }
    auto exported = exportResponses(ExportFormat::CsvLong, ins, stored, csvPath);
    if (!exported) {
        err << "bench_analysis: " << exported.error() << '\n';
        return 1;
    }
    out << "  csv-long export: " << exported->rows << " rows\n";
    out.flush();

    const QString py = findPython(python);
    if (py.isEmpty()) {
        err << "bench_analysis: no python3 with pandas found (Debian: apt install python3-pandas)\n";
        return 1;
    }
    QStringList points;
    for (const ScalePoint &p : ins.effectivenessScale().points)
        points << QString::number(p.value);
    QProcess proc;
    proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    proc.start(py,
        { QStringLiteral(PANELIST_SOURCE_DIR "/tests/bench/agreement_pandas.py"), csvPath, u"--points"_s,
            points.join(u','), u"--repeat"_s, u"3"_s });
    if (!proc.waitForFinished(-1) || proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0) {
        err << "bench_analysis: agreement_pandas.py failed\n";
        return 1;
    }
    const QJsonObject ext = QJsonDocument::fromJson(proc.readAllStandardOutput()).object();
    const double pandasSeconds = ext.value(u"pandas_seconds"_s).toDouble();
    const double sqliteSeconds = ext.value(u"sqlite_seconds"_s).toDouble();
    const QString pandasCheck = compareTable(full, ext.value(u"pandas_table"_s).toObject(), u"pandas"_s);
    const QString sqliteCheck = compareTable(full, ext.value(u"sqlite_table"_s).toObject(), u"sqlite"_s);

    const double pandasRatio = pandasSeconds / recomputeSeconds;
    const double sqlRatio = sqliteSeconds / recomputeSeconds;
    const auto verdict = [](bool ok) { return ok ? u"ok"_s : u"MISSED"_s; };
    out << "\n  what                                          time        target\n";
    out << "  full recompute analyse() (median of 5)        " << ms(recomputeSeconds).leftJustified(12)
        << "\n";
    out << "  Aggregator::add, mean per response            " << us(addMean).leftJustified(12) << "≤ 1 ms  "
        << verdict(addMean <= 1e-3) << "  (p99 " << us(percentile(adds, 0.99)) << ", max "
        << us(percentile(adds, 1.0)) << ")\n";
    out << "  Aggregator::results() (median of 20)          " << ms(median(reads)).leftJustified(12) << "\n";
    out << "  pandas: read csv-long + table (median of 3)   " << ms(pandasSeconds).leftJustified(12) << "\n";
    out << "  SQLite GROUP BY only (median of 5)            " << ms(sqliteSeconds).leftJustified(12)
        << "(loading the table took " << ms(ext.value(u"sqlite_load_seconds"_s).toDouble())
        << ", not counted)\n";
    out << "\n  pandas / recompute   " << QString::number(pandasRatio, 'f', 1) << " x   target ≥ 10 x  "
        << verdict(pandasRatio >= 10) << '\n';
    out << "  SQL / recompute      " << QString::number(sqlRatio, 'f', 1) << " x   target ≥ 3 x   "
        << verdict(sqlRatio >= 3) << '\n';
    out << "\n  incremental results() == analyse(): " << (sameFigures ? "yes" : "NO") << '\n';
    out << "  pandas table == analyse(): " << (pandasCheck.isEmpty() ? u"yes"_s : pandasCheck) << '\n';
    out << "  SQL table == analyse(): " << (sqliteCheck.isEmpty() ? u"yes"_s : sqliteCheck) << '\n';
    out << "  (pandas " << ext.value(u"pandas_version"_s).toString() << ", SQLite "
        << ext.value(u"sqlite_version"_s).toString() << ", " << py << ")\n";
    return sameFigures && pandasCheck.isEmpty() && sqliteCheck.isEmpty() ? 0 : 1;
}
