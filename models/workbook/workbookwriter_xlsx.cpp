// .xlsx through libxlsxwriter: every value a string cell (worksheet_write_string), never a formula.

#include "models/workbook/workbookwriter_p.h"
#include "models/workbook/xlsxtext.h"

#include <QFile>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// The formats a sheet's cells take: bold for header rows, wrapping when the sheet asks for it.
struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *headerWrapped = nullptr;
    lxw_format *wrapped = nullptr;
};

lxw_format *formatFor(const Formats &formats, const WorkbookSheet &sheet, int rowNumber)
{
    if (rowNumber <= sheet.headerRows)
        return sheet.wrapText ? formats.headerWrapped : formats.header;
    return sheet.wrapText ? formats.wrapped : nullptr;
}

QString libxlsxwriterError(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

Status writeSheet(
    lxw_workbook *book, const Formats &formats, const WorkbookSheet &sheet, const QString &shown)
{
    lxw_worksheet *out = workbook_add_worksheet(book, sheet.name.toUtf8().constData());
    if (!out)
        return Status::failure(
            u"%1: cannot be written (libxlsxwriter refused the sheet name \"%2\")"_s.arg(shown, sheet.name));
    for (qsizetype c = 0; c < sheet.columnWidths.size(); ++c) {
        if (sheet.columnWidths.at(c) > 0)
            worksheet_set_column(out, lxw_col_t(c), lxw_col_t(c), sheet.columnWidths.at(c), nullptr);
    }
    if (sheet.headerRows > 0)
        worksheet_freeze_panes(out, lxw_row_t(sheet.headerRows), 0);
    for (const WorkbookRow &row : sheet.rows) {
        lxw_format *format = formatFor(formats, sheet, row.number);
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            if (row.cells.at(c).isEmpty())
                continue;
            const lxw_error error = worksheet_write_string(out, lxw_row_t(row.number - 1), lxw_col_t(c),
                encodeXlsxEscapes(row.cells.at(c)).toUtf8().constData(), format);
            if (error != LXW_NO_ERROR)
                return Status::failure(
                    u"%1: cannot be written (sheet \"%2\" cell %3%4: %5)"_s.arg(shown, sheet.name,
                        workbookColumnName(int(c)), QString::number(row.number), libxlsxwriterError(error)));
        }
    }
    return {};
}

} // namespace

Status writeXlsxWorkbook(const QString &file, const QString &shown, const Workbook &workbook)
{
    lxw_workbook_options options {}; // shared strings, the default temporary folder, no ZIP64
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(file).constData(), &options);
    if (!book)
        return Status::failure(shown + u": cannot be written (libxlsxwriter could not start a workbook)"_s);
    Formats formats;
    formats.header = workbook_add_format(book);
    format_set_bold(formats.header);
    formats.headerWrapped = workbook_add_format(book);
    format_set_bold(formats.headerWrapped);
    format_set_text_wrap(formats.headerWrapped);
    format_set_align(formats.headerWrapped, LXW_ALIGN_VERTICAL_TOP);
    formats.wrapped = workbook_add_format(book);
    format_set_text_wrap(formats.wrapped);
    // Top-aligned, so a row whose description wraps onto several lines still reads from its id.
    format_set_align(formats.wrapped, LXW_ALIGN_VERTICAL_TOP);
    for (const WorkbookSheet &sheet : workbook.sheets) {
        if (const Status written = writeSheet(book, formats, sheet, shown); !written) {
            lxw_workbook_free(book);
            return written;
        }
    }
    // Writes the file and frees the workbook either way.
    if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR)
        return Status::failure(u"%1: cannot be written (%2)"_s.arg(shown, libxlsxwriterError(error)));
    return {};
}

} // namespace panelist
