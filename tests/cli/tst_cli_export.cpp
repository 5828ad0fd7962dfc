// Runs the real panelist-cli binary for `simulate` and `export`: a coordinator's whole path from
// response files to files for R, SPSS and spreadsheets, with exit codes and messages.

#include "tests/common/clirun.h"
#include "tests/models/export/csvreader.h"
#include "tests/models/export/xlsxcells.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace panelist;
using namespace Qt::StringLiterals;
using panelist::testcli::cli;
using panelist::testcli::Run;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_inbox = m_dir.filePath(u"inbox"_s);
        m_study = m_dir.filePath(u"study.panelist-study"_s);
    }

    void simulateWritesFiles()
    {
        const Run r
            = cli({ u"simulate"_s, u"--experts"_s, u"20"_s, u"--seed"_s, u"5"_s, u"--out"_s, m_inbox });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"20"_s), qPrintable(r.out));
        QStringList files = QDir(m_inbox).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(files.size(), 20);
        QCOMPARE(files.first(), u"expert-0001.panelist-response"_s);
        QCOMPARE(files.last(), u"expert-0020.panelist-response"_s);

        // Same seed into another folder: the same file names and, read back, the same answers.
        const QString again = m_dir.filePath(u"again"_s);
        QCOMPARE(cli({ u"simulate"_s, u"--experts=20"_s, u"--seed=5"_s, u"--out"_s, again }).code, 0);
        for (const QString &name : files) {
            const Run a = cli({ u"response"_s, u"to-json"_s, QDir(m_inbox).filePath(name) });
            const Run b = cli({ u"response"_s, u"to-json"_s, QDir(again).filePath(name) });
            QVERIFY2(a.code == 0, qPrintable(a.err));
            QCOMPARE(a.out, b.out);
        }
    }

    void simulateRefusals()
    {
        Run r = cli({ u"simulate"_s, u"--experts"_s, u"3"_s, u"--seed"_s, u"9"_s, u"--out"_s, m_inbox });
        QCOMPARE(r.code, 1); // the folder already holds expert-0001..
        QVERIFY2(r.err.contains(u"expert-0001.panelist-response"_s), qPrintable(r.err));
        r = cli({ u"simulate"_s, u"--experts"_s, u"many"_s, u"--seed"_s, u"9"_s, u"--out"_s,
            m_dir.filePath(u"x"_s) });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--experts"_s), qPrintable(r.err));
        QCOMPARE(cli({ u"simulate"_s, u"--experts"_s, u"3"_s, u"--out"_s, m_dir.filePath(u"x"_s) }).code, 2);
        QCOMPARE(cli({ u"simulate"_s, u"--experts"_s, u"3"_s, u"--seed"_s, u"1"_s, u"--out"_s,
                         m_dir.filePath(u"x"_s), u"--colour"_s, u"red"_s })
                     .code,
            2);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"x"_s)));
        r = cli({ u"simulate"_s, u"--experts"_s, u"3"_s, u"--seed"_s, u"1"_s, u"--out"_s,
            m_dir.filePath(u"x"_s), u"--instrument"_s, m_dir.filePath(u"missing.json"_s) });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"missing.json"_s), qPrintable(r.err));
    }

    void buildStudy()
    {
        const Run create = cli({ u"study"_s, u"create"_s, m_study });
        QVERIFY2(create.code == 0, qPrintable(create.err));
        const Run merge = cli({ u"merge"_s, m_study, m_inbox });
        QVERIFY2(merge.code == 0, qPrintable(merge.out + merge.err));
        QVERIFY2(merge.out.contains(u"merged 20"_s), qPrintable(merge.out));
    }

    void exportCsvLong()
    {
        const QString out = m_dir.filePath(u"long.csv"_s);
        const Run r = cli({ u"export"_s, m_study, u"--format"_s, u"csv-long"_s, u"--out"_s, out });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(
            r.out.contains(u"20 respondents"_s) && r.out.contains(u"long.codebook.csv"_s), qPrintable(r.out));
        const csvtest::Table t = csvtest::parseExport(readFile(out));
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QSet<QString> respondents, sources;
        const qsizetype source = t.records.at(0).indexOf(u"source_file"_s);
        QVERIFY(source >= 0);
        for (qsizetype i = 1; i < t.records.size(); ++i) {
            respondents.insert(t.records.at(i).value(0));
            sources.insert(t.records.at(i).value(source));
        }
        QCOMPARE(respondents.size(), 20);
        QVERIFY(sources.contains(u"expert-0007.panelist-response"_s));
        QVERIFY(t.records.size() > 20 * 100); // about 135 ratings each, plus comments and picks
        const csvtest::Table cb = csvtest::parseExport(readFile(m_dir.filePath(u"long.codebook.csv"_s)));
        QVERIFY2(cb.error.isEmpty(), qPrintable(cb.error));
        QCOMPARE(cb.records.size(), t.records.at(0).size() + 1);
    }

    void exportCsvWideJsonSav()
    {
        const QString wide = m_dir.filePath(u"wide.csv"_s);
        Run r = cli({ u"export"_s, m_study, u"--format"_s, u"csv-wide"_s, u"--out"_s, wide });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const csvtest::Table t = csvtest::parseExport(readFile(wide));
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE(t.records.size(), 21);
        QVERIFY(QFileInfo::exists(m_dir.filePath(u"wide.codebook.csv"_s)));

        const QString json = m_dir.filePath(u"all.json"_s);
        r = cli({ u"export"_s, m_study, u"--format=json"_s, u"--out="_s + json });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(readFile(json)).array().size(), 20);

        const QString sav = m_dir.filePath(u"study.sav"_s);
        r = cli({ u"export"_s, m_study, u"--format"_s, u"sav"_s, u"--out"_s, sav });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(readFile(sav).startsWith("$FL2"));
        if (!QStandardPaths::findExecutable(u"pspp-convert"_s).isEmpty()) {
            QProcess p;
            p.start(u"pspp-convert"_s, { sav, m_dir.filePath(u"sav.csv"_s) });
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            const csvtest::Table back = csvtest::parse(readFile(m_dir.filePath(u"sav.csv"_s)), false);
            QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
            QCOMPARE(back.records.size(), 21);
            QCOMPARE(back.records.at(0), t.records.at(0)); // same variables as the wide CSV
        }
    }

    // The workbook for spreadsheets: the wide and long tables and the codebook, no formula anywhere.
    void exportXlsx()
    {
        const QString xlsx = m_dir.filePath(u"study.xlsx"_s);
        const Run r = cli({ u"export"_s, m_study, u"--format"_s, u"xlsx"_s, u"--out"_s, xlsx });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Exported 20 respondents as xlsx:"_s) && r.out.contains(u"study.xlsx"_s),
            qPrintable(r.out));
        const xlsxtest::Book book = xlsxtest::read(xlsx);
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        QStringList names;
        for (const xlsxtest::Sheet &sheet : book.sheets) {
            names << sheet.name;
            QCOMPARE(sheet.formulas, 0);
        }
        QCOMPARE(names, QStringList({ u"wide"_s, u"long"_s, u"codebook"_s }));
        const csvtest::Table wide = csvtest::parseExport(readFile(m_dir.filePath(u"wide.csv"_s)));
        QCOMPARE(book.sheets.at(0).rows.size(), 21);
        for (int c = 0; c < wide.records.at(0).size(); ++c)
            QCOMPARE(book.sheets.at(0).text(1, c), wide.records.at(0).at(c));
    }

    void exportRefusals()
    {
        Run r
            = cli({ u"export"_s, m_study, u"--format"_s, u"ods"_s, u"--out"_s, m_dir.filePath(u"x.ods"_s) });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"\"ods\""_s) && r.err.contains(u"csv-long"_s) && r.err.contains(u"xlsx"_s),
            qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"x.ods"_s)));
        QCOMPARE(cli({ u"export"_s, m_study, u"--format"_s, u"json"_s }).code, 2);
        QCOMPARE(
            cli({ u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, m_dir.filePath(u"x.json"_s) }).code, 2);

        r = cli({ u"export"_s, m_dir.filePath(u"nope.panelist-study"_s), u"--format"_s, u"json"_s, u"--out"_s,
            m_dir.filePath(u"x.json"_s) });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"nope.panelist-study"_s), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"x.json"_s)));

        // A response file is not a study.
        r = cli({ u"export"_s, QDir(m_inbox).filePath(u"expert-0001.panelist-response"_s), u"--format"_s,
            u"json"_s, u"--out"_s, m_dir.filePath(u"x.json"_s) });
        QCOMPARE(r.code, 1);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"x.json"_s)));

        // A mistyped --out naming the study (or any SQLite file) is refused, the file untouched.
        const QByteArray study = readFile(m_study);
        r = cli({ u"export"_s, m_study, u"--format"_s, u"json"_s, u"--out"_s, m_study });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"refusing to overwrite"_s), qPrintable(r.err));
        QCOMPARE(readFile(m_study), study);

        r = cli({ u"export"_s, m_study, u"--format"_s, u"csv-wide"_s, u"--out"_s,
            m_dir.filePath(u"no/such/dir.csv"_s) });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"no/such/dir.csv"_s), qPrintable(r.err));
    }

private:
    QTemporaryDir m_dir;
    QString m_inbox;
    QString m_study;
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
