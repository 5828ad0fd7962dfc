#include "models/authoring/instrumentimporter.h"

#include "models/authoring/instrumentsheets.h"
#include "models/instrument/instrument.h"
#include "models/instrument/instrumenttexts.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace panelist {

using namespace InstrumentSheets;

QString InstrumentImporter::quoted(const QString &text)
{
    return u'\'' + (text.size() > 40 ? text.left(40) + u'…' : text) + u'\'';
}

QStringList InstrumentImporter::listItems(const QString &cell, const QString &separators)
{
    QStringList items;
    QString item;
    const QString all = cell + separators.left(1); // the last item ends like the others
    for (const QChar c : all) {
        if (!separators.contains(c)) {
            item += c;
            continue;
        }
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
        item.clear();
    }
    return items;
}

const WorkbookSheet *InstrumentImporter::sheet(const QString &name)
{
    for (const WorkbookSheet &s : m_workbook.sheets) {
        if (s.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

void InstrumentImporter::text(QJsonObject &object, const QString &key, const QString &value,
    const JsonPath &path, const CellRef &where, bool optional)
{
    note(path.key(key), where);
    if (optional && value.trimmed().isEmpty())
        return;
    object.insert(key, value);
}

std::optional<double> InstrumentImporter::number(const QString &value, const CellRef &where, bool whole)
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
QHash<QString, SheetTable::Record> InstrumentImporter::keyValues(
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

QJsonObject InstrumentImporter::read()
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

CellRef InstrumentImporter::origin(const JsonPath &path, QString &rest) const
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

QString InstrumentImporter::inCells(const QString &problem) const
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

void InstrumentImporter::readLanguages(QJsonObject &study, const QHash<QString, SheetTable::Record> &rows,
    const SheetTable &table, const JsonPath &path)
{
    if (const auto it = rows.constFind(u"language"_s); it != rows.cend())
        text(study, u"language"_s, it->cells.value(u"value"_s).trimmed(), path, table.at(it->row, u"value"_s),
            true);
    const auto it = rows.constFind(u"languages"_s);
    if (it == rows.cend())
        return;
    const CellRef where = table.at(it->row, u"value"_s);
    m_languages = listItems(it->cells.value(u"value"_s), LanguageSeparators);
    m_languagesKnown = std::all_of(m_languages.cbegin(), m_languages.cend(), isLanguageCode);
    note(path.key(u"languages"_s), where);
    for (qsizetype i = 0; i < m_languages.size(); ++i)
        note(path.key(u"languages"_s).index(i), where);
    if (!m_languages.isEmpty())
        study.insert(u"languages"_s, QJsonArray::fromStringList(m_languages));
}

void InstrumentImporter::translations(QJsonObject &object, const QString &key, const SheetTable &table,
    const SheetTable::Record &r, const QString &column, const JsonPath &path)
{
    QStringList cells = r.cells.keys();
    cells.sort(); // the problems of one row in the same order every time
    for (const QString &cell : std::as_const(cells)) {
        const std::optional<TranslationKey> t = splitTranslationKey(cell);
        if (!t || t->key != column)
            continue;
        // The header's name is read in lower case: "name::pt-br" is the settings' "pt-BR".
        const auto language = std::find_if(m_languages.cbegin(), m_languages.cend(),
            [&](const QString &l) { return l.compare(t->language, Qt::CaseInsensitive) == 0; });
        const CellRef where = table.at(r.row, cell);
        if (!m_languagesKnown) { // the languages row is a mistake already: check only the text
            text(object, translationKey(key, t->language), r.cells.value(cell), path, where);
            continue;
        }
        if (language == m_languages.cend()) {
            fail(where,
                u"language %1 is not in the settings' languages (%2)"_s.arg(quoted(t->language),
                    m_languages.isEmpty() ? u"none; add a row languages to the study sheet"_s
                                          : m_languages.join(u", "_s)));
            continue;
        }
        text(object, translationKey(key, *language), r.cells.value(cell), path, where);
    }
}

void InstrumentImporter::keyValueTranslations(QJsonObject &object, const QString &translated,
    const SheetTable &table, const QHash<QString, SheetTable::Record> &rows, const QStringList &keys,
    const JsonPath &path)
{
    for (const SheetTable::Record &r : table.records()) {
        const QString key = r.cells.value(u"key"_s).trimmed().toLower();
        if (key == translated && rows.value(key).row == r.row) {
            translations(object, key, table, r, u"value"_s, path);
            continue;
        }
        if (!keys.contains(key)) // an unknown key: that row is a mistake already
            continue;
        QStringList cells = r.cells.keys();
        cells.sort();
        for (const QString &cell : std::as_const(cells)) {
            if (splitTranslationKey(cell))
                fail(table.at(r.row, cell),
                    u"the key %1 has no translations; only %2 does"_s.arg(quoted(key), translated));
        }
    }
}

} // namespace panelist
