#include "ui/dashboard/dashboardtheme.h"

#include "models/instrument/instrument.h"

#include <QApplication>

#include <cmath>

namespace panelist {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

DashboardTheme DashboardTheme::make(bool highContrast, bool largeFonts)
{
    DashboardTheme t;
    t.highContrast = highContrast;
    t.largeFonts = largeFonts;
    if (highContrast) {
        t.background = Qt::black;
        t.foreground = Qt::white;
        t.muted = QColor(0xb0, 0xb0, 0xb0);
        t.threshold = QColor(0xff, 0xff, 0x00);
        t.agree = QColor(0x3d, 0xa5, 0xff);
        t.disagree = QColor(0xff, 0x6a, 0x00);
        t.neutral = QColor(0x8c, 0x8c, 0x8c);
        t.scopes = { QColor(0x3d, 0xa5, 0xff), QColor(0xff, 0x6a, 0x00), QColor(0x00, 0xe0, 0x90),
            QColor(0xff, 0x5c, 0xd6) };
        t.heatLow = QColor(0x10, 0x10, 0x10);
        t.heatHigh = QColor(0xff, 0xd0, 0x00);
    } else {
        t.background = QColor(0xfb, 0xfb, 0xfa);
        t.foreground = QColor(0x20, 0x22, 0x25);
        t.muted = QColor(0x6b, 0x70, 0x78);
        t.threshold = QColor(0x11, 0x11, 0x11);
        t.agree = QColor(0x21, 0x66, 0xac);
        t.disagree = QColor(0xb2, 0x18, 0x2b);
        t.neutral = QColor(0xc8, 0xc8, 0xc8);
        t.scopes = { QColor(0x1f, 0x77, 0xb4), QColor(0xe0, 0x7b, 0x10), QColor(0x2c, 0xa0, 0x2c),
            QColor(0x94, 0x67, 0xbd) };
        t.heatLow = QColor(0xf4, 0xf6, 0xf8);
        t.heatHigh = QColor(0x08, 0x45, 0x94);
    }
    return t;
}

QFont DashboardTheme::font(Text text) const
{
    QFont f = QApplication::font();
    const qreal body = largeFonts ? 15.0 : 11.0;
    qreal size = body;
    switch (text) {
    case Text::Body:
        break;
    case Text::Small:
        size = body * 0.85;
        break;
    case Text::Heading:
        size = body * 1.35;
        f.setBold(true);
        break;
    case Text::Title:
        size = body * 1.8;
        f.setBold(true);
        break;
    case Text::Figure:
        size = body * 3.2;
        f.setBold(true);
        break;
    }
    f.setPointSizeF(size);
    return f;
}

QPalette DashboardTheme::palette() const
{
    QPalette p = QApplication::palette();
    for (auto role : { QPalette::Window, QPalette::Base, QPalette::Button })
        p.setColor(role, background);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(role, foreground);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::AlternateBase, mix(background, foreground, 0.06));
    p.setColor(QPalette::Highlight, agree);
    p.setColor(QPalette::HighlightedText, highContrast ? Qt::black : Qt::white);
    return p;
}

QColor DashboardTheme::pointColor(const Scale &scale, int pointIndex) const
{
    const double mid = scale.midpoint();
    const double span = std::max(1.0, scale.maxValue() - mid);
    const double t = (scale.points.value(pointIndex).value - mid) / span; // -1 .. 1
    if (t == 0.0)
        return neutral;
    // Start the ramp a third of the way from neutral so that mild answers are still coloured.
    const qreal strength = 0.35 + 0.65 * std::abs(t);
    return mix(highContrast ? background : QColor(Qt::white), t < 0 ? disagree : agree, strength);
}

QColor DashboardTheme::faded(const QColor &c) const
{
    return mix(c, background, highContrast ? 0.55 : 0.6);
}

} // namespace panelist
