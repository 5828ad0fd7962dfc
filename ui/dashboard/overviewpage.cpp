#include "ui/dashboard/overviewpage.h"

#include "models/presenter/selectionmodel.h"
#include "ui/dashboard/fittinglabel.h"
#include "ui/dashboard/selectionchart.h"
#include "ui/dashboard/swatchlegend.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panelist {

OverviewPage::OverviewPage(const Instrument &instrument, SelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_instrument(instrument)
{
    setObjectName(u"overview"_s);
    setAutoFillBackground(true);
    m_title = new QLabel(instrument.study().title, this);
    m_title->setWordWrap(true);
    m_count = new QLabel(u"0"_s, this);
    m_count->setObjectName(u"experts"_s);
    m_countCaption = new QLabel(this);
    m_updated = new QLabel(tr("Waiting for the first figures…"), this);
    m_group = new QLabel(this);
    m_standOutHeading = new QLabel(tr("Stand out"), this);
    m_standOutRule
        = new QLabel(tr("Agreement above %1 % in every risk area and picked by more than %2 % in every "
                        "combination question.")
                         .arg(qRound(instrument.thresholds().agreement * 100))
                         .arg(qRound(instrument.thresholds().selection * 100)),
            this);
    m_standOutRule->setWordWrap(true);
    m_standOutList = new FittingLabel(this);
    m_standOutList->setTextFormat(Qt::PlainText);
    m_standOutList->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_chartHeading
        = new QLabel(tr("Picked in the preferred combinations (share of those who answered)"), this);
    m_chartHeading->setWordWrap(true);
    QList<int> columns;
    for (int c = 0; c < selection->columnCount(); ++c)
        columns.append(c);
    m_chart = new SelectionChart(selection, columns, nullptr, this);
    m_legend = new SwatchLegend(this);
    m_legend->setObjectName(u"legend"_s);
    m_legend->setTextSize(DashboardTheme::Text::Small);

    auto *left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addSpacing(16);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 0, Qt::AlignBottom);
    countRow->addWidget(m_countCaption, 1, Qt::AlignBottom);
    left->addLayout(countRow);
    left->addWidget(m_updated);
    left->addWidget(m_group);
    left->addSpacing(10);
    // The chart's key stands here rather than above the chart, so that on a 720-line projector the
    // chart keeps the height its 27 rows of names need.
    left->addWidget(m_legend);
    left->addSpacing(10);
    left->addWidget(m_standOutHeading);
    left->addWidget(m_standOutRule);
    left->addSpacing(6);
    left->addWidget(m_standOutList, 1);

    auto *right = new QVBoxLayout;
    right->addWidget(m_chartHeading);
    right->addWidget(m_chart, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 16, 16, 12);
    // The left column wide enough for each risk area of the key on one line at large text.
    layout->addLayout(left, 4);
    layout->addSpacing(24);
    layout->addLayout(right, 6);
    setFigures(analysis::Figures {}, {}, {});
}

void OverviewPage::setFigures(
    const analysis::Figures &results, const QDateTime &updated, const QString &groupName)
{
    m_count->setText(QString::number(results.respondents));
    m_countCaption->setText(tr("expert(s)", "the caption under the number of experts", results.respondents));
    if (updated.isValid())
        m_updated->setText(tr("Last update %1").arg(updated.time().toString(u"HH:mm:ss"_s)));
    m_group->setText(
        groupName.isEmpty() ? tr("All expertise groups") : tr("Expertise group: %1").arg(groupName));
    m_standOut.clear();
    for (const QString &id : results.standOut) {
        const int i = m_instrument.measureIndex(id);
        m_standOut.append(i >= 0 ? m_instrument.measures()[i].name : id);
    }
    QString list;
    for (const QString &name : std::as_const(m_standOut))
        list += u"•  "_s + name + u"\n"_s;
    m_standOutList->setText(m_standOut.isEmpty() ? tr("None yet.") : list.trimmed());
}

QString OverviewPage::expertsText() const
{
    return m_count->text() + u" "_s + m_countCaption->text();
}

QString OverviewPage::updatedText() const
{
    return m_updated->text();
}

void OverviewPage::applyTheme(const DashboardTheme &theme)
{
    setPalette(theme.palette());
    // The study's title is on the window already: a heading here leaves the column room for the key.
    m_title->setFont(theme.font(DashboardTheme::Text::Heading));
    m_count->setFont(theme.font(DashboardTheme::Text::Figure));
    m_countCaption->setFont(theme.font(DashboardTheme::Text::Title));
    for (QLabel *l : { m_updated, m_group })
        l->setFont(theme.font(DashboardTheme::Text::Body));
    m_standOutRule->setFont(theme.font(DashboardTheme::Text::Small));
    for (QLabel *l : { m_standOutHeading, m_chartHeading })
        l->setFont(theme.font(DashboardTheme::Text::Heading));
    QFont list = theme.font(DashboardTheme::Text::Heading);
    list.setBold(false);
    m_standOutList->setPreferredFont(list);
    QPalette muted = theme.palette();
    muted.setColor(QPalette::WindowText, theme.muted);
    for (QLabel *l : { m_updated, m_group, m_standOutRule })
        l->setPalette(muted);
    m_chart->applyTheme(theme);
    // Every combination question by its full name, then the threshold line the bars are judged by.
    QList<SwatchLegend::Item> items;
    const SelectionModel *selection = m_chart->model();
    for (int c = 0; c < selection->columnCount(); ++c)
        items.append({ theme.scopeColor(c), selection->headerData(c, Qt::Horizontal).toString() });
    items.append({ theme.threshold,
        tr("threshold: picked by more than %1 %").arg(qRound(m_instrument.thresholds().selection * 100)),
        SwatchLegend::Mark::DashedLine });
    m_legend->setItems(items, theme);
}

} // namespace panelist
