#include "models/authoring/instrumentimporter.h"

#include "models/authoring/instrumentsheets.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace panelist {

using namespace InstrumentSheets;

void InstrumentImporter::readStudy(QJsonObject &doc)
{
    const WorkbookSheet *s = sheet(Study);
    const SheetTable table(*s, columns(Study), columns(Study), m_problems, translatedColumns(Study));
    QList<SheetTable::Record> notes;
    const auto rows = keyValues(table, studyKeys(), &notes);
    const JsonPath study = JsonPath().key(u"study"_s);
    note(study, table.whole());
    QJsonObject out;
    readLanguages(out, rows, table, study); // before the translations, which they declare
    keyValueTranslations(out, u"title"_s, table, rows, studyKeys(), study);
    for (const QString &key : { u"id"_s, u"title"_s, u"citation"_s }) {
        const auto it = rows.constFind(key);
        if (it == rows.cend()) {
            if (key != u"citation"_s)
                fail(table.whole(), u"no row with the key %1"_s.arg(quoted(key)));
            continue;
        }
        const QString value = it->cells.value(u"value"_s);
        text(out, key, key == u"id"_s ? value.trimmed() : value, study, table.at(it->row, u"value"_s),
            key == u"citation"_s);
    }
    QJsonArray noteTexts;
    for (const SheetTable::Record &r : std::as_const(notes)) {
        note(study.key(u"notes"_s).index(noteTexts.size()), table.at(r.row, u"value"_s));
        noteTexts.append(r.cells.value(u"value"_s));
    }
    if (!noteTexts.isEmpty())
        out.insert(u"notes"_s, noteTexts);
    doc.insert(u"study"_s, out);

    const JsonPath thresholds = JsonPath().key(u"thresholds"_s);
    note(thresholds, table.whole());
    QJsonObject limits;
    for (const auto &[key, field] : { std::pair { u"agreement_threshold"_s, u"agreement"_s },
             std::pair { u"selection_threshold"_s, u"selection"_s } }) {
        const auto it = rows.constFind(key);
        if (it == rows.cend()) {
            fail(table.whole(), u"no row with the key %1"_s.arg(quoted(key)));
            continue;
        }
        const CellRef where = table.at(it->row, u"value"_s);
        note(thresholds.key(field), where);
        if (const auto n = number(it->cells.value(u"value"_s), where, false))
            limits.insert(field, *n);
    }
    doc.insert(u"thresholds"_s, limits);
}

void InstrumentImporter::readAreas(QJsonObject &doc)
{
    const SheetTable table(
        *sheet(Areas), columns(Areas), columns(Areas), m_problems, translatedColumns(Areas));
    const JsonPath areas = JsonPath().key(u"areas"_s);
    note(areas, table.whole());
    QJsonArray out;
    for (const SheetTable::Record &r : table.records()) {
        const JsonPath path = areas.index(out.size());
        note(path, table.at(r.row));
        QJsonObject area;
        text(area, u"id"_s, r.cells.value(u"id"_s).trimmed(), path, table.at(r.row, u"id"_s));
        text(area, u"name"_s, r.cells.value(u"name"_s), path, table.at(r.row, u"name"_s));
        text(area, u"definition"_s, r.cells.value(u"definition"_s), path, table.at(r.row, u"definition"_s));
        for (const QString &column : translatedColumns(Areas))
            translations(area, column, table, r, column, path);
        out.append(area);
    }
    doc.insert(u"areas"_s, out);
}

void InstrumentImporter::readMeasures(QJsonObject &doc)
{
    const SheetTable table(*sheet(Measures), columns(Measures), { u"id"_s, u"name"_s, u"description"_s },
        m_problems, translatedColumns(Measures));
    const JsonPath measures = JsonPath().key(u"measures"_s);
    note(measures, table.whole());
    QJsonArray out;
    for (const SheetTable::Record &r : table.records()) {
        const JsonPath path = measures.index(out.size());
        note(path, table.at(r.row));
        QJsonObject m;
        text(m, u"id"_s, r.cells.value(u"id"_s).trimmed(), path, table.at(r.row, u"id"_s));
        text(m, u"name"_s, r.cells.value(u"name"_s), path, table.at(r.row, u"name"_s));
        text(m, u"description"_s, r.cells.value(u"description"_s), path, table.at(r.row, u"description"_s));
        text(m, u"status"_s, r.cells.value(u"status"_s).trimmed(), path, table.at(r.row, u"status"_s), true);
        for (const QString &column : translatedColumns(Measures))
            translations(m, column, table, r, column, path);
        for (const QString &list : { u"tags"_s, u"questions"_s }) {
            const QStringList items = listItems(r.cells.value(list), QString(ListSeparator));
            note(path.key(list), table.at(r.row, list));
            for (qsizetype i = 0; i < items.size(); ++i)
                note(path.key(list).index(i), table.at(r.row, list));
            if (!items.isEmpty())
                m.insert(list, QJsonArray::fromStringList(items));
        }
        out.append(m);
    }
    doc.insert(u"measures"_s, out);
}

void InstrumentImporter::readScales(QJsonObject &doc)
{
    const SheetTable table(
        *sheet(Scales), columns(Scales), columns(Scales), m_problems, translatedColumns(Scales));
    const JsonPath scales = JsonPath().key(u"scales"_s);
    note(scales, table.whole());
    QStringList order; // scale ids in order of their first row
    QHash<QString, QJsonObject> byId;
    QHash<QString, int> dontKnowRow;
    for (const SheetTable::Record &r : table.records()) {
        const QString id = r.cells.value(u"scale"_s).trimmed();
        if (!order.contains(id)) {
            const JsonPath path = scales.index(order.size());
            order << id;
            note(path, table.at(r.row));
            note(path.key(u"id"_s), table.at(r.row, u"scale"_s));
            note(path.key(u"points"_s), table.at(r.row));
            byId.insert(id, QJsonObject { { u"id"_s, id }, { u"points"_s, QJsonArray() } });
        }
        const JsonPath path = scales.index(order.indexOf(id));
        QJsonObject &scale = byId[id];
        const QString value = r.cells.value(u"value"_s).trimmed();
        if (value.compare(DontKnowValue, Qt::CaseInsensitive) == 0) {
            if (dontKnowRow.contains(id)) {
                fail(table.at(r.row, u"value"_s),
                    u"the scale %1 already has its \"don't know\" label in row %2"_s.arg(quoted(id))
                        .arg(dontKnowRow.value(id)));
                continue;
            }
            dontKnowRow.insert(id, r.row);
            note(path.key(u"dont_know"_s), table.at(r.row));
            QJsonObject dk;
            text(dk, u"label"_s, r.cells.value(u"label"_s), path.key(u"dont_know"_s),
                table.at(r.row, u"label"_s));
            translations(dk, u"label"_s, table, r, u"label"_s, path.key(u"dont_know"_s));
            scale.insert(u"dont_know"_s, dk);
            continue;
        }
        QJsonArray points = scale.value(u"points"_s).toArray();
        const JsonPath point = path.key(u"points"_s).index(points.size());
        note(point, table.at(r.row));
        QJsonObject p;
        note(point.key(u"value"_s), table.at(r.row, u"value"_s));
        if (const auto n = number(value, table.at(r.row, u"value"_s), true))
            p.insert(u"value"_s, qint64(*n));
        text(p, u"label"_s, r.cells.value(u"label"_s), point, table.at(r.row, u"label"_s));
        translations(p, u"label"_s, table, r, u"label"_s, point);
        points.append(p);
        scale.insert(u"points"_s, points);
    }
    QJsonArray out;
    for (const QString &id : std::as_const(order))
        out.append(byId.value(id));
    doc.insert(u"scales"_s, out);
}

void InstrumentImporter::readQuestions(QJsonObject &doc)
{
    const SheetTable table(*sheet(Questions), columns(Questions), { u"question"_s, u"scale"_s, u"prompt"_s },
        m_problems, translatedColumns(Questions));
    const JsonPath questions = JsonPath().key(u"questions"_s);
    note(questions, table.whole());
    const QStringList known = { u"effectiveness"_s, u"feasibility"_s, u"comment"_s };
    QJsonObject out;
    QHash<QString, int> seen;
    for (const SheetTable::Record &r : table.records()) {
        const QString name = r.cells.value(u"question"_s).trimmed().toLower();
        if (!known.contains(name)) {
            fail(table.at(r.row, u"question"_s),
                u"unknown question %1; expected one of %2"_s.arg(
                    quoted(r.cells.value(u"question"_s)), known.join(u", "_s)));
            continue;
        }
        if (seen.contains(name)) {
            fail(table.at(r.row, u"question"_s),
                u"the question %1 is already in row %2"_s.arg(quoted(name)).arg(seen.value(name)));
            continue;
        }
        seen.insert(name, r.row);
        const JsonPath path = questions.key(name);
        note(path, table.at(r.row));
        QJsonObject q;
        text(q, u"scale"_s, r.cells.value(u"scale"_s).trimmed(), path, table.at(r.row, u"scale"_s), true);
        text(q, u"prompt"_s, r.cells.value(u"prompt"_s), path, table.at(r.row, u"prompt"_s));
        translations(q, u"prompt"_s, table, r, u"prompt"_s, path);
        note(path.key(u"max_length"_s), table.at(r.row, u"max_length"_s));
        if (const QString max = r.cells.value(u"max_length"_s); !max.trimmed().isEmpty()) {
            if (const auto n = number(max, table.at(r.row, u"max_length"_s), true))
                q.insert(u"max_length"_s, qint64(*n));
        }
        out.insert(name, q);
    }
    doc.insert(u"questions"_s, out);
}

void InstrumentImporter::readExpertise(QJsonObject &doc)
{
    const SheetTable table(
        *sheet(Expertise), columns(Expertise), columns(Expertise), m_problems, translatedColumns(Expertise));
    const JsonPath groups = JsonPath().key(u"profile"_s).key(u"expertise"_s);
    note(JsonPath().key(u"profile"_s), table.whole());
    note(groups, table.whole());
    QJsonArray out;
    for (const SheetTable::Record &r : table.records()) {
        const JsonPath path = groups.index(out.size());
        note(path, table.at(r.row));
        QJsonObject g;
        text(g, u"id"_s, r.cells.value(u"id"_s).trimmed(), path, table.at(r.row, u"id"_s));
        text(g, u"name"_s, r.cells.value(u"name"_s), path, table.at(r.row, u"name"_s));
        translations(g, u"name"_s, table, r, u"name"_s, path);
        out.append(g);
    }
    doc.insert(u"profile"_s, QJsonObject { { u"expertise"_s, out } });
}

void InstrumentImporter::readCombination(QJsonObject &doc)
{
    const WorkbookSheet *s = sheet(Combination);
    if (!s || s->rows.size() <= 1)
        return; // no combination question
    const SheetTable table(
        *s, columns(Combination), columns(Combination), m_problems, translatedColumns(Combination));
    const auto rows = keyValues(table, combinationKeys());
    const JsonPath path = JsonPath().key(u"combination"_s);
    note(path, table.whole());
    QJsonObject out;
    keyValueTranslations(out, u"prompt"_s, table, rows, combinationKeys(), path);
    for (const QString &key : combinationKeys()) {
        const auto it = rows.constFind(key);
        if (it == rows.cend()) {
            fail(table.whole(), u"no row with the key %1"_s.arg(quoted(key)));
            continue;
        }
        const CellRef where = table.at(it->row, u"value"_s);
        const QString value = it->cells.value(u"value"_s);
        if (key == u"max_picks"_s) {
            note(path.key(key), where);
            if (const auto n = number(value, where, true))
                out.insert(key, qint64(*n));
        } else {
            text(out, key, key == u"scope"_s ? value.trimmed() : value, path, where);
        }
    }
    doc.insert(u"combination"_s, out);
}

} // namespace panelist
