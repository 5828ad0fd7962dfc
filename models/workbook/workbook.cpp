#include "models/workbook/workbook.h"

using namespace Qt::StringLiterals;

namespace panelist {

QString WorkbookSheet::cell(int rowNumber, int column) const
{
    for (const WorkbookRow &r : rows) {
        if (r.number == rowNumber)
            return r.cells.value(column);
    }
    return {};
}

const WorkbookSheet *Workbook::sheet(const QString &name) const
{
    for (const WorkbookSheet &s : sheets) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QString workbookColumnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

} // namespace panelist
