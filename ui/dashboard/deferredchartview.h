#pragma once

#include <QChartView>
#include <QTimer>

namespace panelist {

// A chart view that pulls its values from item models lazily: model signals call scheduleSync(),
// which runs one sync() on the next event-loop turn however many signals an update sent; while the
// view is hidden (another dashboard page) nothing runs until it is shown, so an update costs only
// the page on screen. GUI thread only.
class DeferredChartView : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeferredChartView)

public:
    // Owns chart from the start: QChartView(QWidget *) makes a chart of its own, which a later
    // setChart() releases without deleting (a leak for every view).
    explicit DeferredChartView(QChart *chart, QWidget *parent = nullptr);
    ~DeferredChartView() override;

    // Pulls the models' values into the chart now (normally done on the next event-loop turn).
    virtual void sync() = 0;

protected:
    void scheduleSync();
    // Called at the start of sync(): drops a scheduled or pending-while-hidden sync.
    void syncStarted();
    void showEvent(QShowEvent *event) override;

private:
    QTimer m_pending;
    bool m_stale = false; // the model changed while the chart was hidden
};

} // namespace panelist
