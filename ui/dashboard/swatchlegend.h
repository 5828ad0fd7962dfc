#pragma once

#include "ui/dashboard/dashboardtheme.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

namespace panelist {

// A chart key that never cuts a name short: a colour swatch (or a dashed line, or nothing) and the
// full text per item, flowing onto as many lines as the width needs. QChart's own legend keeps to one line
// and truncates long names ("Chemical, biological, radiological …"). Painted; GUI thread only.
class SwatchLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwatchLegend)

public:
    enum class Mark { Swatch, DashedLine, None }; // a filled square, a threshold line, text only
    struct Item
    {
        QColor color;
        QString text;
        Mark mark = Mark::Swatch;
    };

    explicit SwatchLegend(QWidget *parent = nullptr);
    void setItems(const QList<Item> &items, const DashboardTheme &theme);
    const QList<Item> &items() const { return m_items; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // Top-left of each item (swatch first) when laid out in width; the last entry is the bottom.
    QList<QPointF> layoutFor(int width) const;
    qreal itemWidth(const Item &item) const;
    QList<Item> m_items;
    DashboardTheme m_theme;
};

} // namespace panelist
