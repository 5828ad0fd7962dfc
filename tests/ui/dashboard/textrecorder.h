#pragma once

// What a widget draws as text, recorded instead of rasterised: a paint device whose engine keeps
// each run of text with the rectangle it covers (in the device's coordinates) and drops everything
// else. A label that Qt Charts hides, or that is painted beyond the widget's edge, shows up here
// exactly as a viewer would see it: absent, or outside the widget's rectangle.
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QRegularExpression>
#include <QTextItem>

#include <climits>
#include <memory>

namespace dashboardtest {

struct DrawnText
{
    QString text;
    QRectF rect; // device coordinates
    QFont font;
};

class TextRecordingEngine final : public QPaintEngine
{
public:
    TextRecordingEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    { }

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &state) override
    {
        if (state.state() & QPaintEngine::DirtyTransform)
            m_transform = state.transform();
    }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override { }
    void drawPath(const QPainterPath &) override { }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
    void drawTextItem(const QPointF &p, const QTextItem &ti) override
    {
        const QRectF local(p.x(), p.y() - ti.ascent(), ti.width(), ti.ascent() + ti.descent());
        texts.append({ ti.text(), m_transform.mapRect(local), ti.font() });
    }
    Type type() const override { return QPaintEngine::User; }

    QList<DrawnText> texts;

private:
    QTransform m_transform;
};

class TextRecorder final : public QPaintDevice
{
public:
    explicit TextRecorder(const QSize &size)
        : m_size(size)
        , m_engine(std::make_unique<TextRecordingEngine>())
    { }
    ~TextRecorder() override = default;

    QPaintEngine *paintEngine() const override { return m_engine.get(); }
    const QList<DrawnText> &texts() const { return m_engine->texts; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return m_size.width() * 254 / 960;
        case PdmHeightMM:
            return m_size.height() * 254 / 960;
        case PdmNumColors:
            return INT_MAX;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    QSize m_size;
    std::unique_ptr<TextRecordingEngine> m_engine;
};

// Letters and digits only: a name wrapped over two lines, or split into runs, still matches.
inline QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

} // namespace dashboardtest
