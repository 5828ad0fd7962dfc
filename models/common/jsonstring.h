#pragma once

#include <QByteArray>
#include <QStringView>

namespace panelist {

// Appends s as a quoted JSON string, escaped exactly as Qt's JSON writer does it (so the content hash
// and the report agree with QJsonDocument): \" \\ \b \f \n \r \t, \u00xx for other characters below
// 0x20, UTF-8 for the rest, and \uxxxx (lower-case hex) for a surrogate without its partner.
void appendJsonString(QByteArray &out, QStringView s);

} // namespace panelist
