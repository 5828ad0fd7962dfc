// The exports opened in real LibreOffice (soffice, headless), saved again as .xlsx and looked at cell
// by cell: a comment that is a formula arrives as text, non-ASCII text arrives whole, and every row
// keeps its columns. LibreOffice is not something the build or CI installs (scripts/deps), so the
// test is skipped where soffice is missing (Debian: libreoffice-calc-nogui).

#include "csvreader.h"
#include "exporttestdata.h"
#include "xlsxcells.h"

#include "models/export/exporter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace panelist;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What the Text Import dialog of LibreOffice 7.4 offers when a coordinator opens one of the CSV
// files (seen on its first start): separated by tab, comma and semicolon, text delimiter ", character
// set Unicode (UTF-8), which it chooses for the exports' byte-order mark in any locale (checked by
// hand: docs/exports.md, "Encoding"), from row 1. "Evaluate formulas" is switched on here, as an
// import without options has it: the worst case.
const QString DialogImport = u"CSV:44/59/9,34,76,1,,1033,false,false,false,false,false,-1,true"_s;

QString lineBreaksAsLf(QString text)
{
    return text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
}

} // namespace

class TestExportLibreOffice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"soffice"_s).isEmpty())
            QSKIP("LibreOffice is not installed (soffice; Debian package libreoffice-calc-nogui)");
        QVERIFY(m_dir.isValid() && m_profile.isValid());
        m_responses = exporttest::studyResponses(m_ins);
        m_csv = m_dir.filePath(u"study.csv"_s);
        m_xlsx = m_dir.filePath(u"study.xlsx"_s);
        QVERIFY(exportResponses(ExportFormat::CsvWide, m_ins, m_responses, m_csv).ok());
        QVERIFY(exportResponses(ExportFormat::Xlsx, m_ins, m_responses, m_xlsx).ok());
        m_table = csvtest::parseExport(readAll(m_csv));
        QVERIFY(m_table.error.isEmpty());
        for (qsizetype r = 1; r < m_table.records.size(); ++r) {
            if (m_table.records.at(r).at(0) == u"00000000-0000-4000-8000-00000000abcd"_s)
                m_trickyRow = int(r + 1);
        }
        QVERIFY(m_trickyRow > 1);
    }

    // The CSV as the Text Import dialog reads it: every field in its column, the =HYPERLINK
    // comment as text (the guard's apostrophe shows), non-ASCII text whole, numbers as numbers.
    void csvAsTheImportDialogReadsIt()
    {
        const xlsxtest::Book book = convert(m_csv, u"dialog"_s, DialogImport);
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        const xlsxtest::Sheet &sheet = book.sheets.at(0);
        QCOMPARE(sheet.formulas, 0);
        QCOMPARE(sheet.rows.size(), m_table.records.size());
        const QStringList header = m_table.records.at(0);
        for (auto row = sheet.rows.cbegin(); row != sheet.rows.cend(); ++row) {
            // No field was split at a semicolon or tab: nothing beyond the last column.
            QVERIFY2(row->lastKey() < header.size(), qPrintable(u"row %1"_s.arg(row.key())));
            for (qsizetype c = 0; c < header.size(); ++c) {
                const QString field = m_table.records.at(row.key() - 1).at(c);
                const xlsxtest::Cell *cell = sheet.cell(row.key(), int(c));
                if (row.key() == 1 || header.at(c).startsWith(u"comment_"_s)
                    || header.at(c) == u"respondent_id"_s) {
                    QVERIFY2(field.isEmpty() || (cell && cell->isString()), qPrintable(header.at(c)));
                    QCOMPARE(lineBreaksAsLf(cell ? cell->text : QString()), lineBreaksAsLf(field));
                } else if (header.at(c).startsWith(u"eff_"_s) && !field.isEmpty()) {
                    QVERIFY2(cell && cell->isNumber() && cell->text == field, qPrintable(header.at(c)));
                }
            }
        }
        QCOMPARE(sheet.text(m_trickyRow, column(u"comment_m05"_s)), u"'"_s + exporttest::HyperlinkComment);
        QCOMPARE(sheet.text(m_trickyRow, column(u"comment_m07"_s)), exporttest::NonAsciiComment);
    }

    // Opened without any options (soffice --convert-to, or a macro that loads the file), LibreOffice
    // evaluates formulas: the guard still leaves none. (It also reads the bytes as Windows-1252
    // then, with a byte-order mark or without: docs/exports.md, "Encoding".)
    void csvWithoutImportOptionsHasNoFormula()
    {
        const xlsxtest::Book book = convert(m_csv, u"plain"_s, {});
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        QCOMPARE(book.sheets.at(0).formulas, 0);
        QVERIFY(book.sheets.at(0).text(m_trickyRow, column(u"comment_m05"_s)).startsWith(u"'=HYPERLINK("_s));
    }

    // The workbook in LibreOffice: every comment exactly as given, formula-like or not, in a string
    // cell; ratings are numbers; the three sheets are there.
    void xlsxInLibreOffice()
    {
        const xlsxtest::Book book = convert(m_xlsx, u"xlsx"_s, {});
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        QStringList names;
        for (const xlsxtest::Sheet &s : book.sheets) {
            names << s.name;
            QVERIFY2(s.formulas == 0, qPrintable(s.name));
        }
        QCOMPARE(names, QStringList({ u"wide"_s, u"long"_s, u"codebook"_s }));
        const xlsxtest::Sheet &wide = book.sheets.at(0);
        const ResponseData tricky = exporttest::trickyResponse(m_ins);
        for (auto c = tricky.comments.cbegin(); c != tricky.comments.cend(); ++c) {
            const xlsxtest::Cell *cell = wide.cell(m_trickyRow, column(u"comment_"_s + c.key()));
            QVERIFY2(cell && cell->isString(), qPrintable(c.key()));
            QCOMPARE(lineBreaksAsLf(cell->text), lineBreaksAsLf(c.value()));
        }
        QCOMPARE(wide.text(m_trickyRow, column(u"comment_m05"_s)), exporttest::HyperlinkComment);
        const xlsxtest::Cell *rating
            = wide.cell(m_trickyRow, column(u"eff_m01_%1"_s.arg(m_ins.areas().at(0).id)));
        QVERIFY(rating && rating->isNumber() && rating->text == u"5"_s);
        const xlsxtest::Cell *dontKnow
            = wide.cell(m_trickyRow, column(u"eff_m01_%1"_s.arg(m_ins.areas().at(1).id)));
        QVERIFY(dontKnow && dontKnow->isNumber() && dontKnow->text == u"-9"_s);
    }

private:
    int column(const QString &name) const { return int(m_table.records.at(0).indexOf(name)); }

    // file opened by soffice (with filter, when given) and saved as .xlsx into a folder of its own.
    xlsxtest::Book convert(const QString &file, const QString &folder, const QString &filter)
    {
        const QString out = m_dir.filePath(folder);
        QDir().mkpath(out);
        QStringList arguments { u"--headless"_s, u"--norestore"_s,
            u"-env:UserInstallation=file://"_s + m_profile.path() };
        if (!filter.isEmpty())
            arguments << u"--infilter="_s + filter;
        arguments << u"--convert-to"_s << u"xlsx"_s << u"--outdir"_s << out << file;
        QProcess p;
        p.start(u"soffice"_s, arguments);
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
            return { {}, u"soffice did not finish"_s };
        }
        return xlsxtest::read(QDir(out).filePath(QFileInfo(file).completeBaseName() + u".xlsx"_s));
    }

    Instrument m_ins = Instrument::bundled();
    QList<StudyResponse> m_responses;
    QTemporaryDir m_dir;
    QTemporaryDir m_profile;
    QString m_csv;
    QString m_xlsx;
    csvtest::Table m_table;
    int m_trickyRow = -1;
};

QTEST_GUILESS_MAIN(TestExportLibreOffice)
#include "tst_exportlibreoffice.moc"
