#pragma once

// Shared by the workbook tests: zips built with libzip (the hostile ones too), minimal .xlsx and
// .ods packages around hand-written parts, and workbooks as lines that QCOMPARE shows readably.

#include "models/workbook/workbook.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace panelist::workbooktest {

using Entries = QList<std::pair<QString, QByteArray>>;

// A zip of entries in this order, deflated (or stored when stored is set), made by libzip.
QByteArray makeZip(const Entries &entries, bool stored = false);
// The entries of a zip (name, inflated bytes) through libzip; empty when it cannot be read.
Entries unzip(const QByteArray &zip);
// The inflated size the zip declares for entry name (libzip's zip_stat); -1 when there is none.
qint64 declaredSize(const QByteArray &zip, const QString &name);
// Whether the zip's first entry is named mimetype and stored uncompressed.
bool mimetypeFirstAndStored(const QByteArray &zip);

// An .xlsx package: workbook.xml listing sheets (names) as worksheets/sheetN.xml, each with the
// given <sheetData> content, and sharedStrings.xml when sharedStrings is not empty. extra entries
// are added (or replace those of the same name).
QByteArray xlsxPackage(const QStringList &names, const QList<QByteArray> &sheetData,
    const QByteArray &sharedStrings = {}, const Entries &extra = {});
// An .ods package around content.xml's <office:spreadsheet> content (the tables).
QByteArray odsPackage(const QByteArray &tables, const Entries &extra = {});
// The namespace declarations odsPackage's content.xml puts on its root, for replacing content.xml.
QByteArray odsNamespaces();

// "measures 3: [q2|This is important text|7]": one line a row, "\n" as "\\n", "name (no rows)"
// for an empty sheet, so a difference shows its place.
QStringList describe(const Workbook &workbook);
// A workbook from lines in describe()'s form.
Workbook workbookFrom(const QStringList &lines);

bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

} // namespace panelist::workbooktest
