#pragma once

#include "models/analysis/figures.h"
#include "models/instrument/instrument.h"
#include "ui/dashboard/dashboardtheme.h"
#include "ui/dashboard/swatchlegend.h"

#include <QWidget>

class QLabel;

namespace panelist {

class AgreementModel;
class CoSelectionHeatMap;
class CoSelectionModel;
class LikertChart;
class SelectionChart;
class SelectionModel;

// One risk area on the presenter dashboard: diverging Likert bars sorted by agreement, beside them
// (row for row, same order) the selection share in this area's combination question, and the
// co-selection heat map. The title and the summary ("n experts", consensus) flow as one text that
// wraps, so a long area name never widens the window. Owns its AgreementModel and CoSelectionModel;
// the SelectionModel is shared by all pages and owned by the window. GUI thread only.
class AreaPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AreaPage)

public:
    AreaPage(const Instrument &instrument, const RiskArea &area, SelectionModel *selection,
        QWidget *parent = nullptr);

    QString areaId() const { return m_areaId; }
    // Models first; the charts follow on the next event-loop turn.
    void setFigures(const analysis::Figures &results);
    void applyTheme(const DashboardTheme &theme);

    AgreementModel *agreementModel() const { return m_agreement; }
    CoSelectionModel *coSelectionModel() const { return m_coSelection; }
    LikertChart *likertChart() const { return m_likert; }
    SelectionChart *selectionChart() const { return m_selectionChart; }
    CoSelectionHeatMap *heatMap() const { return m_heatMap; }
    QString summaryText() const; // beside the title: "n experts", consensus, who answered
    SwatchLegend *legend() const { return m_legend; }

private:
    // The charts' key: the scale points in order, the agreement tick, the selection threshold line,
    // the note on don't know.
    QList<SwatchLegend::Item> key(const DashboardTheme &theme) const;
    void showTitle();
    QString m_areaId;
    QString m_areaName;
    QStringList m_summary; // its parts, each kept on one line
    double m_selectionThreshold = 0;
    DashboardTheme m_theme;
    AgreementModel *m_agreement; // owned (QObject child)
    CoSelectionModel *m_coSelection; // owned (QObject child)
    LikertChart *m_likert;
    SwatchLegend *m_legend;
    SelectionChart *m_selectionChart;
    CoSelectionHeatMap *m_heatMap;
    QLabel *m_title; // rich text: the area's name, then the summary
    QList<QLabel *> m_headings;
};

} // namespace panelist
