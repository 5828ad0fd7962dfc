#pragma once

#include <QString>
#include <QtGlobal>

namespace panelist {

// Every limit the workbook readers and writers enforce, in one place (docs/authoring.md, "Limits").
// A coordinator's template is a few hundred rows; the limits are far above that and far below what
// would let a hostile file exhaust memory. Empty rows and cells beyond them cost nothing (LibreOffice
// stores a sheet's empty tail as one repeated row), only non-empty ones count.
namespace WorkbookLimits {

// An .xlsx or .ods file is read into memory whole, so it is read once.
inline constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
// Entries in one zip file (an .xlsx has a dozen, an .ods half as many).
inline constexpr int MaxZipEntries = 1000;
// One part inflated from the zip (content.xml, a sheet, the shared strings), or one .csv file.
inline constexpr qint64 MaxPartBytes = 32 * 1024 * 1024;
// All parts inflated from one zip together, or all .csv files of a folder together.
inline constexpr qint64 MaxTotalBytes = 64 * 1024 * 1024;
inline constexpr int MaxSheets = 64;
// The last row and column that may hold a value (row 10,000; column 200, "GR").
inline constexpr int MaxRows = 10'000;
inline constexpr int MaxColumns = 200;
// Non-empty cells of a whole workbook, repeated ones counted each time; also the most shared
// strings an .xlsx may list.
inline constexpr int MaxCells = 1'000'000;
// Characters in one cell: Excel's own limit, and the most libxlsxwriter writes.
inline constexpr int MaxCellChars = 32'767;
// Characters in a sheet name: Excel's limit, applied to every format so a template written as .ods
// can be saved as .xlsx.
inline constexpr int MaxSheetNameChars = 31;

// "10,000": a limit as messages show it.
QString shown(qint64 limit);
// "32 MiB"
QString shownBytes(qint64 bytes);

} // namespace WorkbookLimits

} // namespace panelist
