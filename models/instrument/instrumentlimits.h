#pragma once

#include "models/common/jsonpath.h"

#include <QList>

namespace panelist {

class Instrument;

// The limits that a response file, the merge and the instrument all agree on: an instrument is
// valid only if a complete response to it fits in a response file the merge accepts, so no expert
// can finish a survey whose answers the coordinator's study would then refuse.
namespace InstrumentLimits {

// Rows a response file's tables may hold each (ratings, picks, comments, expertise); the merge
// refuses a file with more (models/merge/incomingfile.cpp).
inline constexpr int MaxRowsPerTable = 10000;
// The size of a response file; the merge reads a file whole into memory and refuses a larger one.
inline constexpr qint64 MaxResponseFileBytes = 64 * 1024 * 1024;
// All comments of a complete response together, in characters: at most 4 bytes each in UTF-8,
// so they fit in a response file beside the embedded instrument (at most 16 MiB of JSON).
inline constexpr qint64 MaxCommentCharacters = 8000000;

// What a complete response to the instrument would need beyond these limits, each at the path of
// the instrument document that decides it; empty when a complete response fits.
QList<JsonProblem> check(const Instrument &instrument);

} // namespace InstrumentLimits

} // namespace panelist
