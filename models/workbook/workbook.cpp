#include "models/workbook/workbook.h"

#include "models/workbook/workbooklimits.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panelist {

QString WorkbookSheet::cell(int rowNumber, int column) const
{
    // Rows are ascending by number, so the row is found by bisection.
    const auto it = std::lower_bound(rows.cbegin(), rows.cend(), rowNumber,
        [](const WorkbookRow &row, int number) { return row.number < number; });
    if (it == rows.cend() || it->number != rowNumber || column < 0 || column >= it->cells.size())
        return {};
    return it->cells.at(column);
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
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

namespace WorkbookLimits {

QString shown(qint64 limit)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(limit);
}

QString shownBytes(qint64 bytes)
{
    return shown(bytes / (1024 * 1024)) + u" MiB"_s;
}

} // namespace WorkbookLimits

} // namespace panelist
