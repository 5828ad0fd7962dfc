// .xlsx (Office Open XML, ECMA-376): the package's relationships lead to the workbook part, whose
// <sheets> give the sheets' order and names and whose relationships give their parts; values are
// in <sheetData> and the shared strings part.

#include "models/workbook/sheetbuilder.h"
#include "models/workbook/workbooklimits.h"
#include "models/workbook/workbookreader_p.h"
#include "models/workbook/workbookxml.h"
#include "models/workbook/workbookzip.h"
#include "models/workbook/xlsxtext.h"

#include <QHash>

#include <optional>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

struct Relationship
{
    QString type;
    QString target; // a part name, resolved
};

struct SheetEntry
{
    QString name;
    QString relationshipId;
};

// The part a relationship's target names: relative to the folder of the part the relationship
// belongs to, or to the package root when it starts with "/". Nothing when it leaves the package.
std::optional<QString> resolveTarget(const QString &sourcePart, const QString &target)
{
    QStringList segments;
    if (!target.startsWith(u'/'))
        segments = sourcePart.split(u'/').mid(0, sourcePart.count(u'/'));
    for (const QString &segment : target.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u"."_s)
            continue;
        if (segment == u".."_s) {
            if (segments.isEmpty())
                return std::nullopt;
            segments.removeLast();
            continue;
        }
        segments.append(segment);
    }
    return segments.join(u'/');
}

// "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"
QString relationshipsPart(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + u"_rels/"_s + part.mid(slash + 1) + u".rels"_s;
}

// A relationships part by Id; missing parts have none.
Result<QHash<QString, Relationship>> readRelationships(WorkbookZip &zip, const QString &sourcePart)
{
    using R = Result<QHash<QString, Relationship>>;
    const QString part = sourcePart.isEmpty() ? u"_rels/.rels"_s : relationshipsPart(sourcePart);
    QHash<QString, Relationship> relationships;
    if (!zip.contains(part))
        return relationships;
    const Result<QByteArray> bytes = zip.read(part);
    if (!bytes)
        return R::failure(bytes.error());
    WorkbookXml xml(zip.shown(), part, *bytes);
    while (xml.next()) {
        if (!xml.isStart(u"Relationship") || xml.attribute(u"TargetMode") == u"External")
            continue;
        const QString target = xml.attribute(u"Target").toString();
        const std::optional<QString> resolved = resolveTarget(sourcePart, target);
        if (!resolved)
            return R::failure(u"%1: refused: part \"%2\" points outside the workbook (\"%3\")"_s.arg(
                zip.shown(), part, target));
        relationships.insert(
            xml.attribute(u"Id").toString(), { xml.attribute(u"Type").toString(), *resolved });
    }
    if (const Status s = xml.status(); !s)
        return R::failure(s.error());
    return relationships;
}

// The text of the <si> or <is> element just started: its <t> and those of its runs (<r><t>), not
// the phonetic guides (<rPh>). A <t> without xml:space="preserve" loses its outer white space.
QString readRichText(WorkbookXml &xml)
{
    const int depth = xml.depth();
    QString text;
    while (xml.next() && xml.depth() >= depth) {
        if (xml.isStart(u"rPh")) {
            xml.skipElement();
        } else if (xml.isStart(u"t")) {
            const bool preserve = xml.attribute(u"xml:space") == u"preserve";
            QString piece;
            while (xml.next() && !xml.isEnd(u"t")) {
                if (xml.isCharacters())
                    piece.append(xml.text());
            }
            if (!preserve) {
                qsizetype from = 0, to = piece.size();
                while (from < to && isXmlSpace(piece.at(from)))
                    ++from;
                while (to > from && isXmlSpace(piece.at(to - 1)))
                    --to;
                piece = piece.mid(from, to - from);
            }
            text.append(decodeXlsxEscapes(piece));
            if (text.size() > WorkbookLimits::MaxCellChars)
                text.truncate(WorkbookLimits::MaxCellChars + 1); // refused where it is used
        }
    }
    return text;
}

Result<QStringList> readSharedStrings(WorkbookZip &zip, const QString &part)
{
    using R = Result<QStringList>;
    const Result<QByteArray> bytes = zip.read(part);
    if (!bytes)
        return R::failure(bytes.error());
    WorkbookXml xml(zip.shown(), part, *bytes);
    QStringList strings;
    while (xml.next()) {
        if (!xml.isStart(u"si"))
            continue;
        if (strings.size() >= WorkbookLimits::MaxCells)
            return R::failure(u"%1: part \"%2\" is too large (more than %3 strings)"_s.arg(
                zip.shown(), part, WorkbookLimits::shown(WorkbookLimits::MaxCells)));
        strings.append(readRichText(xml));
    }
    if (const Status s = xml.status(); !s)
        return R::failure(s.error());
    return strings;
}

// The 0-based column of a cell reference ("B14" -> 1), or -1 when it is not one.
qint64 referenceColumn(QStringView reference)
{
    qint64 column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference.at(i) >= u'A' && reference.at(i) <= u'Z'; ++i) {
        if (i == 7) // far beyond any spreadsheet's last column (XFD)
            return -1;
        column = column * 26 + (reference.at(i).unicode() - u'A' + 1);
    }
    if (i == 0 || i == reference.size())
        return -1;
    for (qsizetype j = i; j < reference.size(); ++j) {
        if (!reference.at(j).isDigit())
            return -1;
    }
    return column - 1;
}

// The value of the <c> element just started, as text (workbook.h), or a problem in sheet's words.
bool readCell(WorkbookXml &xml, SheetBuilder &sheet, const QStringList &strings, qint64 column, qint64 row)
{
    const QString type = xml.attribute(u"t").toString();
    const QString where = u"cell "_s + workbookColumnName(int(column)) + QString::number(row + 1);
    const int depth = xml.depth();
    QString stored;
    std::optional<QString> inlineText;
    while (xml.next() && xml.depth() >= depth) {
        if (xml.isStart(u"v")) {
            while (xml.next() && !xml.isEnd(u"v")) {
                if (xml.isCharacters() && stored.size() <= WorkbookLimits::MaxCellChars)
                    stored.append(xml.text());
            }
        } else if (xml.isStart(u"is")) {
            inlineText = readRichText(xml);
        } else if (xml.isStart()) {
            xml.skipElement(); // <f> (the formula: its cached <v> is the value), <extLst>
        }
    }
    QString value;
    if (type == u"inlineStr") {
        value = inlineText.value_or(QString());
    } else if (stored.isEmpty()) {
        return true;
    } else if (type == u"s") {
        bool ok = false;
        const qint64 index = stored.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= strings.size())
            return sheet.fail(u"is damaged (%1 refers to shared string %2; there are %3)"_s.arg(
                where, stored, QString::number(strings.size())));
        value = strings.at(index);
    } else if (type == u"str" || type == u"e" || type == u"d") {
        value = type == u"str" ? decodeXlsxEscapes(stored) : stored; // a formula's text, an error, a date
    } else if (type == u"b") {
        if (stored != u"0" && stored != u"1")
            return sheet.fail(u"is damaged (%1 holds \"%2\" where a boolean belongs)"_s.arg(where, stored));
        value = stored == u"1" ? u"TRUE"_s : u"FALSE"_s;
    } else if (type.isEmpty() || type == u"n") {
        const std::optional<QString> number = workbookNumberText(stored);
        if (!number)
            return sheet.fail(u"is damaged (%1 holds \"%2\" where a number belongs)"_s.arg(where, stored));
        value = *number;
    } else {
        return sheet.fail(u"is damaged (%1 has the unknown type \"%2\")"_s.arg(where, type));
    }
    return sheet.setCell(column, value);
}

bool readSheetData(WorkbookXml &xml, SheetBuilder &sheet, const QStringList &strings)
{
    qint64 row = -1;
    while (xml.next()) {
        if (!xml.isStart(u"row"))
            continue;
        const QStringView number = xml.attribute(u"r");
        bool ok = true;
        row = number.isEmpty() ? row + 1 : number.toLongLong(&ok) - 1;
        if (!ok || row < 0)
            return sheet.fail(u"is damaged (a row is numbered \"%1\")"_s.arg(number));
        if (!sheet.beginRow(row))
            return false;
        const int depth = xml.depth();
        qint64 column = -1;
        while (xml.next() && xml.depth() >= depth) {
            if (!xml.isStart(u"c")) {
                if (xml.isStart())
                    xml.skipElement();
                continue;
            }
            const QStringView reference = xml.attribute(u"r");
            column = reference.isEmpty() ? column + 1 : referenceColumn(reference);
            if (column < 0)
                return sheet.fail(u"is damaged (a cell in row %1 is named \"%2\")"_s.arg(
                    QString::number(row + 1), reference));
            if (!readCell(xml, sheet, strings, column, row))
                return false;
        }
        if (!sheet.endRow())
            return false;
    }
    return true;
}

} // namespace

Result<Workbook> readXlsxWorkbook(WorkbookZip &zip)
{
    using R = Result<Workbook>;
    const auto package = readRelationships(zip, QString());
    if (!package)
        return R::failure(package.error());
    QString workbookPart = u"xl/workbook.xml"_s;
    for (const Relationship &r : *package) {
        if (r.type.endsWith(u"/officeDocument"_s))
            workbookPart = r.target;
    }
    if (workbookPart.endsWith(u".bin"_s, Qt::CaseInsensitive))
        return R::failure(zip.shown()
            + u": not a spreadsheet Panelist reads (a binary .xlsb workbook; save it as .xlsx)"_s);
    if (!zip.contains(workbookPart))
        return R::failure(
            zip.shown() + u": not a spreadsheet (an Office Open XML file without a workbook)"_s);

    const Result<QByteArray> bytes = zip.read(workbookPart);
    if (!bytes)
        return R::failure(bytes.error());
    QList<SheetEntry> entries;
    WorkbookXml xml(zip.shown(), workbookPart, *bytes);
    while (xml.next()) {
        if (!xml.isStart(u"sheet"))
            continue;
        if (entries.size() == WorkbookLimits::MaxSheets)
            return R::failure(u"%1: too many sheets (more than %2)"_s.arg(
                zip.shown(), WorkbookLimits::shown(WorkbookLimits::MaxSheets)));
        SheetEntry entry { xml.attribute(u"name").toString(), {} };
        // r:id, in the transitional or the strict relationships namespace
        const QXmlStreamAttributes attributes = xml.attributes();
        for (const QXmlStreamAttribute &a : attributes) {
            if (a.name() == u"id" && a.namespaceUri().endsWith(u"relationships"))
                entry.relationshipId = a.value().toString();
        }
        entries.append(entry);
    }
    if (const Status s = xml.status(); !s)
        return R::failure(s.error());

    const auto relationships = readRelationships(zip, workbookPart);
    if (!relationships)
        return R::failure(relationships.error());
    QStringList strings;
    for (const Relationship &r : *relationships) {
        if (!r.type.endsWith(u"/sharedStrings"_s))
            continue;
        Result<QStringList> read = readSharedStrings(zip, r.target);
        if (!read)
            return R::failure(read.error());
        strings = std::move(*read);
    }

    Workbook workbook;
    CellBudget budget;
    for (const SheetEntry &entry : std::as_const(entries)) {
        const auto found = relationships->constFind(entry.relationshipId);
        if (found == relationships->cend())
            return R::failure(
                u"%1: sheet \"%2\" is damaged (its part is not named)"_s.arg(zip.shown(), entry.name));
        // Chart sheets (and the old dialog and macro sheets) hold no cells.
        if (!found->type.endsWith(u"/worksheet"_s))
            continue;
        const Result<QByteArray> sheetBytes = zip.read(found->target);
        if (!sheetBytes)
            return R::failure(sheetBytes.error());
        SheetBuilder sheet(zip.shown(), entry.name, budget);
        WorkbookXml sheetXml(zip.shown(), found->target, *sheetBytes);
        if (!readSheetData(sheetXml, sheet, strings))
            return R::failure(sheet.failed() ? sheet.error() : sheetXml.status().error());
        if (const Status s = sheetXml.status(); !s)
            return R::failure(s.error());
        workbook.sheets.append(sheet.take());
    }
    return workbook;
}

} // namespace panelist
