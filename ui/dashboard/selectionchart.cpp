#include "ui/dashboard/selectionchart.h"

#include "models/presenter/agreementmodel.h"
#include "models/presenter/selectionmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

constexpr int MaxNameLength = 40;

} // namespace

SelectionChart::SelectionChart(
    SelectionModel *model, const QList<int> &columns, AgreementModel *order, QWidget *parent)
    : DeferredChartView(parent)
    , m_model(model)
    , m_order(order)
    , m_columns(columns)
{
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 12, 4));
    chart->setBackgroundRoundness(0);
    setChart(chart);

    const int rows = model->rowCount();
    m_series = new QHorizontalBarSeries;
    m_series->setBarWidth(columns.size() > 1 ? 0.86 : 0.72);
    // Sets are appended in reverse so that, within a category, the first scope is the top bar.
    for (int i = int(columns.size()) - 1; i >= 0; --i) {
        auto *set = new QBarSet(model->headerData(columns[i], Qt::Horizontal).toString());
        set->append(QList<qreal>(rows, 0.0));
        set->setBorderColor(Qt::transparent);
        m_series->append(set);
    }
    chart->addSeries(m_series);
    // The page draws the key (SwatchLegend): QChart's legend keeps to one line and cuts long names.
    chart->legend()->hide();

    m_categories = new QBarCategoryAxis;
    QStringList labels;
    const QList<int> order0 = rowsTopDown();
    for (auto it = order0.rbegin(); it != order0.rend(); ++it)
        labels.append(label(*it));
    m_categories->setCategories(labels);
    m_categories->setGridLineVisible(false);
    m_categories->setTruncateLabels(false); // shortened here (see LikertChart)
    chart->addAxis(m_categories, Qt::AlignLeft);
    m_series->attachAxis(m_categories);

    m_values = new QValueAxis;
    m_values->setRange(0, 100);
    m_values->setTickCount(columns.size() > 1 ? 5 : 3); // a single narrow column: 0, 50, 100 %
    m_values->setTruncateLabels(false);
    m_values->setLabelFormat(u"%.0f %%"_s);
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_values);

    m_threshold = new QLineSeries;
    m_threshold->setName(tr("Selection threshold"));
    const qreal t = model->threshold() * 100.0;
    m_threshold->append({ QPointF(t, -0.5), QPointF(t, rows - 0.5) });
    chart->addSeries(m_threshold);
    m_threshold->attachAxis(m_values);
    m_threshold->attachAxis(m_categories);

    auto later = [this] { scheduleSync(); };
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    if (order)
        connect(order, &QAbstractItemModel::layoutChanged, this, later);
    applyTheme(DashboardTheme::make(false, false));
    sync();
}

SelectionChart::~SelectionChart() = default;

QList<QBarSet *> SelectionChart::sets() const
{
    return m_series->barSets();
}

QList<int> SelectionChart::rowsTopDown() const
{
    QList<int> rows;
    const int count = m_model->rowCount();
    for (int r = 0; r < count; ++r) {
        if (!m_order) {
            rows.append(r);
            continue;
        }
        const QString id = m_order->index(r, 0).data(int(AgreementModel::Role::MeasureId)).toString();
        rows.append(m_model->rowOfMeasure(id));
    }
    return rows;
}

QString SelectionChart::label(int row) const
{
    const QString name = m_model->headerData(row, Qt::Vertical).toString();
    return name.size() <= MaxNameLength ? name : name.left(MaxNameLength - 1).trimmed() + u"…"_s;
}

void SelectionChart::sync()
{
    syncStarted();
    const QList<int> topDown = rowsTopDown();
    const int rows = int(topDown.size());
    const QList<QBarSet *> sets = m_series->barSets();
    for (int i = 0; i < m_columns.size(); ++i) {
        QBarSet *set = sets[int(m_columns.size()) - 1 - i];
        QList<int> select;
        QList<int> deselect;
        for (int k = 0; k < rows; ++k) {
            const int category = rows - 1 - k;
            const analysis::MeasureSelection &s = m_model->selection(topDown[k], m_columns[i]);
            const qreal value = s.share ? *s.share * 100.0 : 0.0;
            if (set->at(category) != value)
                set->replace(category, value);
            // Selected bars are drawn in the set's full colour: those above the threshold.
            if (s.meetsSelection != set->isBarSelected(category))
                (s.meetsSelection ? select : deselect).append(category);
        }
        if (!deselect.isEmpty())
            set->deselectBars(deselect);
        if (!select.isEmpty())
            set->selectBars(select);
    }
    QStringList labels;
    for (int k = rows - 1; k >= 0; --k)
        labels.append(label(topDown[k]));
    if (labels != m_categories->categories())
        m_categories->setCategories(labels);
}

void SelectionChart::applyTheme(const DashboardTheme &theme)
{
    QChart *c = chart();
    c->setBackgroundBrush(theme.background);
    c->setPlotAreaBackgroundVisible(false);
    setBackgroundBrush(theme.background);
    const QList<QBarSet *> sets = m_series->barSets();
    for (int i = 0; i < m_columns.size(); ++i) {
        QBarSet *set = sets[int(m_columns.size()) - 1 - i];
        const QColor full = m_columns.size() > 1 ? theme.scopeColor(m_columns[i]) : theme.agree;
        set->setSelectedColor(full);
        set->setColor(theme.faded(full));
    }
    for (QAbstractAxis *axis :
        { static_cast<QAbstractAxis *>(m_categories), static_cast<QAbstractAxis *>(m_values) }) {
        axis->setLabelsFont(theme.font(DashboardTheme::Text::Body));
        axis->setLabelsColor(theme.foreground);
        axis->setLinePenColor(theme.muted);
        axis->setGridLineColor(theme.highContrast ? QColor(0x50, 0x50, 0x50) : QColor(0xdd, 0xdd, 0xdd));
    }
    QPen pen(theme.threshold, theme.thresholdWidth(), Qt::DashLine);
    pen.setCapStyle(Qt::FlatCap);
    m_threshold->setPen(pen);
}

} // namespace panelist
