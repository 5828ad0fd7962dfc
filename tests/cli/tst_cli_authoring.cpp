// `instrument template` and `instrument import` through the real binary: the template in both
// formats imports to the same instrument; a workbook with mistakes lists every one by sheet, row and
// column and writes nothing; existing files are never replaced; and every command that takes an
// instrument takes a workbook.
#include "tests/common/clirun.h"

#include "models/authoring/instrumenttemplate.h"
#include "models/instrument/instrument.h"
#include "models/workbook/workbookwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace panelist;
using namespace Qt::StringLiterals;
using panelist::testcli::cli;
using panelist::testcli::Run;

class TestCliAuthoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templateImportsBack_data();
    void templateImportsBack();
    void mistakesAreListedAndNothingIsWritten();
    void existingFilesAreNotReplaced();
    void badOutName();
    void workbooksWhereverAnInstrumentIsTaken();
};

void TestCliAuthoring::templateImportsBack_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("xlsx") << u"my-study.xlsx"_s;
    QTest::newRow("ods") << u"my-study.ods"_s;
}

void TestCliAuthoring::templateImportsBack()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString workbook = dir.filePath(name);
    const Run made = cli({ u"instrument"_s, u"template"_s, workbook });
    QCOMPARE(made.err, QString());
    QCOMPARE(made.code, 0);
    QVERIFY(made.out.contains(u"27 measures, 4 areas"_s));
    const QString json = dir.filePath(u"out.json"_s);
    const Run imported = cli({ u"instrument"_s, u"import"_s, workbook, u"--out"_s, json });
    QCOMPARE(imported.err, QString());
    QCOMPARE(imported.code, 0);
    QVERIFY(imported.out.contains(Instrument::bundled().fingerprint()));
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto again = Instrument::fromJson(f.readAll(), json);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->fingerprint(), Instrument::bundled().fingerprint());
}

void TestCliAuthoring::mistakesAreListedAndNothingIsWritten()
{
    QTemporaryDir dir;
    Workbook w = instrumentTemplate(Instrument::bundled());
    for (WorkbookSheet &s : w.sheets) {
        if (s.name == u"measures"_s)
            s.rows[4].cells[1] = QString(); // row 5: m04 without a name
        if (s.name == u"scales"_s)
            s.rows[3].cells[1] = u"seven"_s; // row 4
    }
    const QString workbook = dir.filePath(u"broken.xlsx"_s);
    QVERIFY(writeWorkbook(workbook, w));
    const QString json = dir.filePath(u"out.json"_s);
    const Run run = cli({ u"instrument"_s, u"import"_s, workbook, u"--out"_s, json });
    QCOMPARE(run.code, 1);
    QCOMPARE(run.out, QString());
    const QString shown = QDir::toNativeSeparators(workbook);
    QCOMPARE(run.err,
        shown + u": measures, row 5, column name: expected a non-empty string, found an empty string\n"_s
            + shown + u": scales, row 4, column value: 'seven' is not a whole number\n"_s);
    QVERIFY(!QFileInfo::exists(json));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"broken.xlsx"_s });
}

void TestCliAuthoring::existingFilesAreNotReplaced()
{
    QTemporaryDir dir;
    const QString taken = dir.filePath(u"taken.xlsx"_s);
    QFile f(taken);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write("mine") == 4);
    f.close();
    const Run run = cli({ u"instrument"_s, u"template"_s, taken });
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"taken.xlsx"_s), qPrintable(run.err));
    QVERIFY(f.open(QIODevice::ReadOnly) && f.readAll() == "mine");
    f.close();
    const QString workbook = dir.filePath(u"t.ods"_s);
    QCOMPARE(cli({ u"instrument"_s, u"template"_s, workbook }).code, 0);
    const Run import = cli({ u"instrument"_s, u"import"_s, workbook, u"--out"_s, taken });
    QCOMPARE(import.code, 1);
    QVERIFY2(import.err.contains(u"already exists"_s), qPrintable(import.err));
    QVERIFY(f.open(QIODevice::ReadOnly) && f.readAll() == "mine");
}

void TestCliAuthoring::badOutName()
{
    QTemporaryDir dir;
    const Run run = cli({ u"instrument"_s, u"template"_s, dir.filePath(u"study.docx"_s) });
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.startsWith(u"panelist-cli: OUT must end in .xlsx or .ods"_s), qPrintable(run.err));
}

void TestCliAuthoring::workbooksWhereverAnInstrumentIsTaken()
{
    QTemporaryDir dir;
    const QString water = QStringLiteral(PANELIST_SOURCE_DIR "/tests/models/authoring/data/water.xlsx");
    const Run validated = cli({ u"instrument"_s, u"validate"_s, water });
    QCOMPARE(validated.code, 0);
    QVERIFY(validated.out.contains(u"3 areas, 6 measures"_s));
    const QString study = dir.filePath(u"s.panelist-study"_s);
    QCOMPARE(cli({ u"study"_s, u"create"_s, study, u"--instrument"_s, water }).code, 0);
    QCOMPARE(cli({ u"simulate"_s, u"--experts"_s, u"3"_s, u"--seed"_s, u"1"_s, u"--out"_s,
                     dir.filePath(u"in"_s), u"--instrument"_s, water })
                 .code,
        0);
    const Run merged = cli({ u"merge"_s, study, dir.filePath(u"in"_s) });
    QCOMPARE(merged.code, 0);
    QVERIFY(merged.out.contains(u"merged 3"_s));
}

QTEST_GUILESS_MAIN(TestCliAuthoring)
#include "tst_cli_authoring.moc"
