#include "tests/models/workbook/workbooktesthelpers.h"

#include <QFile>
#include <QRegularExpression>

#include <zip.h>

using namespace Qt::StringLiterals;

namespace panelist::workbooktest {

QByteArray makeZip(const Entries &entries, bool stored)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    zip_source_keep(buffer); // read back after zip_close
    for (const auto &[name, bytes] : entries) {
        zip_source_t *source = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        const zip_int64_t index
            = zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (stored || name == u"mimetype")
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    zip_close(archive);
    QByteArray out;
    zip_stat_t stat;
    if (zip_source_stat(buffer, &stat) == 0 && zip_source_open(buffer) == 0) {
        out.resize(qsizetype(stat.size));
        out.resize(qsizetype(zip_source_read(buffer, out.data(), zip_uint64_t(out.size()))));
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    zip_error_fini(&error);
    return out;
}

Entries unzip(const QByteArray &zip)
{
    Entries entries;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(zip.constData(), zip_uint64_t(zip.size()), 0, &error);
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive) {
        zip_source_free(source);
        return entries;
    }
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        zip_stat_index(archive, zip_uint64_t(i), 0, &stat);
        QByteArray bytes(qsizetype(stat.size), '\0');
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        zip_fread(file, bytes.data(), stat.size);
        zip_fclose(file);
        entries.append({ QString::fromUtf8(stat.name), bytes });
    }
    zip_discard(archive);
    return entries;
}

qint64 declaredSize(const QByteArray &zip, const QString &name)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(zip.constData(), zip_uint64_t(zip.size()), 0, &error);
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive) {
        zip_source_free(source);
        return -1;
    }
    zip_stat_t stat;
    const qint64 size = zip_stat(archive, name.toUtf8().constData(), 0, &stat) == 0 ? qint64(stat.size) : -1;
    zip_discard(archive);
    return size;
}

bool mimetypeFirstAndStored(const QByteArray &zip)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(zip.constData(), zip_uint64_t(zip.size()), 0, &error);
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive) {
        zip_source_free(source);
        return false;
    }
    zip_stat_t stat;
    const bool ok = zip_stat_index(archive, 0, 0, &stat) == 0 && qstrcmp(stat.name, "mimetype") == 0
        && stat.comp_method == ZIP_CM_STORE;
    zip_discard(archive);
    return ok;
}

QByteArray xlsxPackage(const QStringList &names, const QList<QByteArray> &sheetData,
    const QByteArray &sharedStrings, const Entries &extra)
{
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    QByteArray sheets, rels;
    Entries entries;
    entries.append({ u"[Content_Types].xml"_s,
        "<?xml version=\"1.0\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" });
    entries.append({ u"_rels/.rels"_s,
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
        "Id=\"rId1\" "
        "Type=\""
            + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>" });
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        sheets += "<sheet name=\"" + names.at(i).toHtmlEscaped().toUtf8() + "\" sheetId=\"" + n
            + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet"
            + n + ".xml\"/>";
        entries.append({ u"xl/worksheets/sheet%1.xml"_s.arg(i + 1),
            "<?xml version=\"1.0\"?><worksheet xmlns=\"" + main + "\"><sheetData>" + sheetData.value(i)
                + "</sheetData></worksheet>" });
    }
    if (!sharedStrings.isEmpty()) {
        rels += "<Relationship Id=\"rIdS\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        entries.append({ u"xl/sharedStrings.xml"_s,
            "<?xml version=\"1.0\"?><sst xmlns=\"" + main + "\">" + sharedStrings + "</sst>" });
    }
    entries.append({ u"xl/workbook.xml"_s,
        "<?xml version=\"1.0\"?><workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\"><sheets>" + sheets
            + "</sheets></workbook>" });
    entries.append({ u"xl/_rels/workbook.xml.rels"_s,
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + rels
            + "</Relationships>" });
    for (const auto &e : extra) {
        entries.removeIf([&](const auto &existing) { return existing.first == e.first; });
        entries.append(e);
    }
    return makeZip(entries);
}

QByteArray odsNamespaces()
{
    return " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
           " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
           " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";
}

QByteArray odsPackage(const QByteArray &tables, const Entries &extra)
{
    Entries entries { { u"mimetype"_s, "application/vnd.oasis.opendocument.spreadsheet" },
        { u"content.xml"_s,
            "<?xml version=\"1.0\"?><office:document-content" + odsNamespaces()
                + "><office:body><office:spreadsheet>" + tables
                + "</office:spreadsheet></office:body></office:document-content>" } };
    for (const auto &e : extra) {
        entries.removeIf([&](const auto &existing) { return existing.first == e.first; });
        entries.append(e);
    }
    return makeZip(entries);
}

QStringList describe(const Workbook &workbook)
{
    QStringList lines;
    for (const WorkbookSheet &sheet : workbook.sheets) {
        if (sheet.rows.isEmpty())
            lines.append(sheet.name + u" (no rows)"_s);
        for (const WorkbookRow &row : sheet.rows) {
            QStringList cells = row.cells;
            for (QString &c : cells)
                c.replace(u"\n"_s, u"\\n"_s);
            lines.append(u"%1 %2: [%3]"_s.arg(sheet.name, QString::number(row.number), cells.join(u'|')));
        }
    }
    return lines;
}

Workbook workbookFrom(const QStringList &lines)
{
    static const QRegularExpression rowLine(u"^(.*) (\\d+): \\[(.*)\\]$"_s);
    Workbook workbook;
    for (const QString &line : lines) {
        QString name = line;
        const QRegularExpressionMatch m = rowLine.match(line);
        if (m.hasMatch())
            name = m.captured(1);
        else
            name.chop(QStringLiteral(" (no rows)").size());
        if (workbook.sheets.isEmpty() || workbook.sheets.last().name != name)
            workbook.sheets.append(WorkbookSheet { name, {}, 0, {}, false });
        if (m.hasMatch()) {
            QStringList cells = m.captured(3).split(u'|');
            for (QString &c : cells)
                c.replace(u"\\n"_s, u"\n"_s);
            workbook.sheets.last().rows.append(WorkbookRow { m.captured(2).toInt(), cells });
        }
    }
    return workbook;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace panelist::workbooktest
