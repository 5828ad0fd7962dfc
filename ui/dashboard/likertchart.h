#pragma once

#include "ui/dashboard/dashboardtheme.h"
#include "ui/dashboard/deferredchartview.h"
#include "ui/dashboard/rowlabels.h"

#include <optional>

class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QGraphicsLineItem;
class QHorizontalStackedBarSeries;

namespace panelist {

class AgreementModel;

// Diverging stacked Likert bars for one risk area, bound to an AgreementModel: disagreement left of
// zero, agreement right, the neutral point split half and half across zero; one bar per measure in
// the model's order (highest agreement at the top). Left of the bars each measure's name (names()),
// right of them its n and "don't know" count (counts()); both are RowLabelColumns, as large as the
// rows allow and never hidden. The agreement threshold is a short tick on each bar, as the report
// draws it (models/report/svgcharts.cpp): at neutral half + threshold, where the agreement segments
// must reach for the share to exceed it.
//
// The chart, series, sets, axes, labels and ticks are created once. Model signals schedule one sync
// on the next event-loop turn, which replaces changed values with QBarSet::replace and relabels.
// GUI thread only; the model must outlive the chart.
class LikertChart final : public DeferredChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LikertChart)

public:
    explicit LikertChart(AgreementModel *model, QWidget *parent = nullptr);
    ~LikertChart() override;

    void applyTheme(const DashboardTheme &theme);
    void sync() override;

    QHorizontalStackedBarSeries *series() const { return m_series; }
    QList<QBarSet *> sets() const;
    // One category per model row (bottom first); its labels are not shown: names() draws them.
    QBarCategoryAxis *categoryAxis() const { return m_categories; }
    const RowLabelColumn &names() const { return m_names; }
    const RowLabelColumn &counts() const { return m_counts; }
    // One per model row, bottom first; hidden while the row has no ratings.
    QList<QGraphicsLineItem *> thresholdTicks() const;
    // The category of a model row: the measure's name, n and don't know.
    QString categoryLabel(int row) const;
    QString countLabel(int row) const; // "n 71 · DK 4"

private:
    enum class Part { NeutralLeft, NeutralRight, Point };
    struct Segment
    {
        QBarSet *set = nullptr;
        Part part = Part::Point;
        int point = -1; // scale point index
        qreal sign = 1.0;
    };
    struct Tick
    {
        QGraphicsLineItem *halo = nullptr; // keeps the tick visible on bars of its own colour
        QGraphicsLineItem *line = nullptr;
        std::optional<qreal> at; // value-axis position; none while the row has no ratings
    };
    qreal segmentValue(const Segment &segment, int row) const;
    void layOut(); // labels beside the plot area, margins that make room for them, ticks on the bars

    AgreementModel *m_model;
    DashboardTheme m_theme;
    int m_neutral = -1; // scale point index of the midpoint, -1 for an even scale
    QList<Segment> m_segments;
    QList<Tick> m_ticks; // bottom first, like the categories
    QHorizontalStackedBarSeries *m_series = nullptr; // owned by the chart
    QBarCategoryAxis *m_categories = nullptr; // owned by the chart
    QCategoryAxis *m_values = nullptr; // owned by the chart
    RowLabelColumn m_names;
    RowLabelColumn m_counts;
    ValueLabelRow m_valueLabels; // "100 %" … "100 %" under the bars
};

} // namespace panelist
