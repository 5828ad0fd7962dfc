#pragma once

#include "models/common/result.h"
#include "models/instrument/instrument.h"
#include "models/response/responsedata.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace panelist {

// Synthetic, deterministic responses for tests, demos and benchmarks (docs/exports.md, "simulate").
// The same (instrument, seed, index) always gives the same answers, respondent id and timestamps;
// expert i does not depend on how many experts are generated. Structure: each measure has its own
// latent agreement level per area (so measures differ), each expert a lean; ~5 % "don't know" where
// the scale offers it, a few items skipped, 1-3 expertise groups, picks (up to the maximum) that
// follow the expert's own ratings, and comments on ~20 % of measures, some with commas, quotes,
// line breaks and non-ASCII text. Every response is submitted (revision 1) and passes
// validateResponse().
ResponseData simulateResponse(const Instrument &ins, quint64 seed, int index);
QList<ResponseData> simulateResponses(const Instrument &ins, int experts, quint64 seed);

// "expert-0001.panelist-response" (at least four digits, more when experts needs them).
QString simulatedFileName(int index, int experts);

// Writes experts complete, submitted response files into outDir (created if missing), each built
// under a temporary name and renamed into place. Refuses before writing anything when a target file
// already exists. Returns the paths written. onProgress (optional) gets the number of files written
// so far, on the calling thread, about every tenth of a second while the writing goes on.
Result<QStringList> writeSimulatedResponses(const Instrument &ins, int experts, quint64 seed,
    const QString &outDir, const std::function<void(int written)> &onProgress = {});

} // namespace panelist
