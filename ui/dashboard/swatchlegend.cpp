#include "ui/dashboard/swatchlegend.h"

#include <QPainter>

namespace panelist {

namespace {

constexpr qreal Margin = 4;

} // namespace

SwatchLegend::SwatchLegend(QWidget *parent)
    : QWidget(parent)
    , m_theme(DashboardTheme::make(false, false))
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void SwatchLegend::setItems(const QList<Item> &items, const DashboardTheme &theme)
{
    m_items = items;
    m_theme = theme;
    updateGeometry();
    update();
}

qreal SwatchLegend::itemWidth(const Item &item) const
{
    const QFontMetricsF fm(m_theme.font(DashboardTheme::Text::Body));
    const qreal mark = item.mark == Mark::None ? 0 : fm.height() * 0.8 + 5;
    return mark + fm.horizontalAdvance(item.text);
}

QList<QPointF> SwatchLegend::layoutFor(int width) const
{
    const QFontMetricsF fm(m_theme.font(DashboardTheme::Text::Body));
    const qreal line = fm.height() + 4;
    const qreal gap = fm.height();
    QList<QPointF> at;
    qreal x = Margin;
    qreal y = Margin;
    for (const Item &item : m_items) {
        const qreal w = itemWidth(item);
        if (x > Margin && x + w > width - Margin) { // next line; a single long item keeps its line
            x = Margin;
            y += line;
        }
        at.append(QPointF(x, y));
        x += w + gap;
    }
    at.append(QPointF(0, y + line + Margin));
    return at;
}

int SwatchLegend::heightForWidth(int width) const
{
    return int(std::ceil(layoutFor(width).constLast().y()));
}

QSize SwatchLegend::sizeHint() const
{
    qreal w = 2 * Margin;
    for (const Item &item : m_items)
        w += itemWidth(item) + QFontMetricsF(m_theme.font(DashboardTheme::Text::Body)).height();
    return QSize(int(w), heightForWidth(int(w)));
}

QSize SwatchLegend::minimumSizeHint() const
{
    return QSize(120, heightForWidth(120));
}

void SwatchLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFont font = m_theme.font(DashboardTheme::Text::Body);
    p.setFont(font);
    const QFontMetricsF fm(font);
    const qreal h = fm.height();
    const qreal swatch = h * 0.8;
    const QList<QPointF> at = layoutFor(width());
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        const QPointF pos = at.at(i);
        if (item.mark == Mark::DashedLine) {
            QPen pen(item.color, m_theme.thresholdWidth(), Qt::DashLine);
            p.setPen(pen);
            p.drawLine(
                QPointF(pos.x() + swatch / 2, pos.y() + 1), QPointF(pos.x() + swatch / 2, pos.y() + h - 1));
        } else if (item.mark == Mark::Swatch) {
            p.fillRect(QRectF(pos.x(), pos.y() + (h - swatch) / 2, swatch, swatch), item.color);
        }
        const qreal textX = pos.x() + (item.mark == Mark::None ? 0 : swatch + 5);
        p.setPen(m_theme.foreground);
        p.drawText(QPointF(textX, pos.y() + fm.ascent()), item.text);
    }
}

} // namespace panelist
