#pragma once

#include "models/workbook/workbook.h"

#include <QString>

namespace panelist {

// Writes workbook as a new file at path, chosen by its extension: .xlsx (written by libxlsxwriter)
// or .ods. Every value is a text cell, never a formula, so "=1+2" stays those four characters. Each
// sheet's headerRows are bold and frozen, its columnWidths are set and wrapText wraps its cells.
// Refuses an existing path, like Panelist's other writers, and anything it could not read back
// (workbooklimits.h; sheet names as Excel allows them; no control characters but tab and line
// break). The file appears complete or not at all: it is written to a hidden temporary sibling,
// flushed and renamed into place (DurableFile::createByRename in models/storage/durablefile.h).
Status writeWorkbook(const QString &path, const Workbook &workbook);

} // namespace panelist
