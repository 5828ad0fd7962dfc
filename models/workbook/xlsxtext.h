#pragma once

#include <QString>

namespace panelist {

// ECMA-376's escaping of text in .xlsx parts (ST_Xstring): "_xHHHH_" stands for the character
// U+HHHH, and "_x005F_" for a "_" that would otherwise start such an escape.
QString decodeXlsxEscapes(const QString &text);
// The text as a writer must store it so readers get it back: every "_xHHHH_" in it escaped as
// "_x005F_xHHHH_" (libxlsxwriter writes strings as they are).
QString encodeXlsxEscapes(const QString &text);

} // namespace panelist
