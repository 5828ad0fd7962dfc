#pragma once

#include "models/common/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace panelist {

// The sheets of a data workbook (the xlsx export, docs/exports.md), filled one row after another.
// A sheet starts with a header row of column names (bold, frozen, with an autofilter); every row
// after it is a record. A cell is
// - empty: a null QVariant or an empty string;
// - a number: int, qint64 or double;
// - a date-time: QDateTime, written in UTC and shown as yyyy-mm-dd hh:mm:ss (whole seconds);
// - otherwise text, always a string cell (worksheet_write_string): never a formula, a number or a
//   date, whatever it begins with. "=1+2" stays those four characters.
// Rows go straight to the file (libxlsxwriter's constant-memory mode), so a large study costs one
// row of memory; rows of one sheet are written in order, and a sheet is finished when the next
// begins.
class XlsxDataSheets
{
public:
    // A new sheet after the previous ones. The first frozenColumns columns stay in view when scrolling
    // right; widths are column widths in characters (missing or 0: the default).
    virtual Status addSheet(
        const QString &name, const QStringList &header, int frozenColumns, const QList<int> &widths)
        = 0;
    // The next row of the newest sheet, column A first.
    virtual Status addRow(const QList<QVariant> &cells) = 0;

protected:
    ~XlsxDataSheets() = default;
};

// The most rows a sheet holds, header included, and the most columns (Excel's limits).
inline constexpr qint64 XlsxMaxRows = 1'048'576;
inline constexpr int XlsxMaxColumns = 16'384;

// Writes the workbook that fill makes at path, replacing path all or nothing: it is written to a
// temporary sibling that is renamed over path only when complete (DurableFile::replaceByRename in
// models/storage/durablefile.h), so path holds its old content or the whole new workbook. Anything
// fill or a sheet refuses (a row beyond XlsxMaxRows, a column beyond XlsxMaxColumns, a text longer
// than WorkbookLimits::MaxCellChars, a sheet name Excel does not allow) fails the whole workbook with
// a message that starts with path.
Status writeXlsxData(const QString &path, const std::function<Status(XlsxDataSheets &)> &fill);

} // namespace panelist
