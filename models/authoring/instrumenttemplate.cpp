#include "models/authoring/instrumenttemplate.h"

#include "models/authoring/instrumentsheets.h"
#include "models/instrument/instrumenttexts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

QString number(const QJsonValue &v)
{
    return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
}

// A sheet with its header row (bold and frozen when written) and sensible column widths; after the
// columns of InstrumentSheets::columns, a column per language and translated column ("name::de"),
// as wide as the column it translates.
WorkbookSheet table(const QString &name, const QList<int> &widths, const QStringList &languages)
{
    WorkbookSheet sheet;
    sheet.name = name;
    const QStringList columns = InstrumentSheets::columns(name);
    QStringList header = columns;
    sheet.columnWidths = widths;
    for (const QString &language : languages) {
        for (const QString &column : InstrumentSheets::translatedColumns(name)) {
            header << translationKey(column, language);
            sheet.columnWidths << widths.value(columns.indexOf(column));
        }
    }
    sheet.rows.append({ 1, header });
    sheet.headerRows = 1;
    sheet.wrapText = true;
    return sheet;
}

// The translations of o's keys, in the order of the columns table() writes for them.
QStringList translations(const QJsonObject &o, const QStringList &keys, const QStringList &languages)
{
    QStringList cells;
    for (const QString &language : languages) {
        for (const QString &key : keys)
            cells << o.value(translationKey(key, language)).toString();
    }
    return cells;
}

void addRow(WorkbookSheet &sheet, QStringList cells)
{
    while (!cells.isEmpty() && cells.constLast().isEmpty())
        cells.removeLast();
    sheet.rows.append({ int(sheet.rows.size()) + 1, cells });
}

QString joined(const QJsonArray &list)
{
    QStringList items;
    for (const QJsonValue &v : list)
        items << v.toString();
    return items.join(InstrumentSheets::ListSeparator + QString(u' '));
}

WorkbookSheet readMe(const QStringList &languages)
{
    WorkbookSheet sheet;
    sheet.name = InstrumentSheets::ReadMe;
    sheet.columnWidths = { 100 };
    sheet.wrapText = true;
    const QStringList lines = {
        u"A Panelist instrument: the questionnaire experts answer. Edit the other sheets, then check and "
        u"convert this workbook with: panelist-cli instrument import WORKBOOK --out INSTRUMENT.json"_s,
        u"Each sheet has a header row naming its columns; keep those names (the order of columns and of "
        u"sheets does not matter). Empty rows are skipped. This sheet is never read."_s,
        u"study: one row per setting (key, value): id (a short id: letters, digits, _ . -), title, "
        u"citation (optional), note (any number of rows), agreement_threshold and selection_threshold "
        u"(numbers from 0 to 1: a measure meets a threshold when its share is above it)."_s,
        u"areas: the risk areas experts rate each measure for (id, name, definition)."_s,
        u"measures: id, name, description, status (optional), tags (optional, separated by ;) and "
        u"questions (empty: every question; or some of effectiveness; feasibility; comment)."_s,
        u"scales: one row per point of a scale (scale id, value: a whole number, label), values "
        u"ascending; a row with value dont_know gives the label of the \"don't know\" answer."_s,
        u"questions: the questions asked (effectiveness, feasibility, comment) with the scale they use, "
        u"their prompt ({area} stands for the area's name) and, for comment, max_length in characters. "
        u"A question without a row is not asked."_s,
        u"expertise: the expertise groups an expert can tick (id, name)."_s,
        u"combination: the preferred-combination question (key, value): scope (per-area or overall), "
        u"max_picks and prompt. Leave the sheet out, or empty, to ask no combination question."_s,
        u"Ids are what response files and exports refer to: change one and it is another instrument. "
        u"docs/authoring.md in Panelist's documentation describes every sheet and column."_s,
    };
    for (const QString &line : lines)
        addRow(sheet, { line });
    if (!languages.isEmpty())
        addRow(sheet,
            { u"Translations: the study sheet's row language names the language of the texts, its row "
              u"languages the others (%1). A column such as name::%2 beside name holds each text in that "
              u"language (value::%2 of the study and combination sheets: their title and prompt); an "
              u"empty cell shows the text in the main language."_s.arg(
                  languages.join(u", "_s), languages.constFirst()) });
    return sheet;
}

WorkbookSheet studySheet(const QJsonObject &doc, const QStringList &languages)
{
    WorkbookSheet sheet = table(InstrumentSheets::Study, { 24, 90 }, languages);
    const QJsonObject study = doc.value(u"study"_s).toObject();
    addRow(sheet, { u"id"_s, study.value(u"id"_s).toString() });
    addRow(sheet,
        QStringList { u"title"_s, study.value(u"title"_s).toString() }
            + translations(study, { u"title"_s }, languages));
    if (study.contains(u"language"_s))
        addRow(sheet, { u"language"_s, study.value(u"language"_s).toString() });
    if (!languages.isEmpty())
        addRow(sheet, { u"languages"_s, languages.join(u", "_s) });
    if (study.contains(u"citation"_s))
        addRow(sheet, { u"citation"_s, study.value(u"citation"_s).toString() });
    for (const QJsonValue &note : study.value(u"notes"_s).toArray())
        addRow(sheet, { u"note"_s, note.toString() });
    const QJsonObject thresholds = doc.value(u"thresholds"_s).toObject();
    addRow(sheet, { u"agreement_threshold"_s, number(thresholds.value(u"agreement"_s)) });
    addRow(sheet, { u"selection_threshold"_s, number(thresholds.value(u"selection"_s)) });
    return sheet;
}

WorkbookSheet areasSheet(const QJsonObject &doc, const QStringList &languages)
{
    WorkbookSheet sheet = table(InstrumentSheets::Areas, { 26, 34, 80 }, languages);
    for (const QJsonValue &v : doc.value(u"areas"_s).toArray()) {
        const QJsonObject a = v.toObject();
        addRow(sheet,
            QStringList { a.value(u"id"_s).toString(), a.value(u"name"_s).toString(),
                a.value(u"definition"_s).toString() }
                + translations(a, InstrumentSheets::translatedColumns(InstrumentSheets::Areas), languages));
    }
    return sheet;
}

WorkbookSheet measuresSheet(const QJsonObject &doc, const QStringList &languages)
{
    WorkbookSheet sheet = table(InstrumentSheets::Measures, { 8, 36, 80, 12, 28, 24 }, languages);
    for (const QJsonValue &v : doc.value(u"measures"_s).toArray()) {
        const QJsonObject m = v.toObject();
        addRow(sheet,
            QStringList { m.value(u"id"_s).toString(), m.value(u"name"_s).toString(),
                m.value(u"description"_s).toString(), m.value(u"status"_s).toString(),
                joined(m.value(u"tags"_s).toArray()), joined(m.value(u"questions"_s).toArray()) }
                + translations(
                    m, InstrumentSheets::translatedColumns(InstrumentSheets::Measures), languages));
    }
    return sheet;
}

WorkbookSheet scalesSheet(const QJsonObject &doc, const QStringList &languages)
{
    WorkbookSheet sheet = table(InstrumentSheets::Scales, { 14, 10, 36 }, languages);
    const QStringList label { u"label"_s };
    for (const QJsonValue &v : doc.value(u"scales"_s).toArray()) {
        const QJsonObject scale = v.toObject();
        const QString id = scale.value(u"id"_s).toString();
        for (const QJsonValue &p : scale.value(u"points"_s).toArray()) {
            const QJsonObject point = p.toObject();
            addRow(sheet,
                QStringList { id, number(point.value(u"value"_s)), point.value(u"label"_s).toString() }
                    + translations(point, label, languages));
        }
        if (scale.contains(u"dont_know"_s)) {
            const QJsonObject dk = scale.value(u"dont_know"_s).toObject();
            addRow(sheet,
                QStringList { id, InstrumentSheets::DontKnowValue, dk.value(u"label"_s).toString() }
                    + translations(dk, label, languages));
        }
    }
    return sheet;
}

WorkbookSheet questionsSheet(const QJsonObject &doc, const QStringList &languages)
{
    WorkbookSheet sheet = table(InstrumentSheets::Questions, { 14, 14, 80, 12 }, languages);
    const QJsonObject questions = doc.value(u"questions"_s).toObject();
    for (const QString &name : { u"effectiveness"_s, u"feasibility"_s, u"comment"_s }) {
        if (!questions.contains(name))
            continue;
        const QJsonObject q = questions.value(name).toObject();
        addRow(sheet,
            QStringList { name, q.value(u"scale"_s).toString(), q.value(u"prompt"_s).toString(),
                q.contains(u"max_length"_s) ? number(q.value(u"max_length"_s)) : QString() }
                + translations(q, { u"prompt"_s }, languages));
    }
    return sheet;
}

WorkbookSheet expertiseSheet(const QJsonObject &doc, const QStringList &languages)
{
    WorkbookSheet sheet = table(InstrumentSheets::Expertise, { 26, 60 }, languages);
    for (const QJsonValue &v : doc.value(u"profile"_s).toObject().value(u"expertise"_s).toArray()) {
        const QJsonObject g = v.toObject();
        addRow(sheet,
            QStringList { g.value(u"id"_s).toString(), g.value(u"name"_s).toString() }
                + translations(g, { u"name"_s }, languages));
    }
    return sheet;
}

WorkbookSheet combinationSheet(const QJsonObject &doc, const QStringList &languages)
{
    WorkbookSheet sheet = table(InstrumentSheets::Combination, { 14, 90 }, languages);
    const QJsonObject c = doc.value(u"combination"_s).toObject();
    if (c.isEmpty())
        return sheet;
    addRow(sheet, { u"scope"_s, c.value(u"scope"_s).toString() });
    addRow(sheet, { u"max_picks"_s, number(c.value(u"max_picks"_s)) });
    addRow(sheet,
        QStringList { u"prompt"_s, c.value(u"prompt"_s).toString() }
            + translations(c, { u"prompt"_s }, languages));
    return sheet;
}

} // namespace

Workbook instrumentTemplate(const Instrument &instrument)
{
    const QJsonObject doc = QJsonDocument::fromJson(instrument.canonicalJson()).object();
    // Translation columns only for an instrument with other languages: the others' workbooks stay
    // as they were.
    const QStringList languages = instrument.study().languages;
    Workbook workbook;
    workbook.sheets = { readMe(languages), studySheet(doc, languages), areasSheet(doc, languages),
        measuresSheet(doc, languages), scalesSheet(doc, languages), questionsSheet(doc, languages),
        expertiseSheet(doc, languages), combinationSheet(doc, languages) };
    return workbook;
}

} // namespace panelist
