#pragma once

#include "ui/dashboard/dashboardtheme.h"

#include <QWidget>

namespace panelist {

class CoSelectionModel;

// Co-selection heat map painted from a CoSelectionModel: a square grid of measures (numbered in
// instrument order, names in the tool tips), each cell shaded by how many respondents picked both
// measures relative to the most frequent pair; the diagonal (how many picked the measure at all)
// is drawn apart in grey. Counts are printed in cells large enough to hold them.
// Repaints on the model's signals; GUI thread only; the model must outlive the widget.
class CoSelectionHeatMap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoSelectionHeatMap)

public:
    explicit CoSelectionHeatMap(CoSelectionModel *model, QWidget *parent = nullptr);

    void applyTheme(const DashboardTheme &theme);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override; // tool tips per cell

private:
    struct Geometry
    {
        QRectF grid;
        qreal cell = 0;
    };
    Geometry geometry() const;
    QColor cellColor(int count, int max) const;

    CoSelectionModel *m_model;
    DashboardTheme m_theme;
};

} // namespace panelist
