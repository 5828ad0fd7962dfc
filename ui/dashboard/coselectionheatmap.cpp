#include "ui/dashboard/coselectionheatmap.h"

#include "models/presenter/coselectionmodel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace panelist {

CoSelectionHeatMap::CoSelectionHeatMap(CoSelectionModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_theme(DashboardTheme::make(false, false))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    auto repaint = [this] { update(); };
    connect(model, &QAbstractItemModel::dataChanged, this, repaint);
    connect(model, &QAbstractItemModel::modelReset, this, repaint);
    setAccessibleName(tr("Co-selection heat map"));
}

void CoSelectionHeatMap::applyTheme(const DashboardTheme &theme)
{
    m_theme = theme;
    update();
}

QSize CoSelectionHeatMap::sizeHint() const
{
    return QSize(420, 420);
}

QSize CoSelectionHeatMap::minimumSizeHint() const
{
    return QSize(200, 200);
}

CoSelectionHeatMap::Geometry CoSelectionHeatMap::geometry() const
{
    const int n = std::max(1, m_model->rowCount());
    const QFontMetricsF fm(m_theme.font(DashboardTheme::Text::Small));
    const qreal label = fm.horizontalAdvance(u"00"_s) + 6;
    const qreal side = std::min(width() - label, height() - label - 2 * fm.height() - 8);
    const qreal cell = std::max<qreal>(1, side / n);
    // Centred horizontally; labels above and to the left of the grid.
    const qreal gridSide = cell * n;
    const qreal left = std::max(label, (width() - gridSide + label) / 2);
    return Geometry { QRectF(left, label, gridSide, gridSide), cell };
}

QColor CoSelectionHeatMap::cellColor(int count, int max) const
{
    const qreal t = max > 0 ? qreal(count) / max : 0.0;
    const QColor &a = m_theme.heatLow;
    const QColor &b = m_theme.heatHigh;
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

void CoSelectionHeatMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), m_theme.background);
    const int n = m_model->rowCount();
    if (n == 0)
        return;
    const Geometry g = geometry();
    const int max = m_model->maxPairCount();
    const QFont small = m_theme.font(DashboardTheme::Text::Small);
    QFont inCell = small;
    inCell.setPixelSize(std::max(6, int(g.cell * 0.5)));
    const bool numbers = g.cell >= 16;
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c) {
            const QRectF cell(g.grid.left() + c * g.cell, g.grid.top() + r * g.cell, g.cell, g.cell);
            const int count = m_model->count(r, c);
            const QColor fill = r == c ? m_theme.neutral : cellColor(count, max);
            p.fillRect(cell.adjusted(0, 0, -1, -1), fill);
            if (numbers && count > 0) {
                p.setFont(inCell);
                p.setPen(fill.lightnessF() < 0.5 ? Qt::white : Qt::black);
                p.drawText(cell, Qt::AlignCenter, QString::number(count));
            }
        }
    }
    p.setFont(small);
    p.setPen(m_theme.muted);
    const QFontMetricsF fm(small);
    // Every label when they fit, otherwise every second or fifth.
    const qreal needed = std::max(fm.height() * 0.9, fm.horizontalAdvance(u"00"_s) + 2);
    const int step = g.cell >= needed ? 1 : (g.cell * 2 >= needed ? 2 : 5);
    for (int i = 0; i < n; i += step) {
        const QString number = QString::number(i + 1);
        const qreal pos = i * g.cell;
        p.drawText(QRectF(0, g.grid.top() + pos, g.grid.left() - 4, g.cell),
            Qt::AlignRight | Qt::AlignVCenter, number);
        p.drawText(QRectF(g.grid.left() + pos - 10, 0, g.cell + 20, g.grid.top() - 2),
            Qt::AlignHCenter | Qt::AlignBottom, number);
    }
    // Scale: from none to the most frequent pair.
    const qreal y = g.grid.bottom() + 6;
    const qreal w = std::min<qreal>(160, g.grid.width() / 2);
    QLinearGradient gradient(g.grid.left(), 0, g.grid.left() + w, 0);
    gradient.setColorAt(0, m_theme.heatLow);
    gradient.setColorAt(1, m_theme.heatHigh);
    const QRectF bar(g.grid.left(), y + 2, w, fm.height() - 4);
    p.fillRect(bar, gradient);
    p.setPen(m_theme.muted);
    p.drawRect(bar);
    p.setPen(m_theme.foreground);
    p.drawText(QPointF(bar.right() + 6, y + fm.ascent()), tr("0 to %1 picked both").arg(max));
    p.drawText(QPointF(g.grid.left(), y + fm.height() + fm.ascent()),
        tr("Grey diagonal: how many picked the measure"));
}

bool CoSelectionHeatMap::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const Geometry g = geometry();
    const QPointF pos = help->pos();
    if (!g.grid.contains(pos)) {
        QToolTip::hideText();
        return true;
    }
    const int r = std::clamp(int((pos.y() - g.grid.top()) / g.cell), 0, m_model->rowCount() - 1);
    const int c = std::clamp(int((pos.x() - g.grid.left()) / g.cell), 0, m_model->rowCount() - 1);
    const QString a = m_model->headerData(r, Qt::Vertical, Qt::ToolTipRole).toString();
    const QString b = m_model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
    const int count = m_model->count(r, c);
    const QString text = r == c ? tr("%1: picked by %2").arg(a).arg(count)
                                : tr("%1 and %2: picked together by %3").arg(a, b).arg(count);
    QToolTip::showText(help->globalPos(), text, this);
    return true;
}

} // namespace panelist
