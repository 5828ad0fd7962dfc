#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace panelist {

// Reading a value of the wrong shape throws JsonError. Only InstrumentParser catches it (and turns
// it into a Result failure); it never escapes the parser. Throwing keeps each schema rule one line
// instead of a chain of early returns, and the first problem found is the one reported.
struct JsonError
{
    QString path;    // "$.measures[3].id"
    QString problem; // "expected a string, found a number (3)"
};

// Plain-language description of a value for "found ..." in messages.
QString describeJsonValue(const QJsonValue &value);
// "$.a" + "b" -> "$.a.b"; keys that are not plain identifiers are quoted: $.a["odd key"].
QString jsonChildPath(const QString &path, const QString &key);
QString jsonElementPath(const QString &path, qsizetype index);

// Free functions for values that are not read through an object key (array elements).
QString readJsonString(const QJsonValue &value, const QString &path, bool allowEmpty);
QString readJsonId(const QJsonValue &value, const QString &path);
// Ids are what response files and exports refer to, so they are kept to a safe, short alphabet.
bool isValidId(const QString &id);

// A JSON object together with its path in the document, so every complaint can say where.
class JsonObjectReader
{
public:
    // Throws unless value is an object.
    JsonObjectReader(const QJsonValue &value, QString path);

    const QString &path() const { return m_path; }
    const QJsonObject &object() const { return m_object; }
    QString pathOf(const QString &key) const { return jsonChildPath(m_path, key); }
    bool has(const QString &key) const { return m_object.contains(key); }

    // Rejects the first key (in sorted order) that is not listed.
    void allowOnly(const QStringList &keys) const;

    // Required values: a missing key throws "required key is missing; expected ...".
    QString string(const QString &key, bool allowEmpty = true) const;
    QString id(const QString &key) const;
    int integer(const QString &key, int min, int max) const;
    double number(const QString &key, double min, double max) const;
    JsonObjectReader child(const QString &key) const;
    QJsonArray array(const QString &key, qsizetype minSize = 0, const QString &itemNoun = {}) const;

    QString optionalString(const QString &key, const QString &fallback = {}) const;

private:
    QJsonValue required(const QString &key, const QString &expected) const;

    QJsonObject m_object;
    QString m_path;
};

} // namespace panelist
