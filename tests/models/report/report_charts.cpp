// Writes the report of a simulated study (bundled instrument) into OUTDIR: report.html, each chart
// as SVG, and each chart rendered to PNG by QSvgRenderer, for looking at. Not a test.
//   report_charts OUTDIR [EXPERTS]     (default 76 experts, as in Uuk et al. 2024)

#include "models/analysis/analysis.h"
#include "models/report/report.h"
#include "models/report/svgcharts.h"
#include "models/simulate/simulate.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

using namespace panelist;
using namespace Qt::StringLiterals;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool renderPng(const QByteArray &svg, const QString &path)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return false;
    const QSize size = renderer.defaultSize();
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    return image.save(path);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: report_charts OUTDIR [EXPERTS]\n";
        return 2;
    }
    const QDir out(args.at(1));
    QDir().mkpath(out.absolutePath());
    const int experts = args.size() > 2 ? args.at(2).toInt() : 76;
    const Instrument ins = Instrument::bundled();
    const analysis::Figures results = analysis::analyse(ins, simulateResponses(ins, experts, 2024));

    QList<std::pair<QString, QByteArray>> charts;
    for (const analysis::AreaStats &area : results.areas) {
        const QString name = ins.areas().at(ins.areaIndex(area.areaId)).name;
        charts.append({ u"likert-"_s + area.areaId,
            report::likertChartSvg(ins, area.measures, ins.effectivenessScale(), ins.thresholds().agreement,
                u"Effectiveness: "_s + name) });
    }
    for (const analysis::ScopeStats &scope : results.selection) {
        const int area = ins.areaIndex(scope.scope);
        const QString name = area < 0 ? u"all areas"_s : ins.areas().at(area).name;
        charts.append({ u"selection-"_s + scope.scope,
            report::selectionChartSvg(
                ins, scope, ins.thresholds().selection, u"Preferred combinations: "_s + name) });
    }
    charts.append({ u"likert-feasibility"_s,
        report::likertChartSvg(
            ins, results.feasibility, ins.feasibilityScale(), std::nullopt, u"Technical feasibility"_s) });
    bool ok = write(out.filePath(u"report.html"_s), report::render(report::Format::Html, ins, results));
    for (const auto &[name, svg] : charts) {
        ok = write(out.filePath(name + u".svg"_s), svg) && ok;
        if (!renderPng(svg, out.filePath(name + u".png"_s))) {
            err << "could not render " << name << '\n';
            ok = false;
        }
    }
    err << "wrote " << charts.size() << " charts and report.html to " << out.absolutePath() << '\n';
    return ok ? 0 : 1;
}
