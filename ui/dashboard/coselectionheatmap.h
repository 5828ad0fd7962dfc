#pragma once

#include "ui/dashboard/dashboardtheme.h"

#include <QWidget>

namespace panelist {

class CoSelectionModel;

// Co-selection heat map painted from a CoSelectionModel: a grid of measures (instrument order on
// both axes), each cell shaded by how many respondents picked both measures relative to the most
// frequent pair; the diagonal (how many picked the measure at all) is drawn apart in grey. Every
// row is named, number and short name (the name cut with "…" to the room there, whole in the tool
// tip), so a projector audience can read which measures go together without a mouse; the columns
// carry the same numbers. Counts are printed in cells large enough to hold them; the key below the
// grid wraps to the width. Cells are as wide as the width allows and as tall as the height allows
// (never much taller than wide), so the row names get the largest font that fits a row.
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
    bool event(QEvent *event) override; // tool tips per cell and per row name

private:
    struct Geometry
    {
        QFont labels; // row numbers and names, column numbers
        qreal numberWidth = 0; // the row numbers' column, at the left edge
        qreal nameWidth = 0; // the names' column, between the numbers and the grid
        QRectF grid;
        qreal cellWidth = 1;
        qreal cellHeight = 1;
        qreal keyTop = 0;
    };
    Geometry geometry() const;
    qreal keyHeight(qreal width) const;
    void paintKey(QPainter &p, const QRectF &area) const;
    QColor cellColor(int count, int max) const;
    QString measureName(int index) const;

    CoSelectionModel *m_model;
    DashboardTheme m_theme;
};

} // namespace panelist
