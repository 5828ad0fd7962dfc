#include "ui/dashboard/likertchart.h"

#include "models/presenter/agreementmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

constexpr int MaxNameLength = 32;

QString shortened(const QString &name)
{
    return name.size() <= MaxNameLength ? name : name.left(MaxNameLength - 1).trimmed() + u"…"_s;
}

} // namespace

LikertChart::LikertChart(AgreementModel *model, QWidget *parent)
    : DeferredChartView(parent)
    , m_model(model)
{
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->legend()->hide(); // the page draws its own legend in scale order
    chart->setMargins(QMargins(4, 4, 12, 4));
    chart->setBackgroundRoundness(0);
    setChart(chart); // the view owns the chart

    const Scale &scale = model->scale();
    for (int p = 0; p < scale.points.size(); ++p) {
        if (scale.points[p].value == scale.midpoint())
            m_neutral = p;
    }
    // Negative values stack outward from zero in the order their sets are appended, and so do
    // positive ones: neutral halves first, then the points by distance from the midpoint.
    const int rows = model->rowCount();
    auto addSet = [&](Part part, int point, qreal sign) {
        auto *set = new QBarSet(scale.points.value(point).label);
        set->append(QList<qreal>(rows, 0.0));
        set->setBorderColor(Qt::transparent);
        m_segments.append(Segment { set, part, point, sign });
    };
    if (m_neutral >= 0)
        addSet(Part::NeutralLeft, m_neutral, -1.0);
    for (int p = int(scale.points.size()) - 1; p >= 0; --p) {
        if (scale.points[p].value < scale.midpoint())
            addSet(Part::Point, p, -1.0);
    }
    if (m_neutral >= 0)
        addSet(Part::NeutralRight, m_neutral, 1.0);
    for (int p = 0; p < scale.points.size(); ++p) {
        if (scale.points[p].value > scale.midpoint())
            addSet(Part::Point, p, 1.0);
    }
    m_series = new QHorizontalStackedBarSeries;
    m_series->setBarWidth(0.72);
    for (const Segment &s : std::as_const(m_segments))
        m_series->append(s.set);
    chart->addSeries(m_series);

    m_categories = new QBarCategoryAxis;
    QStringList labels;
    for (int r = rows - 1; r >= 0; --r)
        labels.append(categoryLabel(r));
    m_categories->setCategories(labels);
    m_categories->setGridLineVisible(false);
    // Labels are shortened here; Qt's own truncation works from a stale width on pages that were
    // hidden when their labels changed and would leave "..." on every bar.
    m_categories->setTruncateLabels(false);
    chart->addAxis(m_categories, Qt::AlignLeft);
    m_series->attachAxis(m_categories);

    // Percent of n on both sides of zero; a category axis so that the left side reads as positive.
    m_values = new QCategoryAxis;
    m_values->setRange(-100, 100);
    m_values->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_values->append(u"100 %"_s, -100);
    m_values->append(u"50 %"_s, -50);
    m_values->append(u"0"_s, 0);
    m_values->append(u"50 % "_s, 50); // category labels must be unique
    m_values->append(u"100 % "_s, 100);
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_values);

    m_threshold = new QLineSeries;
    m_threshold->setName(tr("Agreement threshold"));
    chart->addSeries(m_threshold);
    m_threshold->attachAxis(m_values);
    m_threshold->attachAxis(m_categories);

    auto later = [this] { scheduleSync(); };
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    applyTheme(DashboardTheme::make(false, false));
    sync();
}

LikertChart::~LikertChart() = default;

QList<QBarSet *> LikertChart::sets() const
{
    return m_series->barSets();
}

QString LikertChart::categoryLabel(int row) const
{
    const analysis::ItemStats &s = m_model->stats(row);
    QString label = shortened(m_model->measureName(row)) + u"  n "_s + QString::number(s.n);
    if (s.dontKnow > 0)
        label += u" · DK "_s + QString::number(s.dontKnow);
    return label;
}

qreal LikertChart::segmentValue(const Segment &segment, int row) const
{
    // The analysis' share of n, as the report's chart draws it (no shares, no bar, when n = 0).
    const qreal percent = m_model->stats(row).pointShares.value(segment.point) * 100.0;
    const qreal value = segment.part == Part::Point ? segment.sign * percent : segment.sign * percent / 2.0;
    return value + 0.0; // no -0.0: an empty segment is stored the same way however it was reached
}

void LikertChart::sync()
{
    syncStarted();
    const int rows = m_model->rowCount();
    // Category i counts from the bottom, so the model's first row (highest agreement) is on top.
    for (const Segment &segment : std::as_const(m_segments)) {
        for (int r = 0; r < rows; ++r) {
            const int category = rows - 1 - r;
            const qreal value = segmentValue(segment, r);
            if (segment.set->at(category) != value)
                segment.set->replace(category, value);
        }
    }
    QStringList labels;
    labels.reserve(rows);
    for (int r = rows - 1; r >= 0; --r) {
        QString label = categoryLabel(r);
        while (labels.contains(label))
            label += QChar(0x200B); // zero-width space: the axis needs unique categories
        labels.append(label);
    }
    if (labels != m_categories->categories())
        m_categories->setCategories(labels);

    QList<QPointF> steps;
    steps.reserve(rows * 2);
    const qreal threshold = m_model->threshold() * 100.0;
    for (int r = rows - 1; r >= 0; --r) {
        const int category = rows - 1 - r;
        const qreal neutralHalf
            = m_neutral >= 0 ? segmentValue(Segment { nullptr, Part::NeutralRight, m_neutral, 1.0 }, r) : 0.0;
        steps.append(QPointF(neutralHalf + threshold, category - 0.5));
        steps.append(QPointF(neutralHalf + threshold, category + 0.5));
    }
    if (steps != m_threshold->points())
        m_threshold->replace(steps);
}

void LikertChart::applyTheme(const DashboardTheme &theme)
{
    QChart *c = chart();
    c->setBackgroundBrush(theme.background);
    c->setPlotAreaBackgroundVisible(false);
    setBackgroundBrush(theme.background);
    for (const Segment &s : std::as_const(m_segments))
        s.set->setColor(theme.pointColor(m_model->scale(), s.point));
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
