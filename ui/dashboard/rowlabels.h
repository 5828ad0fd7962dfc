#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <functional>

class QChart;

namespace panelist {

class RowLabelItem;

// A column of labels beside a chart's plot area, one per bar category, top row first. The dashboard
// draws its measure names this way rather than through Qt Charts' category axis, which hides every
// label that does not fit its row (at 1280 x 720 with large text, every other measure name) and
// lets long ones run past the chart's left edge.
//
// fit() decides how the texts are shown in rows of a given height and width: each text on one line
// when it fits, on two lines when the rows are tall enough for two, otherwise shortened with "…"
// and its whole text as the label's tool tip. place() puts the labels beside the plot area: on the
// Left side right-aligned against it, on the Right side left-aligned. The labels are items of the
// chart (deleted with it); nothing is recreated when texts, fonts or sizes change. GUI thread only.
class RowLabelColumn
{
public:
    enum class Side { Left, Right };
    // Labels never get smaller than this, however many rows share the height: below it a projector
    // shows blur, not text.
    static constexpr qreal MinimumPointSize = 7.0;

    explicit RowLabelColumn(Side side);
    // The chart whose items the labels become; before the first setTexts().
    void attach(QChart *chart) { m_chart = chart; }

    void setTexts(const QStringList &texts);
    void setColor(const QColor &color);
    // Returns the width the column needs (at most maxWidth) for the texts in font, rows rowHeight high.
    qreal fit(const QFont &font, qreal rowHeight, qreal maxWidth);
    void place(const QRectF &plotArea, qreal gap);

    // The preferred font, or the largest smaller one whose line fits a row rowHeight high.
    static QFont fittingFont(const QFont &preferred, qreal rowHeight);

    const QStringList &texts() const { return m_texts; }
    const QFont &font() const { return m_font; }
    const QColor &color() const { return m_color; }
    qreal width() const { return m_width; }

private:
    QChart *m_chart = nullptr;
    Side m_side;
    QStringList m_texts;
    QStringList m_shown; // as fit() chose to show them: whole, on two lines, or shortened
    QList<RowLabelItem *> m_items; // children of the chart
    QFont m_font;
    QColor m_color;
    qreal m_rowHeight = 0;
    qreal m_width = 0;
};

// Labels under a chart's plot area at values of its horizontal axis ("0", "50 %", "100 %"), drawn by
// the dashboard for the same reason as the row labels: Qt Charts hides an axis label that reaches
// past the plot's edge, which the outermost ones always do. A label that would overlap the one
// before it is left out (a narrow chart shows 0 and 100 % only); the outermost are kept inside the
// chart. Items of the chart; GUI thread only.
class ValueLabelRow
{
public:
    struct Label
    {
        qreal value = 0;
        QString text;
    };

    void attach(QChart *chart) { m_chart = chart; }
    void setLabels(const QList<Label> &labels);
    void setStyle(const QFont &font, const QColor &color);
    qreal height() const; // the room the labels need under the plot area
    // xOf maps a value to its x in the chart's coordinates.
    void place(const QRectF &plotArea, const std::function<qreal(qreal)> &xOf);

private:
    QChart *m_chart = nullptr;
    QList<Label> m_labels;
    QList<RowLabelItem *> m_items; // children of the chart, one per label
    QFont m_font;
    QColor m_color;
};

} // namespace panelist
