#pragma once

#include "models/instrument/instrument.h"
#include "ui/dashboard/dashboardtheme.h"

#include <QWidget>

namespace panelist {

// The key of a Likert chart in scale order (the chart's own legend would follow the stacking
// order, which is outward from zero): a swatch per scale point, the threshold line and a note on
// "don't know". Painted; GUI thread only.
class LikertLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LikertLegend)

public:
    LikertLegend(const Scale &scale, double threshold, QWidget *parent = nullptr);
    void applyTheme(const DashboardTheme &theme);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return QSize(200, sizeHint().height()); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Scale m_scale;
    double m_threshold;
    DashboardTheme m_theme;
};

} // namespace panelist
