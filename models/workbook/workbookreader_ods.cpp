// .ods (OpenDocument, ODF 1.2 part 1, chapter 9): the sheets are the <table:table> elements of
// content.xml's <office:spreadsheet>, their rows and cells in order, each possibly repeated.
// LibreOffice ends every sheet with one empty row repeated to the millionth and pads rows with an
// empty cell repeated to the last column; SheetBuilder never stores empty repeats, so they cost
// nothing.

#include "models/workbook/sheetbuilder.h"
#include "models/workbook/workbooklimits.h"
#include "models/workbook/workbookreader_p.h"
#include "models/workbook/workbookxml.h"
#include "models/workbook/workbookzip.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

constexpr QStringView OfficeNs = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr QStringView TableNs = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr QStringView TextNs = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0";

// A repeat count attribute: 1 when absent, nothing when it is not a positive number.
std::optional<qint64> repeatCount(const WorkbookXml &xml, QStringView name)
{
    const QStringView value = xml.attribute(TableNs, name);
    if (value.isEmpty())
        return 1;
    bool ok = false;
    const qint64 count = value.toLongLong(&ok);
    if (!ok || count < 1)
        return std::nullopt;
    return count;
}

// Appends a paragraph's text (the <text:p> or <text:h> just started) to text. Its characters are
// taken as they are, white space too, as LibreOffice takes them (ODF 1.2 part 1, 6.1.2 would
// collapse them, but what a coordinator sees in LibreOffice is what counts); spaces, tabs and line
// breaks may also be elements: <text:s text:c="n">, <text:tab>, <text:line-break>. Runs
// (<text:span>, links) are read through; notes, comments and ruby annotations are not text.
void readParagraph(WorkbookXml &xml, QString &text)
{
    const int depth = xml.depth();
    const auto append = [&](QStringView piece) {
        if (text.size() <= WorkbookLimits::MaxCellChars) // one more than allowed is enough to refuse
            text.append(piece.left(WorkbookLimits::MaxCellChars + 1 - text.size()));
    };
    while (xml.next() && xml.depth() >= depth) {
        if (xml.isCharacters()) {
            append(xml.text());
        } else if (xml.isStart(TextNs, u"s")) {
            bool ok = false;
            const QStringView count = xml.attribute(TextNs, u"c");
            const qint64 n = count.isEmpty() ? 1 : count.toLongLong(&ok);
            if (count.isEmpty() || ok)
                append(QString(int(std::clamp<qint64>(n, 0, WorkbookLimits::MaxCellChars + 1)), u' '));
        } else if (xml.isStart(TextNs, u"tab")) {
            append(u"\t");
        } else if (xml.isStart(TextNs, u"line-break")) {
            append(u"\n");
        } else if (xml.isStart(TextNs, u"note") || xml.isStart(OfficeNs, u"annotation")
            || xml.isStart(TextNs, u"ruby-text")) {
            xml.skipElement();
        }
    }
}

// The text of the cell just started: its paragraphs (also inside lists) joined with "\n". Comments
// (<office:annotation>), shapes and anything else in the cell are skipped.
QString readCellText(WorkbookXml &xml)
{
    const int depth = xml.depth();
    QString text;
    bool first = true;
    while (xml.next() && xml.depth() >= depth) {
        if (xml.isStart(TextNs, u"p") || xml.isStart(TextNs, u"h")) {
            if (!first)
                text.append(u'\n');
            first = false;
            readParagraph(xml, text);
        } else if (xml.isStart()
            && !(xml.isStart(TextNs, u"list") || xml.isStart(TextNs, u"list-item")
                || xml.isStart(TextNs, u"list-header"))) {
            xml.skipElement();
        }
    }
    return text;
}

// The value of the <table:table-cell> just started (workbook.h): numbers from office:value,
// booleans as TRUE/FALSE, dates and times as stored, anything else as its text.
bool readCell(WorkbookXml &xml, SheetBuilder &sheet, qint64 row, qint64 column, qint64 repeat)
{
    const QString type = xml.attribute(OfficeNs, u"value-type").toString();
    const QString number = xml.attribute(OfficeNs, u"value").toString();
    const QString boolean = xml.attribute(OfficeNs, u"boolean-value").toString();
    const QString date = xml.attribute(OfficeNs, u"date-value").toString();
    const QString time = xml.attribute(OfficeNs, u"time-value").toString();
    const bool hasString = xml.hasAttribute(OfficeNs, u"string-value");
    const QString string = xml.attribute(OfficeNs, u"string-value").toString();
    const QString text = readCellText(xml);
    const QString where
        = u"cell "_s + workbookColumnName(int(std::min<qint64>(column, 1 << 20))) + QString::number(row + 1);

    QString value;
    if (type == u"float" || type == u"percentage" || type == u"currency") {
        const std::optional<QString> shortest = workbookNumberText(number);
        if (!shortest)
            return sheet.fail(u"is damaged (%1 holds \"%2\" where a number belongs)"_s.arg(where, number));
        value = *shortest;
    } else if (type == u"boolean") {
        if (boolean != u"true" && boolean != u"false")
            return sheet.fail(u"is damaged (%1 holds \"%2\" where a boolean belongs)"_s.arg(where, boolean));
        value = boolean == u"true" ? u"TRUE"_s : u"FALSE"_s;
    } else if (type == u"date") {
        value = date;
    } else if (type == u"time") {
        value = time;
    } else {
        value = hasString ? string : text;
    }
    return sheet.setCell(column, value, repeat);
}

bool readRow(WorkbookXml &xml, SheetBuilder &sheet, qint64 row)
{
    const int depth = xml.depth();
    qint64 column = 0;
    while (xml.next() && xml.depth() >= depth) {
        const bool cell = xml.isStart(TableNs, u"table-cell");
        // The hidden parts of merged cells: a position each, no value.
        const bool covered = xml.isStart(TableNs, u"covered-table-cell");
        if (!cell && !covered) {
            if (xml.isStart())
                xml.skipElement();
            continue;
        }
        const std::optional<qint64> repeat = repeatCount(xml, u"number-columns-repeated");
        if (!repeat)
            return sheet.fail(u"is damaged (a cell in row %1 is repeated \"%2\" times)"_s.arg(
                QString::number(row + 1), xml.attribute(TableNs, u"number-columns-repeated")));
        if (covered)
            xml.skipElement();
        else if (!readCell(xml, sheet, row, column, *repeat))
            return false;
        column = addPositions(column, *repeat);
    }
    return true;
}

bool readTable(WorkbookXml &xml, SheetBuilder &sheet)
{
    const int depth = xml.depth();
    qint64 row = 0;
    while (xml.next() && xml.depth() >= depth) {
        if (xml.isStart(TableNs, u"table-row")) {
            const std::optional<qint64> repeat = repeatCount(xml, u"number-rows-repeated");
            if (!repeat)
                return sheet.fail(u"is damaged (row %1 is repeated \"%2\" times)"_s.arg(
                    QString::number(row + 1), xml.attribute(TableNs, u"number-rows-repeated")));
            if (!sheet.beginRow(row) || !readRow(xml, sheet, row) || !sheet.endRow(*repeat))
                return false;
            row = addPositions(row, *repeat);
        } else if (xml.isStart()
            && !(xml.isStart(TableNs, u"table-header-rows") || xml.isStart(TableNs, u"table-rows")
                || xml.isStart(TableNs, u"table-row-group"))) {
            xml.skipElement(); // columns, shapes, forms: no cells
        }
    }
    return true;
}

} // namespace

Result<Workbook> readOdsWorkbook(WorkbookZip &zip)
{
    using R = Result<Workbook>;
    const QString part = u"content.xml"_s;
    const Result<QByteArray> bytes = zip.read(part);
    if (!bytes)
        return R::failure(bytes.error());
    WorkbookXml xml(zip.shown(), part, *bytes);
    Workbook workbook;
    CellBudget budget;
    bool spreadsheet = false;
    while (xml.next()) {
        if (xml.isStart(OfficeNs, u"spreadsheet")) {
            spreadsheet = true;
            continue;
        }
        if (!spreadsheet || !xml.isStart(TableNs, u"table"))
            continue;
        if (workbook.sheets.size() == WorkbookLimits::MaxSheets)
            return R::failure(u"%1: too many sheets (more than %2)"_s.arg(
                zip.shown(), WorkbookLimits::shown(WorkbookLimits::MaxSheets)));
        SheetBuilder sheet(zip.shown(), xml.attribute(TableNs, u"name").toString(), budget);
        if (!readTable(xml, sheet))
            return R::failure(sheet.failed() ? sheet.error() : xml.status().error());
        workbook.sheets.append(sheet.take());
    }
    if (const Status s = xml.status(); !s)
        return R::failure(s.error());
    if (!spreadsheet)
        return R::failure(
            zip.shown() + u": not a spreadsheet (an OpenDocument file without a spreadsheet)"_s);
    return workbook;
}

} // namespace panelist
