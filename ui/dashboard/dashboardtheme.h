#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>

namespace panelist {

struct Scale;

// Colours and font sizes of the presenter dashboard: the normal theme, a high-contrast theme for
// projectors (white on black, saturated colours, heavier lines) and larger fonts for a back row.
// A plain value; pages and charts apply it to their existing objects (nothing is rebuilt).
struct DashboardTheme
{
    enum class Text { Body, Small, Heading, Title, Figure };

    bool highContrast = false;
    bool largeFonts = false;
    QColor background;
    QColor foreground;
    QColor muted; // secondary text, grid lines
    QColor threshold;
    QColor agree; // strongest agreement
    QColor disagree; // strongest disagreement
    QColor neutral;
    QList<QColor> scopes; // one per combination scope (overview selection bars)
    QColor heatLow;
    QColor heatHigh;

    static DashboardTheme make(bool highContrast, bool largeFonts);

    QFont font(Text text) const;
    QPalette palette() const;
    // Colour of a scale point: from disagree through neutral to agree by its distance from the
    // scale's midpoint.
    QColor pointColor(const Scale &scale, int pointIndex) const;
    QColor scopeColor(int index) const { return scopes.value(index % scopes.size()); }
    // Bars below their threshold are drawn paler than bars above it.
    QColor faded(const QColor &c) const;
    qreal thresholdWidth() const { return highContrast ? 3.0 : 2.0; }
};

} // namespace panelist
