#include "ui/dashboard/likertlegend.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace panelist {

LikertLegend::LikertLegend(const Scale &scale, double threshold, QWidget *parent)
    : QWidget(parent)
    , m_scale(scale)
    , m_threshold(threshold)
    , m_theme(DashboardTheme::make(false, false))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LikertLegend::applyTheme(const DashboardTheme &theme)
{
    m_theme = theme;
    updateGeometry();
    update();
}

QSize LikertLegend::sizeHint() const
{
    const QFontMetrics fm(m_theme.font(DashboardTheme::Text::Body));
    return QSize(800, fm.height() + 8);
}

void LikertLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFont font = m_theme.font(DashboardTheme::Text::Body);
    p.setFont(font);
    const QFontMetricsF fm(font);
    const qreal h = fm.height();
    const qreal swatch = h * 0.8;
    qreal x = 4;
    const qreal y = (height() - h) / 2;
    auto item = [&](const QString &text) {
        p.setPen(m_theme.foreground);
        p.drawText(QPointF(x, y + fm.ascent()), text);
        x += fm.horizontalAdvance(text) + h;
    };
    for (int i = 0; i < m_scale.points.size(); ++i) {
        p.fillRect(QRectF(x, y + (h - swatch) / 2, swatch, swatch), m_theme.pointColor(m_scale, i));
        x += swatch + 5;
        item(m_scale.points[i].label);
    }
    QPen pen(m_theme.threshold, m_theme.thresholdWidth(), Qt::DashLine);
    p.setPen(pen);
    p.drawLine(QPointF(x + swatch / 2, y + 1), QPointF(x + swatch / 2, y + h - 1));
    x += swatch + 5;
    item(tr("threshold: more than %1 % agree").arg(qRound(m_threshold * 100)));
    if (m_scale.allowDontKnow)
        item(tr("DK: \"%1\", not in n")
                 .arg(m_scale.dontKnowLabel.isEmpty() ? tr("Don't know") : m_scale.dontKnowLabel));
}

} // namespace panelist
