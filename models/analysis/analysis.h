#pragma once

#include "models/analysis/figures.h"

#include <QList>
#include <QStringList>

namespace panelist {
class Instrument;
struct ResponseData;
} // namespace panelist

namespace panelist::analysis {

// Full recompute of every figure of docs/analysis.md from responses held in memory: a fresh
// Aggregator fed each response. Pure: no I/O, safe on any thread with its own copies of the
// arguments. Values the instrument does not know (unknown measure, area or scale value) count as
// unanswered and unknown picks are ignored, so a malformed response cannot shift the figures of
// others. A study on disk is counted the same way without holding its responses: feed an Aggregator
// from StudyStore::readCurrent (models/storage/studystore.h).
Figures analyse(
    const Instrument &instrument, const QList<ResponseData> &responses, const Options &options = {});

// Measures that meet the agreement threshold in every area and the selection threshold in every
// combination scope, in instrument order. Nothing stands out when there are no areas (no
// effectiveness question); without a combination question only agreement counts.
QStringList standOutMeasures(
    const Instrument &instrument, const QList<AreaStats> &areas, const QList<ScopeStats> &selection);

} // namespace panelist::analysis
