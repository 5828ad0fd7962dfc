#include "ui/dashboard/coselectionheatmap.h"

#include "models/presenter/coselectionmodel.h"
#include "ui/dashboard/rowlabels.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

constexpr qreal LabelShare = 0.42; // of the width, at most, for the row numbers and names
constexpr qreal MaxCellAspect = 1.8; // a cell is never taller than this many times its width
constexpr qreal KeyGap = 8;
constexpr int KeyFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

} // namespace

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
    return QSize(480, 420);
}

QSize CoSelectionHeatMap::minimumSizeHint() const
{
    return QSize(200, 200);
}

QString CoSelectionHeatMap::measureName(int index) const
{
    return m_model->headerData(index, Qt::Vertical, Qt::ToolTipRole).toString();
}

qreal CoSelectionHeatMap::keyHeight(qreal width) const
{
    const QFontMetricsF fm(m_theme.font(DashboardTheme::Text::Small));
    const qreal bar = std::min<qreal>(120, width / 3);
    const QString range = tr("0 to %1 picked both").arg(m_model->maxPairCount());
    const qreal first = fm.boundingRect(QRectF(0, 0, width - bar - 6, 1e6), KeyFlags, range).height();
    const qreal second
        = fm.boundingRect(QRectF(0, 0, width, 1e6), KeyFlags, tr("Grey: how many picked the measure"))
              .height();
    return std::max(first, fm.height()) + second;
}

CoSelectionHeatMap::Geometry CoSelectionHeatMap::geometry() const
{
    Geometry g;
    const int n = std::max(1, m_model->rowCount());
    const QFont small = m_theme.font(DashboardTheme::Text::Small);
    const qreal top = QFontMetricsF(small).height() + 4; // the column numbers
    const qreal keyTop = height() - keyHeight(width());
    const qreal rowRoom = std::max<qreal>(1, (keyTop - KeyGap - top) / n);
    g.labels = RowLabelColumn::fittingFont(small, rowRoom);
    const QFontMetricsF fm(g.labels);
    const QString widest = QString::number(n);
    g.numberWidth = fm.horizontalAdvance(widest) + 6;
    qreal names = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        names = std::max(names, fm.horizontalAdvance(measureName(i)));
    g.nameWidth = std::min(names + 6, width() * LabelShare - g.numberWidth);
    // The last column's number is centred on it: room for the half that reaches past the grid.
    const qreal right = fm.horizontalAdvance(widest) / 2 + 1;
    const qreal left = g.numberWidth + g.nameWidth;
    g.cellWidth = std::max<qreal>(1, (width() - left - right) / n);
    g.cellHeight = std::min(rowRoom, std::max(g.cellWidth * MaxCellAspect, fm.height() + 1));
    g.grid = QRectF(left, top, g.cellWidth * n, g.cellHeight * n);
    g.keyTop = g.grid.bottom() + KeyGap;
    return g;
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
    QFont inCell = g.labels;
    inCell.setPixelSize(std::max(6, int(std::min(g.cellWidth, g.cellHeight) * 0.5)));
    const bool numbers = g.cellWidth >= 16 && g.cellHeight >= 12;
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c) {
            const QRectF cell(
                g.grid.left() + c * g.cellWidth, g.grid.top() + r * g.cellHeight, g.cellWidth, g.cellHeight);
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

    // Rows: number and short name. Columns: the same numbers, as many as fit side by side.
    p.setFont(g.labels);
    const QFontMetricsF fm(g.labels);
    for (int r = 0; r < n; ++r) {
        const qreal y = g.grid.top() + r * g.cellHeight;
        p.setPen(m_theme.muted);
        p.drawText(QRectF(0, y, g.numberWidth - 6, g.cellHeight), Qt::AlignRight | Qt::AlignVCenter,
            QString::number(r + 1));
        p.setPen(m_theme.foreground);
        p.drawText(QRectF(g.numberWidth, y, g.nameWidth - 6, g.cellHeight), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(measureName(r), Qt::ElideRight, g.nameWidth - 6));
    }
    const qreal needed = fm.horizontalAdvance(QString::number(n)) + 4;
    const int step = g.cellWidth >= needed ? 1 : (g.cellWidth * 2 >= needed ? 2 : 5);
    p.setPen(m_theme.muted);
    for (int c = 0; c < n; c += step) {
        const qreal centre = g.grid.left() + (c + 0.5) * g.cellWidth;
        p.drawText(QRectF(centre - needed / 2, 0, needed, g.grid.top() - 2),
            Qt::AlignHCenter | Qt::AlignBottom, QString::number(c + 1));
    }
    paintKey(p, QRectF(0, g.keyTop, width(), height() - g.keyTop));
}

void CoSelectionHeatMap::paintKey(QPainter &p, const QRectF &area) const
{
    // From none to the most frequent pair, then what the grey diagonal holds; wrapped to the width.
    const QFont small = m_theme.font(DashboardTheme::Text::Small);
    const QFontMetricsF fm(small);
    p.setFont(small);
    const qreal bar = std::min<qreal>(120, area.width() / 3);
    QLinearGradient gradient(area.left(), 0, area.left() + bar, 0);
    gradient.setColorAt(0, m_theme.heatLow);
    gradient.setColorAt(1, m_theme.heatHigh);
    const QRectF swatch(area.left(), area.top() + 2, bar, fm.height() - 4);
    p.fillRect(swatch, gradient);
    p.setPen(m_theme.muted);
    p.drawRect(swatch);
    p.setPen(m_theme.foreground);
    const QRectF range(swatch.right() + 6, area.top(), area.width() - bar - 6, area.height());
    QRectF used;
    p.drawText(range, KeyFlags, tr("0 to %1 picked both").arg(m_model->maxPairCount()), &used);
    const qreal below = area.top() + std::max(used.height(), fm.height());
    p.drawText(QRectF(area.left(), below, area.width(), area.bottom() - below), KeyFlags,
        tr("Grey: how many picked the measure"));
}

bool CoSelectionHeatMap::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const Geometry g = geometry();
    const QPointF pos = help->pos();
    const int last = m_model->rowCount() - 1;
    if (last < 0 || pos.y() < g.grid.top() || pos.y() >= g.grid.bottom() || pos.x() >= g.grid.right()) {
        QToolTip::hideText();
        return true;
    }
    const int r = std::clamp(int((pos.y() - g.grid.top()) / g.cellHeight), 0, last);
    const QString a = measureName(r);
    QString text;
    if (pos.x() < g.grid.left()) {
        text = tr("%1  %2").arg(r + 1).arg(a); // the row's name, whole
    } else {
        const int c = std::clamp(int((pos.x() - g.grid.left()) / g.cellWidth), 0, last);
        const int count = m_model->count(r, c);
        text = r == c ? tr("%1: picked by %2").arg(a).arg(count)
                      : tr("%1 and %2: picked together by %3").arg(a, measureName(c)).arg(count);
    }
    QToolTip::showText(help->globalPos(), text, this);
    return true;
}

} // namespace panelist
