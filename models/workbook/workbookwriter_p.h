#pragma once

#include "models/workbook/workbook.h"

#include <QString>

namespace panelist {

// The writers behind writeWorkbook (workbookwriter.h), given a workbook it has checked: they write
// a new file at file (a temporary sibling); messages start with shown, the path the caller asked
// for.
Status writeXlsxWorkbook(const QString &file, const QString &shown, const Workbook &workbook);
Status writeOdsWorkbook(const QString &file, const QString &shown, const Workbook &workbook);

// Why name cannot be a sheet's name in every format written; empty when it can. Excel's rules,
// also applied to .ods so a template can be saved in either format (and to the xlsx export's
// sheets, xlsxdatawriter.h).
QString badSheetName(const QString &name);

} // namespace panelist
