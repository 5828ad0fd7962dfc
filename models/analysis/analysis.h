#pragma once

#include "models/analysis/figures.h"

#include <QList>
#include <QStringList>

namespace panelist {
class Instrument;
struct ResponseData;
} // namespace panelist

namespace panelist::analysis {

// Full recompute: every figure of docs/analysis.md from the responses in one pass. Pure: no I/O,
// safe to call on any thread with its own copies of the arguments. Responses are taken as given;
// values the instrument does not know (unknown measure, area or scale value) count as unanswered
// and unknown picks are ignored, so a malformed response cannot shift the figures of others.
Figures analyse(
    const Instrument &instrument, const QList<ResponseData> &responses, const Options &options = {});

// Whether a response counts under the group filter: everyone when group is empty, otherwise
// respondents who listed that expertise group (a respondent may list several).
bool inGroup(const ResponseData &response, const QString &group);

// One respondent's picks in a scope as a set: known measures only, each once, in instrument
// order (as indices into instrument.measures()).
QList<int> normalisedPicks(const Instrument &instrument, const QStringList &picks);

// Measures that meet the agreement threshold in every area and the selection threshold in every
// combination scope, in instrument order. Nothing stands out when there are no areas (no
// effectiveness question); without a combination question only agreement counts.
QStringList standOutMeasures(
    const Instrument &instrument, const QList<AreaStats> &areas, const QList<ScopeStats> &selection);

} // namespace panelist::analysis
