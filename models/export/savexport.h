#pragma once

#include "models/common/result.h"
#include "models/export/widetable.h"

#include <QString>
#include <QStringList>

namespace panelist {

// Writes table as an SPSS system file (.sav) through ReadStat (Debian's libreadstat): one variable
// per wide column with its variable label, value labels per scale and for 0/1 flags, and
// DontKnowCode as a user-missing value on every rating variable; DateTime columns become numeric
// DATETIME20 variables (seconds since 1582-10-14, UTC). Written to a temporary file and
// renamed over path when complete. notes receives anything shortened to fit SPSS's limits.
Status writeSav(const WideTable &table, const QString &fileLabel, const QString &path, QStringList *notes);

// The SPSS variable name for a wide column name: "-" becomes "_"; a name that is still not a valid
// SPSS name (over 64 bytes, or a clash) becomes "v<column number>" and the label keeps the meaning.
QStringList savVariableNames(const WideTable &table);

} // namespace panelist
