#pragma once

#include "ui/dashboard/dashboardtheme.h"

#include "ui/dashboard/deferredchartview.h"

class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QLineSeries;
class QValueAxis;

namespace panelist {

class AgreementModel;
class SelectionModel;

// Selection share bars (percent of respondents who answered the combination question), bound to a
// SelectionModel: one bar set per scope column shown, one category per measure, the selection
// threshold as a vertical line, bars above it drawn solid and the others pale. Measures follow the
// row order of `order` when given (so an area page lines up with its Likert chart), otherwise the
// instrument order; the first measure is at the top.
//
// Objects are created once; model signals schedule one in-place sync (QBarSet::replace, category
// relabel, QBarSet::selectBars for the bars above the threshold). GUI thread only; the models must outlive
// the chart.
class SelectionChart final : public DeferredChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionChart)

public:
    SelectionChart(SelectionModel *model, const QList<int> &columns, AgreementModel *order = nullptr,
        QWidget *parent = nullptr);
    ~SelectionChart() override;

    void applyTheme(const DashboardTheme &theme);
    void sync() override;

    QHorizontalBarSeries *series() const { return m_series; }
    QList<QBarSet *> sets() const;
    SelectionModel *model() const { return m_model; }
    QBarCategoryAxis *categoryAxis() const { return m_categories; }

private:
    QList<int> rowsTopDown() const; // SelectionModel rows in display order, top first
    QString label(int row) const;

    SelectionModel *m_model;
    AgreementModel *m_order;
    QList<int> m_columns;
    QHorizontalBarSeries *m_series = nullptr; // owned by the chart
    QBarCategoryAxis *m_categories = nullptr; // owned by the chart
    QValueAxis *m_values = nullptr; // owned by the chart
    QLineSeries *m_threshold = nullptr; // owned by the chart
};

} // namespace panelist
