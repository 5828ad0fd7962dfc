// Workbooks read and written: files saved by LibreOffice (tests/models/workbook/data/README.md)
// read exactly, hand-made parts for what LibreOffice never writes (inline strings, runs without
// xml:space, escapes, cells and rows without references), CSV folders, and round trips through
// writeWorkbook, including files LibreOffice converted from what writeWorkbook wrote.

#include "models/workbook/workbookreader.h"
#include "models/workbook/workbookwriter.h"
#include "tests/models/workbook/workbooktesthelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace panelist;
using namespace panelist::workbooktest;
using namespace Qt::StringLiterals;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(PANELIST_TEST_DATA) + u'/' + name;
}

// What data/features.fods holds, as LibreOffice saves it; format "xlsx", "ods" or "csv" for the
// values whose text depends on the format (a date is a serial number in .xlsx; CSV holds what
// the cells show).
QStringList featureLines(const QString &format)
{
    const bool xlsx = format == u"xlsx";
    const bool csv = format == u"csv";
    QStringList lines {
        u"measures 1: [id|label|min|max|share]"_s,
        u"measures 2: [q1|How large is the effect?|0|100000|0.6]"_s,
        u"measures 3: [q2|This is important text|7|-3.25|3.14159265358979]"_s,
        u"measures 6: [q3|in a hidden row]"_s,
        u"measures 7: [q4|trailing empty cells follow]"_s,
        u"measures 8: [merged across A8:C8|||after the merge]"_s,
        u"measures 9: [merged down A9:A10|B9]"_s,
        u"measures 10: [|B10]"_s,
        u"measures 11: [Grüße, ü|日本|emoji \U0001F600]"_s,
        u"measures 12: [line one\\nline two| leading space, two  spaces]"_s,
        u"measures 13: [TRUE|%1|%2|5|0.3|ab]"_s.arg(
            xlsx ? u"45306"_s : u"2024-01-15"_s, csv ? u"25%"_s : u"0.25"_s),
        u"measures 14: [=not a formula|1234567.891|0.0001|%1]"_s.arg(csv ? u"1E+021"_s : u"1e+21"_s),
        u"styled column 1: [whole column A is yellow|1]"_s,
        u"empty (no rows)"_s,
        u"日本語 sheet 3: [|C? no, B3|42]"_s,
    };
    return lines;
}

QStringList read(const QString &path)
{
    const Result<Workbook> workbook = readWorkbook(path);
    if (!workbook)
        return { u"error: "_s + workbook.error() };
    return describe(*workbook);
}

// The workbook the writer tests write: headers, widths, wrapping, gaps, and text a careless writer
// would change (formulas, spaces, tabs, line breaks, markup, escapes, leading zeros, exponents).
Workbook writtenWorkbook()
{
    Workbook workbook = workbookFrom({
        u"items 1: [id|label|type|min|max]"_s,
        u"items 2: [q1|How large is the effect?|number|0|100000]"_s,
        u"items 3: [q2|=1+2|choice|007|1e5]"_s,
        u"items 5: [q3|  two leading spaces, two  inside and trailing |text]"_s,
        u"items 6: [q4|tab\there|\ttab first|tab last\t| \t ]"_s,
        u"items 7: [q5|line one\\nline two\\n\\nafter an empty line|\\nstarts with a break]"_s,
        u"items 8: [||||only E]"_s,
        u"items 9: [<b>&amp;</b>|_x0041_ stays|\"quoted\" 'single'|Grüße 日本 \U0001F600]"_s,
        u"choices 1: [list|value|label]"_s,
        u"choices 2: [yesno|1|Yes]"_s,
        u"choices 3: [yesno|0|No]"_s,
        u"no rows (no rows)"_s,
        u"Ünïcödé 名前 1: [x]"_s,
    });
    workbook.sheets[0].headerRows = 1;
    workbook.sheets[0].columnWidths = { 8, 40, 0, 6 };
    workbook.sheets[0].wrapText = true;
    workbook.sheets[1].headerRows = 1;
    return workbook;
}

} // namespace

class TestWorkbook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnNames();
    void cellLookup();
    void libreOfficeFiles_data();
    void libreOfficeFiles();
    void xlsxParts_data();
    void xlsxParts();
    void odsParts_data();
    void odsParts();
    void odsEmptyTailCostsNothing();
    void csvFolders_data();
    void csvFolders();
    void roundTrip_data();
    void roundTrip();
    void writtenXlsxHasNoFormulas();
    void writtenOdsPackage();
    void writerRefuses_data();
    void writerRefuses();
    void libreOfficeReadsWhatPanelistWrites_data();
    void libreOfficeReadsWhatPanelistWrites();
};

void TestWorkbook::columnNames()
{
    QCOMPARE(workbookColumnName(0), u"A"_s);
    QCOMPARE(workbookColumnName(25), u"Z"_s);
    QCOMPARE(workbookColumnName(26), u"AA"_s);
    QCOMPARE(workbookColumnName(199), u"GR"_s);
    QCOMPARE(workbookColumnName(16383), u"XFD"_s);
}

void TestWorkbook::cellLookup()
{
    const Workbook workbook = workbookFrom({ u"s 2: [a|b]"_s, u"s 5: [|c]"_s, u"t 1: [x]"_s });
    const WorkbookSheet *s = workbook.sheet(u"s"_s);
    QVERIFY(s);
    QCOMPARE(s->cell(2, 1), u"b"_s);
    QCOMPARE(s->cell(5, 1), u"c"_s);
    QCOMPARE(s->cell(5, 0), QString());
    QCOMPARE(s->cell(3, 0), QString());
    QCOMPARE(s->cell(5, 9), QString());
    QCOMPARE(s->cell(2, -1), QString());
    QVERIFY(!workbook.sheet(u"S"_s));
}

void TestWorkbook::libreOfficeFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("xlsx saved by LibreOffice") << u"features.xlsx"_s << u"xlsx"_s;
    QTest::newRow("ods saved by LibreOffice") << u"features.ods"_s << u"ods"_s;
    QTest::newRow("csv saved by LibreOffice") << u"features-csv"_s << u"csv"_s;
}

void TestWorkbook::libreOfficeFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QStringList expected = featureLines(format);
    if (format == u"csv") {
        // A folder's sheets come in alphabetical order; the empty sheet is an empty file.
        QStringList sorted;
        for (const QString &sheet :
            { u"empty "_s, u"measures "_s, u"styled column "_s, u"日本語 sheet "_s }) {
            for (const QString &line : std::as_const(expected)) {
                if (line.startsWith(sheet))
                    sorted.append(line);
            }
        }
        expected = sorted;
    }
    QCOMPARE(read(dataFile(file)), expected);
}

void TestWorkbook::xlsxParts_data()
{
    QTest::addColumn<QByteArray>("sheetData");
    QTest::addColumn<QByteArray>("sharedStrings");
    QTest::addColumn<QStringList>("expected");

    // LibreOffice writes shared strings only: inline strings as libxlsxwriter's constant_memory
    // mode and other tools write them.
    QTest::newRow("inline strings, plain and in runs")
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>plain</t></is></c>"
                      "<c r=\"B1\" t=\"inlineStr\"><is><r><t>bold</t></r><r><rPr><b/></rPr>"
                      "<t xml:space=\"preserve\"> word</t></r></is></c></row>")
        << QByteArray() << QStringList { u"s 1: [plain|bold word]"_s };
    QTest::newRow("sparse cells take their reference's column")
        << QByteArray("<row r=\"2\"><c r=\"C2\"><v>1</v></c><c r=\"F2\" t=\"str\"><v>x</v></c></row>")
        << QByteArray() << QStringList { u"s 2: [||1|||x]"_s };
    QTest::newRow("cells without a reference follow the one before")
        << QByteArray(
               "<row r=\"1\"><c><v>1</v></c><c><v>2</v></c><c r=\"E1\"><v>5</v></c><c><v>6</v></c></row>")
        << QByteArray() << QStringList { u"s 1: [1|2|||5|6]"_s };
    QTest::newRow("rows without a number follow the one before")
        << QByteArray("<row r=\"3\"><c r=\"A3\"><v>3</v></c></row><row><c r=\"A4\"><v>4</v></c></row>")
        << QByteArray() << QStringList { u"s 3: [3]"_s, u"s 4: [4]"_s };
    QTest::newRow("numbers in their shortest form")
        << QByteArray(
               "<row r=\"1\"><c><v>0.59999999999999998</v></c><c t=\"n\"><v>7</v></c><c><v>7.0</v></c>"
               "<c><v>1E-3</v></c><c><v>-0</v></c><c><v>100000</v></c><c><v>1E+21</v></c><c><v>1.5E-7</v></c>"
               "<c><v>12345678901234567890</v></c><c><v> 42 </v></c></row>")
        << QByteArray()
        << QStringList { u"s 1: [0.6|7|7|0.001|0|100000|1e+21|1.5e-07|12345678901234567000|42]"_s };
    QTest::newRow("booleans, errors, formula strings, dates")
        << QByteArray("<row r=\"1\"><c t=\"b\"><v>1</v></c><c t=\"b\"><v>0</v></c><c "
                      "t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                      "<c t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c><c "
                      "t=\"d\"><v>2024-01-15T00:00:00</v></c></row>")
        << QByteArray() << QStringList { u"s 1: [TRUE|FALSE|#DIV/0!|ab|2024-01-15T00:00:00]"_s };
    QTest::newRow("formulas read as their cached values")
        << QByteArray("<row r=\"1\"><c r=\"A1\"><f>1+1</f><v>2</v></c><c r=\"B1\"><f>NOW()</f></c></row>"
                      "<row r=\"2\"><c r=\"A2\"><f>A1</f></c></row>")
        << QByteArray() << QStringList { u"s 1: [2]"_s };
    QTest::newRow("shared strings: runs, phonetic guides, escapes, xml:space")
        << QByteArray("<row r=\"1\"><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c><c t=\"s\"><v>2</v></c>"
                      "<c t=\"s\"><v>3</v></c><c t=\"s\"><v>4</v></c><c t=\"s\"><v>5</v></c></row>")
        << QByteArray(
               "<si><t>plain</t></si>"
               "<si><r><t xml:space=\"preserve\">rich </t></r><r><rPr><b/></rPr><t>bold</t></r></si>"
               "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh><phoneticPr fontId=\"1\"/></si>"
               "<si><t>tab_x0009_here _x005F_x0041_ stays</t></si>"
               "<si><t xml:space=\"preserve\">  kept  </t></si>"
               "<si><t>\n  trimmed  \n</t></si>")
        << QStringList { u"s 1: [plain|rich bold|漢字|tab\there _x0041_ stays|  kept  |trimmed]"_s };
    QTest::newRow("hidden rows are data; empty and styled cells are not") << QByteArray(
        "<row r=\"1\"><c r=\"A1\" s=\"1\"/></row><row r=\"2\" hidden=\"1\"><c r=\"A2\" t=\"s\"><v>0</v></c>"
        "<c r=\"B2\" s=\"3\"/></row><row r=\"1048576\"><c r=\"XFD1048576\" s=\"2\"/></row>")
                                                                          << QByteArray(
                                                                                 "<si><t>hidden</t></si>")
                                                                          << QStringList {
                                                                                 u"s 2: [hidden]"_s
                                                                             };
    QTest::newRow("merged cells: the value is in the top-left cell")
        << QByteArray(
               "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>merged</t></is></c><c r=\"B1\" s=\"1\"/>"
               "<c r=\"C1\" s=\"1\"/><c r=\"D1\"><v>4</v></c></row></sheetData>"
               "<mergeCells count=\"1\"><mergeCell ref=\"A1:C1\"/></mergeCells><sheetData>")
        << QByteArray() << QStringList { u"s 1: [merged|||4]"_s };
}

void TestWorkbook::xlsxParts()
{
    QFETCH(QByteArray, sheetData);
    QFETCH(QByteArray, sharedStrings);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"parts.xlsx"_s);
    QVERIFY(writeFile(path, xlsxPackage({ u"s"_s }, { sheetData }, sharedStrings)));
    QCOMPARE(read(path), expected);
}

void TestWorkbook::odsParts_data()
{
    QTest::addColumn<QByteArray>("tables");
    QTest::addColumn<QStringList>("expected");

    const auto table = [](const QByteArray &rows) -> QByteArray {
        return "<table:table table:name=\"s\"><table:table-column/>" + rows + "</table:table>";
    };
    // White space in the XML is text, as LibreOffice reads it (data/README.md).
    QTest::newRow("paragraphs, runs, spaces, tabs, line breaks")
        << table("<table:table-row><table:table-cell office:value-type=\"string\"><text:p>a "
                 "<text:span>b</text:span>"
                 "<text:s text:c=\"3\"/>c<text:tab/>d<text:line-break/>e</text:p><text:p/>"
                 "<text:p> kept  as\tit is </text:p></table:table-cell></table:table-row>")
        << QStringList { u"s 1: [a b   c\td\\ne\\n\\n kept  as\tit is ]"_s };
    QTest::newRow("comments and notes are not the value") << table(
        "<table:table-row><table:table-cell office:value-type=\"string\"><office:annotation><text:p>comment"
        "</text:p></office:annotation><text:p>value<text:note><text:note-body><text:p>note</text:p>"
        "</text:note-body></text:note></text:p></table:table-cell></table:table-row>")
                                                          << QStringList { u"s 1: [value]"_s };
    QTest::newRow("value types")
        << table("<table:table-row><table:table-cell office:value-type=\"float\" "
                 "office:value=\"0.59999999999999998\">"
                 "<text:p>0.60</text:p></table:table-cell>"
                 "<table:table-cell office:value-type=\"percentage\" "
                 "office:value=\"0.125\"><text:p>13%</text:p></table:table-cell>"
                 "<table:table-cell office:value-type=\"currency\" "
                 "office:value=\"12.5\"><text:p>€12.50</text:p></table:table-cell>"
                 "<table:table-cell office:value-type=\"boolean\" "
                 "office:boolean-value=\"false\"><text:p>FALSE</text:p></table:table-cell>"
                 "<table:table-cell office:value-type=\"date\" "
                 "office:date-value=\"2024-01-15T10:30:00\"><text:p>15.01.24</text:p></table:table-cell>"
                 "<table:table-cell office:value-type=\"time\" "
                 "office:time-value=\"PT10H30M00S\"><text:p>10:30</text:p></table:table-cell>"
                 "<table:table-cell office:value-type=\"string\" "
                 "office:string-value=\"stored\"><text:p>shown</text:p></table:table-cell>"
                 "<table:table-cell><text:p>no type</text:p></table:table-cell>"
                 "</table:table-row>")
        << QStringList { u"s 1: [0.6|0.125|12.5|FALSE|2024-01-15T10:30:00|PT10H30M00S|stored|no type]"_s };
    QTest::newRow("covered cells take positions and hold no value") << table(
        "<table:table-row><table:table-cell office:value-type=\"string\" table:number-columns-spanned=\"3\">"
        "<text:p>m</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated=\"2\">"
        "<text:p>hidden</text:p></table:covered-table-cell><table:table-cell office:value-type=\"string\">"
        "<text:p>x</text:p></table:table-cell></table:table-row>") << QStringList { u"s 1: [m|||x]"_s };
    QTest::newRow("repeated cells and rows with values") << table(
        "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell "
        "table:number-columns-repeated=\"2\"/>"
        "<table:table-cell office:value-type=\"string\" "
        "table:number-columns-repeated=\"3\"><text:p>r</text:p>"
        "</table:table-cell></table:table-row>") << QStringList { u"s 1: [||r|r|r]"_s, u"s 2: [||r|r|r]"_s };
    QTest::newRow("header rows and row groups hold rows") << table(
        "<table:table-header-rows><table:table-row><table:table-cell office:value-type=\"string\"><text:p>h"
        "</text:p></table:table-cell></table:table-row></table:table-header-rows><table:table-row-group>"
        "<table:table-row><table:table-cell/></table:table-row><table:table-row><table:table-cell "
        "office:value-type=\"string\"><text:p>g</text:p></table:table-cell></table:table-row>"
        "</table:table-row-group>") << QStringList { u"s 1: [h]"_s, u"s 3: [g]"_s };
    QTest::newRow("sheets in order") << QByteArray(
        "<table:table table:name=\"b\"><table:table-row><table:table-cell office:value-type=\"float\" "
        "office:value=\"1\"/></table:table-row></table:table><table:table table:name=\"a\"/>")
                                     << QStringList { u"b 1: [1]"_s, u"a (no rows)"_s };
}

void TestWorkbook::odsParts()
{
    QFETCH(QByteArray, tables);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"parts.ods"_s);
    QVERIFY(writeFile(path, odsPackage(tables)));
    QCOMPARE(read(path), expected);
}

void TestWorkbook::odsEmptyTailCostsNothing()
{
    // LibreOffice's tail on every sheet of a full workbook: if an empty repeat were stored, 64
    // sheets of a million rows of 16,384 cells could not fit in memory.
    QByteArray tables;
    for (int i = 0; i < 64; ++i) {
        tables += "<table:table table:name=\"s" + QByteArray::number(i)
            + "\"><table:table-column "
              "table:number-columns-repeated=\"16384\"/><table:table-row><table:table-cell "
              "office:value-type=\"string\">"
              "<text:p>x</text:p></table:table-cell><table:table-cell "
              "table:number-columns-repeated=\"16383\"/>"
              "</table:table-row><table:table-row table:number-rows-repeated=\"1048575\"><table:table-cell "
              "table:number-columns-repeated=\"16384\"/></table:table-row></table:table>";
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tail.ods"_s);
    QVERIFY(writeFile(path, odsPackage(tables)));
    const Result<Workbook> workbook = readWorkbook(path);
    QVERIFY2(workbook.ok(), qPrintable(workbook.error()));
    QCOMPARE(workbook->sheets.size(), 64);
    for (const WorkbookSheet &sheet : workbook->sheets) {
        QCOMPARE(sheet.rows.size(), 1);
        QCOMPARE(sheet.rows.first().cells, QStringList { u"x"_s });
    }
}

void TestWorkbook::csvFolders_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QByteArrayList>("contents");
    QTest::addColumn<QStringList>("expected");

    const QStringList s { u"s.csv"_s };
    QTest::newRow("byte order mark and CRLF") << s
                                              << QByteArrayList { "\xEF\xBB\xBF"
                                                                  "a,b\r\n1,2\r\n" }
                                              << QStringList { u"s 1: [a|b]"_s, u"s 2: [1|2]"_s };
    QTest::newRow("LF and no final line break")
        << s << QByteArrayList { "a,b\n1,2" } << QStringList { u"s 1: [a|b]"_s, u"s 2: [1|2]"_s };
    QTest::newRow("quoted commas and doubled quotes")
        << s << QByteArrayList { "\"a,b\",\"say \"\"hi\"\"\",\"\"\n" }
        << QStringList { u"s 1: [a,b|say \"hi\"]"_s };
    QTest::newRow("line breaks inside quotes")
        << s << QByteArrayList { "\"line 1\r\nline 2\",x\r\n\"a\nb\",y\n" }
        << QStringList { u"s 1: [line 1\\nline 2|x]"_s, u"s 2: [a\\nb|y]"_s };
    QTest::newRow("empty records keep the numbers")
        << s << QByteArrayList { "a\n\n\nb\n,,,\nc,,\n" }
        << QStringList { u"s 1: [a]"_s, u"s 4: [b]"_s, u"s 6: [c]"_s };
    QTest::newRow("a quote inside an unquoted field is text")
        << s << QByteArrayList { "a\"b,c\n" } << QStringList { u"s 1: [a\"b|c]"_s };
    QTest::newRow("non-ASCII") << s << QByteArrayList { "Grüße,日本,\xF0\x9F\x98\x80\n" }
                               << QStringList { u"s 1: [Grüße|日本|\U0001F600]"_s };
    QTest::newRow("empty file") << s << QByteArrayList { "" } << QStringList { u"s (no rows)"_s };
    QTest::newRow("sheets in alphabetical order; hidden and other files ignored")
        << QStringList { u"b.csv"_s, u"A.csv"_s, u"c.CSV"_s, u".~lock.b.csv#"_s, u".hidden.csv"_s,
               u"notes.txt"_s }
        << QByteArrayList { "b", "a", "c", "lock", "hidden", "notes" }
        << QStringList { u"A 1: [a]"_s, u"b 1: [b]"_s, u"c 1: [c]"_s };
}

void TestWorkbook::csvFolders()
{
    QFETCH(QStringList, names);
    QFETCH(QByteArrayList, contents);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    for (qsizetype i = 0; i < names.size(); ++i)
        QVERIFY(writeFile(dir.filePath(names.at(i)), contents.at(i)));
    QCOMPARE(read(dir.path()), expected);
}

void TestWorkbook::roundTrip_data()
{
    QTest::addColumn<QString>("extension");
    QTest::newRow("xlsx") << u"xlsx"_s;
    QTest::newRow("ods") << u"ods"_s;
}

void TestWorkbook::roundTrip()
{
    QFETCH(QString, extension);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"panelist-written."_s + extension);
    const Status written = writeWorkbook(path, writtenWorkbook());
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(read(path), describe(writtenWorkbook()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList { QFileInfo(path).fileName() }); // no temporary left behind
    // Making the test data of libreOfficeReadsWhatPanelistWrites (data/README.md).
    const QString keep = qEnvironmentVariable("PANELIST_WORKBOOK_WRITE_TO");
    if (!keep.isEmpty())
        QVERIFY(QFile::copy(path, keep + u'/' + QFileInfo(path).fileName()));
}

void TestWorkbook::writtenXlsxHasNoFormulas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.xlsx"_s);
    QVERIFY(writeWorkbook(path, writtenWorkbook()).ok());
    QByteArray sheet, styles, strings;
    for (const auto &[name, bytes] : unzip(readFile(path))) {
        if (name == u"xl/worksheets/sheet1.xml")
            sheet = bytes;
        else if (name == u"xl/styles.xml")
            styles = bytes;
        else if (name == u"xl/sharedStrings.xml")
            strings = bytes;
    }
    QVERIFY(!sheet.isEmpty());
    QVERIFY(!sheet.contains("<f>"));
    QCOMPARE(sheet.count("<c "), sheet.count(" t=\"s\"")); // every cell a shared string
    QVERIFY(strings.contains("=1+2"));
    QVERIFY(sheet.contains("state=\"frozen\"") && sheet.contains("ySplit=\"1\""));
    QVERIFY(sheet.contains("<col ") && sheet.contains("width=\"40."));
    QVERIFY(styles.contains("<b/>") && styles.contains("wrapText=\"1\""));
}

void TestWorkbook::writtenOdsPackage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.ods"_s);
    QVERIFY(writeWorkbook(path, writtenWorkbook()).ok());
    const QByteArray zip = readFile(path);
    QVERIFY(mimetypeFirstAndStored(zip));
    QStringList names;
    QByteArray content, settings;
    for (const auto &[name, bytes] : unzip(zip)) {
        names.append(name);
        if (name == u"content.xml")
            content = bytes;
        else if (name == u"settings.xml")
            settings = bytes;
    }
    QCOMPARE(names,
        (QStringList { u"mimetype"_s, u"META-INF/manifest.xml"_s, u"content.xml"_s, u"settings.xml"_s }));
    QVERIFY(!content.contains("table:formula"));
    QCOMPARE(content.count("office:value-type=\""), content.count("office:value-type=\"string\""));
    QVERIFY(content.contains("fo:font-weight=\"bold\"") && content.contains("fo:wrap-option=\"wrap\""));
    // LibreOffice ignores view settings without the ooo prefix declared (data/README.md).
    QVERIFY(settings.contains("xmlns:ooo=\"http://openoffice.org/2004/office\""));
    QVERIFY(settings.contains("config:name=\"ooo:view-settings\""));
    QVERIFY(settings.contains(
        "<config:config-item config:name=\"VerticalSplitPosition\" config:type=\"int\">1<"));
}

void TestWorkbook::writerRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("message");

    const QStringList ok { u"s 1: [a]"_s };
    QTest::newRow("existing file")
        << u"exists.xlsx"_s << ok
        << u"exists.xlsx: already exists; refusing to overwrite it (choose another name)"_s;
    QTest::newRow("csv") << u"report.csv"_s << ok
                         << u"report.csv: cannot write a workbook as .csv (Panelist writes .xlsx and .ods)"_s;
    QTest::newRow("no extension")
        << u"report"_s << ok
        << u"report: cannot write a workbook without an extension (Panelist writes .xlsx and .ods)"_s;
    QTest::newRow("missing folder") << u"missing/w.ods"_s << ok
                                    << u"w.ods: cannot be written (its folder does not exist)"_s;
    QTest::newRow("no sheets") << u"w.xlsx"_s << QStringList() << u"a workbook needs at least one sheet"_s;
    QTest::newRow("slash in a sheet name")
        << u"w.ods"_s << QStringList { u"a/b 1: [x]"_s } << u"the sheet name \"a/b\" contains \"/\""_s;
    QTest::newRow("long sheet name") << u"w.xlsx"_s << QStringList { QString(32, u'n') + u" 1: [x]"_s }
                                     << u"is longer than 31 characters"_s;
    QTest::newRow("apostrophe") << u"w.xlsx"_s << QStringList { u"'q' 1: [x]"_s }
                                << u"the sheet name \"'q'\" starts or ends with an apostrophe"_s;
    QTest::newRow("same name ignoring case")
        << u"w.ods"_s << QStringList { u"Items 1: [x]"_s, u"items 1: [y]"_s }
        << u"two sheets are named \"items\""_s;
    QTest::newRow("control character")
        << u"w.xlsx"_s << QStringList { u"s 1: [a|b\u0001]"_s }
        << u"cell B1 contains U+0001, which spreadsheets cannot hold (sheet \"s\")"_s;
    QTest::newRow("carriage return") << u"w.ods"_s << QStringList { u"s 2: [a\rb]"_s }
                                     << u"cell A2 contains U+000D, which spreadsheets cannot hold"_s;
    QTest::newRow("long cell") << u"w.xlsx"_s << QStringList { u"s 1: ["_s + QString(32768, u'x') + u"]"_s }
                               << u"cell A1 is longer than 32,767 characters (sheet \"s\")"_s;
    QTest::newRow("row beyond the limit")
        << u"w.ods"_s << QStringList { u"s 10001: [x]"_s }
        << u"row 10001 is out of order or beyond row 10,000 (sheet \"s\")"_s;
    QTest::newRow("rows out of order")
        << u"w.ods"_s << QStringList { u"s 2: [x]"_s, u"s 1: [y]"_s } << u"row 1 is out of order"_s;
    QTest::newRow("too many cells") << u"w.xlsx"_s
                                    << QStringList { u"s 1: ["_s + QString(200, u'|') + u"]"_s }
                                    << u"row 1 has more than 200 cells (sheet \"s\")"_s;
}

void TestWorkbook::writerRefuses()
{
    QFETCH(QString, name);
    QFETCH(QStringList, lines);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"exists.xlsx"_s), "not to be touched"));
    const QString path = dir.filePath(name);
    const Status written = writeWorkbook(path, workbookFrom(lines));
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(message), qPrintable(written.error()));
    QVERIFY2(written.error().startsWith(QDir::toNativeSeparators(path)), qPrintable(written.error()));
    QCOMPARE(readFile(dir.filePath(u"exists.xlsx"_s)), QByteArray("not to be touched"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList { u"exists.xlsx"_s });
}

void TestWorkbook::libreOfficeReadsWhatPanelistWrites_data()
{
    QTest::addColumn<QString>("file");
    // roundTrip's files, converted by LibreOffice to the other format (data/README.md).
    QTest::newRow("ods written by Panelist, saved as xlsx by LibreOffice") << u"panelist-written.ods.xlsx"_s;
    QTest::newRow("xlsx written by Panelist, saved as ods by LibreOffice") << u"panelist-written.xlsx.ods"_s;
}

void TestWorkbook::libreOfficeReadsWhatPanelistWrites()
{
    QFETCH(QString, file);
    QCOMPARE(read(dataFile(file)), describe(writtenWorkbook()));
}

QTEST_GUILESS_MAIN(TestWorkbook)
#include "tst_workbook.moc"
