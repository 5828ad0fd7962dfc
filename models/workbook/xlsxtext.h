#pragma once

#include <QString>

namespace panelist {

// ECMA-376's escaping of text in .xlsx parts (ST_Xstring): "_xHHHH_" stands for the character
// U+HHHH, and "_x005F_" for a "_" that would otherwise start such an escape.
QString decodeXlsxEscapes(const QString &text);

} // namespace panelist
