#include "models/authoring/instrumenttemplate.h"

#include "models/authoring/instrumentsheets.h"

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

// A sheet with its header row (bold and frozen when written) and sensible column widths.
WorkbookSheet table(const QString &name, const QList<int> &widths)
{
    WorkbookSheet sheet;
    sheet.name = name;
    sheet.rows.append({ 1, InstrumentSheets::columns(name) });
    sheet.headerRows = 1;
    sheet.columnWidths = widths;
    sheet.wrapText = true;
    return sheet;
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

WorkbookSheet readMe()
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
    return sheet;
}

WorkbookSheet studySheet(const QJsonObject &doc)
{
    WorkbookSheet sheet = table(InstrumentSheets::Study, { 24, 90 });
    const QJsonObject study = doc.value(u"study"_s).toObject();
    addRow(sheet, { u"id"_s, study.value(u"id"_s).toString() });
    addRow(sheet, { u"title"_s, study.value(u"title"_s).toString() });
    if (study.contains(u"citation"_s))
        addRow(sheet, { u"citation"_s, study.value(u"citation"_s).toString() });
    for (const QJsonValue &note : study.value(u"notes"_s).toArray())
        addRow(sheet, { u"note"_s, note.toString() });
    const QJsonObject thresholds = doc.value(u"thresholds"_s).toObject();
    addRow(sheet, { u"agreement_threshold"_s, number(thresholds.value(u"agreement"_s)) });
    addRow(sheet, { u"selection_threshold"_s, number(thresholds.value(u"selection"_s)) });
    return sheet;
}

WorkbookSheet areasSheet(const QJsonObject &doc)
{
    WorkbookSheet sheet = table(InstrumentSheets::Areas, { 26, 34, 80 });
    for (const QJsonValue &v : doc.value(u"areas"_s).toArray()) {
        const QJsonObject a = v.toObject();
        addRow(sheet,
            { a.value(u"id"_s).toString(), a.value(u"name"_s).toString(),
                a.value(u"definition"_s).toString() });
    }
    return sheet;
}

WorkbookSheet measuresSheet(const QJsonObject &doc)
{
    WorkbookSheet sheet = table(InstrumentSheets::Measures, { 8, 36, 80, 12, 28, 24 });
    for (const QJsonValue &v : doc.value(u"measures"_s).toArray()) {
        const QJsonObject m = v.toObject();
        addRow(sheet,
            { m.value(u"id"_s).toString(), m.value(u"name"_s).toString(),
                m.value(u"description"_s).toString(), m.value(u"status"_s).toString(),
                joined(m.value(u"tags"_s).toArray()), joined(m.value(u"questions"_s).toArray()) });
    }
    return sheet;
}

WorkbookSheet scalesSheet(const QJsonObject &doc)
{
    WorkbookSheet sheet = table(InstrumentSheets::Scales, { 14, 10, 36 });
    for (const QJsonValue &v : doc.value(u"scales"_s).toArray()) {
        const QJsonObject scale = v.toObject();
        const QString id = scale.value(u"id"_s).toString();
        for (const QJsonValue &p : scale.value(u"points"_s).toArray())
            addRow(sheet,
                { id, number(p.toObject().value(u"value"_s)), p.toObject().value(u"label"_s).toString() });
        if (scale.contains(u"dont_know"_s))
            addRow(sheet,
                { id, InstrumentSheets::DontKnowValue,
                    scale.value(u"dont_know"_s).toObject().value(u"label"_s).toString() });
    }
    return sheet;
}

WorkbookSheet questionsSheet(const QJsonObject &doc)
{
    WorkbookSheet sheet = table(InstrumentSheets::Questions, { 14, 14, 80, 12 });
    const QJsonObject questions = doc.value(u"questions"_s).toObject();
    for (const QString &name : { u"effectiveness"_s, u"feasibility"_s, u"comment"_s }) {
        if (!questions.contains(name))
            continue;
        const QJsonObject q = questions.value(name).toObject();
        addRow(sheet,
            { name, q.value(u"scale"_s).toString(), q.value(u"prompt"_s).toString(),
                q.contains(u"max_length"_s) ? number(q.value(u"max_length"_s)) : QString() });
    }
    return sheet;
}

WorkbookSheet expertiseSheet(const QJsonObject &doc)
{
    WorkbookSheet sheet = table(InstrumentSheets::Expertise, { 26, 60 });
    for (const QJsonValue &v : doc.value(u"profile"_s).toObject().value(u"expertise"_s).toArray())
        addRow(sheet, { v.toObject().value(u"id"_s).toString(), v.toObject().value(u"name"_s).toString() });
    return sheet;
}

WorkbookSheet combinationSheet(const QJsonObject &doc)
{
    WorkbookSheet sheet = table(InstrumentSheets::Combination, { 14, 90 });
    const QJsonObject c = doc.value(u"combination"_s).toObject();
    if (c.isEmpty())
        return sheet;
    addRow(sheet, { u"scope"_s, c.value(u"scope"_s).toString() });
    addRow(sheet, { u"max_picks"_s, number(c.value(u"max_picks"_s)) });
    addRow(sheet, { u"prompt"_s, c.value(u"prompt"_s).toString() });
    return sheet;
}

} // namespace

Workbook instrumentTemplate(const Instrument &instrument)
{
    const QJsonObject doc = QJsonDocument::fromJson(instrument.canonicalJson()).object();
    Workbook workbook;
    workbook.sheets = { readMe(), studySheet(doc), areasSheet(doc), measuresSheet(doc), scalesSheet(doc),
        questionsSheet(doc), expertiseSheet(doc), combinationSheet(doc) };
    return workbook;
}

} // namespace panelist
