// The instrument workbook: the template filled with an instrument imports back to the very same
// instrument (fingerprint included); a workbook written by hand in another shape gives the instrument
// it describes; and every mistake of a workbook is listed at once, each by sheet, row and column.
#include "models/authoring/instrumentimport.h"
#include "models/authoring/instrumentsheets.h"
#include "models/authoring/instrumentsource.h"
#include "models/authoring/instrumenttemplate.h"
#include "models/workbook/workbookreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;

class TestInstrumentWorkbook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templateImportsToTheSameInstrument_data();
    void templateImportsToTheSameInstrument();
    void templateLayout();
    void anotherShape();
    void columnsAndSheetsInAnyOrderAndCase();
    void everyMistakeAtOnce();
    void layoutMistakes_data();
    void layoutMistakes();
    void translationColumns();
    void translationMistakes();
    void savedByLibreOffice_data();
    void savedByLibreOffice();
    void sourceIsJsonOrWorkbook();
};

namespace {

Instrument instrumentFrom(const QString &path)
{
    auto ins = Instrument::fromFile(path);
    if (!ins)
        qFatal("%s", qPrintable(ins.error()));
    return *ins;
}

// The bundled instrument changed by edit (a JSON document), for the other shapes the template must carry.
Instrument edited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject doc = QJsonDocument::fromJson(Instrument::bundled().canonicalJson()).object();
    edit(doc);
    auto ins = Instrument::fromJson(QJsonDocument(doc).toJson(), u"edited"_s);
    if (!ins)
        qFatal("%s", qPrintable(ins.error()));
    return *ins;
}

WorkbookSheet &sheetOf(Workbook &w, const QString &name)
{
    for (WorkbookSheet &s : w.sheets) {
        if (s.name == name)
            return s;
    }
    qFatal("no sheet %s", qPrintable(name));
}

// Sets the cell (row number, 0-based column) of a sheet, adding the row or cells as needed.
void setCell(Workbook &w, const QString &sheet, int row, int column, const QString &text)
{
    WorkbookSheet &s = sheetOf(w, sheet);
    for (WorkbookRow &r : s.rows) {
        if (r.number == row) {
            while (r.cells.size() <= column)
                r.cells.append(QString());
            r.cells[column] = text;
            return;
        }
    }
    WorkbookRow r { row, {} };
    while (r.cells.size() <= column)
        r.cells.append(QString());
    r.cells[column] = text;
    s.rows.append(r);
    std::sort(s.rows.begin(), s.rows.end(),
        [](const WorkbookRow &a, const WorkbookRow &b) { return a.number < b.number; });
}

WorkbookSheet table(const QString &name, const QList<QStringList> &rows)
{
    WorkbookSheet s;
    s.name = name;
    for (qsizetype i = 0; i < rows.size(); ++i)
        s.rows.append({ int(i) + 1, rows.at(i) });
    return s;
}

} // namespace

void TestInstrumentWorkbook::templateImportsToTheSameInstrument_data()
{
    QTest::addColumn<Instrument>("instrument");
    QTest::newRow("bundled (Uuk et al. 2024)") << Instrument::bundled();
    QTest::newRow("minimal example of the docs")
        << instrumentFrom(QStringLiteral(PANELIST_SOURCE_DIR "/tests/models/instrument/data/minimal.json"));
    QTest::newRow("overall combination, no feasibility, no citation") << edited([](QJsonObject &d) {
        QJsonObject c = d.value(u"combination"_s).toObject();
        c.insert(u"scope"_s, u"overall"_s);
        d.insert(u"combination"_s, c);
        QJsonObject q = d.value(u"questions"_s).toObject();
        q.remove(u"feasibility"_s);
        d.insert(u"questions"_s, q);
        QJsonObject s = d.value(u"study"_s).toObject();
        s.remove(u"citation"_s);
        d.insert(u"study"_s, s);
    });
    QTest::newRow("no combination question, no expertise groups") << edited([](QJsonObject &d) {
        d.remove(u"combination"_s);
        d.insert(u"profile"_s, QJsonObject { { u"expertise"_s, QJsonArray() } });
    });
    QTest::newRow("German and French texts for everything") << instrumentFrom(
        QStringLiteral(PANELIST_SOURCE_DIR "/tests/models/instrument/data/translated.json"));
    // Some texts translated, some not (empty cells); codes with capitals, which header names lose.
    QTest::newRow("a few translations, en-GB, zh-Hant") << edited([](QJsonObject &d) {
        QJsonObject s = d.value(u"study"_s).toObject();
        s.insert(u"language"_s, u"en-GB"_s);
        s.insert(u"languages"_s, QJsonArray { u"zh-Hant"_s, u"de"_s });
        d.insert(u"study"_s, s);
        QJsonArray areas = d.value(u"areas"_s).toArray();
        QJsonObject a = areas.at(0).toObject();
        a.insert(u"name::zh-Hant"_s, u"關鍵部門中斷"_s);
        areas.replace(0, a);
        d.insert(u"areas"_s, areas);
        QJsonArray measures = d.value(u"measures"_s).toArray();
        QJsonObject m = measures.at(3).toObject();
        m.insert(u"description::de"_s, u"  Beschreibung mit Leerzeichen am Rand "_s);
        measures.replace(3, m);
        d.insert(u"measures"_s, measures);
    });
}

void TestInstrumentWorkbook::templateImportsToTheSameInstrument()
{
    QFETCH(Instrument, instrument);
    const auto imported = importInstrument(instrumentTemplate(instrument), u"template.xlsx"_s);
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->instrument.fingerprint(), instrument.fingerprint());
    QCOMPARE(imported->instrument.canonicalJson(), instrument.canonicalJson());
    // The JSON written for the coordinator is that same instrument.
    const auto again = Instrument::fromJson(imported->json, u"out.json"_s);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->fingerprint(), instrument.fingerprint());
}

void TestInstrumentWorkbook::templateLayout()
{
    const Workbook w = instrumentTemplate(Instrument::bundled());
    QStringList names;
    for (const WorkbookSheet &s : w.sheets)
        names << s.name;
    QCOMPARE(names,
        (QStringList { u"read me"_s, u"study"_s, u"areas"_s, u"measures"_s, u"scales"_s, u"questions"_s,
            u"expertise"_s, u"combination"_s }));
    for (qsizetype i = 1; i < w.sheets.size(); ++i) {
        QCOMPARE(w.sheets.at(i).headerRows, 1);
        QCOMPARE(w.sheets.at(i).rows.first().cells, InstrumentSheets::columns(w.sheets.at(i).name));
    }
    const WorkbookSheet *measures = w.sheet(u"measures"_s);
    QCOMPARE(measures->rows.size(), 1 + 27);
    QCOMPARE(measures->cell(2, 0), u"m01"_s);
    QCOMPARE(measures->cell(2, 4), u"2.2.1 Risk Assessment"_s);
    const WorkbookSheet *scales = w.sheet(u"scales"_s);
    QCOMPARE(scales->rows.size(), 1 + 5 + 1);
    QCOMPARE(scales->cell(7, 1), u"dont_know"_s);
    QCOMPARE(scales->cell(7, 2), u"Don't know"_s);
    QCOMPARE(w.sheet(u"study"_s)->cell(w.sheet(u"study"_s)->rows.constLast().number, 1), u"0.4"_s);
}

// An instrument with other languages gets a column per language beside each text, and the study
// sheet's rows language and languages; one without gets neither (templateLayout).
void TestInstrumentWorkbook::translationColumns()
{
    const Workbook w = instrumentTemplate(
        instrumentFrom(QStringLiteral(PANELIST_SOURCE_DIR "/tests/models/instrument/data/translated.json")));
    QCOMPARE(w.sheet(u"areas"_s)->rows.first().cells,
        (QStringList { u"id"_s, u"name"_s, u"definition"_s, u"name::de"_s, u"definition::de"_s, u"name::fr"_s,
            u"definition::fr"_s }));
    QCOMPARE(w.sheet(u"areas"_s)->columnWidths, (QList<int> { 26, 34, 80, 34, 80, 34, 80 }));
    QCOMPARE(w.sheet(u"scales"_s)->rows.first().cells,
        (QStringList { u"scale"_s, u"value"_s, u"label"_s, u"label::de"_s, u"label::fr"_s }));
    QCOMPARE(w.sheet(u"scales"_s)->rows.constLast().cells,
        (QStringList { u"agree5"_s, u"dont_know"_s, u"Don't know"_s, u"Weiß nicht"_s, u"Je ne sais pas"_s }));
    QCOMPARE(w.sheet(u"study"_s)->rows.first().cells,
        (QStringList { u"key"_s, u"value"_s, u"value::de"_s, u"value::fr"_s }));
    QCOMPARE(w.sheet(u"study"_s)->rows.at(2).cells,
        (QStringList { u"title"_s, u"Demo study on AI risk mitigations"_s,
            u"Demo-Studie zu Maßnahmen gegen KI-Risiken"_s,
            u"Étude de démonstration sur les mesures contre les risques de l’IA"_s }));
    QCOMPARE(w.sheet(u"study"_s)->rows.at(3).cells, (QStringList { u"language"_s, u"en"_s }));
    QCOMPARE(w.sheet(u"study"_s)->rows.at(4).cells, (QStringList { u"languages"_s, u"de, fr"_s }));
    QCOMPARE(w.sheet(u"expertise"_s)->rows.at(1).cells,
        (QStringList {
            u"security"_s, u"Computer security"_s, u"IT-Sicherheit"_s, u"Sécurité informatique"_s }));
    QCOMPARE(w.sheet(u"read me"_s)->rows.size(),
        instrumentTemplate(Instrument::bundled()).sheet(u"read me"_s)->rows.size() + 1);

    // The languages may be separated by ";" as well, and header names written in any case.
    Workbook edited = w;
    setCell(edited, u"study"_s, 5, 1, u"de;fr"_s);
    setCell(edited, u"areas"_s, 1, 3, u"Name::DE"_s);
    const auto imported = importInstrument(edited, u"translated.xlsx"_s);
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->instrument.fingerprint(), importInstrument(w, u"t"_s)->instrument.fingerprint());
}

// Mistakes of translations are listed with the others, each by sheet, row and column.
void TestInstrumentWorkbook::translationMistakes()
{
    Workbook w = instrumentTemplate(
        instrumentFrom(QStringLiteral(PANELIST_SOURCE_DIR "/tests/models/instrument/data/translated.json")));
    setCell(w, u"measures"_s, 1, 10, u"name::es"_s); // a language the settings do not declare
    setCell(w, u"measures"_s, 3, 10, u"Notificación de incidentes"_s);
    setCell(w, u"measures"_s, 1, 11, u"status::de"_s); // a column that is not translated
    setCell(w, u"study"_s, 2, 2, u"demo-de"_s); // a translation of the study's id
    setCell(w, u"expertise"_s, 3, 3, u" "_s); // an empty French name
    setCell(w, u"scales"_s, 4, 4, QString()); // no French label: the English one
    const auto imported = importInstrument(w, u"t.xlsx"_s);
    QVERIFY(!imported);
    const QStringList expected = {
        u"t.xlsx: study, row 2, column value::de: the key 'id' has no translations; only title does"_s,
        u"t.xlsx: measures, row 1, column L: unknown column \"status::de\"; expected id, name, description, status, tags, questions; translations: name::LANG, description::LANG"_s,
        u"t.xlsx: measures, row 3, column name::es: language 'es' is not in the settings' languages (de, fr)"_s,
        u"t.xlsx: expertise, row 3, column name::fr: expected a non-empty string, found the string \" \""_s,
    };
    QCOMPARE(imported.error().split(u'\n'), expected);

    // A language that is not a code is said where the settings give it, once (not again for each
    // translation); translations without a row languages, where they are.
    Workbook codes = instrumentTemplate(
        instrumentFrom(QStringLiteral(PANELIST_SOURCE_DIR "/tests/models/instrument/data/translated.json")));
    setCell(codes, u"study"_s, 5, 1, u"de, French"_s);
    const auto badCode = importInstrument(codes, u"t.xlsx"_s);
    QVERIFY(!badCode);
    QCOMPARE(badCode.error(),
        u"t.xlsx: study, row 5, column value: expected a language code such as \"de\" or \"pt-BR\", found the string \"French\""_s);
    Workbook none = instrumentTemplate(Instrument::bundled());
    setCell(none, u"areas"_s, 1, 3, u"name::de"_s);
    setCell(none, u"areas"_s, 2, 3, u"Störung kritischer Sektoren"_s);
    const auto undeclared = importInstrument(none, u"t.xlsx"_s);
    QVERIFY(!undeclared);
    QCOMPARE(undeclared.error(),
        u"t.xlsx: areas, row 2, column name::de: language 'de' is not in the settings' languages (none; add a row languages to the study sheet)"_s);
}

// A workbook as a coordinator might write it for another study: 6 measures, 3 areas, a 7-point scale
// with its own labels, no feasibility question, 2 expertise groups and at most 3 picks.
void TestInstrumentWorkbook::anotherShape()
{
    Workbook w;
    w.sheets << table(u"study"_s,
        { { u"key"_s, u"value"_s }, { u"id"_s, u"water2026"_s }, { u"title"_s, u"Water security panel"_s },
            { u"agreement_threshold"_s, u"0.7"_s }, { u"selection_threshold"_s, u"0.5"_s } });
    w.sheets << table(u"areas"_s,
        { { u"id"_s, u"name"_s, u"definition"_s }, { u"drought"_s, u"Drought"_s, u""_s },
            { u"flood"_s, u"Flooding"_s, u"Rivers and coasts"_s }, { u"quality"_s, u"Water quality"_s } });
    QList<QStringList> measures { { u"id"_s, u"name"_s, u"description"_s } };
    for (int i = 1; i <= 6; ++i)
        measures << QStringList { u"w%1"_s.arg(i), u"Measure %1"_s.arg(i), u"What measure %1 does"_s.arg(i) };
    w.sheets << table(u"measures"_s, measures);
    QList<QStringList> scale { { u"scale"_s, u"value"_s, u"label"_s } };
    const QStringList labels { u"Not at all"_s, u"Hardly"_s, u"Slightly"_s, u"Moderately"_s, u"Fairly"_s,
        u"Very"_s, u"Extremely"_s };
    for (int v = 1; v <= 7; ++v)
        scale << QStringList { u"effect7"_s, QString::number(v), labels.at(v - 1) };
    w.sheets << table(u"scales"_s, scale);
    w.sheets << table(u"questions"_s,
        { { u"question"_s, u"scale"_s, u"prompt"_s },
            { u"effectiveness"_s, u"effect7"_s, u"How effective against {area}?"_s } });
    w.sheets << table(u"expertise"_s,
        { { u"id"_s, u"name"_s }, { u"hydro"_s, u"Hydrology"_s }, { u"policy"_s, u"Water policy"_s } });
    w.sheets << table(u"combination"_s,
        { { u"key"_s, u"value"_s }, { u"scope"_s, u"per-area"_s }, { u"max_picks"_s, u"3"_s },
            { u"prompt"_s, u"Pick up to 3 for {area}"_s } });
    const auto imported = importInstrument(w, u"water.ods"_s);
    QVERIFY2(imported, qPrintable(imported.error()));
    const Instrument &ins = imported->instrument;
    QCOMPARE(ins.measures().size(), 6);
    QCOMPARE(ins.areas().size(), 3);
    QCOMPARE(ins.effectivenessScale().points.size(), 7);
    QCOMPARE(ins.effectivenessScale().labelFor(7), u"Extremely"_s);
    QVERIFY(!ins.effectivenessScale().allowDontKnow);
    QVERIFY(!ins.feasibility().enabled);
    QVERIFY(!ins.comment().enabled);
    QCOMPARE(ins.expertiseGroups().size(), 2);
    QCOMPARE(ins.combination().maxPicks, 3);
    QCOMPARE(ins.thresholds().agreement, 0.7);
    QCOMPARE(ins.ratingItemCount(), 18);
}

void TestInstrumentWorkbook::columnsAndSheetsInAnyOrderAndCase()
{
    Workbook w = instrumentTemplate(Instrument::bundled());
    std::reverse(w.sheets.begin(), w.sheets.end());
    WorkbookSheet &areas = sheetOf(w, u"areas"_s);
    areas.name = u"Areas "_s;
    for (WorkbookRow &r : areas.rows) {
        while (r.cells.size() < 3)
            r.cells.append(QString());
        std::swap(r.cells[0], r.cells[2]); // definition, name, id
    }
    areas.rows[0].cells[2] = u"ID"_s;
    // Rows further down (empty rows between) keep their meaning.
    for (qsizetype i = 1; i < areas.rows.size(); ++i)
        areas.rows[i].number += int(i) * 3;
    const auto imported = importInstrument(w, u"mixed.xlsx"_s);
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->instrument.fingerprint(), Instrument::bundled().fingerprint());
}

void TestInstrumentWorkbook::everyMistakeAtOnce()
{
    Workbook w = instrumentTemplate(Instrument::bundled());
    setCell(w, u"scales"_s, 4, 1, u"seven"_s); // a point's value
    setCell(w, u"measures"_s, 5, 1, QString()); // m04's name
    setCell(w, u"measures"_s, 9, 0, u"m01"_s); // m08's id, a second m01
    setCell(w, u"measures"_s, 14, 5, u"effectiveness; opinion"_s); // an unknown question
    setCell(w, u"study"_s, 2, 1, u"uuk 2024"_s); // the study id, with a space
    setCell(w, u"study"_s, 20, 0, u"colour"_s); // an unknown key
    setCell(w, u"study"_s, 20, 1, u"blue"_s);
    setCell(w, u"combination"_s, 3, 1, u"40"_s); // more picks than measures
    setCell(w, u"areas"_s, 1, 3, u"owner"_s); // an unknown column
    const auto imported = importInstrument(w, u"study.xlsx"_s);
    QVERIFY(!imported);
    const QStringList lines = imported.error().split(u'\n');
    const QStringList expected = {
        u"study.xlsx: study, row 2, column value: expected an id of 1 to 64 letters, digits, '_', '.' or '-', found the string \"uuk 2024\""_s,
        u"study.xlsx: study, row 20, column key: unknown key 'colour'; expected one of id, title, citation, note, language, languages, agreement_threshold, selection_threshold"_s,
        u"study.xlsx: areas, row 1, column D: unknown column \"owner\"; expected id, name, definition; translations: name::LANG, definition::LANG"_s,
        u"study.xlsx: measures, row 5, column name: expected a non-empty string, found an empty string"_s,
        u"study.xlsx: measures, row 9, column id: duplicate id \"m01\" (already used by measures, row 2, column id)"_s,
        u"study.xlsx: measures, row 14, column questions: expected one of: effectiveness, feasibility, comment; found the string \"opinion\""_s,
        u"study.xlsx: scales, row 4, column value: 'seven' is not a whole number"_s,
        u"study.xlsx: combination, row 3, column value: expected at most 27 (the number of measures), found 40"_s,
    };
    QCOMPARE(lines.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(lines.at(i), expected.at(i));
}

void TestInstrumentWorkbook::layoutMistakes_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing sheet")
        << u"expertise"_s << u"remove"_s
        << u"w.xlsx: no sheet \"expertise\"; expected the sheets study, areas, measures, scales, questions, expertise"_s;
    QTest::newRow("unknown sheet")
        << u"Sheet1"_s << u"add"_s
        << u"w.xlsx: Sheet1: unknown sheet; expected study, areas, measures, scales, questions, expertise, combination, read me"_s;
    QTest::newRow("no header")
        << u"areas"_s << u"empty"_s
        << u"w.xlsx: areas: no header row; expected the columns id, name, definition"_s;
    QTest::newRow("missing column") << u"areas"_s << u"drop name"_s
                                    << u"w.xlsx: areas, row 1: no column \"name\" in the header row"_s;
    QTest::newRow("value without a header")
        << u"areas"_s << u"stray"_s
        << u"w.xlsx: areas, row 3, column F: a value in a column without a header"_s;
    QTest::newRow("a key twice")
        << u"combination"_s << u"twice"_s
        << u"w.xlsx: combination, row 5, column key: the key 'scope' is already in row 2"_s;
}

void TestInstrumentWorkbook::layoutMistakes()
{
    QFETCH(QString, sheet);
    QFETCH(QString, change);
    QFETCH(QString, message);
    Workbook w = instrumentTemplate(Instrument::bundled());
    if (change == u"remove"_s)
        w.sheets.removeIf([&](const WorkbookSheet &s) { return s.name == sheet; });
    else if (change == u"add"_s)
        w.sheets << table(sheet, { { u"notes of mine"_s } });
    else if (change == u"empty"_s)
        sheetOf(w, sheet).rows.clear();
    else if (change == u"drop name"_s)
        setCell(w, sheet, 1, 1, QString());
    else if (change == u"stray"_s)
        setCell(w, sheet, 3, 5, u"x"_s);
    else if (change == u"twice"_s) {
        setCell(w, sheet, 5, 0, u"scope"_s);
        setCell(w, sheet, 5, 1, u"overall"_s);
    }
    const auto imported = importInstrument(w, u"w.xlsx"_s);
    QVERIFY(!imported);
    QVERIFY2(imported.error().split(u'\n').contains(message), qPrintable(imported.error()));
}

// Workbooks last saved by LibreOffice Calc (tests/models/authoring/data/README.md), in both formats.
void TestInstrumentWorkbook::savedByLibreOffice_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("instrument"); // what it must import to
    const QString data = QStringLiteral(PANELIST_TEST_DATA "/");
    QTest::newRow("template .ods") << data + u"bundled-template.ods"_s << QString();
    QTest::newRow("template .xlsx") << data + u"bundled-template.xlsx"_s << QString();
    QTest::newRow("7-point study .ods") << data + u"water.ods"_s << data + u"water.json"_s;
    QTest::newRow("7-point study .xlsx") << data + u"water.xlsx"_s << data + u"water.json"_s;
    // Translation columns (name::de, label::fr, ...) with ß, é and typographic apostrophes.
    const QString translated
        = QStringLiteral(PANELIST_SOURCE_DIR) + u"/tests/models/instrument/data/translated.json"_s;
    QTest::newRow("German and French .xlsx") << data + u"translated.xlsx"_s << translated;
    QTest::newRow("German and French .ods") << data + u"translated.ods"_s << translated;
}

void TestInstrumentWorkbook::savedByLibreOffice()
{
    QFETCH(QString, file);
    QFETCH(QString, instrument);
    const Instrument expected = instrument.isEmpty() ? Instrument::bundled() : instrumentFrom(instrument);
    const auto workbook = readWorkbook(file);
    QVERIFY2(workbook, qPrintable(workbook.error()));
    const auto imported = importInstrument(*workbook, file);
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->instrument.fingerprint(), expected.fingerprint());
}

// Wherever Panelist takes an instrument, a workbook does as well as the JSON document, and the
// mistakes of either name the file.
void TestInstrumentWorkbook::sourceIsJsonOrWorkbook()
{
    const QString data = QStringLiteral(PANELIST_TEST_DATA "/");
    const auto fromJson = loadInstrumentSource(data + u"water.json"_s);
    const auto fromWorkbook = loadInstrumentSource(data + u"water.xlsx"_s);
    QVERIFY2(fromJson && fromWorkbook, qPrintable(fromJson.error() + fromWorkbook.error()));
    QCOMPARE(fromWorkbook->fingerprint(), fromJson->fingerprint());
    const auto missing = loadInstrumentSource(data + u"nothing-here.xlsx"_s);
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(u"nothing-here.xlsx"_s), qPrintable(missing.error()));
}

QTEST_GUILESS_MAIN(TestInstrumentWorkbook)
#include "tst_instrumentworkbook.moc"
