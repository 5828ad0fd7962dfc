#pragma once

// Internal to models/storage: the state behind ResponseStore, shared by its .cpp files.

#include "models/storage/responsestore.h"
#include "models/storage/sqliteconnection.h"
#include "models/storage/storedtime.h"

#include <QDateTime>

namespace panelist {

struct ResponseStore::Private
{
    std::unique_ptr<SqliteConnection> conn;
    QByteArray instrumentJson; // read once at open; the instrument never changes in a file
    QString fingerprint;
    QMap<QString, QString> extraMeta;
};

namespace ResponseStoreDetail {

// The meta keys that belong to the response itself; any other meta row is ResponseStore's extra meta.
const QStringList &ownMetaKeys();

// Meta rows and every answer of data, replacing what the file holds; the caller's transaction.
Status writeWholeResponse(SqliteConnection &c, const ResponseData &data, const QString &context);

inline QVariant nullableText(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

} // namespace ResponseStoreDetail

} // namespace panelist
