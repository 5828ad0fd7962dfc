#pragma once

// The cells of an .xlsx as its sheet XML stores them, for the export tests: each cell's type (string,
// number, ...), whether it holds a formula (<f>), its text and its style. Unlike readWorkbook
// (models/workbook/workbookreader.h), which gives every value as text within the limits of an
// instrument workbook, this shows what a spreadsheet program is told a cell is. Reads Panelist's
// files (inline strings) and LibreOffice's (shared strings).

#include "models/workbook/workbookzip.h"
#include "models/workbook/xlsxtext.h"

#include <QFile>
#include <QMap>
#include <QXmlStreamReader>

namespace xlsxtest {

using namespace Qt::StringLiterals;

struct Cell
{
    QString type; // the t attribute: empty (a number), "s", "inlineStr", "str", "b", "e", ...
    bool formula = false; // the cell has an <f> element
    QString text; // a string's text, or a number's <v>
    int style = 0; // the s attribute

    bool isString() const { return type == u"s" || type == u"inlineStr"; }
    bool isNumber() const { return type.isEmpty() || type == u"n"; }
};

struct Sheet
{
    QString name;
    QMap<int, QMap<int, Cell>> rows; // 1-based row number -> 0-based column -> cell
    int formulas = 0; // <f> elements anywhere in the sheet's XML

    const Cell *cell(int row, int column) const
    {
        const auto r = rows.constFind(row);
        if (r == rows.cend())
            return nullptr;
        const auto c = r->constFind(column);
        return c == r->cend() ? nullptr : &*c;
    }
    QString text(int row, int column) const
    {
        const Cell *c = cell(row, column);
        return c ? c->text : QString();
    }
};

struct Book
{
    QList<Sheet> sheets;
    QString error; // empty when the file was read

    const Sheet *sheet(const QString &name) const
    {
        for (const Sheet &s : sheets) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    }
};

// The text of the <si> or <is> just started: its <t> elements, phonetic runs left out.
inline QString richText(QXmlStreamReader &xml)
{
    const QString end = xml.name().toString();
    QString text;
    while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == end)) {
        if (xml.isStartElement() && xml.name() == u"rPh")
            xml.skipCurrentElement();
        else if (xml.isStartElement() && xml.name() == u"t")
            text += xml.readElementText();
    }
    return panelist::decodeXlsxEscapes(text);
}

inline int columnOf(QStringView reference)
{
    int column = 0;
    for (const QChar c : reference) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
    }
    return column - 1;
}

inline void readSheet(const QByteArray &bytes, const QStringList &strings, Sheet &sheet)
{
    QXmlStreamReader xml(bytes);
    int row = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"f") {
            ++sheet.formulas;
        } else if (xml.name() == u"row") {
            row = xml.attributes().value(u"r"_s).toInt();
        } else if (xml.name() == u"c") {
            const QString reference = xml.attributes().value(u"r"_s).toString();
            Cell cell;
            cell.type = xml.attributes().value(u"t"_s).toString();
            cell.style = xml.attributes().value(u"s"_s).toInt();
            QString v;
            while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == u"c")) {
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"f") {
                    cell.formula = true;
                    ++sheet.formulas;
                    xml.skipCurrentElement();
                } else if (xml.name() == u"v") {
                    v = xml.readElementText();
                } else if (xml.name() == u"is") {
                    cell.text = richText(xml);
                }
            }
            if (cell.type == u"s")
                cell.text = strings.value(v.toInt());
            else if (cell.type != u"inlineStr")
                cell.text = v;
            sheet.rows[row][columnOf(reference)] = cell;
        }
    }
    if (xml.hasError())
        sheet.name += u" (damaged: "_s + xml.errorString() + u")"_s;
}

// The part inflated; empty when it is missing.
inline QByteArray part(panelist::WorkbookZip &zip, const QString &name)
{
    if (!zip.contains(name))
        return {};
    const panelist::Result<QByteArray> bytes = zip.read(name);
    return bytes ? *bytes : QByteArray();
}

// The sheets of path in the workbook's order.
inline Book read(const QString &path)
{
    Book book;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        book.error = path + u": cannot be opened"_s;
        return book;
    }
    panelist::WorkbookZip zip(path);
    if (const panelist::Status opened = zip.open(file.readAll()); !opened) {
        book.error = opened.error();
        return book;
    }
    QStringList strings;
    if (zip.contains(u"xl/sharedStrings.xml"_s)) {
        QXmlStreamReader xml(part(zip, u"xl/sharedStrings.xml"_s));
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
                strings << richText(xml);
        }
    }
    QMap<QString, QString> targets; // relationship id -> part
    QXmlStreamReader rels(part(zip, u"xl/_rels/workbook.xml.rels"_s));
    while (!rels.atEnd()) {
        if (rels.readNext() == QXmlStreamReader::StartElement && rels.name() == u"Relationship") {
            QString target = rels.attributes().value(u"Target"_s).toString();
            target = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
            targets.insert(rels.attributes().value(u"Id"_s).toString(), target);
        }
    }
    QXmlStreamReader workbook(part(zip, u"xl/workbook.xml"_s));
    while (!workbook.atEnd()) {
        if (workbook.readNext() != QXmlStreamReader::StartElement || workbook.name() != u"sheet")
            continue;
        Sheet sheet;
        sheet.name = workbook.attributes().value(u"name"_s).toString();
        for (const QXmlStreamAttribute &a : workbook.attributes()) {
            if (a.name() == u"id")
                readSheet(part(zip, targets.value(a.value().toString())), strings, sheet);
        }
        book.sheets.append(sheet);
    }
    return book;
}

} // namespace xlsxtest
