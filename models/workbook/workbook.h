#pragma once

#include "models/common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace panelist {

// A spreadsheet as plain text: what the instrument importer reads and the template writer fills
// (docs/authoring.md). Only values travel: formulas are read as their cached results, formatting
// is dropped, and every value is text (numbers in their shortest round-trip form, e.g. "7", "0.6").
struct WorkbookRow
{
    int number = 0; // 1-based, as the spreadsheet shows it (empty and hidden rows keep their numbers)
    QStringList cells; // column A first; trailing empty cells left out
};

struct WorkbookSheet
{
    QString name;
    QList<WorkbookRow> rows; // rows with at least one non-empty cell, ascending number
    // For writing only: rows from the top shown as headers (bold, frozen), column widths in
    // characters (missing or 0: a default), and whether long text wraps.
    int headerRows = 0;
    QList<int> columnWidths;
    bool wrapText = false;

    // The text at (row number, column index), empty when there is none.
    QString cell(int rowNumber, int column) const;
};

struct Workbook
{
    QList<WorkbookSheet> sheets; // in the workbook's order

    const WorkbookSheet *sheet(const QString &name) const; // exact name; nullptr when absent
};

// "A", "B", ..., "Z", "AA", ...: the column letters of a 0-based column index.
QString workbookColumnName(int column);

} // namespace panelist
