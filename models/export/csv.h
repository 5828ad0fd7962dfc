#pragma once

#include "models/common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace panelist {

// RFC 4180 CSV as the exports write it: UTF-8 without a byte-order mark, CRLF after every record,
// a field quoted when it contains a comma, a double quote, CR or LF, quotes inside doubled.
namespace Csv {
QByteArray field(const QString &value);
QByteArray record(const QStringList &fields); // ends with CRLF
} // namespace Csv

// Files written for people (exports, reports) replace an existing file, but never a folder or an
// SQLite database: a mistyped --out naming the study or a response file must not destroy it.
Status checkReplaceable(const QString &path);

// Writes bytes to path through a temporary file that is renamed over path only when complete
// (QSaveFile), after checkReplaceable(path). The message names the file and the problem.
Status saveFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace panelist
