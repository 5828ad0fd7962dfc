#include "models/authoring/instrumentimport.h"

#include "models/authoring/instrumentimporter.h"
#include "models/authoring/instrumentsheets.h"
#include "models/instrument/instrumentparser.h"

#include <QJsonDocument>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

using namespace InstrumentSheets;

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
    InstrumentImporter importer(workbook);
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
