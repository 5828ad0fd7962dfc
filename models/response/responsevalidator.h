#pragma once

#include "models/common/result.h"
#include "models/instrument/instrument.h"
#include "models/response/responsedata.h"

namespace panelist {

// Checks every answer in r against the instrument it claims to answer: fingerprint, respondent id,
// revision, expertise ids, measure and area ids, which questions each measure asks, values on the
// question's scale, "don't know" only where the scale offers it, comment lengths, combination scopes,
// duplicate picks and the maximum number of picks.
//
// Pure (no I/O, no clock) so that the CLI and the merge of response files share one definition of
// "valid". On failure the message has one line per problem, each naming the item, e.g.
//   effectiveness.m99.cbrn: unknown measure "m99"
//   feasibility.m03: 7 is not on the scale 1–5
// (at most MaxReportedProblems lines, then a count of the rest).
Status validateResponse(const ResponseData &r, const Instrument &ins);

constexpr int MaxReportedProblems = 20;
// Longest accepted respondent name or affiliation, in characters (an absurd size is refused rather
// than stored).
constexpr int MaxProfileTextLength = 1000;

} // namespace panelist
