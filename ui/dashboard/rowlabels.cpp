#include "ui/dashboard/rowlabels.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// Above the bars and the threshold marks of the chart.
constexpr qreal LabelZ = 60;

// The longest start of text, ending at a space, that fits width; empty when not even a word does.
qsizetype lineBreak(const QString &text, const QFontMetricsF &fm, qreal width)
{
    qsizetype best = 0;
    for (qsizetype i = text.indexOf(u' '); i > 0; i = text.indexOf(u' ', i + 1)) {
        if (fm.horizontalAdvance(text.left(i)) > width)
            break;
        best = i;
    }
    return best;
}

} // namespace

// One label: its text drawn in a rectangle of the chart, aligned as the column says.
class RowLabelItem final : public QGraphicsItem
{
public:
    explicit RowLabelItem(QGraphicsItem *parent)
        : QGraphicsItem(parent)
    {
        setZValue(LabelZ);
        setAcceptHoverEvents(false);
    }

    void set(const QRectF &rect, const QString &text, const QFont &font, const QColor &color, int flags)
    {
        if (rect != m_rect)
            prepareGeometryChange();
        m_rect = rect;
        m_text = text;
        m_font = font;
        m_color = color;
        m_flags = flags;
        update();
    }

    QRectF boundingRect() const override { return m_rect; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setFont(m_font);
        painter->setPen(m_color);
        painter->drawText(m_rect, m_flags, m_text);
    }

private:
    QRectF m_rect;
    QString m_text;
    QFont m_font;
    QColor m_color;
    int m_flags = 0;
};

RowLabelColumn::RowLabelColumn(Side side)
    : m_side(side)
{ }

void RowLabelColumn::setTexts(const QStringList &texts)
{
    m_texts = texts;
    m_shown.clear(); // until the next fit()
    while (m_items.size() < m_texts.size())
        m_items.append(new RowLabelItem(m_chart));
    for (qsizetype i = 0; i < m_items.size(); ++i)
        m_items.at(i)->setVisible(i < m_texts.size());
}

void RowLabelColumn::setColor(const QColor &color)
{
    m_color = color;
}

QFont RowLabelColumn::fittingFont(const QFont &preferred, qreal rowHeight)
{
    QFont font = preferred;
    qreal size = preferred.pointSizeF();
    while (size > MinimumPointSize && QFontMetricsF(font).height() > rowHeight - 1) {
        size = std::max(MinimumPointSize, size - 0.5);
        font.setPointSizeF(size);
    }
    return font;
}

qreal RowLabelColumn::fit(const QFont &font, qreal rowHeight, qreal maxWidth)
{
    m_font = font;
    m_rowHeight = rowHeight;
    m_shown = m_texts;
    const QFontMetricsF fm(font);
    const bool twoLines = 2 * fm.lineSpacing() <= rowHeight - 1;
    m_width = 0;
    for (qsizetype i = 0; i < m_texts.size(); ++i) {
        const QString &text = m_texts.at(i);
        QString shown = text;
        if (fm.horizontalAdvance(text) > maxWidth) {
            const qsizetype cut = twoLines ? lineBreak(text, fm, maxWidth) : 0;
            if (cut > 0)
                shown = text.left(cut) + u'\n' + fm.elidedText(text.mid(cut + 1), Qt::ElideRight, maxWidth);
            else
                shown = fm.elidedText(text, Qt::ElideRight, maxWidth);
        }
        for (const QString &line : shown.split(u'\n'))
            m_width = std::max(m_width, fm.horizontalAdvance(line));
        m_items.at(i)->setToolTip(shown.endsWith(u'…') ? text : QString());
        m_shown[i] = shown;
    }
    m_width = std::ceil(std::min(m_width, maxWidth));
    return m_width;
}

void RowLabelColumn::place(const QRectF &plotArea, qreal gap)
{
    const qreal x = m_side == Side::Left ? plotArea.left() - gap - m_width : plotArea.right() + gap;
    const int align = (m_side == Side::Left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
    for (qsizetype i = 0; i < m_shown.size(); ++i) {
        const QRectF rect(x, plotArea.top() + m_rowHeight * qreal(i), m_width, m_rowHeight);
        m_items.at(i)->set(rect, m_shown.at(i), m_font, m_color, align);
    }
}

void ValueLabelRow::setLabels(const QList<Label> &labels)
{
    m_labels = labels;
    while (m_items.size() < m_labels.size())
        m_items.append(new RowLabelItem(m_chart));
}

void ValueLabelRow::setStyle(const QFont &font, const QColor &color)
{
    m_font = font;
    m_color = color;
}

qreal ValueLabelRow::height() const
{
    return std::ceil(QFontMetricsF(m_font).height()) + 4;
}

void ValueLabelRow::place(const QRectF &plotArea, const std::function<qreal(qreal)> &xOf)
{
    const QFontMetricsF fm(m_font);
    const qreal space = fm.horizontalAdvance(u' ');
    const QRectF chart = m_chart->rect();
    QList<QRectF> rects;
    for (const Label &label : std::as_const(m_labels)) {
        const qreal width = std::ceil(fm.horizontalAdvance(label.text)) + 2;
        const qreal left = std::clamp(xOf(label.value) - width / 2, chart.left(), chart.right() - width);
        rects.append(QRectF(left, plotArea.bottom() + 4, width, fm.height()));
    }
    // The ends of the scale always; a label between them where it clears its neighbours.
    const auto clear = [space](const QRectF &a, const QRectF &b) { return a.right() + space <= b.left(); };
    qsizetype previous = -1;
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const bool end = i == 0 || i == rects.size() - 1;
        const bool shown
            = end || (clear(rects.at(previous), rects.at(i)) && clear(rects.at(i), rects.constLast()));
        m_items.at(i)->setVisible(shown);
        m_items.at(i)->set(rects.at(i), m_labels.at(i).text, m_font, m_color, Qt::AlignCenter);
        if (shown)
            previous = i;
    }
}

} // namespace panelist
