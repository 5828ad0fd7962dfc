#include "models/instrument/jsonreader.h"

#include <QRegularExpression>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// Long strings are shortened in messages so one bad value does not flood the error text.
QString quoted(const QString &text)
{
    constexpr qsizetype maxShown = 40;
    if (text.size() <= maxShown)
        return u'"' + text + u'"';
    return u'"' + text.left(maxShown) + u"…\""_s;
}

QString formatNumber(double d)
{
    return QString::number(d, 'g', 15);
}

[[noreturn]] void fail(const QString &path, const QString &problem)
{
    throw JsonError{path, problem};
}

} // namespace

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
        return u"a number ("_s + formatNumber(value.toDouble()) + u')';
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

QString jsonChildPath(const QString &path, const QString &key)
{
    static const QRegularExpression plain(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    if (plain.match(key).hasMatch())
        return path + u'.' + key;
    QString escaped = key;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return path + u"[\""_s + escaped + u"\"]"_s;
}

QString jsonElementPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_.-]{1,64}$"_s);
    return pattern.match(id).hasMatch();
}

QString readJsonString(const QJsonValue &value, const QString &path, bool allowEmpty)
{
    if (!value.isString())
        fail(path, u"expected a string, found "_s + describeJsonValue(value));
    if (!allowEmpty && value.toString().trimmed().isEmpty())
        fail(path, u"expected a non-empty string, found "_s + describeJsonValue(value));
    return value.toString();
}

QString readJsonId(const QJsonValue &value, const QString &path)
{
    if (!value.isString())
        fail(path, u"expected an id (a string), found "_s + describeJsonValue(value));
    const QString id = value.toString();
    if (!isValidId(id)) {
        fail(path,
             u"expected an id of 1 to 64 letters, digits, '_', '.' or '-', found "_s
                 + describeJsonValue(value));
    }
    return id;
}

JsonObjectReader::JsonObjectReader(const QJsonValue &value, QString path)
    : m_path(std::move(path))
{
    if (!value.isObject())
        fail(m_path, u"expected an object, found "_s + describeJsonValue(value));
    m_object = value.toObject();
}

void JsonObjectReader::allowOnly(const QStringList &keys) const
{
    // QJsonObject iterates in sorted key order, so the reported key is deterministic.
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!keys.contains(it.key()))
            fail(pathOf(it.key()), u"unknown key; expected one of: "_s + keys.join(u", "_s));
    }
}

QJsonValue JsonObjectReader::required(const QString &key, const QString &expected) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        fail(pathOf(key), u"required key is missing; expected "_s + expected);
    return v;
}

QString JsonObjectReader::string(const QString &key, bool allowEmpty) const
{
    const QString expected = allowEmpty ? u"a string"_s : u"a non-empty string"_s;
    return readJsonString(required(key, expected), pathOf(key), allowEmpty);
}

QString JsonObjectReader::id(const QString &key) const
{
    return readJsonId(required(key, u"an id (a string)"_s), pathOf(key));
}

int JsonObjectReader::integer(const QString &key, int min, int max) const
{
    const QString expected =
        u"a whole number from "_s + QString::number(min) + u" to "_s + QString::number(max);
    const QJsonValue v = required(key, expected);
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d || d < min || d > max)
        fail(pathOf(key), u"expected "_s + expected + u", found "_s + describeJsonValue(v));
    return static_cast<int>(d);
}

double JsonObjectReader::number(const QString &key, double min, double max) const
{
    const QString expected = u"a number from "_s + formatNumber(min) + u" to "_s + formatNumber(max);
    const QJsonValue v = required(key, expected);
    const double d = v.toDouble();
    if (!v.isDouble() || !(d >= min && d <= max))
        fail(pathOf(key), u"expected "_s + expected + u", found "_s + describeJsonValue(v));
    return d;
}

JsonObjectReader JsonObjectReader::child(const QString &key) const
{
    return JsonObjectReader(required(key, u"an object"_s), pathOf(key));
}

QJsonArray JsonObjectReader::array(const QString &key, qsizetype minSize,
                                   const QString &itemNoun) const
{
    const QJsonValue v = required(key, u"an array"_s);
    if (!v.isArray())
        fail(pathOf(key), u"expected an array, found "_s + describeJsonValue(v));
    const QJsonArray a = v.toArray();
    if (a.size() < minSize) {
        fail(pathOf(key),
             u"expected at least "_s + QString::number(minSize) + u' ' + itemNoun + u", found "_s
                 + (a.isEmpty() ? u"none"_s : QString::number(a.size())));
    }
    return a;
}

QString JsonObjectReader::optionalString(const QString &key, const QString &fallback) const
{
    if (!has(key))
        return fallback;
    return readJsonString(m_object.value(key), pathOf(key), true);
}

} // namespace panelist
