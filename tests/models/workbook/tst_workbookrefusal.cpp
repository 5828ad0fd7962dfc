// Hostile and damaged workbooks are refused with a message naming the file and the problem, and
// nothing crashes: not a zip, truncated or damaged zips, zip bombs (also ones whose headers lie about
// the inflated size), unsafe entry names, parts pointing outside the package, DTDs and entities,
// oversized parts, sheets, rows, columns and cells, and CSV folders that are too large, not UTF-8,
// empty or malformed. The hostile zips are built here with libzip (workbooktesthelpers.h).

#include "models/workbook/workbookreader.h"
#include "tests/models/workbook/workbooktesthelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace panelist;
using namespace panelist::workbooktest;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MiB = 1024 * 1024;

QByteArray cellRow(int number, const QByteArray &text)
{
    return "<row r=\"" + QByteArray::number(number) + "\"><c t=\"inlineStr\"><is><t>" + text
        + "</t></is></c></row>";
}

QByteArray odsTable(const QByteArray &name, const QByteArray &rows)
{
    return "<table:table table:name=\"" + name + "\">" + rows + "</table:table>";
}

QByteArray odsCell(const QByteArray &text, const QByteArray &attributes = {})
{
    return "<table:table-cell office:value-type=\"string\"" + attributes + "><text:p>" + text
        + "</text:p></table:table-cell>";
}

// Sets the uncompressed size a zip declares for entry name, in its local header and in the
// central directory, leaving the data as it is: how a zip bomb hides its size.
QByteArray withDeclaredSize(QByteArray zip, const QByteArray &name, quint32 size)
{
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0; at = zip.indexOf("PK\x01\x02", at + 4)) {
        const auto u16
            = [&](qsizetype offset) { return qFromLittleEndian<quint16>(zip.constData() + at + offset); };
        const auto u32
            = [&](qsizetype offset) { return qFromLittleEndian<quint32>(zip.constData() + at + offset); };
        if (zip.mid(at + 46, u16(28)) != name)
            continue;
        const qsizetype local = u32(42);
        qToLittleEndian<quint32>(size, zip.data() + at + 24);
        qToLittleEndian<quint32>(size, zip.data() + local + 22);
    }
    return zip;
}

QByteArray sheetOfSpaces(qsizetype bytes)
{
    return "<?xml version=\"1.0\"?><worksheet><sheetData>" + QByteArray(bytes, ' ')
        + "</sheetData></worksheet>";
}

} // namespace

class TestWorkbookRefusal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesFile_data();
    void refusesFile();
    void refusesFileAboveTheSizeLimit();
    void refusesMissingPath();
    void refusesCsvFolder_data();
    void refusesCsvFolder();
};

void TestWorkbookRefusal::refusesFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    const QByteArray okSheet = cellRow(1, "x");
    const QByteArray validXlsx = xlsxPackage({ u"s"_s }, { okSheet });

    // Not a workbook at all
    QTest::newRow("text") << u"template.xlsx"_s << QByteArray("id,label\nq1,How large?\n")
                          << u"template.xlsx: not a spreadsheet (not a zip file)"_s;
    QTest::newRow("empty file") << u"template.xlsx"_s << QByteArray()
                                << u"template.xlsx: not a spreadsheet (an empty file)"_s;
    QTest::newRow("Excel 97-2003")
        << u"old.xls"_s << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + QByteArray(512, '\0'))
        << u"old.xls: not a spreadsheet (an Excel 97-2003 .xls file or a workbook with a password"_s;
    QTest::newRow("a .csv file, not a folder")
        << u"sheet.csv"_s << QByteArray("a,b\n")
        << u"sheet.csv: not a spreadsheet (not a zip file; a CSV workbook is a folder of .csv files, one per sheet)"_s;
    QTest::newRow("truncated zip") << u"cut.xlsx"_s << validXlsx.left(validXlsx.size() / 2)
                                   << u"cut.xlsx: not a spreadsheet (a truncated or damaged zip file)"_s;
    QTest::newRow("plain zip")
        << u"files.zip"_s << makeZip({ { u"readme.txt"_s, "hello" } })
        << u"files.zip: not a spreadsheet (a zip file that is neither .xlsx nor .ods)"_s;
    QTest::newRow("OpenDocument text")
        << u"letter.ods"_s
        << makeZip(
               { { u"mimetype"_s, "application/vnd.oasis.opendocument.text" }, { u"content.xml"_s, "<x/>" } })
        << u"letter.ods: not a spreadsheet (an OpenDocument file of type application/vnd.oasis.opendocument.text)"_s;
    QTest::newRow("Word document")
        << u"letter.xlsx"_s
        << makeZip({ { u"[Content_Types].xml"_s, "<Types/>" }, { u"word/document.xml"_s, "<w/>" } })
        << u"letter.xlsx: not a spreadsheet (an Office Open XML file without a workbook)"_s;
    QTest::newRow("binary workbook")
        << u"book.xlsb"_s
        << makeZip({ { u"[Content_Types].xml"_s, "<Types/>" },
               { u"_rels/.rels"_s,
                   "<Relationships><Relationship Id=\"r\" "
                   "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                   "relationships/officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>" },
               { u"xl/workbook.bin"_s, "\x83\x01" } })
        << u"book.xlsb: not a spreadsheet Panelist reads (a binary .xlsb workbook; save it as .xlsx)"_s;
    QTest::newRow("ods without content")
        << u"t.ods"_s << makeZip({ { u"mimetype"_s, "application/vnd.oasis.opendocument.spreadsheet" } })
        << u"t.ods: part \"content.xml\" is missing"_s;
    {
        // A stored part whose bytes changed after the zip was made: its checksum no longer matches.
        const QByteArray content = "<office:document-content" + odsNamespaces()
            + "><office:body><office:spreadsheet/></office:body></office:document-content>";
        QByteArray zip = odsPackage({}, { { u"content.xml"_s, content } });
        zip = makeZip({ { u"mimetype"_s, "application/vnd.oasis.opendocument.spreadsheet" },
                          { u"content.xml"_s, content } },
            true);
        zip[zip.indexOf("office:body") + 1] = 'X';
        QTest::newRow("damaged part")
            << u"t.ods"_s << zip << u"t.ods: part \"content.xml\" cannot be read (crc error)"_s;
    }

    // Zip bombs: small files that inflate beyond the caps, even when the headers declare a small size
    const QByteArray bomb
        = xlsxPackage({ u"s"_s }, {}, {}, { { u"xl/worksheets/sheet1.xml"_s, sheetOfSpaces(40 * MiB) } });
    QTest::newRow("zip bomb")
        << u"bomb.xlsx"_s << bomb
        << u"bomb.xlsx: part \"xl/worksheets/sheet1.xml\" is too large (more than 32 MiB when inflated)"_s;
    const QByteArray lying = withDeclaredSize(bomb, "xl/worksheets/sheet1.xml", 1000);
    QCOMPARE(declaredSize(lying, u"xl/worksheets/sheet1.xml"_s), 1000);
    QTest::newRow("zip bomb with lying headers")
        << u"bomb.xlsx"_s << lying
        << u"bomb.xlsx: part \"xl/worksheets/sheet1.xml\" is too large (more than 32 MiB when inflated)"_s;
    QTest::newRow("zip bomb in all parts together")
        << u"bomb.xlsx"_s
        << xlsxPackage({ u"a"_s, u"b"_s, u"c"_s }, {}, {},
               { { u"xl/worksheets/sheet1.xml"_s, sheetOfSpaces(30 * MiB) },
                   { u"xl/worksheets/sheet2.xml"_s, sheetOfSpaces(30 * MiB) },
                   { u"xl/worksheets/sheet3.xml"_s, sheetOfSpaces(30 * MiB) } })
        << u"bomb.xlsx: too large (more than 64 MiB when inflated)"_s;
    QTest::newRow("50 MB of shared strings")
        << u"strings.xlsx"_s
        << xlsxPackage({ u"s"_s }, { okSheet }, QByteArray("<si><t>x</t></si>").repeated(50 * MiB / 16))
        << u"strings.xlsx: part \"xl/sharedStrings.xml\" is too large (more than 32 MiB when inflated)"_s;
    {
        Entries many;
        for (int i = 0; i < 1001; ++i)
            many.append({ u"f%1"_s.arg(i), "x" });
        QTest::newRow("too many entries")
            << u"many.xlsx"_s << makeZip(many)
            << u"many.xlsx: not a spreadsheet (more than 1,000 entries in the zip file)"_s;
    }

    // Entry names that would point outside a folder: the whole workbook is refused
    const QList<std::pair<QString, QString>> unsafe { { u"../evil.xml"_s, u"it contains \"..\""_s },
        { u"xl/../../evil.xml"_s, u"it contains \"..\""_s },
        { u"/etc/passwd"_s, u"it is an absolute path"_s },
        { u"C:/evil.xml"_s, u"it starts with a drive letter"_s },
        { u"xl\\evil.xml"_s, u"it contains a backslash"_s } };
    for (const auto &[entry, reason] : unsafe) {
        QTest::addRow("entry %s", qPrintable(entry))
            << u"t.xlsx"_s << xlsxPackage({ u"s"_s }, { okSheet }, {}, { { entry, "x" } })
            << u"t.xlsx: refused: the zip entry \"%1\" is unsafe (%2)"_s.arg(entry, reason);
    }
    QTest::newRow("ods entry with ..")
        << u"t.ods"_s << odsPackage({}, { { u"../content.xml"_s, "x" } })
        << u"t.ods: refused: the zip entry \"../content.xml\" is unsafe (it contains \"..\")"_s;
    QTest::newRow("sheet target outside the package")
        << u"t.xlsx"_s
        << xlsxPackage({ u"s"_s }, { okSheet }, {},
               { { u"xl/_rels/workbook.xml.rels"_s,
                   "<Relationships><Relationship Id=\"rId1\" "
                   "Type=\"http://schemas.openxmlformats.org/officeDocument/"
                   "2006/relationships/worksheet\" Target=\"../../evil.xml\"/></Relationships>" } })
        << u"t.xlsx: refused: part \"xl/_rels/workbook.xml.rels\" points outside the workbook (\"../../evil.xml\")"_s;

    // DTDs and entities
    const QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                              "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>";
    QTest::newRow("billion laughs in the workbook part")
        << u"t.xlsx"_s
        << xlsxPackage({ u"s"_s }, { okSheet }, {},
               { { u"xl/workbook.xml"_s,
                   laughs + "<workbook><sheets><sheet name=\"&lol2;\"/></sheets></workbook>" } })
        << u"t.xlsx: part \"xl/workbook.xml\" has a document type declaration (DOCTYPE), which spreadsheet files never have"_s;
    QTest::newRow("external entity in the shared strings")
        << u"t.xlsx"_s
        << xlsxPackage({ u"s"_s }, { okSheet }, "<si><t>a</t></si>",
               { { u"xl/sharedStrings.xml"_s,
                   "<!DOCTYPE sst [<!ENTITY x SYSTEM "
                   "\"file:///etc/passwd\">]><sst><si><t>&x;</t></si></sst>" } })
        << u"part \"xl/sharedStrings.xml\" has a document type declaration"_s;
    QTest::newRow("DTD in content.xml")
        << u"t.ods"_s
        << odsPackage(
               {}, { { u"content.xml"_s, laughs + "<office:document-content" + odsNamespaces() + "/>" } })
        << u"t.ods: part \"content.xml\" has a document type declaration"_s;
    QTest::newRow("undeclared entity")
        << u"t.xlsx"_s << xlsxPackage({ u"s"_s }, { cellRow(1, "&foo;") })
        << u"t.xlsx: part \"xl/worksheets/sheet1.xml\" is not well-formed XML (line 1, column"_s;
    QTest::newRow("truncated XML") << u"t.xlsx"_s
                                   << xlsxPackage({ u"s"_s }, {}, {},
                                          { { u"xl/worksheets/sheet1.xml"_s,
                                              "<worksheet><sheetData><row>" } })
                                   << u"t.xlsx: part \"xl/worksheets/sheet1.xml\" is not well-formed XML"_s;

    // Sheets, rows, columns and cells beyond the limits
    {
        QByteArray rows;
        for (int r = 1; r <= 10'001; ++r)
            rows += cellRow(r, "x");
        QTest::newRow("xlsx: 10,001 rows")
            << u"big.xlsx"_s << xlsxPackage({ u"measures"_s }, { rows })
            << u"big.xlsx: sheet \"measures\" is too large (more than 10,000 rows)"_s;
    }
    QTest::newRow("xlsx: a value in row 1,000,000")
        << u"big.xlsx"_s << xlsxPackage({ u"measures"_s }, { cellRow(1'000'000, "x") })
        << u"big.xlsx: sheet \"measures\" is too large (more than 10,000 rows)"_s;
    QTest::newRow("xlsx: a value in column GS")
        << u"wide.xlsx"_s << xlsxPackage({ u"s"_s }, { "<row r=\"1\"><c r=\"GS1\"><v>1</v></c></row>" })
        << u"wide.xlsx: sheet \"s\" is too large (more than 200 columns)"_s;
    {
        QStringList names;
        for (int i = 0; i < 65; ++i)
            names.append(u"s%1"_s.arg(i));
        QTest::newRow("xlsx: 65 sheets")
            << u"t.xlsx"_s << xlsxPackage(names, {}) << u"t.xlsx: too many sheets (more than 64)"_s;
        QByteArray tables;
        for (const QString &n : std::as_const(names))
            tables += odsTable(n.toUtf8(), {});
        QTest::newRow("ods: 65 sheets")
            << u"t.ods"_s << odsPackage(tables) << u"t.ods: too many sheets (more than 64)"_s;
    }
    QTest::newRow("ods: a row with a value repeated a million times")
        << u"big.ods"_s
        << odsPackage(odsTable("measures",
               "<table:table-row table:number-rows-repeated=\"1000000\">" + odsCell("x")
                   + "</table:table-row>"))
        << u"big.ods: sheet \"measures\" is too large (more than 10,000 rows)"_s;
    QTest::newRow("ods: a value after a million empty rows")
        << u"big.ods"_s
        << odsPackage(odsTable("measures",
               "<table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell/>"
               "</table:table-row><table:table-row>"
                   + odsCell("x") + "</table:table-row>"))
        << u"big.ods: sheet \"measures\" is too large (more than 10,000 rows)"_s;
    QTest::newRow("ods: a value repeated across 16,384 columns")
        << u"wide.ods"_s
        << odsPackage(odsTable("s",
               "<table:table-row>" + odsCell("x", " table:number-columns-repeated=\"16384\"")
                   + "</table:table-row>"))
        << u"wide.ods: sheet \"s\" is too large (more than 200 columns)"_s;
    QTest::newRow("ods: two million cells")
        << u"many.ods"_s
        << odsPackage(odsTable("s",
               "<table:table-row table:number-rows-repeated=\"10000\">"
                   + odsCell("x", " table:number-columns-repeated=\"200\"") + "</table:table-row>"))
        << u"many.ods: too large (more than 1,000,000 non-empty cells)"_s;
    QTest::newRow("ods: a cell of 40,000 spaces")
        << u"long.ods"_s
        << odsPackage(odsTable(
               "s", "<table:table-row>" + odsCell("<text:s text:c=\"40000\"/>") + "</table:table-row>"))
        << u"long.ods: sheet \"s\" cell A1 is too long (more than 32,767 characters)"_s;
    QTest::newRow("xlsx: a shared string of 40,000 characters")
        << u"long.xlsx"_s
        << xlsxPackage({ u"s"_s }, { "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c></row>" },
               "<si><t>" + QByteArray(40000, 'x') + "</t></si>")
        << u"long.xlsx: sheet \"s\" cell B2 is too long (more than 32,767 characters)"_s;

    // Damaged values
    QTest::newRow("text where a number belongs")
        << u"t.xlsx"_s << xlsxPackage({ u"s"_s }, { "<row r=\"1\"><c r=\"A1\"><v>abc</v></c></row>" })
        << u"t.xlsx: sheet \"s\" is damaged (cell A1 holds \"abc\" where a number belongs)"_s;
    QTest::newRow("shared string out of range")
        << u"t.xlsx"_s
        << xlsxPackage(
               { u"s"_s }, { "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>" }, "<si><t>a</t></si>")
        << u"t.xlsx: sheet \"s\" is damaged (cell A1 refers to shared string 5; there are 1)"_s;
    QTest::newRow("rows out of order")
        << u"t.xlsx"_s << xlsxPackage({ u"s"_s }, { cellRow(5, "a") + cellRow(3, "b") })
        << u"t.xlsx: sheet \"s\" is damaged (row 3 comes after row 5)"_s;
    QTest::newRow("a cell reference that is not one")
        << u"t.xlsx"_s << xlsxPackage({ u"s"_s }, { "<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>" })
        << u"t.xlsx: sheet \"s\" is damaged (a cell in row 1 is named \"1A\")"_s;
    QTest::newRow("a negative repeat count")
        << u"t.ods"_s
        << odsPackage(odsTable("s",
               "<table:table-row table:number-rows-repeated=\"-1\"><table:table-cell/></table:table-row>"))
        << u"t.ods: sheet \"s\" is damaged (row 1 is repeated \"-1\" times)"_s;
    QTest::newRow("a boolean that is not one")
        << u"t.ods"_s
        << odsPackage(odsTable("s",
               "<table:table-row><table:table-cell office:value-type=\"boolean\" "
               "office:boolean-value=\"maybe\"/></table:table-row>"))
        << u"t.ods: sheet \"s\" is damaged (cell A1 holds \"maybe\" where a boolean belongs)"_s;
}

void TestWorkbookRefusal::refusesFile()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QVERIFY(writeFile(path, bytes));
    const Result<Workbook> workbook = readWorkbook(path);
    QVERIFY(!workbook.ok());
    QVERIFY2(workbook.error().contains(message), qPrintable(workbook.error()));
    QVERIFY2(
        workbook.error().startsWith(QDir::toNativeSeparators(path) + u": "_s), qPrintable(workbook.error()));
}

void TestWorkbookRefusal::refusesFileAboveTheSizeLimit()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"huge.xlsx"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("PK\x03\x04") == 4 && file.resize(64 * MiB + 1)); // sparse: costs no disk
    file.close();
    const Result<Workbook> workbook = readWorkbook(file.fileName());
    QVERIFY(!workbook.ok());
    QCOMPARE(workbook.error(),
        QDir::toNativeSeparators(file.fileName()) + u": too large for a workbook (more than 64 MiB)"_s);
}

void TestWorkbookRefusal::refusesMissingPath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nothing.xlsx"_s);
    QCOMPARE(readWorkbook(path).error(), QDir::toNativeSeparators(path) + u": file not found"_s);
}

void TestWorkbookRefusal::refusesCsvFolder_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QByteArrayList>("contents");
    QTest::addColumn<QString>("message"); // after the folder's path and "/"

    const QStringList s { u"s.csv"_s };
    QTest::newRow("empty folder")
        << QStringList() << QByteArrayList()
        << u": no .csv files in this folder (a CSV workbook is a folder of .csv files, one per sheet)"_s;
    QTest::newRow("only other files") << QStringList { u"notes.txt"_s, u".hidden.csv"_s }
                                      << QByteArrayList { "a", "b" } << u": no .csv files in this folder"_s;
    QTest::newRow("too large") << s << QByteArrayList { QByteArray(32 * MiB + 1, 'x') }
                               << u"/s.csv: too large (more than 32 MiB)"_s;
    QTest::newRow("too large together") << QStringList { u"a.csv"_s, u"b.csv"_s, u"c.csv"_s }
                                        << QByteArrayList { QByteArray(25 * MiB, '\n'),
                                               QByteArray(25 * MiB, '\n'), QByteArray(25 * MiB, '\n') }
                                        << u": the .csv files are too large together (more than 64 MiB)"_s;
    QTest::newRow("Latin-1") << s
                             << QByteArrayList { "ok,fine\nGr\xFC\xDF"
                                                 "e,x\n" }
                             << u"/s.csv: not UTF-8 text (line 2); save it as \"CSV UTF-8\""_s;
    QTest::newRow("UTF-16") << s
                            << QByteArrayList { QByteArray("\xFF\xFE"
                                                           "a\0,\0b\0",
                                   8) }
                            << u"/s.csv: not a text file (it contains a NUL byte)"_s;
    QTest::newRow("quote not closed") << s << QByteArrayList { "a,b\n\"open,\nstill open\n" }
                                      << u"/s.csv: line 2: a quoted field is not closed"_s;
    QTest::newRow("text after a closing quote")
        << s << QByteArrayList { "\"a\"b,c\n" } << u"/s.csv: line 1: text after a closing quote"_s;
    QTest::newRow("10,001 rows") << s << QByteArrayList { QByteArray("x\n").repeated(10'001) }
                                 << u": sheet \"s\" is too large (more than 10,000 rows)"_s;
    QTest::newRow("201 columns") << s << QByteArrayList { QByteArray(200, ',') + "x\n" }
                                 << u": sheet \"s\" is too large (more than 200 columns)"_s;
    QStringList many;
    QByteArrayList manyContents;
    for (int i = 0; i < 65; ++i) {
        many.append(u"s%1.csv"_s.arg(i));
        manyContents.append("x");
    }
    QTest::newRow("65 files") << many << manyContents << u": too many sheets (more than 64 .csv files)"_s;
}

void TestWorkbookRefusal::refusesCsvFolder()
{
    QFETCH(QStringList, names);
    QFETCH(QByteArrayList, contents);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"template"_s);
    QVERIFY(QDir().mkpath(folder));
    for (qsizetype i = 0; i < names.size(); ++i)
        QVERIFY(writeFile(folder + u'/' + names.at(i), contents.at(i)));
    const Result<Workbook> workbook = readWorkbook(folder);
    QVERIFY(!workbook.ok());
    QVERIFY2(workbook.error().startsWith(QDir::toNativeSeparators(folder)), qPrintable(workbook.error()));
    QVERIFY2(workbook.error().contains(QDir::toNativeSeparators(message)), qPrintable(workbook.error()));
}

QTEST_GUILESS_MAIN(TestWorkbookRefusal)
#include "tst_workbookrefusal.moc"
