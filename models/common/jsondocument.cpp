#include "models/common/jsondocument.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>

#include <jansson.h>

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

using Segments = QList<JsonPathSegment>;

JsonProblem tooDeep(Segments path)
{
    path.resize(std::min<qsizetype>(path.size(), MaxJsonDepth));
    return { JsonPath(std::move(path)),
        u"expected at most "_s + QString::number(MaxJsonDepth)
            + u" levels of nested arrays and objects, found more"_s };
}

// The string literal text[from, to) (quotes included), decoded; Jansson has already read it once.
QString decodeString(QByteArrayView text, qsizetype from, qsizetype to)
{
    json_error_t error;
    json_t *s = json_loadb(text.data() + from, size_t(to - from), JSON_DECODE_ANY, &error);
    const QString decoded = json_is_string(s)
        ? QString::fromUtf8(json_string_value(s), qsizetype(json_string_length(s)))
        : QString();
    json_decref(s);
    return decoded;
}

// Where Jansson stopped: the path of the container open at offset end of text (which Jansson read
// without complaint up to there), and of the key just read in it, if any. Jansson says only line
// and column; the path tells which object repeats a key, and is the same for every layout.
Segments pathAt(QByteArrayView text, qsizetype end)
{
    struct Frame
    {
        bool isObject = false;
        qsizetype index = 0; // array: the element being read
        qsizetype keyFrom = 0; // object: the member being read, as text[keyFrom, keyTo)
        qsizetype keyTo = 0;
        bool keyPending = false; // object: a key may come next (after '{' or ',')
        bool hasKey = false; // object: a key was read since '{' or ','
    };
    QList<Frame> stack;
    for (qsizetype i = 0; i < end; ++i) {
        const char c = text.at(i);
        if (c == '{' || c == '[') {
            stack.append(Frame { c == '{', 0, 0, 0, c == '{', false });
        } else if ((c == '}' || c == ']') && !stack.isEmpty()) {
            stack.removeLast();
        } else if (c == ',' && !stack.isEmpty()) {
            Frame &f = stack.last();
            ++f.index;
            f.keyPending = f.isObject;
            f.hasKey = false;
        } else if (c == '"') {
            qsizetype close = i + 1;
            while (close < end && text.at(close) != '"')
                close += text.at(close) == '\\' ? 2 : 1;
            if (!stack.isEmpty() && stack.last().keyPending) {
                Frame &f = stack.last();
                f.keyFrom = i;
                f.keyTo = std::min(close + 1, end);
                f.keyPending = false;
                f.hasKey = true;
            }
            i = close;
        }
    }
    Segments path;
    for (qsizetype level = 0; level < stack.size(); ++level) {
        const Frame &f = stack.at(level);
        const bool innermost = level == stack.size() - 1;
        if (f.isObject && (!innermost || f.hasKey))
            path.append(JsonPathSegment::ofKey(decodeString(text, f.keyFrom, f.keyTo)));
        else if (!f.isObject && !innermost)
            path.append(JsonPathSegment::ofIndex(f.index));
    }
    return path;
}

JsonProblem parseProblem(QByteArrayView text, const json_error_t &error)
{
    const QString where = u"line "_s + QString::number(error.line) + u", column "_s
        + QString::number(std::max(error.column, 1));
    switch (json_error_code(&error)) {
    case json_error_duplicate_key:
        return { JsonPath(pathAt(text, error.position)),
            u"a key appears twice in this object (again at "_s + where + u')' };
    case json_error_stack_overflow:
        return tooDeep(pathAt(text, error.position));
    default:
        break;
    }
    QString what = QString::fromUtf8(error.text);
    // Jansson names its own option; the reader of the message needs only the rule.
    what.replace(u" without JSON_ALLOW_NUL"_s, u" in a string"_s);
    return { JsonPath(), u"not valid JSON at "_s + where + u": "_s + what };
}

// Jansson's tree as QJsonValue; nothing deeper than MaxJsonDepth (depth counts the containers
// around a value, the outermost being 1).
class Converter
{
public:
    std::optional<JsonProblem> problem;

    QJsonValue convert(json_t *v, int depth)
    {
        switch (json_typeof(v)) {
        case JSON_OBJECT:
            return depth > MaxJsonDepth ? refuse() : object(v, depth);
        case JSON_ARRAY:
            return depth > MaxJsonDepth ? refuse() : array(v, depth);
        case JSON_STRING:
            return QString::fromUtf8(json_string_value(v), qsizetype(json_string_length(v)));
        case JSON_INTEGER:
            return QJsonValue(qint64(json_integer_value(v)));
        case JSON_REAL:
            return json_real_value(v);
        case JSON_TRUE:
            return true;
        case JSON_FALSE:
            return false;
        case JSON_NULL:
            break;
        }
        return QJsonValue(QJsonValue::Null);
    }

private:
    QJsonValue refuse()
    {
        problem = tooDeep(m_at);
        return {};
    }

    QJsonValue object(json_t *v, int depth)
    {
        // Inserted in QJsonObject's (sorted) order, so each insert appends instead of shifting.
        std::vector<std::pair<QString, json_t *>> members;
        members.reserve(json_object_size(v));
        const char *key = nullptr;
        json_t *child = nullptr;
        json_object_foreach(v, key, child) members.emplace_back(QString::fromUtf8(key), child);
        std::sort(
            members.begin(), members.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QJsonObject o;
        for (const auto &[k, c] : members) {
            m_at.append(JsonPathSegment::ofKey(k));
            const QJsonValue value = convert(c, depth + 1);
            m_at.removeLast();
            if (problem)
                return {};
            o.insert(k, value);
        }
        return o;
    }

    QJsonValue array(json_t *v, int depth)
    {
        QJsonArray a;
        for (size_t i = 0; i < json_array_size(v); ++i) {
            m_at.append(JsonPathSegment::ofIndex(qsizetype(i)));
            const QJsonValue value = convert(json_array_get(v, i), depth + 1);
            m_at.removeLast();
            if (problem)
                return {};
            a.append(value);
        }
        return a;
    }

    Segments m_at;
};

constexpr qsizetype Missing = std::numeric_limits<qsizetype>::max();

// Where path leads in the text: per segment the position of the key among its object's keys as
// written, or the array index; Missing (after everything else) from the first segment not there.
QList<qsizetype> placeOf(json_t *root, const JsonPath &path)
{
    QList<qsizetype> place;
    json_t *node = root;
    for (const JsonPathSegment &s : path.segments()) {
        json_t *next = nullptr;
        qsizetype at = Missing;
        if (s.isIndex() && json_is_array(node) && size_t(s.index) < json_array_size(node)) {
            at = s.index;
            next = json_array_get(node, size_t(s.index));
        } else if (!s.isIndex() && json_is_object(node)) {
            const QByteArray wanted = s.key.toUtf8();
            qsizetype i = 0;
            const char *key = nullptr;
            json_t *value = nullptr;
            json_object_foreach(node, key, value)
            {
                if (wanted == key) {
                    at = i;
                    next = value;
                    break;
                }
                ++i;
            }
        }
        place.append(at);
        if (!next)
            break;
        node = next;
    }
    return place;
}

} // namespace

JsonDocument JsonDocument::parse(const QByteArray &json)
{
    JsonDocument doc;
    if (json.size() > MaxJsonBytes) {
        doc.m_error = tooLong(json.size());
        return doc;
    }
    QByteArrayView text(json);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    json_error_t error;
    // Jansson takes no null pointer, not even for no text.
    const char *bytes = text.isNull() ? "" : text.data();
    json_t *tree = json_loadb(bytes, size_t(text.size()), JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &error);
    if (!tree) {
        doc.m_error = parseProblem(text, error);
        return doc;
    }
    doc.m_tree.reset(tree, [](json_t *t) { json_decref(t); });
    Converter converter;
    QJsonValue root = converter.convert(tree, 1);
    if (converter.problem) {
        doc.m_error = std::move(converter.problem);
        doc.m_tree.reset();
        return doc;
    }
    doc.m_root = std::move(root);
    return doc;
}

JsonProblem JsonDocument::tooLong(qint64 bytes)
{
    return { JsonPath(),
        u"expected at most "_s + QString::number(MaxJsonBytes) + u" bytes ("_s
            + QString::number(MaxJsonBytes / (1024 * 1024)) + u" MiB) of JSON, found "_s
            + QString::number(bytes) + u" bytes"_s };
}

QList<JsonProblem> JsonDocument::inDocumentOrder(QList<JsonProblem> problems) const
{
    if (!m_tree)
        return problems;
    std::vector<std::pair<QList<qsizetype>, qsizetype>> places;
    places.reserve(size_t(problems.size()));
    for (qsizetype i = 0; i < problems.size(); ++i)
        places.emplace_back(placeOf(m_tree.get(), problems.at(i).path), i);
    std::stable_sort(places.begin(), places.end(), [](const auto &a, const auto &b) {
        return std::lexicographical_compare(
            a.first.cbegin(), a.first.cend(), b.first.cbegin(), b.first.cend());
    });
    QList<JsonProblem> sorted;
    sorted.reserve(problems.size());
    for (const auto &place : places)
        sorted.append(std::move(problems[place.second]));
    return sorted;
}

} // namespace panelist
