// The xlsx export: the same tables as the CSV exports, read back with Panelist's own workbook reader,
// and its sheet XML as a spreadsheet program sees it: numbers are number cells, every text a string
// cell with exactly the text given, and no formula anywhere.

#include "csvreader.h"
#include "exporttestdata.h"
#include "xlsxcells.h"

#include "models/export/exporter.h"
#include "models/export/widetable.h"
#include "models/export/xlsxexport.h"
#include "models/workbook/workbooklimits.h"
#include "models/workbook/workbookreader.h"
#include "models/workbook/xlsxdatawriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace panelist;
using namespace Qt::StringLiterals;
using exporttest::unguarded;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

csvtest::Table readCsv(const QString &path)
{
    return csvtest::parseExport(readAll(path));
}

// A date-time cell's number (days since 1899-12-30, as Excel counts them) as the CSV's ISO 8601.
QString isoFromSerial(const QString &serial)
{
    const qint64 seconds = qRound64(serial.toDouble() * 86400.0);
    return QDateTime(QDate(1899, 12, 30), QTime(0, 0), Qt::UTC).addSecs(seconds).toString(Qt::ISODate);
}

// The types of the CSV's columns, from its codebook ("text", "integer", "0/1", "timestamp").
QStringList columnTypes(const QString &csvPath)
{
    QStringList types;
    const csvtest::Table cb = readCsv(codebookPath(csvPath));
    for (qsizetype i = 1; i < cb.records.size(); ++i)
        types << cb.records.at(i).value(1);
    return types;
}

// Compares a sheet read by readWorkbook with the CSV export of the same table, cell by cell: texts
// as the CSV holds them unguarded, times as date-time cells, numbers as their digits.
void compareWithCsv(const WorkbookSheet &sheet, const QString &csvPath)
{
    const csvtest::Table csv = readCsv(csvPath);
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    const QStringList types = columnTypes(csvPath);
    QCOMPARE(sheet.rows.size(), csv.records.size());
    QCOMPARE(sheet.rows.first().cells, csv.records.first());
    for (qsizetype r = 1; r < csv.records.size(); ++r) {
        QCOMPARE(sheet.rows.at(r).number, int(r + 1));
        const QStringList &record = csv.records.at(r);
        for (qsizetype c = 0; c < record.size(); ++c) {
            const QString cell = sheet.cell(int(r + 1), int(c));
            const QString where = u"%1 row %2 column %3"_s.arg(sheet.name)
                                      .arg(r + 1)
                                      .arg(record.size() > c ? csv.records.first().at(c) : QString());
            if (types.at(c) == u"text"_s)
                QVERIFY2(cell == unguarded(record.at(c)), qPrintable(where + u": "_s + cell));
            else if (types.at(c) == u"timestamp"_s)
                QVERIFY2(
                    (cell.isEmpty() ? QString() : isoFromSerial(cell)) == record.at(c), qPrintable(where));
            else
                QVERIFY2(cell == record.at(c), qPrintable(where + u": "_s + cell + u" != "_s + record.at(c)));
        }
    }
}

} // namespace

class TestXlsxExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!m_small.measures().isEmpty());
        m_smallResponses = exporttest::studyResponses(m_small, 12);
        m_responses = exporttest::studyResponses(m_ins);
    }

    // The wide and long sheets hold what csv-wide and csv-long hold, read back with readWorkbook.
    void sheetsAreTheCsvTables()
    {
        const QString xlsx = m_dir.filePath(u"small.xlsx"_s);
        auto summary = exportResponses(ExportFormat::Xlsx, m_small, m_smallResponses, xlsx);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->files, QStringList { xlsx });
        QCOMPARE(summary->respondents, m_smallResponses.size());
        QVERIFY2(summary->notes.isEmpty(), qPrintable(summary->notes.join(u'\n')));
        const QString wide = m_dir.filePath(u"small-wide.csv"_s);
        const QString longCsv = m_dir.filePath(u"small-long.csv"_s);
        QVERIFY(exportResponses(ExportFormat::CsvWide, m_small, m_smallResponses, wide).ok());
        QVERIFY(exportResponses(ExportFormat::CsvLong, m_small, m_smallResponses, longCsv).ok());

        const auto book = readWorkbook(xlsx);
        QVERIFY2(book.ok(), qPrintable(book.error()));
        QCOMPARE(book->sheets.size(), 3);
        QCOMPARE(book->sheets.at(0).name, u"wide"_s);
        QCOMPARE(book->sheets.at(1).name, u"long"_s);
        QCOMPARE(book->sheets.at(2).name, u"codebook"_s);
        compareWithCsv(book->sheets.at(0), wide);
        compareWithCsv(book->sheets.at(1), longCsv);
    }

    // The codebook sheet: the rows of both CSV codebooks, each named by its sheet; times are cells.
    void codebookSheetDescribesBothSheets()
    {
        const QString xlsx = m_dir.filePath(u"codebook.xlsx"_s);
        QVERIFY(exportResponses(ExportFormat::Xlsx, m_small, m_smallResponses, xlsx).ok());
        const QString wide = m_dir.filePath(u"codebook-wide.csv"_s);
        const QString longCsv = m_dir.filePath(u"codebook-long.csv"_s);
        QVERIFY(exportResponses(ExportFormat::CsvWide, m_small, m_smallResponses, wide).ok());
        QVERIFY(exportResponses(ExportFormat::CsvLong, m_small, m_smallResponses, longCsv).ok());
        const auto book = readWorkbook(xlsx);
        QVERIFY2(book.ok(), qPrintable(book.error()));
        const WorkbookSheet *codebook = book->sheet(u"codebook"_s);
        QVERIFY(codebook);
        QCOMPARE(codebook->rows.first().cells,
            QStringList({ u"sheet"_s, u"column"_s, u"type"_s, u"meaning"_s, u"values"_s }));
        QList<QStringList> expected;
        for (const auto &[sheet, csv] : { std::pair { u"wide"_s, wide }, std::pair { u"long"_s, longCsv } }) {
            const csvtest::Table cb = readCsv(codebookPath(csv));
            for (qsizetype i = 1; i < cb.records.size(); ++i) {
                QStringList row { sheet };
                for (const QString &field : cb.records.at(i))
                    row << unguarded(field);
                row[3].replace(u"(ISO 8601, UTC)"_s, u"(a date-time, UTC)"_s);
                while (!row.isEmpty() && row.last().isEmpty())
                    row.removeLast(); // the reader leaves out trailing empty cells
                expected << row;
            }
        }
        QCOMPARE(codebook->rows.size() - 1, expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(codebook->rows.at(i + 1).cells, expected.at(i));
        // Don't know's code, first in a rating's values, is text there: no apostrophe in a workbook.
        const auto eff = std::find_if(codebook->rows.cbegin(), codebook->rows.cend(),
            [](const WorkbookRow &row) { return row.cells.value(1).startsWith(u"eff_"_s); });
        QVERIFY(eff != codebook->rows.cend());
        QVERIFY2(eff->cells.value(4).startsWith(u"-9 = Don't know; 1 = "_s), qPrintable(eff->cells.value(4)));
    }

    // What a spreadsheet program is told: numbers are number cells, times number cells with a
    // date format, every text a string cell, and no cell anywhere is a formula.
    void cellsAreTypedAndNoneIsAFormula()
    {
        const QString xlsx = m_dir.filePath(u"types.xlsx"_s);
        QVERIFY(exportResponses(ExportFormat::Xlsx, m_ins, m_responses, xlsx).ok());
        const xlsxtest::Book book = xlsxtest::read(xlsx);
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        QCOMPARE(book.sheets.size(), 3);
        for (const xlsxtest::Sheet &sheet : book.sheets)
            QVERIFY2(sheet.formulas == 0, qPrintable(sheet.name));

        const auto table = buildWideTable(m_ins, inExportOrder(m_responses));
        QVERIFY(table.ok());
        const xlsxtest::Sheet *wide = book.sheet(u"wide"_s);
        QVERIFY(wide);
        QCOMPARE(wide->rows.size(), table->rows.size() + 1);
        int strings = 0, numbers = 0, times = 0;
        for (qsizetype c = 0; c < table->columns.size(); ++c) {
            const xlsxtest::Cell *header = wide->cell(1, int(c));
            QVERIFY(header && header->isString() && header->text == table->columns.at(c).name);
            for (qsizetype r = 0; r < table->rows.size(); ++r) {
                const QVariant &value = table->rows.at(r).at(c);
                const xlsxtest::Cell *cell = wide->cell(int(r + 2), int(c));
                const QString where = u"%1 row %2"_s.arg(table->columns.at(c).name).arg(r + 2);
                if (value.isNull() || value.toString().isEmpty()) {
                    QVERIFY2(!cell, qPrintable(where));
                    continue;
                }
                QVERIFY2(cell, qPrintable(where));
                switch (table->columns.at(c).kind) {
                case WideColumn::Kind::Text:
                    QVERIFY2(cell->isString() && cell->text == value.toString(), qPrintable(where));
                    ++strings;
                    break;
                case WideColumn::Kind::DateTime:
                    QVERIFY2(cell->isNumber() && cell->style != 0, qPrintable(where));
                    QCOMPARE(isoFromSerial(cell->text), value.toDateTime().toString(Qt::ISODate));
                    ++times;
                    break;
                default:
                    QVERIFY2(cell->isNumber() && cell->text == value.toString(), qPrintable(where));
                    ++numbers;
                }
            }
        }
        QVERIFY(strings > 26 && numbers > 1000 && times > 20);

        // The tricky respondent's comments, formula-like ones included, are strings as typed.
        const ResponseData tricky = exporttest::trickyResponse(m_ins);
        const QString id = tricky.respondentId.toString(QUuid::WithoutBraces);
        int trickyRow = -1;
        for (auto it = wide->rows.cbegin(); it != wide->rows.cend(); ++it) {
            if (it->value(0).text == id)
                trickyRow = it.key();
        }
        QVERIFY(trickyRow > 1);
        for (auto c = tricky.comments.cbegin(); c != tricky.comments.cend(); ++c) {
            const int at
                = int(std::find_if(table->columns.cbegin(), table->columns.cend(), [&](const WideColumn &w) {
                      return w.name == u"comment_"_s + c.key();
                  }) - table->columns.cbegin());
            const xlsxtest::Cell *cell = wide->cell(trickyRow, at);
            QVERIFY2(cell && cell->isString() && !cell->formula, qPrintable(c.key()));
            QCOMPARE(cell->text, c.value());
        }
        const xlsxtest::Sheet *longSheet = book.sheet(u"long"_s);
        QVERIFY(longSheet && longSheet->rows.size() > 26 * 100);
        const xlsxtest::Cell *value = longSheet->cell(2, 9); // the first answer's value
        QVERIFY(!value || value->isNumber());
    }

    // Text the CSV exports guard reaches the workbook unchanged: a string cell is never a formula.
    void formulaLikeTextIsKeptExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("equals") << u"=1+2"_s;
        QTest::newRow("hyperlink") << exporttest::HyperlinkComment;
        QTest::newRow("plus") << u"+1"_s;
        QTest::newRow("minus") << u"-5 is too low"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1+2"_s;
        QTest::newRow("carriage return") << u"\r=1+2"_s;
        QTest::newRow("apostrophe") << u"'=1+2"_s;
        QTest::newRow("control characters") << u"a\u0001b\u001Fc\r\nd"_s;
        QTest::newRow("an escape written as text") << u"_x0041_ stays _x0041_"_s;
        QTest::newRow("non-characters") << QString(u"a"_s + QChar(0xFFFE) + QChar(0xFFFF) + u"b"_s);
        QTest::newRow("spaces around") << u"  spaced  "_s;
        QTest::newRow("non-ASCII") << exporttest::NonAsciiComment;
    }

    void formulaLikeTextIsKeptExactly()
    {
        QFETCH(QString, text);
        QList<StudyResponse> responses = m_smallResponses.mid(0, 1);
        ResponseData &r = responses[0].data;
        const QString measure = m_small.measures().at(0).id;
        r.comments[measure] = text;
        r.name = text;
        const QString xlsx = m_dir.filePath(u"exact.xlsx"_s);
        QVERIFY(exportResponses(ExportFormat::Xlsx, m_small, responses, xlsx).ok());
        const auto book = readWorkbook(xlsx);
        QVERIFY2(book.ok(), qPrintable(book.error()));
        const WorkbookSheet &wide = book->sheets.at(0);
        const int comment = int(wide.rows.first().cells.indexOf(u"comment_"_s + measure));
        const int name = int(wide.rows.first().cells.indexOf(u"name"_s));
        QCOMPARE(wide.cell(2, comment), text);
        QCOMPARE(wide.cell(2, name), text);
        const xlsxtest::Book cells = xlsxtest::read(xlsx);
        QVERIFY(cells.sheets.at(0).cell(2, comment)->isString());
        QCOMPARE(cells.sheets.at(0).formulas, 0);
    }

    // A comment longer than a cell holds (an instrument may allow up to 1,000,000 characters) is
    // shortened in the workbook only, says so at its end, and a note names respondent and column.
    void longTextIsShortenedWithANote()
    {
        QList<StudyResponse> responses = m_smallResponses.mid(0, 2);
        const QString measure = m_small.measures().at(2).id;
        const qsizetype keep = WorkbookLimits::MaxCellChars - ShortenedMark.size();
        // An emoji across the cut: it must go whole, not leave half a surrogate pair.
        const QString text = QString(keep - 1, u'x') + u"👍"_s + QString(10000, u'y');
        responses[1].data.comments[measure] = text;
        const QString id = responses[1].data.respondentId.toString(QUuid::WithoutBraces);
        const QString xlsx = m_dir.filePath(u"long-text.xlsx"_s);
        auto summary = exportResponses(ExportFormat::Xlsx, m_small, responses, xlsx);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->notes.size(), 1);
        const QString note = summary->notes.first();
        for (const QString &part :
            QStringList { id, u"comment_"_s + measure, u"32,767"_s, u"csv and json"_s })
            QVERIFY2(note.contains(part), qPrintable(note));

        const auto book = readWorkbook(xlsx);
        QVERIFY2(book.ok(), qPrintable(book.error()));
        const WorkbookSheet &wide = book->sheets.at(0);
        const int column = int(wide.rows.first().cells.indexOf(u"comment_"_s + measure));
        int row = 2;
        while (wide.cell(row, 0) != id && row < 10)
            ++row;
        const QString cell = wide.cell(row, column);
        QVERIFY(cell.size() <= WorkbookLimits::MaxCellChars);
        QVERIFY(cell.endsWith(ShortenedMark));
        QVERIFY(cell.isValidUtf16());
        QCOMPARE(cell, QString(keep - 1, u'x') + ShortenedMark);

        // The CSV keeps the whole text.
        const QString csv = m_dir.filePath(u"long-text.csv"_s);
        QVERIFY(exportResponses(ExportFormat::CsvWide, m_small, responses, csv).ok());
        QVERIFY(readAll(csv).contains(text.toUtf8()));
    }

    // An export replaces an older file of the same name whole; one that fails leaves it alone.
    void replacesAllOrNothing()
    {
        const QString xlsx = m_dir.filePath(u"replace.xlsx"_s);
        {
            QFile old(xlsx);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an earlier export");
        }
        QVERIFY(exportResponses(ExportFormat::Xlsx, m_small, m_smallResponses, xlsx).ok());
        QVERIFY(readWorkbook(xlsx).ok());
        const QByteArray before = readAll(xlsx);

        // A sheet that fails halfway leaves the previous workbook and no temporary file.
        const Status failed = writeXlsxData(xlsx, [](XlsxDataSheets &book) -> Status {
            if (Status s = book.addSheet(u"data"_s, { u"a"_s }, 0, {}); !s)
                return s;
            for (int i = 0; i < 100; ++i) {
                if (Status s = book.addRow({ i }); !s)
                    return s;
            }
            return book.addRow({ QString(WorkbookLimits::MaxCellChars + 1, u'z') });
        });
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(u"replace.xlsx"_s) && failed.error().contains(u"A102"_s),
            qPrintable(failed.error()));
        QCOMPARE(readAll(xlsx), before);
        QCOMPARE(QDir(m_dir.path()).entryList({ u".replace.xlsx.tmp-*"_s }, QDir::Files | QDir::Hidden),
            QStringList());

        auto missing = exportResponses(
            ExportFormat::Xlsx, m_small, m_smallResponses, m_dir.filePath(u"no-such-folder/x.xlsx"_s));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(u"no-such-folder/x.xlsx"_s), qPrintable(missing.error()));
    }

    void refusesToOverwriteADatabase()
    {
        const QString study = m_dir.filePath(u"study.panelist-study"_s);
        QFile f(study);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(100, '\0'));
        f.close();
        const QByteArray before = readAll(study);
        auto r = exportResponses(ExportFormat::Xlsx, m_small, m_smallResponses, study);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(u"refusing to overwrite"_s), qPrintable(r.error()));
        QCOMPARE(readAll(study), before);
    }

private:
    Instrument m_ins = Instrument::bundled();
    Instrument m_small = exporttest::smallInstrument();
    QList<StudyResponse> m_responses;
    QList<StudyResponse> m_smallResponses;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
