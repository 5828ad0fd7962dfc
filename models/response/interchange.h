#pragma once

#include "models/common/jsonreader.h"
#include "models/common/result.h"
#include "models/response/responsedata.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace panelist {

// The interchange JSON of one response (format "panelist-response", version 1; docs/interchange.md):
// a plain-text form for scripts, tests and other tools. Unanswered items are absent; answer times and
// the creation time are not part of it.
namespace Interchange {
inline const QString FormatName = QStringLiteral("panelist-response");
constexpr int FormatVersion = 1;
// The token that stands for "don't know" where a scale value would be.
inline const QString DontKnow = QStringLiteral("dont_know");
} // namespace Interchange

// The canonical document for r. Empty measure entries and empty pick lists are left out, since they
// mean "unanswered". fromInterchange() of the result gives back the same content.
QJsonObject toInterchange(const ResponseData &r);

// Parses and checks the shape of an interchange document: every key known, every value of the right
// type, every required key present. On failure the message lists every problem, one per line, each
// naming sourceName and the JSON path, e.g.
//   answers.json: $.effectiveness.m03.cbrn: expected a scale value (a whole number such as 1 to 5)
//   or "dont_know", found the string "x"
// Does not look at the instrument: use validateResponse() for ids and scales.
// The shape is strict so that every accepted document comes back unchanged from toInterchange().
Result<ResponseData> fromInterchange(const QByteArray &json, const QString &sourceName);
// The same check, with every problem's path as segments (JsonProblem::path), in document order.
JsonReading<ResponseData> readInterchange(const QByteArray &json);

} // namespace panelist
