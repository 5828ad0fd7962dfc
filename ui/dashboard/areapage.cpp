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

    m_title = new QLabel(area.name, this);
    m_title->setToolTip(area.definition);
    m_summary = new QLabel(this);
    m_legend = new SwatchLegend(this);
    m_likert = new LikertChart(m_agreement, this);
    m_selectionChart = new SelectionChart(selection, { column }, m_agreement, this);
    // Same rows, same order as the Likert chart beside it: the measure names are read there.
    m_selectionChart->categoryAxis()->setLabelsVisible(false);
    m_heatMap = new CoSelectionHeatMap(m_coSelection, this);

    const QString percentOf = tr("%1 %").arg(qRound(selection->threshold() * 100));
    for (const QString &text : { tr("Agreement with each measure (share of n)"),
             tr("Picked (> %1)").arg(percentOf), tr("Picked together") }) {
        auto *heading = new QLabel(text, this);
        heading->setWordWrap(true);
        m_headings.append(heading);
    }

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(16, 10, 16, 10);
    grid->setHorizontalSpacing(0);
    grid->setVerticalSpacing(4);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addSpacing(24);
    titleRow->addWidget(m_summary, 1, Qt::AlignBottom);
    grid->addLayout(titleRow, 0, 0, 1, 3);
    grid->addWidget(m_headings[0], 1, 0);
    grid->addWidget(m_headings[1], 1, 1);
    grid->addWidget(m_headings[2], 1, 2);
    grid->addWidget(m_legend, 2, 0, 1, 3);
    grid->addWidget(m_likert, 3, 0);
    grid->addWidget(m_selectionChart, 3, 1);
    grid->addWidget(m_heatMap, 3, 2);
    grid->setColumnStretch(0, 12);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 5);
    grid->setRowStretch(3, 1);
    setFigures(analysis::Figures {});
}

QList<SwatchLegend::Item> AreaPage::likertKey(
    const Scale &scale, double threshold, const DashboardTheme &theme)
{
    // In scale order (the chart's own legend would follow the stacking order, outward from zero).
    QList<SwatchLegend::Item> items;
    for (int i = 0; i < scale.points.size(); ++i)
        items.append({ theme.pointColor(scale, i), scale.points[i].label });
    items.append({ theme.threshold, tr("threshold: more than %1 % agree").arg(qRound(threshold * 100)),
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
    QString text = results.respondents == 1 ? tr("1 expert") : tr("%1 experts").arg(results.respondents);
    if (area && area->alpha)
        text += tr("   ·   consensus (Krippendorff's α) %1").arg(*area->alpha, 0, 'f', 2);
    if (m_coSelection->answered() > 0)
        text += tr("   ·   %1 answered the combination question").arg(m_coSelection->answered());
    m_summary->setText(text);
}

QString AreaPage::summaryText() const
{
    return m_summary->text();
}

void AreaPage::applyTheme(const DashboardTheme &theme)
{
    setPalette(theme.palette());
    m_title->setFont(theme.font(DashboardTheme::Text::Title));
    m_summary->setFont(theme.font(DashboardTheme::Text::Body));
    for (QLabel *heading : std::as_const(m_headings))
        heading->setFont(theme.font(DashboardTheme::Text::Heading));
    m_legend->setItems(likertKey(m_agreement->scale(), m_agreement->threshold(), theme), theme);
    m_likert->applyTheme(theme);
    m_selectionChart->applyTheme(theme);
    m_heatMap->applyTheme(theme);
}

} // namespace panelist
