#pragma once

#include "ui/dashboard/dashboardtheme.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

namespace panelist {

// A chart key that never cuts a name short: a colour swatch (or a line, or nothing) and the full
// text per item, flowing onto as many lines as the width needs, an item longer than a line wrapping
// under itself. QChart's own legend keeps to one line and truncates long names ("Chemical,
// biological, radiological …"). Painted; GUI thread only.
class SwatchLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwatchLegend)

public:
    // A filled square, a dashed threshold line, a short solid tick (a threshold marked on each bar),
    // text only.
    enum class Mark { Swatch, DashedLine, Tick, None };
    struct Item
    {
        QColor color;
        QString text;
        Mark mark = Mark::Swatch;
    };

    explicit SwatchLegend(QWidget *parent = nullptr);
    void setItems(const QList<Item> &items, const DashboardTheme &theme);
    void setTextSize(DashboardTheme::Text size); // Body unless set
    const QList<Item> &items() const { return m_items; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // Where each item's text goes when laid out in width (its mark stands left of it); the last
    // entry's top is the bottom of the legend.
    QList<QRectF> layoutFor(int width) const;
    qreal markWidth(const Item &item) const;
    qreal itemWidth(const Item &item) const; // mark and text on one line
    QFont textFont() const { return m_theme.font(m_textSize); }
    QList<Item> m_items;
    DashboardTheme m_theme;
    DashboardTheme::Text m_textSize = DashboardTheme::Text::Body;
};

} // namespace panelist
