// Benchmark (run by scripts/bench, not CTest): one presenter-dashboard refresh with 10,000
// simulated responses: new Figures applied to the models and charts of the whole window, including
// processing the events that follow (chart syncs, scene updates, repaint), offscreen. Averaged over
// 100 successive updates (one more response each). Baseline in the same run: the same update of
// one area's charts in place versus rebuilding those charts from scratch.
#include "models/analysis/aggregator.h"
#include "models/presenter/agreementmodel.h"
#include "models/presenter/selectionmodel.h"
#include "models/simulate/simulate.h"
#include "ui/dashboard/likertchart.h"
#include "ui/dashboard/presenterwindow.h"
#include "ui/dashboard/selectionchart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QTabWidget>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace panelist;

namespace {

constexpr int Responses = 10000;
constexpr int Updates = 100;
constexpr double TargetMs = 16.0;

// Everything the update set off: the charts' deferred syncs, the scene's queued updates, repaints.
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

double perUpdateMs(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6 / Updates;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The offscreen plugin warns on every layout change ("does not support propagateSizeHints").
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type != QtDebugMsg && !message.contains(u"propagateSizeHints"_s))
            std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    QApplication app(argc, argv);
    const Instrument instrument = Instrument::bundled();

    std::printf("simulating %d responses...\n", Responses + Updates);
    std::fflush(stdout);
    const QList<ResponseData> responses = simulateResponses(instrument, Responses + Updates, 42);
    analysis::Aggregator aggregator(instrument);
    for (int i = 0; i < Responses; ++i)
        aggregator.add(responses[i]);
    QList<analysis::Figures> results { aggregator.figures() };
    for (int i = 0; i < Updates; ++i) {
        aggregator.add(responses[Responses + i]);
        results.append(aggregator.figures());
    }

    // The whole window, an area page on screen.
    PresenterWindow window(instrument);
    window.resize(1600, 900);
    window.show();
    window.tabs()->setCurrentIndex(1);
    window.showFigures(results[0]);
    settle();
    QElapsedTimer timer;
    timer.start();
    for (int i = 1; i <= Updates; ++i) {
        window.showFigures(results[i]);
        settle();
    }
    const double windowMs = perUpdateMs(timer.nsecsElapsed());
    window.hide();

    // One area's charts alone: in place versus rebuilt.
    const QString area = instrument.areas().first().id;
    AgreementModel agreement(instrument, area);
    SelectionModel selection(instrument);
    QWidget host;
    auto *layout = new QHBoxLayout(&host);
    host.resize(1600, 900);
    auto *likert = new LikertChart(&agreement, &host);
    auto *picked = new SelectionChart(&selection, { 0 }, &agreement, &host);
    layout->addWidget(likert, 3);
    layout->addWidget(picked, 1);
    host.show();
    agreement.setFigures(results[0]);
    selection.setFigures(results[0]);
    settle();

    // The same, split into its steps: models, chart sync (QBarSet::replace, relabel), events and paint.
    qint64 models = 0;
    qint64 sync = 0;
    qint64 events = 0;
    QElapsedTimer step;
    timer.restart();
    for (int i = 1; i <= Updates; ++i) {
        step.start();
        agreement.setFigures(results[i]);
        selection.setFigures(results[i]);
        models += step.nsecsElapsed();
        step.start();
        likert->sync();
        picked->sync();
        sync += step.nsecsElapsed();
        step.start();
        settle();
        events += step.nsecsElapsed();
    }
    const double inPlaceMs = perUpdateMs(timer.nsecsElapsed());

    timer.restart();
    for (int i = 1; i <= Updates; ++i) {
        agreement.setFigures(results[i - 1]);
        selection.setFigures(results[i - 1]);
        delete likert;
        delete picked;
        likert = new LikertChart(&agreement, &host);
        picked = new SelectionChart(&selection, { 0 }, &agreement, &host);
        layout->addWidget(likert, 3);
        layout->addWidget(picked, 1);
        settle();
    }
    const double rebuildMs = perUpdateMs(timer.nsecsElapsed());

    std::printf("dashboard refresh, %d responses, whole presenter window (4 area pages + overview, "
                "an area page shown), mean of %d updates: %.2f ms per update (target <= %.0f ms: %s)\n",
        Responses, Updates, windowMs, TargetMs, windowMs <= TargetMs ? "met" : "NOT met");
    std::printf("one area's charts: updated in place %.2f ms, rebuilt from scratch %.2f ms; "
                "rebuild / in place = %.1f x\n",
        inPlaceMs, rebuildMs, rebuildMs / inPlaceMs);
    std::printf("  in place, by step: models %.2f ms, chart sync %.2f ms, events and painting %.2f ms\n",
        perUpdateMs(models), perUpdateMs(sync), perUpdateMs(events));
    return 0;
}
