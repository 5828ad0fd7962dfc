#pragma once

#include "models/common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace panelist {

// RFC 4180 CSV as the exports write it (docs/exports.md, "CSV"): UTF-8, CRLF after every record, a
// field quoted when it contains a comma, a double quote, CR or LF, or a semicolon or tab
// (LibreOffice's import splits at those too unless they are quoted), quotes inside doubled. Quoting
// changes nothing that a CSV reader reads.
namespace Csv {
QByteArray field(const QString &value);
QByteArray record(const QStringList &fields); // ends with CRLF

// The UTF-8 byte-order mark that every CSV file an export writes starts with: with it LibreOffice's
// Text Import dialog chooses UTF-8 whatever the computer's own character set (docs/exports.md,
// "Encoding"); R, pandas and PSPP read the same values with it as without.
inline const QByteArray Utf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

// OWASP's rule against CSV injection, for the fields of text columns: a text that begins with "=",
// "+", "-", "@", a tab or a carriage return, which a spreadsheet may take for a formula, gets an
// apostrophe put in front. So does a text that already begins with an apostrophe, so that removing one
// leading apostrophe from every text field that has one gives back every text exactly.
QString guarded(const QString &text);
} // namespace Csv

// Files written for people (exports, reports) replace an existing file, but never a folder or an
// SQLite database: a mistyped --out naming the study or a response file must not destroy it.
Status checkReplaceable(const QString &path);

// Writes bytes to path through a temporary file that is renamed over path only when complete
// (QSaveFile), after checkReplaceable(path). The message names the file and the problem.
Status saveFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace panelist
