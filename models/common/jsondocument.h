#pragma once

#include "models/common/jsonpath.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>

#include <memory>
#include <optional>

struct json_t; // Jansson's value (jansson.h); kept only for the order keys are written in

namespace panelist {

// Limits on every JSON document Panelist reads (docs/instrument-format.md, docs/interchange.md): far
// beyond any real instrument or response, small enough that a mistaken or hostile file can exhaust
// neither memory nor the stack.
constexpr qsizetype MaxJsonBytes = 16 * 1024 * 1024;
constexpr int MaxJsonDepth = 64; // nested arrays and objects, the outermost counting as 1

// A JSON document parsed by Jansson (Debian's libjansson), the one JSON parser for what Panelist
// reads, so that the document checked is the document read. Strict RFC 8259: no key twice in one
// object, no lenient numbers (1. .5 +3 01 NaN Infinity), no \u0000 and no lone surrogate in a
// string, nothing after the value; only a leading UTF-8 byte order mark is skipped. Integers stay
// integers (qint64 in the QJsonValue, so 3 and 3.5 stay apart) and one beyond the 64-bit range is
// refused rather than rounded. QJsonDocument(root()) writes the same bytes as Qt's own reader
// would have given, so canonical forms and fingerprints do not depend on the parser.
class JsonDocument
{
public:
    static JsonDocument parse(const QByteArray &json);
    // "$: expected at most ... bytes (16 MiB) of JSON, found <bytes> bytes", for a caller that
    // refuses a file by its size before reading it.
    static JsonProblem tooLong(qint64 bytes);

    bool isValid() const { return !m_error.has_value(); }
    // Why the text was refused: "$: not valid JSON at line L, column C: ...", a key that appears
    // twice (at that key's path), too deep or too long.
    const std::optional<JsonProblem> &error() const { return m_error; }
    // Undefined when the text was refused.
    const QJsonValue &root() const { return m_root; }

    // problems found in root(), sorted into the order their places have in the text (QJsonObject
    // sorts its keys; the text need not). A missing key sorts after the keys its object has;
    // problems at one place keep their order.
    QList<JsonProblem> inDocumentOrder(QList<JsonProblem> problems) const;

private:
    QJsonValue m_root { QJsonValue::Undefined };
    std::optional<JsonProblem> m_error;
    std::shared_ptr<json_t> m_tree;
};

} // namespace panelist
