#include "models/common/jsonreader.h"

#include "models/common/jsondocument.h"
#include "models/common/jsonstring.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// Long strings are shortened in messages so that one bad value does not flood the error text.
constexpr qsizetype MaxQuoted = 40;

QString quoted(const QString &text)
{
    qsizetype length = std::min(text.size(), MaxQuoted);
    if (length < text.size() && text.at(length - 1).isHighSurrogate())
        --length;
    QByteArray json;
    appendJsonString(json, QStringView(text).left(length));
    QString out = QString::fromUtf8(json);
    if (length < text.size())
        out.insert(out.size() - 1, u'…');
    return out;
}

QString formatNumber(double d)
{
    // Whole numbers in full (a qint64 beyond 2^53 too), others as the shortest text that reads back.
    if (std::trunc(d) == d && std::abs(d) < 9.2e18)
        return QString::number(qint64(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

QString describeNumber(const QJsonValue &value)
{
    const qint64 exact = value.toInteger(std::numeric_limits<qint64>::min());
    const double d = value.toDouble();
    if (exact != std::numeric_limits<qint64>::min() && double(exact) == d)
        return QString::number(exact);
    return formatNumber(d);
}

QString wholeNumberRange(int min, int max)
{
    return u"a whole number from "_s + QString::number(min) + u" to "_s + QString::number(max);
}

bool isWhole(const QJsonValue &value)
{
    const double d = value.toDouble();
    return value.isDouble() && std::isfinite(d) && std::trunc(d) == d;
}

} // namespace

void JsonProblems::add(const JsonPath &path, const QString &problem)
{
    if (m_kept.size() >= MaxJsonProblems) {
        ++m_dropped;
        return;
    }
    m_kept.append(JsonProblem { path, problem });
}

QList<JsonProblem> JsonProblems::inDocumentOrder(const JsonDocument &doc) const
{
    QList<JsonProblem> sorted = doc.inDocumentOrder(m_kept);
    if (m_dropped > 0) {
        sorted.append(JsonProblem { JsonPath(),
            QString::number(m_dropped) + u" more problems not listed (at most "_s
                + QString::number(MaxJsonProblems) + u" are)"_s });
    }
    return sorted;
}

QString describeJsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return u"nothing"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"a boolean (true)"_s : u"a boolean (false)"_s;
    case QJsonValue::Double:
        return u"a number ("_s + describeNumber(value) + u')';
    case QJsonValue::String:
        return value.toString().isEmpty() ? u"an empty string"_s
                                          : u"the string "_s + quoted(value.toString());
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    }
    return u"an unknown value"_s;
}

JsonNode::JsonNode(JsonProblems &problems, QJsonValue value, JsonPath path)
    : m_problems(&problems)
    , m_value(std::move(value))
    , m_path(std::move(path))
{ }

QString JsonNode::key() const
{
    return m_path.isRoot() ? QString() : m_path.segments().constLast().key;
}

void JsonNode::fail(const QString &problem) const
{
    m_problems->add(m_path, problem);
}

bool JsonNode::expect(bool ok, const QString &what) const
{
    if (!ok)
        fail(u"expected "_s + what + u", found "_s + describeJsonValue(m_value));
    return ok;
}

QString JsonNode::expectedString(JsonText text)
{
    return text == JsonText::NonEmpty ? u"a non-empty string"_s : u"a string"_s;
}

QString JsonNode::expectedInteger(int min, int max)
{
    if (min == std::numeric_limits<int>::min() && max == std::numeric_limits<int>::max())
        return u"a whole number"_s;
    return wholeNumberRange(min, max);
}

QString JsonNode::expectedNumber(double min, double max)
{
    return u"a number from "_s + formatNumber(min) + u" to "_s + formatNumber(max);
}

std::optional<QString> JsonNode::string(JsonText text) const
{
    const bool ok
        = m_value.isString() && (text == JsonText::MayBeEmpty || !m_value.toString().trimmed().isEmpty());
    if (!expect(ok, expectedString(text)))
        return std::nullopt;
    return m_value.toString();
}

std::optional<int> JsonNode::integer(int min, int max) const
{
    const double d = m_value.toDouble();
    if (isWhole(m_value) && d >= min && d <= max)
        return int(d);
    // A whole number out of range is told the range even where any int would do.
    expect(false, isWhole(m_value) ? wholeNumberRange(min, max) : expectedInteger(min, max));
    return std::nullopt;
}

std::optional<double> JsonNode::number(double min, double max) const
{
    const double d = m_value.toDouble();
    if (!expect(m_value.isDouble() && d >= min && d <= max, expectedNumber(min, max)))
        return std::nullopt;
    return d;
}

std::optional<JsonObjectReader> JsonNode::object() const
{
    if (!expect(m_value.isObject(), u"an object"_s))
        return std::nullopt;
    return JsonObjectReader(*this, m_value.toObject());
}

std::optional<JsonArrayReader> JsonNode::array(qsizetype minSize, const QString &itemNoun) const
{
    if (!expect(m_value.isArray(), u"an array"_s))
        return std::nullopt;
    const QJsonArray a = m_value.toArray();
    if (a.size() < minSize) {
        fail(u"expected at least "_s + QString::number(minSize) + u' ' + itemNoun + u", found "_s
            + (a.isEmpty() ? u"none"_s : QString::number(a.size())));
        return std::nullopt;
    }
    return JsonArrayReader(*this, a);
}

JsonObjectReader::JsonObjectReader(JsonNode node, QJsonObject object)
    : m_node(std::move(node))
    , m_object(std::move(object))
{ }

JsonNode JsonObjectReader::at(const QString &key) const
{
    return JsonNode(m_node.problems(), m_object.value(key), path().key(key));
}

std::optional<JsonNode> JsonObjectReader::required(const QString &key, const QString &expected) const
{
    if (!has(key)) {
        m_node.problems().add(path().key(key), u"required key is missing; expected "_s + expected);
        return std::nullopt;
    }
    return at(key);
}

std::optional<JsonNode> JsonObjectReader::ifPresent(const QString &key) const
{
    if (!has(key))
        return std::nullopt;
    return at(key);
}

QList<JsonNode> JsonObjectReader::members() const
{
    QList<JsonNode> nodes;
    nodes.reserve(m_object.size());
    for (auto it = m_object.begin(); it != m_object.end(); ++it)
        nodes.append(JsonNode(m_node.problems(), it.value(), path().key(it.key())));
    return nodes;
}

bool JsonObjectReader::allowOnly(const QStringList &keys) const
{
    bool ok = true;
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!keys.contains(it.key())) {
            m_node.problems().add(
                path().key(it.key()), u"unknown key; expected one of: "_s + keys.join(u", "_s));
            ok = false;
        }
    }
    return ok;
}

std::optional<QString> JsonObjectReader::string(const QString &key, JsonText text) const
{
    const std::optional<JsonNode> n = required(key, JsonNode::expectedString(text));
    return n ? n->string(text) : std::nullopt;
}

std::optional<int> JsonObjectReader::integer(const QString &key, int min, int max) const
{
    const std::optional<JsonNode> n = required(key, JsonNode::expectedInteger(min, max));
    return n ? n->integer(min, max) : std::nullopt;
}

std::optional<double> JsonObjectReader::number(const QString &key, double min, double max) const
{
    const std::optional<JsonNode> n = required(key, JsonNode::expectedNumber(min, max));
    return n ? n->number(min, max) : std::nullopt;
}

std::optional<JsonObjectReader> JsonObjectReader::object(const QString &key) const
{
    const std::optional<JsonNode> n = required(key, u"an object"_s);
    return n ? n->object() : std::nullopt;
}

std::optional<JsonArrayReader> JsonObjectReader::array(
    const QString &key, qsizetype minSize, const QString &itemNoun) const
{
    const std::optional<JsonNode> n = required(key, u"an array"_s);
    return n ? n->array(minSize, itemNoun) : std::nullopt;
}

JsonArrayReader::JsonArrayReader(JsonNode node, QJsonArray array)
    : m_node(std::move(node))
    , m_array(std::move(array))
{ }

JsonNode JsonArrayReader::at(qsizetype index) const
{
    return JsonNode(m_node.problems(), m_array.at(index), path().index(index));
}

bool readFormatAndVersion(
    const JsonObjectReader &root, const QString &formatName, int newestVersion, const QString &noun)
{
    const QString quotedName = u'"' + formatName + u'"';
    const QString hint = u" (is this a Panelist "_s + noun + u"?)"_s;
    const std::optional<JsonNode> format = root.required(u"format"_s, quotedName + hint);
    if (!format)
        return false;
    if (format->value() != QJsonValue(formatName)) {
        format->fail(u"expected "_s + quotedName + u", found "_s + describeJsonValue(format->value()) + hint);
        return false;
    }
    const std::optional<int> version = root.integer(u"version"_s, 1, std::numeric_limits<int>::max());
    if (!version)
        return false;
    if (*version > newestVersion) {
        root.at(u"version"_s)
            .fail(u"version "_s + QString::number(*version) + u" is newer than this Panelist supports ("_s
                + QString::number(newestVersion) + u"); update Panelist to open it"_s);
        return false;
    }
    return true;
}

} // namespace panelist
