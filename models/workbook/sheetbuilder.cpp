#include "models/workbook/sheetbuilder.h"

#include "models/workbook/workbooklimits.h"

#include <charconv>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace panelist {

qint64 addPositions(qint64 a, qint64 b)
{
    constexpr qint64 Max = std::numeric_limits<qint64>::max() / 2;
    return a > Max - b ? Max : a + b;
}

SheetBuilder::SheetBuilder(QString shown, QString sheetName, CellBudget &budget)
    : m_shown(std::move(shown))
    , m_budget(budget)
{
    m_sheet.name = std::move(sheetName);
}

QString SheetBuilder::message(const QString &problem) const
{
    return u"%1: sheet \"%2\" %3"_s.arg(m_shown, m_sheet.name, problem);
}

bool SheetBuilder::fail(const QString &problem)
{
    if (m_error.isEmpty())
        m_error = message(problem);
    return false;
}

bool SheetBuilder::beginRow(qint64 row)
{
    if (row <= m_row)
        return fail(u"is damaged (row %1 comes after row %2)"_s.arg(
            QString::number(row + 1), QString::number(m_row + 1)));
    m_row = row;
    m_cells.clear();
    m_nonEmpty = 0;
    return !failed();
}

bool SheetBuilder::setCell(qint64 column, const QString &text, qint64 repeat)
{
    if (text.isEmpty() || repeat <= 0)
        return !failed();
    const qint64 end = addPositions(column, repeat); // one past the last column it fills
    if (end > WorkbookLimits::MaxColumns)
        return fail(
            u"is too large (more than %1 columns)"_s.arg(WorkbookLimits::shown(WorkbookLimits::MaxColumns)));
    if (text.size() > WorkbookLimits::MaxCellChars)
        return fail(u"cell %1%2 is too long (more than %3 characters)"_s.arg(workbookColumnName(int(column)),
            QString::number(m_row + 1), WorkbookLimits::shown(WorkbookLimits::MaxCellChars)));
    if (m_cells.size() < end)
        m_cells.resize(end);
    for (qint64 c = column; c < end; ++c) {
        if (m_cells.at(c).isEmpty())
            ++m_nonEmpty;
        m_cells[c] = text; // shares the text's data: repeated cells cost a reference each
    }
    return !failed();
}

bool SheetBuilder::endRow(qint64 repeat)
{
    if (failed())
        return false;
    const qint64 first = m_row;
    m_row = addPositions(m_row, repeat - 1);
    if (m_nonEmpty == 0 || repeat <= 0)
        return true;
    if (m_row >= WorkbookLimits::MaxRows)
        return fail(
            u"is too large (more than %1 rows)"_s.arg(WorkbookLimits::shown(WorkbookLimits::MaxRows)));
    m_budget.used += m_nonEmpty * repeat;
    if (m_budget.used > WorkbookLimits::MaxCells) {
        m_error = u"%1: too large (more than %2 non-empty cells)"_s.arg(
            m_shown, WorkbookLimits::shown(WorkbookLimits::MaxCells));
        return false;
    }
    for (qint64 r = first; r <= m_row; ++r)
        m_sheet.rows.append(WorkbookRow { int(r + 1), m_cells });
    return true;
}

std::optional<QString> workbookNumberText(QStringView stored)
{
    bool ok = false;
    const double value = stored.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    if (value == 0)
        return u"0"_s; // also -0
    // std::to_chars without a precision gives the fewest significant digits that read back as the
    // same double, here as "d.ddde+x".
    char buffer[64];
    const std::to_chars_result result
        = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    if (result.ec != std::errc())
        return std::nullopt;
    const QString scientific = QString::fromLatin1(buffer, result.ptr - buffer);
    // Plain notation from 1e-6 up to 1e21, where JavaScript switches too: 100000 is "100000" and
    // 0.0001 is "0.0001", never "1e+05" or "1e-04"; exponents only beyond.
    const double magnitude = std::abs(value);
    if (magnitude < 1e-6 || magnitude >= 1e21)
        return scientific;
    const qsizetype e = scientific.indexOf(u'e');
    const int exponent = QStringView(scientific).mid(e + 1).toInt();
    const bool negative = value < 0;
    QString digits = scientific.left(e).remove(u'.');
    if (negative)
        digits.remove(0, 1);
    // digits d1 d2 ... dn stand for d1.d2...dn times 10^exponent.
    QString plain;
    if (exponent < 0)
        plain = u"0."_s + QString(-exponent - 1, u'0') + digits;
    else if (digits.size() <= exponent + 1)
        plain = digits + QString(exponent + 1 - digits.size(), u'0');
    else
        plain = digits.left(exponent + 1) + u'.' + digits.mid(exponent + 1);
    return negative ? u"-"_s + plain : plain;
}

} // namespace panelist
