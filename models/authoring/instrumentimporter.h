#pragma once

#include "models/authoring/sheettable.h"
#include "models/common/jsonpath.h"
#include "models/workbook/workbook.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace panelist {

// Reads the sheets of an instrument workbook (docs/authoring.md) into an instrument document,
// remembering for every value where it came from; importInstrument (instrumentimport.h) then checks
// the document and says its problems as cells. The sheets are read in instrumentimportsheets.cpp,
// the rest in instrumentimporter.cpp.
class InstrumentImporter
{
public:
    explicit InstrumentImporter(const Workbook &workbook)
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
    static QString quoted(const QString &text); // 'text', shortened
    static QStringList listItems(const QString &cell, const QString &separators); // the items, trimmed

    const WorkbookSheet *sheet(const QString &name);
    void note(const JsonPath &path, const CellRef &where) { m_origins.insert(path.toString(), where); }
    void fail(const CellRef &where, const QString &problem) { m_problems.append({ where, problem }); }
    // A text value into object[key] (left out when empty and optional).
    void text(QJsonObject &object, const QString &key, const QString &value, const JsonPath &path,
        const CellRef &where, bool optional = false);
    std::optional<double> number(const QString &value, const CellRef &where, bool whole);
    QHash<QString, SheetTable::Record> keyValues(
        const SheetTable &table, const QStringList &keys, QList<SheetTable::Record> *repeated = nullptr);

    // The study sheet's language and languages rows into study.
    void readLanguages(QJsonObject &study, const QHash<QString, SheetTable::Record> &rows,
        const SheetTable &table, const JsonPath &path);
    // The translations of record r's column ("name::de" cells) into object["key::de"].
    void translations(QJsonObject &object, const QString &key, const SheetTable &table,
        const SheetTable::Record &r, const QString &column, const JsonPath &path);
    // The translations of a key/value sheet: "value::de" of the row whose key is translated into
    // object["key::de"]; such a cell in another row is a mistake.
    void keyValueTranslations(QJsonObject &object, const QString &translated, const SheetTable &table,
        const QHash<QString, SheetTable::Record> &rows, const QStringList &keys, const JsonPath &path);

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
    QStringList m_languages; // the study sheet's languages, as written there
    bool m_languagesKnown = true; // false when one of them is not a language code
};

} // namespace panelist
