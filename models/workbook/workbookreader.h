#pragma once

#include "models/workbook/workbook.h"

#include <QString>

namespace panelist {

// Reads a workbook (docs/authoring.md, "Reading workbooks"):
// - an .xlsx or .ods file, told apart by its content (the name's extension only helps a message);
// - a folder of .csv files, one sheet per file named after it, in alphabetical order.
// Every value is read as text (workbook.h). Hostile or damaged input is refused with a message
// naming the file and the problem, within the limits of workbooklimits.h.
Result<Workbook> readWorkbook(const QString &path);

} // namespace panelist
