// .ods: the smallest package LibreOffice opens as it is (ODF 1.2 part 3): "mimetype" first and
// stored, META-INF/manifest.xml, content.xml with the cells and their automatic styles (bold
// headers, wrapping, column widths), settings.xml with the frozen header rows. Written with libzip
// and QXmlStreamWriter; every value is a string cell, never a formula.

#include "models/workbook/workbookwriter_p.h"

#include <QFile>
#include <QXmlStreamWriter>

#include <zip.h>

#include <set>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

const QString OfficeNs = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s;
const QString StyleNs = u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_s;
const QString TableNs = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s;
const QString TextNs = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
const QString FoNs = u"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"_s;
const QString ConfigNs = u"urn:oasis:names:tc:opendocument:xmlns:config:1.0"_s;
const QString ManifestNs = u"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"_s;
const QString OooNs = u"http://openoffice.org/2004/office"_s;
const QByteArray MimeType = QByteArrayLiteral("application/vnd.oasis.opendocument.spreadsheet");

// A column of width characters as ODF measures it: Excel's character width (7 pixels of its
// default font, plus 5 pixels of padding) at 96 pixels per inch.
QString columnWidth(int characters)
{
    return QString::number((characters * 7 + 5) / 96.0, 'f', 4) + u"in"_s;
}

void writeCellStyle(QXmlStreamWriter &xml, const QString &name, bool bold, bool wrap)
{
    xml.writeStartElement(StyleNs, u"style"_s);
    xml.writeAttribute(StyleNs, u"name"_s, name);
    xml.writeAttribute(StyleNs, u"family"_s, u"table-cell"_s);
    if (wrap) {
        // Top-aligned, so a row whose description wraps onto several lines still reads from its id.
        xml.writeEmptyElement(StyleNs, u"table-cell-properties"_s);
        xml.writeAttribute(FoNs, u"wrap-option"_s, u"wrap"_s);
        xml.writeAttribute(StyleNs, u"vertical-align"_s, u"top"_s);
    }
    if (bold) {
        xml.writeEmptyElement(StyleNs, u"text-properties"_s);
        xml.writeAttribute(FoNs, u"font-weight"_s, u"bold"_s);
        xml.writeAttribute(StyleNs, u"font-weight-asian"_s, u"bold"_s);
        xml.writeAttribute(StyleNs, u"font-weight-complex"_s, u"bold"_s);
    }
    xml.writeEndElement();
}

// One line of a cell as a paragraph. Spaces as LibreOffice writes them: one between two other
// characters as it is, the others as <text:s> (readers that collapse white space as ODF 1.2 part
// 1, 6.1.2 says keep them too). Tabs as they are: LibreOffice 7.4 drops <text:tab> from cells when
// it opens an .ods (data/README.md in tests/models/workbook), but keeps a tab character.
void writeParagraph(QXmlStreamWriter &xml, QStringView line)
{
    xml.writeStartElement(TextNs, u"p"_s);
    qsizetype i = 0;
    while (i < line.size()) {
        qsizetype end = i;
        while (end < line.size() && line.at(end) != u' ')
            ++end;
        if (end > i)
            xml.writeCharacters(line.mid(i, end - i).toString());
        i = end;
        qsizetype spaces = 0;
        while (i + spaces < line.size() && line.at(i + spaces) == u' ')
            ++spaces;
        if (spaces == 0)
            continue;
        const bool inside = i > 0 && i + spaces < line.size();
        if (inside && spaces == 1) {
            xml.writeCharacters(u" "_s);
        } else {
            xml.writeEmptyElement(TextNs, u"s"_s);
            if (spaces > 1)
                xml.writeAttribute(TextNs, u"c"_s, QString::number(spaces));
        }
        i += spaces;
    }
    xml.writeEndElement();
}

void writeRow(QXmlStreamWriter &xml, const WorkbookSheet &sheet, const WorkbookRow &row)
{
    const bool header = row.number <= sheet.headerRows;
    const QString style = header ? (sheet.wrapText ? u"ce-header-wrap"_s : u"ce-header"_s)
                                 : (sheet.wrapText ? u"ce-wrap"_s : QString());
    xml.writeStartElement(TableNs, u"table-row"_s);
    for (qsizetype c = 0; c < row.cells.size();) {
        if (row.cells.at(c).isEmpty()) {
            qsizetype empty = 1;
            while (c + empty < row.cells.size() && row.cells.at(c + empty).isEmpty())
                ++empty;
            xml.writeEmptyElement(TableNs, u"table-cell"_s);
            if (empty > 1)
                xml.writeAttribute(TableNs, u"number-columns-repeated"_s, QString::number(empty));
            c += empty;
            continue;
        }
        xml.writeStartElement(TableNs, u"table-cell"_s);
        if (!style.isEmpty())
            xml.writeAttribute(TableNs, u"style-name"_s, style);
        xml.writeAttribute(OfficeNs, u"value-type"_s, u"string"_s);
        for (const QStringView line : QStringView(row.cells.at(c)).split(u'\n'))
            writeParagraph(xml, line);
        xml.writeEndElement();
        ++c;
    }
    if (row.cells.isEmpty())
        xml.writeEmptyElement(TableNs, u"table-cell"_s); // a row holds at least one cell
    xml.writeEndElement();
}

void writeTable(QXmlStreamWriter &xml, const WorkbookSheet &sheet)
{
    xml.writeStartElement(TableNs, u"table"_s);
    xml.writeAttribute(TableNs, u"name"_s, sheet.name);
    // At least one column; those with a width name its style.
    if (sheet.columnWidths.isEmpty())
        xml.writeEmptyElement(TableNs, u"table-column"_s);
    for (const int width : sheet.columnWidths) {
        xml.writeEmptyElement(TableNs, u"table-column"_s);
        if (width > 0)
            xml.writeAttribute(TableNs, u"style-name"_s, u"co"_s + QString::number(width));
    }
    int next = 1;
    for (const WorkbookRow &row : sheet.rows) {
        if (row.number > next) { // the empty rows between, as one repeated row
            xml.writeStartElement(TableNs, u"table-row"_s);
            if (row.number - next > 1)
                xml.writeAttribute(TableNs, u"number-rows-repeated"_s, QString::number(row.number - next));
            xml.writeEmptyElement(TableNs, u"table-cell"_s);
            xml.writeEndElement();
        }
        writeRow(xml, sheet, row);
        next = row.number + 1;
    }
    if (sheet.rows.isEmpty()) { // a table holds at least one row
        xml.writeStartElement(TableNs, u"table-row"_s);
        xml.writeEmptyElement(TableNs, u"table-cell"_s);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

QByteArray contentXml(const Workbook &workbook)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeNamespace(OfficeNs, u"office"_s);
    xml.writeNamespace(StyleNs, u"style"_s);
    xml.writeNamespace(TableNs, u"table"_s);
    xml.writeNamespace(TextNs, u"text"_s);
    xml.writeNamespace(FoNs, u"fo"_s);
    xml.writeStartElement(OfficeNs, u"document-content"_s);
    xml.writeAttribute(OfficeNs, u"version"_s, u"1.2"_s);
    xml.writeStartElement(OfficeNs, u"automatic-styles"_s);
    std::set<int> widths;
    for (const WorkbookSheet &sheet : workbook.sheets)
        widths.insert(sheet.columnWidths.cbegin(), sheet.columnWidths.cend());
    for (const int width : widths) {
        if (width <= 0)
            continue;
        xml.writeStartElement(StyleNs, u"style"_s);
        xml.writeAttribute(StyleNs, u"name"_s, u"co"_s + QString::number(width));
        xml.writeAttribute(StyleNs, u"family"_s, u"table-column"_s);
        xml.writeEmptyElement(StyleNs, u"table-column-properties"_s);
        xml.writeAttribute(StyleNs, u"column-width"_s, columnWidth(width));
        xml.writeEndElement();
    }
    writeCellStyle(xml, u"ce-header"_s, true, false);
    writeCellStyle(xml, u"ce-header-wrap"_s, true, true);
    writeCellStyle(xml, u"ce-wrap"_s, false, true);
    xml.writeEndElement();
    xml.writeStartElement(OfficeNs, u"body"_s);
    xml.writeStartElement(OfficeNs, u"spreadsheet"_s);
    for (const WorkbookSheet &sheet : workbook.sheets)
        writeTable(xml, sheet);
    xml.writeEndDocument();
    return bytes;
}

void writeConfigItem(QXmlStreamWriter &xml, const QString &name, const QString &type, const QString &value)
{
    xml.writeStartElement(ConfigNs, u"config-item"_s);
    xml.writeAttribute(ConfigNs, u"name"_s, name);
    xml.writeAttribute(ConfigNs, u"type"_s, type);
    xml.writeCharacters(value);
    xml.writeEndElement();
}

// LibreOffice's view settings: a frozen split below each sheet's header rows. LibreOffice reads
// the set's name "ooo:view-settings" as a qualified name: without the ooo prefix declared it
// ignores the whole set (tests/models/workbook/data/README.md).
QByteArray settingsXml(const Workbook &workbook)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeNamespace(OfficeNs, u"office"_s);
    xml.writeNamespace(ConfigNs, u"config"_s);
    xml.writeNamespace(OooNs, u"ooo"_s);
    xml.writeStartElement(OfficeNs, u"document-settings"_s);
    xml.writeAttribute(OfficeNs, u"version"_s, u"1.2"_s);
    xml.writeStartElement(OfficeNs, u"settings"_s);
    xml.writeStartElement(ConfigNs, u"config-item-set"_s);
    xml.writeAttribute(ConfigNs, u"name"_s, u"ooo:view-settings"_s);
    xml.writeStartElement(ConfigNs, u"config-item-map-indexed"_s);
    xml.writeAttribute(ConfigNs, u"name"_s, u"Views"_s);
    xml.writeStartElement(ConfigNs, u"config-item-map-entry"_s);
    writeConfigItem(xml, u"ViewId"_s, u"string"_s, u"view1"_s);
    xml.writeStartElement(ConfigNs, u"config-item-map-named"_s);
    xml.writeAttribute(ConfigNs, u"name"_s, u"Tables"_s);
    for (const WorkbookSheet &sheet : workbook.sheets) {
        if (sheet.headerRows <= 0)
            continue;
        const QString rows = QString::number(sheet.headerRows);
        xml.writeStartElement(ConfigNs, u"config-item-map-entry"_s);
        xml.writeAttribute(ConfigNs, u"name"_s, sheet.name);
        writeConfigItem(xml, u"VerticalSplitMode"_s, u"short"_s, u"2"_s);
        writeConfigItem(xml, u"VerticalSplitPosition"_s, u"int"_s, rows);
        writeConfigItem(xml, u"ActiveSplitRange"_s, u"short"_s, u"2"_s);
        writeConfigItem(xml, u"PositionTop"_s, u"int"_s, u"0"_s);
        writeConfigItem(xml, u"PositionBottom"_s, u"int"_s, rows);
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return bytes;
}

QByteArray manifestXml()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeNamespace(ManifestNs, u"manifest"_s);
    xml.writeStartElement(ManifestNs, u"manifest"_s);
    xml.writeAttribute(ManifestNs, u"version"_s, u"1.2"_s);
    const QList<std::pair<QString, QString>> entries { { u"/"_s, QString::fromLatin1(MimeType) },
        { u"content.xml"_s, u"text/xml"_s }, { u"settings.xml"_s, u"text/xml"_s } };
    for (const auto &[path, type] : entries) {
        xml.writeEmptyElement(ManifestNs, u"file-entry"_s);
        xml.writeAttribute(ManifestNs, u"full-path"_s, path);
        if (path == u"/")
            xml.writeAttribute(ManifestNs, u"version"_s, u"1.2"_s);
        xml.writeAttribute(ManifestNs, u"media-type"_s, type);
    }
    xml.writeEndDocument();
    return bytes;
}

} // namespace

Status writeOdsWorkbook(const QString &file, const QString &shown, const Workbook &workbook)
{
    // The parts stay alive until zip_close reads them.
    const QList<std::pair<const char *, QByteArray>> parts { { "mimetype", MimeType },
        { "META-INF/manifest.xml", manifestXml() }, { "content.xml", contentXml(workbook) },
        { "settings.xml", settingsXml(workbook) } };
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(file).constData(), ZIP_CREATE | ZIP_EXCL, &code);
    if (!archive)
        return Status::failure(shown + u": cannot be written (libzip could not create the file)"_s);
    const auto failed = [&]() {
        const QString why = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return Status::failure(u"%1: cannot be written (%2)"_s.arg(shown, why));
    };
    for (const auto &[name, bytes] : parts) {
        zip_source_t *source = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        const zip_int64_t index = source ? zip_file_add(archive, name, source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            return failed();
        }
        // ODF readers find the media type at a fixed offset: the first entry, not compressed.
        if (index == 0 && zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0) != 0)
            return failed();
    }
    if (zip_close(archive) != 0)
        return failed();
    return {};
}

} // namespace panelist
