#pragma once

#include "models/analysis/figures.h"
#include "models/instrument/instrument.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QXmlStreamWriter;

namespace panelist::report {

// The report's charts as SVG, drawn from analysis::Figures with QXmlStreamWriter (well-formed and
// escaped by construction; no QtSvg, no display). Geometry only: every share shown is a figure of
// Figures, bar segments are its point shares (analysis::ItemStats::pointShares).

// Diverging stacked Likert bars: disagreement left of zero, agreement right, the midpoint answer
// split across zero, "don't know" as a separate small bar; one row per item, sorted by agreement
// share (highest first, null last, ties in instrument order); n and the agreement share beside each
// bar; with a threshold, a tick on every row where the agreement segments would reach it.
void writeLikertChart(QXmlStreamWriter &xml, const Instrument &instrument,
    const QList<analysis::ItemStats> &items, const Scale &scale, std::optional<double> threshold,
    const QString &title);

// Selection-share bars (0–100 %), sorted by share, with the threshold as a dashed line and
// "selected of answered" beside each bar.
void writeSelectionChart(QXmlStreamWriter &xml, const Instrument &instrument,
    const analysis::ScopeStats &scope, double threshold, const QString &title);

// The same charts as standalone SVG documents (for files and for looking at them).
QByteArray likertChartSvg(const Instrument &instrument, const QList<analysis::ItemStats> &items,
    const Scale &scale, std::optional<double> threshold, const QString &title);
QByteArray selectionChartSvg(
    const Instrument &instrument, const analysis::ScopeStats &scope, double threshold, const QString &title);

} // namespace panelist::report
