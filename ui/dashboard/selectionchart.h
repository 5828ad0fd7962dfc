#pragma once

#include "ui/dashboard/dashboardtheme.h"
#include "ui/dashboard/deferredchartview.h"
#include "ui/dashboard/rowlabels.h"

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
// instrument order; the first measure is at the top. With names shown, each measure's name stands
// left of its bars (a RowLabelColumn: as large as the rows allow, never hidden); an area page hides
// them, as its Likert chart beside this one names the same rows.
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
    void setNamesVisible(bool visible);

    QHorizontalBarSeries *series() const { return m_series; }
    QList<QBarSet *> sets() const;
    SelectionModel *model() const { return m_model; }
    // One category per measure (bottom first); its labels are not shown: names() draws them.
    QBarCategoryAxis *categoryAxis() const { return m_categories; }
    const RowLabelColumn &names() const { return m_names; }

private:
    QList<int> rowsTopDown() const; // SelectionModel rows in display order, top first
    QString label(int row) const;
    void layOut(); // names beside the plot area and margins that make room for them

    SelectionModel *m_model;
    AgreementModel *m_order;
    QList<int> m_columns;
    QHorizontalBarSeries *m_series = nullptr; // owned by the chart
    QBarCategoryAxis *m_categories = nullptr; // owned by the chart
    QValueAxis *m_values = nullptr; // owned by the chart
    QLineSeries *m_threshold = nullptr; // owned by the chart
    RowLabelColumn m_names;
    ValueLabelRow m_valueLabels;
    bool m_namesVisible = true;
    DashboardTheme m_theme;
};

} // namespace panelist
