#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace panelist {

// One step from a JSON value to a child: an object key, or an array index counted from 0.
struct JsonPathSegment
{
    QString key; // the object key, when index is -1
    qsizetype index = -1; // the array element, or -1 for an object key

    static JsonPathSegment ofKey(const QString &key) { return { key, -1 }; }
    static JsonPathSegment ofIndex(qsizetype index) { return { QString(), index }; }
    bool isIndex() const { return index >= 0; }
    friend bool operator==(const JsonPathSegment &, const JsonPathSegment &) = default;
};

// Where a value sits in a document. Kept as segments, so that code which built the document from
// something else (a spreadsheet, a form) can map a problem back to its origin, and rendered as text
// for people: "$" is the document, ".key" an object key, "[n]" an array element, and a key that is
// not a plain word (ASCII letters, digits, '_' and '-') is written as a JSON string in brackets:
// $.measures[13].name, $.effectiveness["m 02"]["a.b"].
class JsonPath
{
public:
    JsonPath() = default; // the document itself, "$"
    explicit JsonPath(QList<JsonPathSegment> segments)
        : m_segments(std::move(segments))
    { }

    JsonPath key(const QString &key) const;
    JsonPath index(qsizetype index) const;

    const QList<JsonPathSegment> &segments() const { return m_segments; }
    bool isRoot() const { return m_segments.isEmpty(); }
    QString toString() const;

    friend bool operator==(const JsonPath &, const JsonPath &) = default;

private:
    QList<JsonPathSegment> m_segments;
};

// One thing wrong with a document, at one place: "expected a string, found a number (3)".
struct JsonProblem
{
    JsonPath path;
    QString problem;

    QString toString() const; // "<path>: <problem>"
    friend bool operator==(const JsonProblem &, const JsonProblem &) = default;
};

// "<source>: <path>: <problem>", one line per problem: how every JSON error in Panelist reads.
QString formatJsonProblems(const QString &source, const QList<JsonProblem> &problems);

} // namespace panelist
