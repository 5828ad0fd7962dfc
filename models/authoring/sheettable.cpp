#include "models/authoring/sheettable.h"

#include "models/instrument/instrumenttexts.h"

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace panelist {

QString describeCell(const CellRef &where)
{
    QString text = where.sheet;
    if (where.row > 0)
        text += u", row %1"_s.arg(where.row);
    if (!where.column.isEmpty())
        text += u", column "_s + where.column;
    return text;
}

SheetTable::SheetTable(const WorkbookSheet &sheet, const QStringList &columns, const QStringList &required,
    QList<SheetProblem> &problems, const QStringList &translated)
    : m_name(sheet.name.trimmed().toLower())
{
    if (sheet.rows.isEmpty()) {
        if (!required.isEmpty())
            problems.append(
                { whole(), u"no header row; expected the columns %1"_s.arg(columns.join(u", "_s)) });
        return;
    }
    const WorkbookRow &header = sheet.rows.first();
    m_headerRow = header.number;
    QHash<int, QString> columnAt; // cell index -> column name
    QHash<QString, int> seen;
    const auto known = [&](const QString &name) {
        const std::optional<TranslationKey> t = splitTranslationKey(name);
        return columns.contains(name) || (t && translated.contains(t->key));
    };
    QStringList patterns;
    for (const QString &column : translated)
        patterns << translationKey(column, u"LANG"_s);
    const QString expected = columns.join(u", "_s)
        + (patterns.isEmpty() ? QString() : u"; translations: "_s + patterns.join(u", "_s));
    for (qsizetype i = 0; i < header.cells.size(); ++i) {
        const QString name = header.cells.at(i).trimmed().toLower();
        if (name.isEmpty())
            continue;
        const CellRef here { m_name, m_headerRow, workbookColumnName(int(i)) };
        if (!known(name)) {
            problems.append({ here,
                u"unknown column \"%1\"; expected %2"_s.arg(header.cells.at(i).trimmed(), expected) });
        } else if (seen.contains(name)) {
            problems.append({ here,
                u"the column \"%1\" is already column %2"_s.arg(
                    name, workbookColumnName(seen.value(name))) });
        } else {
            seen.insert(name, int(i));
            columnAt.insert(int(i), name);
        }
    }
    for (const QString &name : required) {
        if (!seen.contains(name))
            problems.append(
                { CellRef { m_name, m_headerRow, {} }, u"no column \"%1\" in the header row"_s.arg(name) });
    }
    for (qsizetype r = 1; r < sheet.rows.size(); ++r) {
        const WorkbookRow &row = sheet.rows.at(r);
        Record record;
        record.row = row.number;
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            if (row.cells.at(i).isEmpty())
                continue;
            const auto name = columnAt.constFind(int(i));
            if (name == columnAt.cend()) {
                problems.append({ CellRef { m_name, row.number, workbookColumnName(int(i)) },
                    u"a value in a column without a header"_s });
                continue;
            }
            record.cells.insert(*name, row.cells.at(i));
        }
        if (!record.cells.isEmpty())
            m_records.append(record);
    }
}

std::optional<double> cellNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace panelist
