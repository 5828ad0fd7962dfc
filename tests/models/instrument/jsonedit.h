#pragma once

// Test helper: build bad (or alternative) instruments by editing a valid document at a path.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace panelist::test {

// Edit at a '/'-separated path ("measures/1/id"); numeric segments index arrays (the index one past
// the end appends). An Undefined value removes the key or element.
struct JsonEdit
{
    QString path;
    QJsonValue value;
};

inline QJsonValue removed()
{
    return QJsonValue(QJsonValue::Undefined);
}

inline QJsonValue editedValue(const QJsonValue &node, QStringList segments, const QJsonValue &value)
{
    if (segments.isEmpty())
        return value;
    const QString head = segments.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (node.isArray() && isIndex) {
        QJsonArray array = node.toArray();
        if (segments.isEmpty() && value.isUndefined()) {
            array.removeAt(index);
            return array;
        }
        const QJsonValue child = index < array.size() ? array.at(index) : QJsonValue();
        const QJsonValue replacement = editedValue(child, segments, value);
        if (index < array.size())
            array.replace(index, replacement);
        else
            array.append(replacement);
        return array;
    }
    QJsonObject object = node.toObject();
    if (segments.isEmpty() && value.isUndefined()) {
        object.remove(head);
        return object;
    }
    object.insert(head, editedValue(object.value(head), segments, value));
    return object;
}

inline QJsonObject edited(QJsonObject root, std::initializer_list<JsonEdit> edits)
{
    for (const JsonEdit &e : edits)
        root = editedValue(root, e.path.split(QLatin1Char('/')), e.value).toObject();
    return root;
}

inline QByteArray toBytes(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace panelist::test
