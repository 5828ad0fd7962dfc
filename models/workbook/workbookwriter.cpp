#include "models/workbook/workbookwriter.h"

#include "models/storage/durablefile.h"
#include "models/workbook/workbooklimits.h"
#include "models/workbook/workbookwriter_p.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// The first character XML 1.0 cannot hold or a spreadsheet would not keep as it is, as "U+0001";
// empty when there is none. Tab and line break are allowed; a carriage return is not, since
// spreadsheets store line breaks as "\n" alone.
QString badCharacter(const QString &text)
{
    if (!text.isValidUtf16())
        return u"an unpaired surrogate"_s;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || u == 0xFFFE || u == 0xFFFF)
            return u"U+"_s + QString::number(u, 16).rightJustified(4, u'0').toUpper();
    }
    return {};
}

QString badSheet(const WorkbookSheet &sheet)
{
    const QString in = u" (sheet \"%1\")"_s.arg(sheet.name);
    if (sheet.headerRows < 0 || sheet.headerRows > WorkbookLimits::MaxRows)
        return u"%1 header rows is not a row count"_s.arg(QString::number(sheet.headerRows)) + in;
    if (sheet.columnWidths.size() > WorkbookLimits::MaxColumns)
        return u"more than %1 column widths"_s.arg(WorkbookLimits::shown(WorkbookLimits::MaxColumns)) + in;
    for (const int width : sheet.columnWidths) {
        if (width < 0 || width > 255)
            return u"a column width of %1 characters (0 to 255 are possible)"_s.arg(QString::number(width))
                + in;
    }
    int previous = 0;
    for (const WorkbookRow &row : sheet.rows) {
        if (row.number <= previous || row.number > WorkbookLimits::MaxRows)
            return u"row %1 is out of order or beyond row %2"_s.arg(
                       QString::number(row.number), WorkbookLimits::shown(WorkbookLimits::MaxRows))
                + in;
        previous = row.number;
        if (row.cells.size() > WorkbookLimits::MaxColumns)
            return u"row %1 has more than %2 cells"_s.arg(
                       QString::number(row.number), WorkbookLimits::shown(WorkbookLimits::MaxColumns))
                + in;
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            const QString cell = workbookColumnName(int(c)) + QString::number(row.number);
            if (row.cells.at(c).size() > WorkbookLimits::MaxCellChars)
                return u"cell %1 is longer than %2 characters"_s.arg(
                           cell, WorkbookLimits::shown(WorkbookLimits::MaxCellChars))
                    + in;
            if (const QString bad = badCharacter(row.cells.at(c)); !bad.isEmpty())
                return u"cell %1 contains %2, which spreadsheets cannot hold"_s.arg(cell, bad) + in;
        }
    }
    return {};
}

// Why workbook cannot be written as it is; empty when it can.
QString badWorkbook(const Workbook &workbook)
{
    if (workbook.sheets.isEmpty())
        return u"a workbook needs at least one sheet"_s;
    if (workbook.sheets.size() > WorkbookLimits::MaxSheets)
        return u"more than %1 sheets"_s.arg(WorkbookLimits::shown(WorkbookLimits::MaxSheets));
    QSet<QString> names;
    for (const WorkbookSheet &sheet : workbook.sheets) {
        if (const QString bad = badSheetName(sheet.name); !bad.isEmpty())
            return bad;
        // Spreadsheet programs compare sheet names ignoring case.
        const QString folded = sheet.name.toCaseFolded();
        if (names.contains(folded))
            return u"two sheets are named \"%1\""_s.arg(sheet.name);
        names.insert(folded);
        if (const QString bad = badSheet(sheet); !bad.isEmpty())
            return bad;
    }
    return {};
}

} // namespace

QString badSheetName(const QString &name)
{
    if (name.isEmpty())
        return u"a sheet has no name"_s;
    if (name.size() > WorkbookLimits::MaxSheetNameChars)
        return u"the sheet name \"%1\" is longer than %2 characters"_s.arg(
            name, QString::number(WorkbookLimits::MaxSheetNameChars));
    for (const QChar c : u"[]:*?/\\"_s) {
        if (name.contains(c))
            return u"the sheet name \"%1\" contains \"%2\" (not allowed: [ ] : * ? / \\)"_s.arg(name, c);
    }
    if (name.startsWith(u'\'') || name.endsWith(u'\''))
        return u"the sheet name \"%1\" starts or ends with an apostrophe"_s.arg(name);
    if (const QString bad = badCharacter(name);
        !bad.isEmpty() || name.contains(u'\t') || name.contains(u'\n'))
        return u"the sheet name \"%1\" contains a control character"_s.arg(name);
    return {};
}

Status writeWorkbook(const QString &path, const Workbook &workbook)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix != u"xlsx" && suffix != u"ods")
        return Status::failure(u"%1: cannot write a workbook %2 (Panelist writes .xlsx and .ods)"_s.arg(
            shown, suffix.isEmpty() ? u"without an extension"_s : u"as .%1"_s.arg(info.suffix())));
    if (info.exists() || info.isSymLink())
        return Status::failure(shown + u": already exists; refusing to overwrite it (choose another name)"_s);
    if (!info.absoluteDir().exists())
        return Status::failure(shown + u": cannot be written (its folder does not exist)"_s);
    if (const QString bad = badWorkbook(workbook); !bad.isEmpty())
        return Status::failure(u"%1: cannot be written: %2"_s.arg(shown, bad));
    return DurableFile::createByRename(path, [&](const QString &temporary) {
        return suffix == u"xlsx" ? writeXlsxWorkbook(temporary, shown, workbook)
                                 : writeOdsWorkbook(temporary, shown, workbook);
    });
}

} // namespace panelist
