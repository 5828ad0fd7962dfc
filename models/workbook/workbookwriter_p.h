#pragma once

#include "models/workbook/workbook.h"

#include <QString>

namespace panelist {

// The writers behind writeWorkbook (workbookwriter.h), given a workbook it has checked: they write
// a new file at file (a temporary sibling); messages start with shown, the path the caller asked
// for.
Status writeXlsxWorkbook(const QString &file, const QString &shown, const Workbook &workbook);
Status writeOdsWorkbook(const QString &file, const QString &shown, const Workbook &workbook);

} // namespace panelist
