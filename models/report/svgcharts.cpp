#include "models/report/svgcharts.h"

#include "models/report/reportvalues.h"

#include <QColor>
#include <QXmlStreamWriter>

#include <algorithm>
#include <numeric>

namespace panelist::report {

using namespace Qt::StringLiterals;
using analysis::ItemStats;

namespace {

// Layout in SVG user units (pixels at 100 %).
constexpr double Width = 960;
constexpr double LabelRight = 296; // labels end here, right-aligned
constexpr double BarLeft = 306;
constexpr double BarWidth = 420;
constexpr double RowHeight = 22;
constexpr double BarHeight = 14;
constexpr double ShareX = 752; // agreement or selection share text
constexpr double CountX = 812; // n / "selected of answered"
constexpr double DkLeft = 866; // "don't know" bar
constexpr double DkWidth = 44;
constexpr int MaxLabel = 42; // characters before a label is shortened (full name in its <title>)
constexpr double LegendTop = 42;
constexpr double LegendLine = 18;

QString num(double d)
{
    return QString::number(d, 'f', 1);
}

// "60 %" for thresholds and axis marks (no trailing ".0").
QString wholePercent(double share)
{
    return QString::number(share * 100.0, 'g', 6) + u"\u00a0%"_s;
}

QString shortLabel(const QString &name)
{
    return name.size() <= MaxLabel ? name : name.left(MaxLabel - 1).trimmed() + u'…';
}

// Thin helpers so each shape is one line at the call site.
class Svg
{
public:
    explicit Svg(QXmlStreamWriter &xml)
        : m_xml(xml)
    { }

    void begin(double height, const QString &title)
    {
        m_xml.writeStartElement(u"svg"_s);
        m_xml.writeAttribute(u"xmlns"_s, u"http://www.w3.org/2000/svg"_s);
        m_xml.writeAttribute(u"version"_s, u"1.1"_s);
        m_xml.writeAttribute(u"width"_s, num(Width));
        m_xml.writeAttribute(u"height"_s, num(height));
        m_xml.writeAttribute(u"viewBox"_s, u"0 0 %1 %2"_s.arg(num(Width), num(height)));
        m_xml.writeAttribute(u"role"_s, u"img"_s);
        m_xml.writeAttribute(u"font-family"_s, u"DejaVu Sans, Arial, Helvetica, sans-serif"_s);
        m_xml.writeAttribute(u"font-size"_s, u"12"_s);
        m_xml.writeTextElement(u"title"_s, title);
        rect(0, 0, Width, height, u"#ffffff"_s);
        text(8, 18, title, u"start"_s, u"bold"_s, 14);
    }
    void end() { m_xml.writeEndElement(); }

    void rect(double x, double y, double w, double h, const QString &fill, const QString &tooltip = {})
    {
        if (w <= 0 || h <= 0)
            return;
        m_xml.writeStartElement(u"rect"_s);
        m_xml.writeAttribute(u"x"_s, num(x));
        m_xml.writeAttribute(u"y"_s, num(y));
        m_xml.writeAttribute(u"width"_s, num(w));
        m_xml.writeAttribute(u"height"_s, num(h));
        m_xml.writeAttribute(u"fill"_s, fill);
        if (!tooltip.isEmpty())
            m_xml.writeTextElement(u"title"_s, tooltip);
        m_xml.writeEndElement();
    }
    void line(
        double x1, double y1, double x2, double y2, const QString &stroke, double width, bool dashed = false)
    {
        m_xml.writeEmptyElement(u"line"_s);
        m_xml.writeAttribute(u"x1"_s, num(x1));
        m_xml.writeAttribute(u"y1"_s, num(y1));
        m_xml.writeAttribute(u"x2"_s, num(x2));
        m_xml.writeAttribute(u"y2"_s, num(y2));
        m_xml.writeAttribute(u"stroke"_s, stroke);
        m_xml.writeAttribute(u"stroke-width"_s, num(width));
        if (dashed)
            m_xml.writeAttribute(u"stroke-dasharray"_s, u"5 3"_s);
    }
    void text(double x, double y, const QString &s, const QString &anchor = u"start"_s,
        const QString &weight = u"normal"_s, double size = 12, const QString &fill = u"#222222"_s,
        const QString &tooltip = {})
    {
        if (!tooltip.isEmpty()) {
            // A <title> inside <text> is drawn as text by some renderers (QtSvg): put both in a group.
            m_xml.writeStartElement(u"g"_s);
            m_xml.writeTextElement(u"title"_s, tooltip);
        }
        m_xml.writeStartElement(u"text"_s);
        m_xml.writeAttribute(u"x"_s, num(x));
        m_xml.writeAttribute(u"y"_s, num(y));
        m_xml.writeAttribute(u"text-anchor"_s, anchor);
        if (weight != u"normal"_s)
            m_xml.writeAttribute(u"font-weight"_s, weight);
        if (size != 12)
            m_xml.writeAttribute(u"font-size"_s, num(size));
        m_xml.writeAttribute(u"fill"_s, fill);
        m_xml.writeCharacters(s);
        m_xml.writeEndElement();
        if (!tooltip.isEmpty())
            m_xml.writeEndElement();
    }

private:
    QXmlStreamWriter &m_xml;
};

// Diverging colours: reds below the midpoint, blues above, grey at it; darker further out.
QString pointColour(const Scale &scale, int index)
{
    const double mid = scale.midpoint();
    const double v = scale.points.at(index).value;
    if (v == mid)
        return u"#c8c8c8"_s;
    const bool below = v < mid;
    QList<double> side; // distances from the midpoint of the points on the same side
    for (const ScalePoint &p : scale.points) {
        if ((p.value < mid) == below && p.value != mid)
            side.append(std::abs(p.value - mid));
    }
    std::sort(side.begin(), side.end());
    const double rank = double(side.indexOf(std::abs(v - mid)));
    const double t = side.size() == 1 ? 0.7 : rank / double(side.size() - 1);
    const QColor light = below ? QColor(0xf4, 0xa5, 0x82) : QColor(0x92, 0xc5, 0xde);
    const QColor dark = below ? QColor(0xb2, 0x18, 0x2b) : QColor(0x21, 0x66, 0xac);
    const auto mix = [t](int a, int b) { return int(a + (b - a) * t + 0.5); };
    return QColor(
        mix(light.red(), dark.red()), mix(light.green(), dark.green()), mix(light.blue(), dark.blue()))
        .name();
}

// Highest share first, null last, ties kept in instrument order.
template<typename T, typename Share> QList<const T *> sortedByShare(const QList<T> &items, Share share)
{
    QList<const T *> out;
    for (const T &item : items)
        out.append(&item);
    std::stable_sort(out.begin(), out.end(), [&share](const T *a, const T *b) {
        const std::optional<double> x = share(*a);
        const std::optional<double> y = share(*b);
        if (x.has_value() != y.has_value())
            return x.has_value();
        return x && *x > *y;
    });
    return out;
}

struct LegendEntry
{
    enum Kind { Swatch, Tick, Dashed };
    Kind kind = Swatch;
    QString colour;
    QString label;
};

// Legend entries laid out left to right, wrapping (with svg null it only counts). Returns the number
// of lines used.
int writeLegend(Svg *svg, const QList<LegendEntry> &entries)
{
    double x = 8;
    int lines = 1;
    for (const LegendEntry &e : entries) {
        const double w = 22 + 6.4 * double(e.label.size());
        if (x + w > Width - 8) {
            x = 8;
            ++lines;
        }
        const double y = LegendTop + LegendLine * (lines - 1);
        if (svg) {
            if (e.kind == LegendEntry::Tick)
                svg->line(x + 5, y - 11, x + 5, y + 2, u"#000000"_s, 2);
            else if (e.kind == LegendEntry::Dashed)
                svg->line(x + 5, y - 12, x + 5, y + 3, u"#000000"_s, 1.5, true);
            else
                svg->rect(x, y - 10, 12, 12, e.colour);
            svg->text(x + 17, y, e.label, u"start"_s, u"normal"_s, 11);
        }
        x += w + 12;
    }
    return lines;
}

void writeAxis(Svg &svg, double top, double bottom, double zeroX, double scale, const QList<double> &marks)
{
    for (double m : marks) {
        const double x = zeroX + m * scale;
        svg.line(x, top + 4, x, bottom, m == 0 ? u"#555555"_s : u"#e2e2e2"_s, 1);
        svg.text(x, top, wholePercent(std::abs(m)), u"middle"_s, u"normal"_s, 10, u"#555555"_s);
    }
}

} // namespace

void writeLikertChart(QXmlStreamWriter &xml, const Instrument &instrument, const QList<ItemStats> &items,
    const Scale &scale, std::optional<double> threshold, const QString &title)
{
    QList<LegendEntry> legend;
    for (qsizetype i = 0; i < scale.points.size(); ++i) {
        const ScalePoint &p = scale.points.at(i);
        legend.append({ LegendEntry::Swatch, pointColour(scale, int(i)),
            p.label.isEmpty() ? QString::number(p.value) : p.label });
    }
    legend.append(
        { LegendEntry::Swatch, u"#8c8c8c"_s, scale.allowDontKnow ? scale.dontKnowLabel : u"Don't know"_s });
    if (threshold)
        legend.append({ LegendEntry::Tick, QString(),
            u"%1 agreement threshold (the bar's agreement reaches it at the tick)"_s.arg(
                wholePercent(*threshold)) });

    // Height: title, legend, axis, rows.
    const double axisY = LegendTop + LegendLine * (writeLegend(nullptr, legend) - 1) + 26;
    const double rowsTop = axisY + 10;
    const double height = rowsTop + RowHeight * double(std::max<qsizetype>(items.size(), 1)) + 12;

    Svg svg(xml);
    svg.begin(height, title);
    writeLegend(&svg, legend);
    const double zeroX = BarLeft + BarWidth / 2;
    const double half = BarWidth / 2;
    writeAxis(svg, axisY, height - 8, zeroX, half, { -1, -0.5, 0, 0.5, 1 });
    svg.text(ShareX, axisY, u"agree"_s, u"start"_s, u"bold"_s, 10, u"#555555"_s);
    svg.text(CountX, axisY, u"n"_s, u"start"_s, u"bold"_s, 10, u"#555555"_s);
    svg.text(DkLeft, axisY, u"don't know"_s, u"start"_s, u"bold"_s, 10, u"#555555"_s);

    const double mid = scale.midpoint();
    const auto rows = sortedByShare(items, [](const ItemStats &s) { return s.agreeShare; });
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const ItemStats &item = *rows.at(r);
        const double y = rowsTop + RowHeight * double(r);
        const double barY = y + (RowHeight - BarHeight) / 2;
        const QString name = measureName(instrument, item.measureId);
        const bool meets = threshold && item.meetsAgreement; // no threshold, nothing to meet
        svg.text(LabelRight, y + 15, shortLabel(name), u"end"_s, meets ? u"bold"_s : u"normal"_s, 11,
            u"#222222"_s, name);
        if (item.n > 0) {
            // Segment widths are the analysis' point shares: half the bar's width is 100 % of n.
            const QList<double> &shares = item.pointShares;
            double neutral = 0;
            for (qsizetype i = 0; i < scale.points.size() && i < shares.size(); ++i) {
                if (scale.points.at(i).value == mid)
                    neutral += shares.at(i) * half;
            }
            // Outward from zero: below the midpoint leftwards (nearest point first), above it rightwards.
            double left = zeroX - neutral / 2;
            double right = zeroX + neutral / 2;
            for (qsizetype i = scale.points.size() - 1; i >= 0; --i) {
                if (i < shares.size() && scale.points.at(i).value < mid) {
                    const double w = shares.at(i) * half;
                    left -= w;
                    svg.rect(left, barY, w, BarHeight, pointColour(scale, int(i)),
                        u"%1: %2"_s.arg(scale.points.at(i).label).arg(item.counts.at(i)));
                }
            }
            for (qsizetype i = 0; i < scale.points.size() && i < shares.size(); ++i) {
                const double w = shares.at(i) * half;
                if (scale.points.at(i).value == mid)
                    svg.rect(zeroX - neutral / 2, barY, w, BarHeight, pointColour(scale, int(i)),
                        u"%1: %2"_s.arg(scale.points.at(i).label).arg(item.counts.at(i)));
                else if (scale.points.at(i).value > mid) {
                    svg.rect(right, barY, w, BarHeight, pointColour(scale, int(i)),
                        u"%1: %2"_s.arg(scale.points.at(i).label).arg(item.counts.at(i)));
                    right += w;
                }
            }
            if (threshold) {
                const double tick = zeroX + neutral / 2 + *threshold * half;
                svg.line(tick, barY - 3, tick, barY + BarHeight + 3, u"#000000"_s, 2);
            }
        } else {
            svg.text(zeroX, y + 15, u"no ratings"_s, u"middle"_s, u"normal"_s, 11, u"#777777"_s);
        }
        svg.text(ShareX, y + 15, percent(item.agreeShare), u"start"_s, meets ? u"bold"_s : u"normal"_s);
        svg.text(CountX, y + 15, QString::number(item.n));
        const int answered = item.n + item.dontKnow;
        if (answered > 0)
            svg.rect(DkLeft, barY, DkWidth * item.dontKnow / answered, BarHeight, u"#8c8c8c"_s);
        svg.text(DkLeft + DkWidth + 4, y + 15, QString::number(item.dontKnow), u"start"_s, u"normal"_s, 11);
    }
    svg.end();
}

void writeSelectionChart(QXmlStreamWriter &xml, const Instrument &instrument,
    const analysis::ScopeStats &scope, double threshold, const QString &title)
{
    const QList<LegendEntry> legend = {
        { LegendEntry::Swatch, u"#2166ac"_s, u"above the threshold"_s },
        { LegendEntry::Swatch, u"#92c5de"_s, u"at or below it"_s },
        { LegendEntry::Dashed, QString(), u"%1 selection threshold"_s.arg(wholePercent(threshold)) },
    };
    const double axisY = LegendTop + LegendLine * (writeLegend(nullptr, legend) - 1) + 26;
    const double rowsTop = axisY + 10;
    const double height = rowsTop + RowHeight * double(std::max<qsizetype>(scope.measures.size(), 1)) + 12;
    Svg svg(xml);
    svg.begin(height, title);
    writeLegend(&svg, legend);
    writeAxis(svg, axisY, height - 8, BarLeft, BarWidth, { 0, 0.25, 0.5, 0.75, 1 });
    const double tx = BarLeft + threshold * BarWidth;
    svg.line(tx, axisY + 4, tx, height - 8, u"#000000"_s, 1.5, true);
    svg.text(ShareX, axisY, u"selected"_s, u"start"_s, u"bold"_s, 10, u"#555555"_s);
    svg.text(CountX, axisY, u"of answered"_s, u"start"_s, u"bold"_s, 10, u"#555555"_s);

    const auto rows
        = sortedByShare(scope.measures, [](const analysis::MeasureSelection &m) { return m.share; });
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const analysis::MeasureSelection &m = *rows.at(r);
        const double y = rowsTop + RowHeight * double(r);
        const double barY = y + (RowHeight - BarHeight) / 2;
        const QString name = measureName(instrument, m.measureId);
        svg.text(LabelRight, y + 15, shortLabel(name), u"end"_s, m.meetsSelection ? u"bold"_s : u"normal"_s,
            11, u"#222222"_s, name);
        if (m.share)
            svg.rect(BarLeft, barY, *m.share * BarWidth, BarHeight,
                m.meetsSelection ? u"#2166ac"_s : u"#92c5de"_s);
        svg.text(ShareX, y + 15, percent(m.share), u"start"_s, m.meetsSelection ? u"bold"_s : u"normal"_s);
        svg.text(CountX, y + 15, u"%1 of %2"_s.arg(m.selected).arg(scope.answered));
    }
    svg.end();
}

namespace {

template<typename Write> QByteArray standalone(Write write)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    write(xml);
    xml.writeEndDocument();
    return out;
}

} // namespace

QByteArray likertChartSvg(const Instrument &instrument, const QList<ItemStats> &items, const Scale &scale,
    std::optional<double> threshold, const QString &title)
{
    return standalone(
        [&](QXmlStreamWriter &xml) { writeLikertChart(xml, instrument, items, scale, threshold, title); });
}

QByteArray selectionChartSvg(
    const Instrument &instrument, const analysis::ScopeStats &scope, double threshold, const QString &title)
{
    return standalone(
        [&](QXmlStreamWriter &xml) { writeSelectionChart(xml, instrument, scope, threshold, title); });
}

} // namespace panelist::report
