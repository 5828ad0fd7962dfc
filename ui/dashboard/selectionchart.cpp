#include "ui/dashboard/selectionchart.h"

#include "models/presenter/agreementmodel.h"
#include "models/presenter/selectionmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

constexpr qreal NameShare = 0.45; // of the chart's width, at most, for the names
constexpr qreal LabelGap = 8; // between the names and the plot area (the axis line lies in it)
constexpr int VerticalMargin = 4;

} // namespace

SelectionChart::SelectionChart(
    SelectionModel *model, const QList<int> &columns, AgreementModel *order, QWidget *parent)
    : DeferredChartView(new QChart, parent) // the view owns the chart
    , m_model(model)
    , m_order(order)
    , m_columns(columns)
    , m_names(RowLabelColumn::Side::Left)
    , m_theme(DashboardTheme::make(false, false))
{
    setRenderHint(QPainter::Antialiasing);
    QChart *chart = this->chart();
    chart->setMargins(QMargins(4, VerticalMargin, 12, VerticalMargin));
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0); // every pixel of height goes to the rows
    m_names.attach(chart);
    m_valueLabels.attach(chart);

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
    m_categories->setLabelsVisible(false); // m_names draws them, every one
    chart->addAxis(m_categories, Qt::AlignLeft);
    m_series->attachAxis(m_categories);

    m_values = new QValueAxis;
    m_values->setRange(0, 100);
    const int ticks = columns.size() > 1 ? 5 : 3; // a single narrow column: 0, 50, 100 %
    m_values->setTickCount(ticks);
    m_values->setLabelsVisible(false); // m_valueLabels draws them
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_values);
    QList<ValueLabelRow::Label> marks;
    for (int i = 0; i < ticks; ++i) {
        const qreal percent = 100.0 * i / (ticks - 1);
        marks.append({ percent, u"%1 %"_s.arg(percent) });
    }
    m_valueLabels.setLabels(marks);

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
    connect(chart, &QChart::plotAreaChanged, this, &SelectionChart::layOut);
    applyTheme(m_theme);
    sync();
}

void SelectionChart::setNamesVisible(bool visible)
{
    m_namesVisible = visible;
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
    return m_model->headerData(row, Qt::Vertical).toString();
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
    QStringList names;
    if (m_namesVisible) {
        for (int k = 0; k < rows; ++k)
            names.append(label(topDown[k]));
    }
    m_names.setTexts(names);
    layOut();
}

void SelectionChart::layOut()
{
    QChart *c = chart();
    const QRectF plot = c->plotArea();
    const int rows = m_model->rowCount();
    if (rows == 0 || plot.height() <= 0)
        return;
    const qreal pitch = plot.height() / rows;
    const QFont font = RowLabelColumn::fittingFont(m_theme.font(DashboardTheme::Text::Body), pitch);
    const qreal names = m_namesVisible ? m_names.fit(font, pitch, width() * NameShare) + LabelGap : 0;
    // "100 %" is centred under the plot's right edge: room for its half.
    const QFontMetricsF fm(m_theme.font(DashboardTheme::Text::Small));
    const qreal right = fm.horizontalAdvance(u"100 %"_s) / 2 + 4;
    const QMargins wanted(int(std::ceil(names)) + 4, VerticalMargin, int(std::ceil(right)),
        int(m_valueLabels.height()) + VerticalMargin);
    const QMargins now = c->margins();
    if (std::abs(now.left() - wanted.left()) > 1 || std::abs(now.right() - wanted.right()) > 1
        || now.bottom() != wanted.bottom()) {
        c->setMargins(wanted); // the chart lays itself out again and reports its new plot area
        return;
    }
    if (m_namesVisible)
        m_names.place(plot, LabelGap);
    m_valueLabels.place(plot, [this, c](qreal v) { return c->mapToPosition(QPointF(v, 0), m_series).x(); });
}

void SelectionChart::applyTheme(const DashboardTheme &theme)
{
    m_theme = theme;
    m_names.setColor(theme.foreground);
    m_valueLabels.setStyle(theme.font(DashboardTheme::Text::Small), theme.foreground);
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
    layOut();
}

} // namespace panelist
