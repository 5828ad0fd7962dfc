// The xlsx export's workbook through libxlsxwriter: numbers and date-times as number cells, every
// text a string cell (worksheet_write_string), never a formula.

#include "models/workbook/xlsxdatawriter.h"

#include "models/storage/durablefile.h"
#include "models/workbook/workbooklimits.h"
#include "models/workbook/workbookwriter_p.h"
#include "models/workbook/xlsxtext.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// The text as the cell's XML must hold it for readers to get it back: "_xHHHH_" in the text escaped
// (xlsxtext.h); U+FFFE and U+FFFF, which XML cannot hold and libxlsxwriter passes on, as the escape
// of themselves. libxlsxwriter escapes the control characters (a carriage return becomes _x000D_).
QByteArray cellText(const QString &text)
{
    QString escaped = encodeXlsxEscapes(text);
    escaped.replace(QChar(0xFFFE), u"_xFFFE_"_s);
    escaped.replace(QChar(0xFFFF), u"_xFFFF_"_s);
    return escaped.toUtf8();
}

lxw_datetime excelDateTime(const QDateTime &t)
{
    const QDateTime utc = t.toUTC();
    const QDate d = utc.date();
    const QTime time = utc.time();
    return { d.year(), d.month(), d.day(), time.hour(), time.minute(), double(time.second()) };
}

bool isNumber(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

class Book final : public XlsxDataSheets
{
public:
    Book(lxw_workbook *book, QString shown)
        : m_book(book)
        , m_shown(std::move(shown))
    {
        m_header = workbook_add_format(book);
        format_set_bold(m_header);
        m_dateTime = workbook_add_format(book);
        format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm:ss");
    }

    Status addSheet(
        const QString &name, const QStringList &header, int frozenColumns, const QList<int> &widths) override
    {
        finishSheet();
        if (const QString bad = badSheetName(name); !bad.isEmpty())
            return fail(bad);
        if (m_names.contains(name.toCaseFolded()))
            return fail(u"two sheets are named \"%1\""_s.arg(name));
        if (header.isEmpty() || header.size() > XlsxMaxColumns)
            return fail(u"sheet \"%1\" has %2 columns; a sheet holds 1 to %3"_s.arg(
                name, WorkbookLimits::shown(header.size()), WorkbookLimits::shown(XlsxMaxColumns)));
        m_names.insert(name.toCaseFolded());
        m_sheet = workbook_add_worksheet(m_book, name.toUtf8().constData());
        if (!m_sheet)
            return fail(u"libxlsxwriter refused the sheet name \"%1\""_s.arg(name));
        m_sheetName = name;
        m_columns = int(header.size());
        m_row = 0;
        for (qsizetype c = 0; c < widths.size() && c < header.size(); ++c) {
            if (widths.at(c) > 0)
                worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
        }
        worksheet_freeze_panes(m_sheet, 1, lxw_col_t(qBound(0, frozenColumns, m_columns)));
        return writeRow(QList<QVariant>(header.cbegin(), header.cend()), m_header);
    }

    Status addRow(const QList<QVariant> &cells) override
    {
        if (!m_sheet)
            return fail(u"a row before the first sheet"_s);
        return writeRow(cells, nullptr);
    }

    // Adds the autofilter over the sheet being written, now that its last row is known.
    void finishSheet()
    {
        if (m_sheet && m_row > 1)
            worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_row - 1), lxw_col_t(m_columns - 1));
        m_sheet = nullptr;
    }

private:
    Status writeRow(const QList<QVariant> &cells, lxw_format *format)
    {
        if (m_row >= XlsxMaxRows)
            return fail(u"sheet \"%1\" has more rows than a sheet holds (%2)"_s.arg(
                m_sheetName, WorkbookLimits::shown(XlsxMaxRows)));
        if (cells.size() > m_columns)
            return fail(u"sheet \"%1\" row %2 has %3 cells for %4 columns"_s.arg(m_sheetName,
                QString::number(m_row + 1), QString::number(cells.size()), QString::number(m_columns)));
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (const Status s = writeCell(lxw_col_t(c), cells.at(c), format); !s)
                return s;
        }
        ++m_row;
        return {};
    }

    Status writeCell(lxw_col_t column, const QVariant &cell, lxw_format *format)
    {
        const auto row = lxw_row_t(m_row);
        lxw_error error = LXW_NO_ERROR;
        if (cell.isNull()) {
            return {};
        } else if (isNumber(cell)) {
            error = worksheet_write_number(m_sheet, row, column, cell.toDouble(), format);
        } else if (cell.typeId() == QMetaType::QDateTime) {
            lxw_datetime when = excelDateTime(cell.toDateTime());
            error = worksheet_write_datetime(m_sheet, row, column, &when, m_dateTime);
        } else {
            const QString text = cell.toString();
            if (text.isEmpty())
                return {};
            if (text.size() > WorkbookLimits::MaxCellChars)
                return failAt(column,
                    u"%1 characters, more than a cell holds (%2)"_s.arg(WorkbookLimits::shown(text.size()),
                        WorkbookLimits::shown(WorkbookLimits::MaxCellChars)));
            error = worksheet_write_string(m_sheet, row, column, cellText(text).constData(), format);
        }
        if (error != LXW_NO_ERROR)
            return failAt(column, QString::fromUtf8(lxw_strerror(error)));
        return {};
    }

    Status failAt(lxw_col_t column, const QString &why) const
    {
        return fail(u"sheet \"%1\" cell %2%3: %4"_s.arg(
            m_sheetName, workbookColumnName(int(column)), QString::number(m_row + 1), why));
    }

    Status fail(const QString &why) const
    {
        return Status::failure(u"%1: cannot be written (%2)"_s.arg(m_shown, why));
    }

    lxw_workbook *m_book; // owned by writeXlsxData
    QString m_shown;
    lxw_format *m_header = nullptr;
    lxw_format *m_dateTime = nullptr;
    lxw_worksheet *m_sheet = nullptr; // the sheet being written
    QString m_sheetName;
    QSet<QString> m_names; // case-folded: spreadsheets compare sheet names ignoring case
    int m_columns = 0;
    qint64 m_row = 0; // 0-based: the next row to write
};

Status writeTo(const QString &file, const QString &shown, const std::function<Status(XlsxDataSheets &)> &fill)
{
    // Constant memory: each row goes to a temporary file as it is written, strings inline.
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(file).constData(), &options);
    if (!book)
        return Status::failure(shown + u": cannot be written (libxlsxwriter could not start a workbook)"_s);
    Book sheets(book, shown);
    if (const Status filled = fill(sheets); !filled) {
        lxw_workbook_free(book); // and its temporary files; the caller removes file
        return filled;
    }
    sheets.finishSheet();
    // Writes the file and frees the workbook either way.
    if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR)
        return Status::failure(
            u"%1: cannot be written (%2)"_s.arg(shown, QString::fromUtf8(lxw_strerror(error))));
    return {};
}

} // namespace

Status writeXlsxData(const QString &path, const std::function<Status(XlsxDataSheets &)> &fill)
{
    const QString shown = QDir::toNativeSeparators(path);
    return DurableFile::replaceByRename(
        path, [&](const QString &temporary) { return writeTo(temporary, shown, fill); });
}

} // namespace panelist
