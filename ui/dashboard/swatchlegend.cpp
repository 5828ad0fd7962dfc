#include "ui/dashboard/swatchlegend.h"

#include <QPainter>

namespace panelist {

namespace {

constexpr qreal Margin = 4;
constexpr qreal LineGap = 4;
constexpr int TextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

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

void SwatchLegend::setTextSize(DashboardTheme::Text size)
{
    m_textSize = size;
    updateGeometry();
    update();
}

qreal SwatchLegend::markWidth(const Item &item) const
{
    const QFontMetricsF fm(textFont());
    return item.mark == Mark::None ? 0 : fm.height() * 0.8 + 5;
}

qreal SwatchLegend::itemWidth(const Item &item) const
{
    const QFontMetricsF fm(textFont());
    return markWidth(item) + fm.horizontalAdvance(item.text);
}

QList<QRectF> SwatchLegend::layoutFor(int width) const
{
    const QFontMetricsF fm(textFont());
    const qreal gap = fm.height();
    QList<QRectF> at;
    qreal x = Margin;
    qreal y = Margin;
    qreal line = fm.height(); // height of the line being filled
    for (const Item &item : m_items) {
        const qreal mark = markWidth(item);
        if (x > Margin && x + itemWidth(item) > width - Margin) {
            x = Margin;
            y += line + LineGap;
            line = fm.height();
        }
        // An item longer than a whole line wraps its text under itself.
        const qreal room = std::max<qreal>(1, width - Margin - x - mark);
        const QRectF text = fm.boundingRect(QRectF(0, 0, room, 1e6), TextFlags, item.text);
        at.append(QRectF(x + mark, y, std::min(text.width(), room), std::max(text.height(), fm.height())));
        line = std::max(line, at.constLast().height());
        x += mark + at.constLast().width() + gap;
    }
    at.append(QRectF(0, y + line + Margin, 0, 0));
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
        w += itemWidth(item) + QFontMetricsF(textFont()).height();
    return QSize(int(w), heightForWidth(int(w)));
}

QSize SwatchLegend::minimumSizeHint() const
{
    // The height for the width the layout gives comes from heightForWidth(); a minimum taken at a
    // narrow width would make the window refuse to be as short as a 720-line screen.
    const int w = sizeHint().width();
    return QSize(std::min(w, 120), heightForWidth(w));
}

void SwatchLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFont font = textFont();
    p.setFont(font);
    const QFontMetricsF fm(font);
    const qreal h = fm.height();
    const qreal swatch = h * 0.8;
    const QList<QRectF> at = layoutFor(width());
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        const QRectF text = at.at(i);
        const QPointF pos(text.left() - markWidth(item), text.top());
        if (item.mark == Mark::DashedLine) {
            QPen pen(item.color, m_theme.thresholdWidth(), Qt::DashLine);
            p.setPen(pen);
            p.drawLine(
                QPointF(pos.x() + swatch / 2, pos.y() + 1), QPointF(pos.x() + swatch / 2, pos.y() + h - 1));
        } else if (item.mark == Mark::Tick) {
            // As the chart draws it: a solid line with a rim of the background around it.
            const QLineF tick(
                QPointF(pos.x() + swatch / 2, pos.y() + 1), QPointF(pos.x() + swatch / 2, pos.y() + h - 1));
            p.setPen(QPen(m_theme.background, m_theme.thresholdWidth() + 3, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(tick);
            p.setPen(QPen(item.color, m_theme.thresholdWidth() + 0.5, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(tick);
        } else if (item.mark == Mark::Swatch) {
            p.fillRect(QRectF(pos.x(), pos.y() + (h - swatch) / 2, swatch, swatch), item.color);
        }
        p.setPen(m_theme.foreground);
        p.drawText(text, TextFlags, item.text);
    }
}

} // namespace panelist
