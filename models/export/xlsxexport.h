#pragma once

#include "models/common/result.h"
#include "models/export/widetable.h"
#include "models/instrument/instrument.h"
#include "models/storage/studytypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace panelist {

// The xlsx export (docs/exports.md, "xlsx"): a workbook for spreadsheets, written through
// libxlsxwriter (models/workbook/xlsxdatawriter.h), with the sheets
// - "wide": the csv-wide table, from the same WideTable;
// - "long": the csv-long records, from the same rows (longrows.h); left out, with a note, when they
//   are more than a sheet holds;
// - "codebook": (sheet, column, type, meaning, values) for every column of both.
// Numbers are number cells, times date-time cells (UTC), and every text a string cell with the text
// exactly as given: a string cell is never a formula, so the text needs no guard. A text longer than a
// cell holds (Excel's 32,767 characters) is shortened there, ending in ShortenedMark, and a note
// names the respondent and the column. The file is replaced all or nothing.
Status writeXlsx(const Instrument &ins, const QList<StudyResponse> &responses, const WideTable &wide,
    const QString &path, QStringList *notes);

// The end of a text shortened to fit a cell.
inline constexpr QStringView ShortenedMark
    = u" [… shortened to fit a spreadsheet cell; the csv and json exports have the whole text]";

// Sheet names of the workbook.
inline constexpr QStringView WideSheet = u"wide";
inline constexpr QStringView LongSheet = u"long";
inline constexpr QStringView CodebookSheet = u"codebook";

} // namespace panelist
