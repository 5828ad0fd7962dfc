#pragma once

#include "models/export/widetable.h"
#include "models/instrument/instrument.h"
#include "models/storage/studytypes.h"

#include <QByteArray>
#include <QList>

namespace panelist {

// The records of the CSV exports and their codebooks (docs/exports.md); exportResponses() writes
// them after a byte-order mark (Csv::Utf8Bom).
// Every field of a text column, and every field of a codebook, is guarded against CSV injection
// (Csv::guarded in csv.h); numbers, flags and times are written as they are.

// Long: one record per answer (rating, comment or pick), after a header record. rowCount, when
// given, receives the number of data records.
QByteArray csvLong(const Instrument &ins, const QList<StudyResponse> &responses, int *rowCount = nullptr);
// Codebook of the long CSV: one record per column (column, type, meaning, values).
QByteArray csvLongCodebook(const Instrument &ins);

// Wide: the header record, then one record per respondent.
QByteArray csvWide(const WideTable &table);
QByteArray csvWideCodebook(const WideTable &table);

} // namespace panelist
