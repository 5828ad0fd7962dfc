#include "ui/dashboard/likertchart.h"

#include "models/presenter/agreementmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QHorizontalStackedBarSeries>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

constexpr qreal BarWidth = 0.72; // of a category's height
constexpr qreal NameShare = 0.42; // of the chart's width, at most, for the names
constexpr qreal CountShare = 0.2;
constexpr qreal LabelGap = 8; // between the labels and the plot area (the axis line lies in it)
constexpr qreal TickOverhang = 3; // a tick reaches this far above and below its bar
constexpr qreal TickZ = 50; // above the bars, below the labels
constexpr int VerticalMargin = 4;

} // namespace

LikertChart::LikertChart(AgreementModel *model, QWidget *parent)
    : DeferredChartView(new QChart, parent) // the view owns the chart
    , m_model(model)
    , m_theme(DashboardTheme::make(false, false))
    , m_names(RowLabelColumn::Side::Left)
    , m_counts(RowLabelColumn::Side::Right)
{
    setRenderHint(QPainter::Antialiasing);
    QChart *chart = this->chart();
    chart->legend()->hide(); // the page draws its own legend in scale order
    chart->setMargins(QMargins(4, VerticalMargin, 12, VerticalMargin));
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0); // every pixel of height goes to the rows
    m_names.attach(chart);
    m_counts.attach(chart);
    m_valueLabels.attach(chart);

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
    m_series->setBarWidth(BarWidth);
    for (const Segment &s : std::as_const(m_segments))
        m_series->append(s.set);
    chart->addSeries(m_series);

    m_categories = new QBarCategoryAxis;
    QStringList labels;
    for (int r = rows - 1; r >= 0; --r)
        labels.append(categoryLabel(r));
    m_categories->setCategories(labels);
    m_categories->setGridLineVisible(false);
    m_categories->setLabelsVisible(false); // names() draws them, every one
    chart->addAxis(m_categories, Qt::AlignLeft);
    m_series->attachAxis(m_categories);

    // Percent of n on both sides of zero, the left side reading as positive: grid lines from a
    // category axis, labels from m_valueLabels.
    m_values = new QCategoryAxis;
    m_values->setRange(-100, 100);
    m_values->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_values->append(u"-100"_s, -100);
    m_values->append(u"-50"_s, -50);
    m_values->append(u"0"_s, 0);
    m_values->append(u"50"_s, 50);
    m_values->append(u"100"_s, 100);
    m_values->setLabelsVisible(false);
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_values);
    m_valueLabels.setLabels(
        { { -100, u"100 %"_s }, { -50, u"50 %"_s }, { 0, u"0"_s }, { 50, u"50 %"_s }, { 100, u"100 %"_s } });

    for (int i = 0; i < rows; ++i) {
        Tick tick { new QGraphicsLineItem(chart), new QGraphicsLineItem(chart), std::nullopt };
        tick.halo->setZValue(TickZ);
        tick.line->setZValue(TickZ + 1);
        m_ticks.append(tick);
    }

    auto later = [this] { scheduleSync(); };
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(chart, &QChart::plotAreaChanged, this, &LikertChart::layOut);
    applyTheme(m_theme);
    sync();
}

LikertChart::~LikertChart() = default;

QList<QBarSet *> LikertChart::sets() const
{
    return m_series->barSets();
}

QList<QGraphicsLineItem *> LikertChart::thresholdTicks() const
{
    QList<QGraphicsLineItem *> lines;
    for (const Tick &t : m_ticks)
        lines.append(t.line);
    return lines;
}

QString LikertChart::categoryLabel(int row) const
{
    return m_model->measureName(row) + u"  "_s + countLabel(row);
}

QString LikertChart::countLabel(int row) const
{
    const analysis::ItemStats &s = m_model->stats(row);
    QString label = u"n "_s + QString::number(s.n);
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

    QStringList names;
    QStringList counts;
    const qreal threshold = m_model->threshold() * 100.0;
    for (int r = 0; r < rows; ++r) {
        names.append(m_model->measureName(r));
        counts.append(countLabel(r));
        // Where the agreement segments, which start at the neutral half, reach the threshold.
        const qreal neutralHalf
            = m_neutral >= 0 ? segmentValue(Segment { nullptr, Part::NeutralRight, m_neutral, 1.0 }, r) : 0.0;
        m_ticks[rows - 1 - r].at
            = m_model->stats(r).n > 0 ? std::optional<qreal>(neutralHalf + threshold) : std::nullopt;
    }
    m_names.setTexts(names);
    m_counts.setTexts(counts);
    layOut();
}

void LikertChart::layOut()
{
    QChart *c = chart();
    const QRectF plot = c->plotArea();
    const int rows = m_model->rowCount();
    if (rows == 0 || plot.height() <= 0)
        return;
    const qreal pitch = plot.height() / rows;
    const QFont font = RowLabelColumn::fittingFont(m_theme.font(DashboardTheme::Text::Body), pitch);
    const qreal names = m_names.fit(font, pitch, width() * NameShare);
    const qreal counts = m_counts.fit(font, pitch, width() * CountShare);
    const QMargins wanted(int(std::ceil(names + LabelGap)) + 2, VerticalMargin,
        int(std::ceil(counts + LabelGap)) + 2, int(m_valueLabels.height()) + VerticalMargin);
    const QMargins now = c->margins();
    if (std::abs(now.left() - wanted.left()) > 1 || std::abs(now.right() - wanted.right()) > 1
        || now.bottom() != wanted.bottom()) {
        c->setMargins(wanted); // the chart lays itself out again and reports its new plot area
        return;
    }
    m_names.place(plot, LabelGap);
    m_counts.place(plot, LabelGap);
    m_valueLabels.place(plot, [this, c](qreal v) { return c->mapToPosition(QPointF(v, 0), m_series).x(); });
    const qreal reach = pitch * BarWidth / 2 + TickOverhang;
    for (int category = 0; category < rows; ++category) {
        const Tick &tick = m_ticks.at(category);
        tick.halo->setVisible(tick.at.has_value());
        tick.line->setVisible(tick.at.has_value());
        if (!tick.at)
            continue;
        const QPointF centre = c->mapToPosition(QPointF(*tick.at, category), m_series);
        const QLineF line(centre.x(), centre.y() - reach, centre.x(), centre.y() + reach);
        tick.halo->setLine(line);
        tick.line->setLine(line);
    }
}

void LikertChart::applyTheme(const DashboardTheme &theme)
{
    m_theme = theme;
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
    m_names.setColor(theme.foreground);
    m_counts.setColor(theme.muted);
    m_valueLabels.setStyle(theme.font(DashboardTheme::Text::Small), theme.foreground);
    QPen halo(theme.background, theme.thresholdWidth() + 3);
    halo.setCapStyle(Qt::FlatCap);
    QPen line(theme.threshold, theme.thresholdWidth() + 0.5);
    line.setCapStyle(Qt::FlatCap);
    for (const Tick &tick : std::as_const(m_ticks)) {
        tick.halo->setPen(halo);
        tick.line->setPen(line);
    }
    layOut();
}

} // namespace panelist
