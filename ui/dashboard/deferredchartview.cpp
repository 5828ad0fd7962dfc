#include "ui/dashboard/deferredchartview.h"

namespace panelist {

DeferredChartView::DeferredChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, [this] { sync(); });
}

DeferredChartView::~DeferredChartView() = default;

void DeferredChartView::scheduleSync()
{
    if (isVisible())
        m_pending.start();
    else
        m_stale = true;
}

void DeferredChartView::syncStarted()
{
    m_pending.stop();
    m_stale = false;
}

void DeferredChartView::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    if (m_stale)
        sync();
}

} // namespace panelist
