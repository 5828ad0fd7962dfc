#pragma once

#include "ui/dashboard/dashboardtheme.h"

#include "ui/dashboard/deferredchartview.h"

class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QHorizontalStackedBarSeries;
class QLineSeries;

namespace panelist {

class AgreementModel;

// Diverging stacked Likert bars for one risk area, bound to an AgreementModel: disagreement left of
// zero, agreement right, the neutral point split half and half across zero; one bar per measure in
// the model's order (highest agreement at the top), each category labelled with the measure, its
// n and its "don't know" count. The agreement threshold is a stepped line: on each bar it sits at
// neutral half + threshold, which is where the agreement segments must reach for the share to
// exceed it.
//
// The chart, series, sets and axes are created once. Model signals schedule one sync on the next
// event-loop turn, which replaces changed values with QBarSet::replace and relabels the axis.
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
    QBarCategoryAxis *categoryAxis() const { return m_categories; }
    QLineSeries *thresholdLine() const { return m_threshold; }
    // Label shown for a model row: the measure's name (shortened if long), n and don't know.
    QString categoryLabel(int row) const;

private:
    enum class Part { NeutralLeft, NeutralRight, Point };
    struct Segment
    {
        QBarSet *set = nullptr;
        Part part = Part::Point;
        int point = -1; // scale point index
        qreal sign = 1.0;
    };
    qreal segmentValue(const Segment &segment, int row) const;

    AgreementModel *m_model;
    int m_neutral = -1; // scale point index of the midpoint, -1 for an even scale
    QList<Segment> m_segments;
    QHorizontalStackedBarSeries *m_series = nullptr; // owned by the chart
    QBarCategoryAxis *m_categories = nullptr; // owned by the chart
    QCategoryAxis *m_values = nullptr; // owned by the chart
    QLineSeries *m_threshold = nullptr; // owned by the chart
};

} // namespace panelist
