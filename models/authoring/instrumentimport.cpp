#include "models/authoring/instrumentimport.h"

#include "models/authoring/instrumentsheets.h"
#include "models/authoring/sheettable.h"
#include "models/common/jsonpath.h"
#include "models/instrument/instrumentparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

using namespace InstrumentSheets;

QString quoted(const QString &text)
{
    return u'\'' + (text.size() > 40 ? text.left(40) + u'…' : text) + u'\'';
}

QStringList listItems(const QString &cell)
{
    QStringList items;
    for (const QString &item : cell.split(ListSeparator)) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

// Reads the sheets into an instrument document, remembering for every value where it came from.
class Importer
{
public:
    explicit Importer(const Workbook &workbook)
        : m_workbook(workbook)
    { }

    QJsonObject read();
    const QList<SheetProblem> &problems() const { return m_problems; }
    // Where a JSON path came from: its own cell, else its nearest ancestor's, with the rest of the path.
    CellRef origin(const JsonPath &path, QString &rest) const;
    // A problem text with the JSON paths it mentions ("already used by $.measures[0].id") said as
    // the cells they came from ("already used by measures, row 2, column id").
    QString inCells(const QString &problem) const;

private:
    const WorkbookSheet *sheet(const QString &name);
    void note(const JsonPath &path, const CellRef &where) { m_origins.insert(path.toString(), where); }
    void fail(const CellRef &where, const QString &problem) { m_problems.append({ where, problem }); }
    // A text value into object[key] (left out when empty and optional).
    void text(QJsonObject &object, const QString &key, const QString &value, const JsonPath &path,
        const CellRef &where, bool optional = false);
    std::optional<double> number(const QString &value, const CellRef &where, bool whole);
    QHash<QString, SheetTable::Record> keyValues(
        const SheetTable &table, const QStringList &keys, QList<SheetTable::Record> *repeated = nullptr);

    void readStudy(QJsonObject &doc);
    void readAreas(QJsonObject &doc);
    void readMeasures(QJsonObject &doc);
    void readScales(QJsonObject &doc);
    void readQuestions(QJsonObject &doc);
    void readExpertise(QJsonObject &doc);
    void readCombination(QJsonObject &doc);

    const Workbook &m_workbook;
    QList<SheetProblem> m_problems;
    QHash<QString, CellRef> m_origins; // JsonPath::toString() -> cell
};

const WorkbookSheet *Importer::sheet(const QString &name)
{
    for (const WorkbookSheet &s : m_workbook.sheets) {
        if (s.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

void Importer::text(QJsonObject &object, const QString &key, const QString &value, const JsonPath &path,
    const CellRef &where, bool optional)
{
    note(path.key(key), where);
    if (optional && value.trimmed().isEmpty())
        return;
    object.insert(key, value);
}

std::optional<double> Importer::number(const QString &value, const CellRef &where, bool whole)
{
    const auto n = cellNumber(value);
    if (!n || (whole && (std::floor(*n) != *n || std::abs(*n) > 2e9))) {
        fail(where, u"%1 is not %2"_s.arg(quoted(value), whole ? u"a whole number"_s : u"a number"_s));
        return std::nullopt;
    }
    return n;
}

// A key/value sheet: one record per key (keys in any case); an unknown key or a key given twice is a
// mistake, except for keys that may repeat (returned in order through repeated).
QHash<QString, SheetTable::Record> Importer::keyValues(
    const SheetTable &table, const QStringList &keys, QList<SheetTable::Record> *repeated)
{
    QHash<QString, SheetTable::Record> out;
    for (const SheetTable::Record &r : table.records()) {
        const QString key = r.cells.value(u"key"_s).trimmed().toLower();
        if (key.isEmpty()) {
            fail(table.at(r.row, u"key"_s),
                u"a value without a key; expected one of %1"_s.arg(keys.join(u", "_s)));
        } else if (!keys.contains(key)) {
            fail(table.at(r.row, u"key"_s),
                u"unknown key %1; expected one of %2"_s.arg(
                    quoted(r.cells.value(u"key"_s)), keys.join(u", "_s)));
        } else if (repeated && key == u"note"_s) {
            repeated->append(r);
        } else if (out.contains(key)) {
            fail(table.at(r.row, u"key"_s),
                u"the key %1 is already in row %2"_s.arg(quoted(key)).arg(out.value(key).row));
        } else {
            out.insert(key, r);
        }
    }
    return out;
}

void Importer::readStudy(QJsonObject &doc)
{
    const WorkbookSheet *s = sheet(Study);
    const SheetTable table(*s, columns(Study), columns(Study), m_problems);
    QList<SheetTable::Record> notes;
    const auto rows = keyValues(table, studyKeys(), &notes);
    const JsonPath study = JsonPath().key(u"study"_s);
    note(study, table.whole());
    QJsonObject out;
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

void Importer::readAreas(QJsonObject &doc)
{
    const SheetTable table(*sheet(Areas), columns(Areas), columns(Areas), m_problems);
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
        out.append(area);
    }
    doc.insert(u"areas"_s, out);
}

void Importer::readMeasures(QJsonObject &doc)
{
    const SheetTable table(
        *sheet(Measures), columns(Measures), { u"id"_s, u"name"_s, u"description"_s }, m_problems);
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
        for (const QString &list : { u"tags"_s, u"questions"_s }) {
            const QStringList items = listItems(r.cells.value(list));
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

void Importer::readScales(QJsonObject &doc)
{
    const SheetTable table(*sheet(Scales), columns(Scales), columns(Scales), m_problems);
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
        points.append(p);
        scale.insert(u"points"_s, points);
    }
    QJsonArray out;
    for (const QString &id : std::as_const(order))
        out.append(byId.value(id));
    doc.insert(u"scales"_s, out);
}

void Importer::readQuestions(QJsonObject &doc)
{
    const SheetTable table(
        *sheet(Questions), columns(Questions), { u"question"_s, u"scale"_s, u"prompt"_s }, m_problems);
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
        note(path.key(u"max_length"_s), table.at(r.row, u"max_length"_s));
        if (const QString max = r.cells.value(u"max_length"_s); !max.trimmed().isEmpty()) {
            if (const auto n = number(max, table.at(r.row, u"max_length"_s), true))
                q.insert(u"max_length"_s, qint64(*n));
        }
        out.insert(name, q);
    }
    doc.insert(u"questions"_s, out);
}

void Importer::readExpertise(QJsonObject &doc)
{
    const SheetTable table(*sheet(Expertise), columns(Expertise), columns(Expertise), m_problems);
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
        out.append(g);
    }
    doc.insert(u"profile"_s, QJsonObject { { u"expertise"_s, out } });
}

void Importer::readCombination(QJsonObject &doc)
{
    const WorkbookSheet *s = sheet(Combination);
    if (!s || s->rows.size() <= 1)
        return; // no combination question
    const SheetTable table(*s, columns(Combination), columns(Combination), m_problems);
    const auto rows = keyValues(table, combinationKeys());
    const JsonPath path = JsonPath().key(u"combination"_s);
    note(path, table.whole());
    QJsonObject out;
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

QJsonObject Importer::read()
{
    QJsonObject doc { { u"format"_s, Instrument::FormatName }, { u"version"_s, Instrument::FormatVersion } };
    QStringList known = required();
    known << Combination << ReadMe;
    for (const WorkbookSheet &s : m_workbook.sheets) {
        if (!known.contains(s.name.trimmed().toLower()) && !s.rows.isEmpty())
            fail(CellRef { s.name, 0, {} }, u"unknown sheet; expected %1"_s.arg(known.join(u", "_s)));
    }
    bool complete = true;
    for (const QString &name : required()) {
        if (!sheet(name)) {
            fail(
                CellRef {}, u"no sheet \"%1\"; expected the sheets %2"_s.arg(name, required().join(u", "_s)));
            complete = false;
        }
    }
    if (!complete)
        return doc;
    readStudy(doc);
    readAreas(doc);
    readMeasures(doc);
    readScales(doc);
    readQuestions(doc);
    readExpertise(doc);
    readCombination(doc);
    return doc;
}

CellRef Importer::origin(const JsonPath &path, QString &rest) const
{
    QList<JsonPathSegment> segments = path.segments();
    QStringList tail;
    for (;;) {
        const auto it = m_origins.constFind(JsonPath(segments).toString());
        if (it != m_origins.cend()) {
            rest = tail.join(u'.');
            return *it;
        }
        if (segments.isEmpty())
            break;
        const JsonPathSegment last = segments.takeLast();
        tail.prepend(last.isIndex() ? u"[%1]"_s.arg(last.index) : last.key);
    }
    rest = tail.join(u'.');
    return {};
}

QString Importer::inCells(const QString &problem) const
{
    static const QRegularExpression mentioned(u"\\$(\\.[A-Za-z0-9_-]+|\\[[0-9]+\\])+"_s);
    QString out = problem;
    auto matches = mentioned.globalMatch(problem);
    QList<QRegularExpressionMatch> found;
    while (matches.hasNext())
        found.prepend(matches.next()); // replaced from the back, so earlier offsets stay right
    for (const QRegularExpressionMatch &m : std::as_const(found)) {
        const auto it = m_origins.constFind(m.captured(0));
        if (it != m_origins.cend())
            out.replace(m.capturedStart(0), m.capturedLength(0), describeCell(*it));
    }
    return out;
}

// Sheets in the template's order, then rows, then columns as the header names them.
int sheetRank(const QString &sheet)
{
    const QStringList order
        = { QString(), Study, Areas, Measures, Scales, Questions, Expertise, Combination };
    const qsizetype i = order.indexOf(sheet.trimmed().toLower());
    return i < 0 ? int(order.size()) : int(i);
}

QString format(const QString &source, const SheetProblem &p)
{
    const QString where = describeCell(p.where);
    if (where.isEmpty())
        return source + u": "_s + p.problem;
    return source + u": "_s + where + u": "_s + p.problem;
}

} // namespace

Result<ImportedInstrument> importInstrument(const Workbook &workbook, const QString &sourceName)
{
    Importer importer(workbook);
    const QJsonObject doc = importer.read();
    QList<SheetProblem> problems = importer.problems();
    const QByteArray json = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    JsonReading<Instrument> reading = InstrumentParser::read(json);
    // A value the importer already found wrong (and left out) is not reported again as missing.
    const auto known = [&](const CellRef &c) {
        return std::any_of(problems.cbegin(), problems.cend(), [&](const SheetProblem &p) {
            return p.where.sheet == c.sheet && (p.where.row == c.row || c.row == 0);
        });
    };
    const qsizetype readingProblems = problems.size();
    for (const JsonProblem &p : std::as_const(reading.problems)) {
        QString rest;
        const CellRef where = importer.origin(p.path, rest);
        if (readingProblems > 0 && known(where))
            continue;
        const QString problem = importer.inCells(p.problem);
        problems.append({ where, rest.isEmpty() ? problem : QString(rest + u": "_s + problem) });
    }
    if (problems.isEmpty() && reading.value)
        return ImportedInstrument { std::move(*reading.value), json };
    std::stable_sort(problems.begin(), problems.end(), [](const SheetProblem &a, const SheetProblem &b) {
        return std::make_tuple(sheetRank(a.where.sheet), a.where.row)
            < std::make_tuple(sheetRank(b.where.sheet), b.where.row);
    });
    QStringList lines;
    for (const SheetProblem &p : std::as_const(problems))
        lines << format(sourceName, p);
    return Result<ImportedInstrument>::failure(lines.join(u'\n'));
}

} // namespace panelist
