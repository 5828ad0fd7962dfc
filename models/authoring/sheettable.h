#pragma once

#include "models/workbook/workbook.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace panelist {

// Where a value of a workbook is: a sheet, a row (0: the sheet as a whole) and a column (empty: the
// whole row), named as the workbook's own header row names it.
struct CellRef
{
    QString sheet;
    int row = 0;
    QString column;

    friend bool operator==(const CellRef &, const CellRef &) = default;
};

// One mistake in a workbook, where it is.
struct SheetProblem
{
    CellRef where;
    QString problem;
};

// "measures, row 14, column scale", "measures, row 14", "measures".
QString describeCell(const CellRef &where);

// A sheet read as a table: its first row names the columns (any order, any case), every later row is
// a record. Mistakes of the layout (an unknown or missing column, a value in a column without a
// header, a column named twice) are added to the problems; the records then hold what could be read.
class SheetTable
{
public:
    struct Record
    {
        int row = 0;
        QHash<QString, QString> cells; // column name -> text, as written
    };

    // translated: the columns that may have translation columns beside them, "<column>::<language>"
    // (read under that name, in lower case, whatever the language).
    SheetTable(const WorkbookSheet &sheet, const QStringList &columns, const QStringList &required,
        QList<SheetProblem> &problems, const QStringList &translated = {});

    const QString &name() const { return m_name; }
    const QList<Record> &records() const { return m_records; }
    int headerRow() const { return m_headerRow; }
    CellRef at(int row, const QString &column = {}) const { return { m_name, row, column }; }
    CellRef whole() const { return { m_name, 0, {} }; }

private:
    QString m_name;
    int m_headerRow = 0;
    QList<Record> m_records;
};

// A number as a cell holds it ("0.6", " 7 ", "1e3"); nothing when the text is not one.
std::optional<double> cellNumber(const QString &text);

} // namespace panelist
