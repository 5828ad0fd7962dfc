#pragma once

#include "models/workbook/workbook.h"

#include <QString>

namespace panelist {

// Non-empty cells read so far in a whole workbook, against WorkbookLimits::MaxCells.
struct CellBudget
{
    qint64 used = 0;
};

// Collects one sheet as a reader meets it, row by row and cell by cell, possibly repeated, and
// keeps the workbook's shape (workbook.h): empty cells and rows are positions only and are never
// stored, so a file's empty tail costs nothing whatever its repeat counts. Only non-empty cells
// count against the limits. Rows and columns here are 0-based positions held in 64 bits, so
// hostile repeat counts cannot overflow.
class SheetBuilder
{
public:
    SheetBuilder(QString shown, QString sheetName, CellBudget &budget);

    // Starts the row at 0-based position row (ascending: a row at or before the last is refused).
    bool beginRow(qint64 row);
    // Puts text at column and the repeat - 1 columns after it.
    bool setCell(qint64 column, const QString &text, qint64 repeat = 1);
    // Ends the row, stored repeat times (at row, row + 1, ...) when it holds a value.
    bool endRow(qint64 repeat = 1);

    // The first problem, as a message naming the file and the sheet; empty when none.
    const QString &error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }
    const QString &sheetName() const { return m_sheet.name; }
    WorkbookSheet take() { return std::move(m_sheet); }

    // The message for a problem of this sheet: "<file>: sheet "<name>" <problem>".
    QString message(const QString &problem) const;
    bool fail(const QString &problem);

private:
    QString m_shown;
    WorkbookSheet m_sheet;
    CellBudget &m_budget;
    QStringList m_cells;
    qint64 m_row = -1;
    qint64 m_nonEmpty = 0;
    QString m_error;
};

// Saturating sum of positions and repeat counts, so hostile counts cannot overflow.
qint64 addPositions(qint64 a, qint64 b);

// A number as a file stores it ("7", "0.59999999999999998", "1E-3") as the shortest text that
// reads back as the same double ("7", "0.6", "0.001"); no value when it is not a finite number.
std::optional<QString> workbookNumberText(QStringView stored);

} // namespace panelist
