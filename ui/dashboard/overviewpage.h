#pragma once

#include "models/analysis/figures.h"
#include "models/instrument/instrument.h"
#include "ui/dashboard/dashboardtheme.h"

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace panelist {

class FittingLabel;
class SelectionChart;
class SwatchLegend;
class SelectionModel;

// The first page of the presenter dashboard: how many experts, when the figures last changed,
// the measures that stand out (agreement and selection thresholds met everywhere), and how often
// each measure was picked in every combination scope (the chart on the right, its key in the left
// column). GUI thread only.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    OverviewPage(const Instrument &instrument, SelectionModel *selection, QWidget *parent = nullptr);

    void setFigures(const analysis::Figures &results, const QDateTime &updated, const QString &groupName);
    void applyTheme(const DashboardTheme &theme);

    QString expertsText() const; // e.g. "76 experts"
    QString updatedText() const;
    QStringList standOutNames() const { return m_standOut; }
    SelectionChart *selectionChart() const { return m_chart; }
    SwatchLegend *legend() const { return m_legend; }

private:
    Instrument m_instrument;
    QStringList m_standOut;
    QLabel *m_title;
    QLabel *m_count;
    QLabel *m_countCaption;
    QLabel *m_updated;
    QLabel *m_group;
    QLabel *m_standOutHeading;
    QLabel *m_standOutRule;
    FittingLabel *m_standOutList; // takes what the column leaves, its font shrinking to fit
    QLabel *m_chartHeading;
    SelectionChart *m_chart;
    SwatchLegend *m_legend;
};

} // namespace panelist
