#include "ui/dashboard/areapage.h"

#include "models/presenter/agreementmodel.h"
#include "models/presenter/coselectionmodel.h"
#include "models/presenter/selectionmodel.h"
#include "ui/dashboard/coselectionheatmap.h"
#include "ui/dashboard/likertchart.h"
#include "ui/dashboard/selectionchart.h"
#include "ui/dashboard/swatchlegend.h"

#include <QBarCategoryAxis>
#include <QGridLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace panelist {

AreaPage::AreaPage(
    const Instrument &instrument, const RiskArea &area, SelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_areaId(area.id)
    , m_areaName(area.name)
    , m_selectionThreshold(selection->threshold())
    , m_theme(DashboardTheme::make(false, false))
{
    setObjectName(u"area-"_s + area.id);
    setAutoFillBackground(true);
    m_agreement = new AgreementModel(instrument, area.id, this);
    // The area's own combination question, or the one overall question for every area.
    int column = selection->columnOfScope(area.id);
    if (column < 0)
        column = 0;
    const QString scope = selection->scopes().value(column);
    m_coSelection = new CoSelectionModel(instrument, scope, this);

    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_title->setToolTip(area.definition);
    m_legend = new SwatchLegend(this);
    m_likert = new LikertChart(m_agreement, this);
    m_selectionChart = new SelectionChart(selection, { column }, m_agreement, this);
    // Same rows, same order as the Likert chart beside it: the measure names are read there.
    m_selectionChart->setNamesVisible(false);
    m_heatMap = new CoSelectionHeatMap(m_coSelection, this);

    // Short headings, each one line over its column; the key below says what the marks mean.
    for (const QString &text :
        { tr("Agreement with each measure (share of n)"), tr("Picked"), tr("Picked together") }) {
        auto *heading = new QLabel(text, this);
        heading->setWordWrap(true);
        m_headings.append(heading);
    }

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(16, 10, 16, 10);
    grid->setHorizontalSpacing(0);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_title, 0, 0, 1, 3);
    grid->addWidget(m_headings[0], 1, 0);
    grid->addWidget(m_headings[1], 1, 1);
    grid->addWidget(m_headings[2], 1, 2);
    grid->addWidget(m_legend, 2, 0, 1, 3);
    grid->addWidget(m_likert, 3, 0);
    grid->addWidget(m_selectionChart, 3, 1);
    grid->addWidget(m_heatMap, 3, 2);
    // The heat map needs room for its row names beside a 27-column grid.
    grid->setColumnStretch(0, 11);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 6);
    grid->setRowStretch(3, 1);
    setFigures(analysis::Figures {});
}

QList<SwatchLegend::Item> AreaPage::key(const DashboardTheme &theme) const
{
    // In scale order (the chart's own legend would follow the stacking order, outward from zero).
    const Scale &scale = m_agreement->scale();
    QList<SwatchLegend::Item> items;
    for (int i = 0; i < scale.points.size(); ++i)
        items.append({ theme.pointColor(scale, i), scale.points[i].label });
    items.append({ theme.threshold,
        tr("%1 % agreement threshold (tick on each bar)").arg(qRound(m_agreement->threshold() * 100)),
        SwatchLegend::Mark::Tick });
    items.append({ theme.threshold, tr("picked by more than %1 %").arg(qRound(m_selectionThreshold * 100)),
        SwatchLegend::Mark::DashedLine });
    if (scale.allowDontKnow)
        items.append({ {},
            tr("DK: \"%1\", not in n")
                .arg(scale.dontKnowLabel.isEmpty() ? tr("Don't know") : scale.dontKnowLabel),
            SwatchLegend::Mark::None });
    return items;
}

void AreaPage::setFigures(const analysis::Figures &results)
{
    m_agreement->setFigures(results);
    m_coSelection->setFigures(results);
    const analysis::AreaStats *area = results.area(m_areaId);
    m_summary = { tr("%n expert(s)", nullptr, results.respondents) };
    if (area && area->alpha)
        m_summary.append(tr("Krippendorff's α %1").arg(*area->alpha, 0, 'f', 2));
    if (m_coSelection->answered() > 0)
        m_summary.append(tr("%n answered the combination question", nullptr, m_coSelection->answered()));
    showTitle();
}

QString AreaPage::summaryText() const
{
    return m_summary.join(u"  ·  "_s);
}

void AreaPage::showTitle()
{
    // One text, so that the summary follows the name on its line when there is room and wraps below
    // it when there is not, each part of it whole.
    const QFont title = m_theme.font(DashboardTheme::Text::Title);
    const QFont body = m_theme.font(DashboardTheme::Text::Body);
    QStringList parts;
    for (const QString &part : std::as_const(m_summary))
        parts.append(u"<span style=\"white-space:nowrap\">%1</span>"_s.arg(part.toHtmlEscaped()));
    m_title->setText(u"<span style=\"font-size:%1pt; font-weight:bold\">%2</span>&nbsp;&nbsp;&nbsp; "
                     u"<span style=\"font-size:%3pt\">%4</span>"_s.arg(title.pointSizeF())
                         .arg(m_areaName.toHtmlEscaped())
                         .arg(body.pointSizeF())
                         .arg(parts.join(u"&nbsp;&nbsp;·&nbsp; "_s)));
}

void AreaPage::applyTheme(const DashboardTheme &theme)
{
    m_theme = theme;
    setPalette(theme.palette());
    m_title->setFont(theme.font(DashboardTheme::Text::Body));
    showTitle();
    for (QLabel *heading : std::as_const(m_headings))
        heading->setFont(theme.font(DashboardTheme::Text::Heading));
    m_legend->setItems(key(theme), theme);
    m_likert->applyTheme(theme);
    m_selectionChart->applyTheme(theme);
    m_heatMap->applyTheme(theme);
}

} // namespace panelist
