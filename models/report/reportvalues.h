#pragma once

#include "models/analysis/figures.h"
#include "models/instrument/instrument.h"

#include <QString>

#include <optional>

namespace panelist::report {

// Shared formatting and look-ups for the report writers. Nothing here computes a statistic.

// The shortest decimal text that reads back as exactly d (what QJsonDocument writes), so a
// number in the JSON or CSV parses to the very double analyse() produced.
QString number(double d);

// The combination scope whose figures belong with an area: the area itself when the question is
// asked per area, the overall scope when it is asked once; nullptr without a combination question.
const analysis::ScopeStats *scopeForArea(
    const Instrument &instrument, const analysis::Figures &results, const QString &areaId);
// The selection figures of one measure in a scope (nullptr when the scope or measure is absent).
const analysis::MeasureSelection *selectionOf(const analysis::ScopeStats *scope, const QString &measureId);

// Display name of a measure or area (its id when the instrument does not know it).
QString measureName(const Instrument &instrument, const QString &id);
QString areaName(const Instrument &instrument, const QString &id);
QString groupName(const Instrument &instrument, const QString &id);

// "72.4 %"-style text for a share; "–" when null.
QString percent(const std::optional<double> &share);

} // namespace panelist::report
