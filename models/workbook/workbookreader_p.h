#pragma once

#include "models/workbook/workbook.h"

#include <QString>

namespace panelist {

class WorkbookZip;

// The readers behind readWorkbook (workbookreader.h), one per format; each message starts with the
// file as shown.
Result<Workbook> readXlsxWorkbook(WorkbookZip &zip);
Result<Workbook> readOdsWorkbook(WorkbookZip &zip);
Result<Workbook> readCsvWorkbook(const QString &folder, const QString &shown);

} // namespace panelist
