#pragma once

#include "models/common/jsonpath.h"
#include "models/common/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>
#include <utility>

namespace panelist {

class JsonDocument;
class JsonObjectReader;
class JsonArrayReader;

// At most this many problems are kept per document, the rest only counted: a document built to
// fail everywhere must not fill memory with messages.
constexpr qsizetype MaxJsonProblems = 1000;

// Every problem found while reading one document, in the order found.
class JsonProblems
{
public:
    void add(const JsonPath &path, const QString &problem);
    qsizetype count() const { return m_kept.size() + m_dropped; }
    bool isEmpty() const { return count() == 0; }
    const QList<JsonProblem> &kept() const { return m_kept; }
    // kept() in the order of the text, then "$: N more problems not listed" when some were dropped.
    QList<JsonProblem> inDocumentOrder(const JsonDocument &doc) const;

private:
    QList<JsonProblem> m_kept;
    qsizetype m_dropped = 0;
};

// What reading a document gives: the value, or every problem (never both).
template<typename T> struct JsonReading
{
    std::optional<T> value;
    QList<JsonProblem> problems; // in document order

    // The value, or the problems as "<source>: <path>: <problem>", one per line.
    Result<T> toResult(const QString &source) &&
    {
        if (value)
            return std::move(*value);
        return Result<T>::failure(formatJsonProblems(source, problems));
    }
};

// For "found ...": "nothing", "null", "a boolean (true)", "a number (3)", "an empty string",
// "the string \"text\"" (JSON-escaped, long text shortened), "an array", "an object".
QString describeJsonValue(const QJsonValue &value);

enum class JsonText { MayBeEmpty, NonEmpty }; // NonEmpty: not empty and not only white space

// One value of a document with its path and the problem list it reports to. A read returns the
// value, or adds one problem ("expected X, found Y") and returns nothing: the caller then skips
// what depends on the value instead of reporting follow-on nonsense.
class JsonNode
{
public:
    JsonNode(JsonProblems &problems, QJsonValue value, JsonPath path);

    const QJsonValue &value() const { return m_value; }
    const JsonPath &path() const { return m_path; }
    // The object key this value is under (empty for an array element or the document).
    QString key() const;
    JsonProblems &problems() const { return *m_problems; }

    void fail(const QString &problem) const;
    // Adds "expected <what>, found <this value>" unless ok; returns ok.
    bool expect(bool ok, const QString &what) const;

    std::optional<QString> string(JsonText text = JsonText::MayBeEmpty) const;
    // A whole number (3 or 3.0, not 3.5) from min to max.
    std::optional<int> integer(
        int min = std::numeric_limits<int>::min(), int max = std::numeric_limits<int>::max()) const;
    std::optional<double> number(double min, double max) const;
    std::optional<JsonObjectReader> object() const;
    // At least minSize elements, else "expected at least 2 points, found 1".
    std::optional<JsonArrayReader> array(qsizetype minSize = 0, const QString &itemNoun = {}) const;

    // What the reads above expect, as they word it.
    static QString expectedString(JsonText text);
    static QString expectedInteger(int min, int max);
    static QString expectedNumber(double min, double max);

private:
    JsonProblems *m_problems;
    QJsonValue m_value;
    JsonPath m_path;
};

class JsonObjectReader
{
public:
    const JsonNode &node() const { return m_node; }
    const JsonPath &path() const { return m_node.path(); }
    const QJsonObject &object() const { return m_object; }
    bool has(const QString &key) const { return m_object.contains(key); }

    // The member (its value Undefined when absent).
    JsonNode at(const QString &key) const;
    // The member, or nothing after "required key is missing; expected <expected>".
    std::optional<JsonNode> required(const QString &key, const QString &expected) const;
    // The member, or nothing (and no problem) when absent.
    std::optional<JsonNode> ifPresent(const QString &key) const;
    // Every member, in key order.
    QList<JsonNode> members() const;
    // "unknown key; expected one of: a, b, c" for each key not listed; true when there is none.
    bool allowOnly(const QStringList &keys) const;

    // Required members read as JsonNode reads them.
    std::optional<QString> string(const QString &key, JsonText text = JsonText::MayBeEmpty) const;
    std::optional<int> integer(const QString &key, int min, int max) const;
    std::optional<double> number(const QString &key, double min, double max) const;
    std::optional<JsonObjectReader> object(const QString &key) const;
    std::optional<JsonArrayReader> array(
        const QString &key, qsizetype minSize = 0, const QString &itemNoun = {}) const;

private:
    friend class JsonNode;
    JsonObjectReader(JsonNode node, QJsonObject object);

    JsonNode m_node;
    QJsonObject m_object;
};

class JsonArrayReader
{
public:
    const JsonPath &path() const { return m_node.path(); }
    const QJsonArray &array() const { return m_array; }
    qsizetype size() const { return m_array.size(); }
    JsonNode at(qsizetype index) const;

private:
    friend class JsonNode;
    JsonArrayReader(JsonNode node, QJsonArray array);

    JsonNode m_node;
    QJsonArray m_array;
};

// "format" and "version", with which every Panelist document starts: format must be formatName,
// version a whole number from 1 to newestVersion. False, after one problem, when the document is
// something else or newer; nothing else in it should be read then. noun: "instrument", "response".
bool readFormatAndVersion(
    const JsonObjectReader &root, const QString &formatName, int newestVersion, const QString &noun);

} // namespace panelist
