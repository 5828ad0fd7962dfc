#include "models/storage/surveystore.h"

#include "models/common/boundedread.h"
#include "models/storage/durablefile.h"
#include "models/storage/responsestore.h"
#include "models/storage/sqliteconnection.h"
#include "models/storage/sqlitedefences.h"
#include "models/storage/sqliteheader.h"
#include "models/storage/studystore.h"
#include "models/storage/surveyschema.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace panelist::SurveyStore {

namespace {

constexpr qint64 HeaderSize = 100;

// One line of at most 60 characters: SQLite's reports may span lines.
QString shortText(QString s)
{
    s.replace(u'\n', u' ');
    return s.size() > 60 ? s.left(60) + u'…' : s;
}

Status writeNewFile(const QString &path, const QList<std::pair<QString, QString>> &meta,
    const QByteArray &instrumentJson, const QString &fingerprint)
{
    auto conn = SqliteConnection::open(path, false);
    if (!conn)
        return Status::failure(conn.error());
    SqliteConnection &c = **conn;
    const QString context = u"Could not write the survey file"_s;
    // A pragma takes no bound value; the number is our own constant.
    if (Status s = c.exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId), context); !s)
        return s;
    if (Status s = SurveySchema::migrate(c); !s)
        return s;
    return c.writeTransaction(context, [&]() -> Status {
        if (Status s = c.exec(u"INSERT INTO instrument (id, fingerprint, json) VALUES (1, ?, ?)"_s,
                { fingerprint, instrumentJson }, context);
            !s)
            return s;
        for (const auto &[key, value] : meta) {
            if (Status s = c.exec(u"INSERT INTO meta (key, value) VALUES (?, ?)"_s, { key, value }, context);
                !s)
                return s;
        }
        return {};
    });
}

// What a file with another application_id is, for the message.
QString otherApplication(quint32 id)
{
    if (id == 0)
        return u"a plain SQLite database"_s;
    if (id == ResponseStore::ApplicationId)
        return u"a Panelist response file"_s;
    if (id == StudyStore::ApplicationId)
        return u"a Panelist study database"_s;
    return u"it belongs to another application (application_id %1)"_s.arg(hex32(id));
}

// Steps with plain file I/O: the bytes, read once, and their header. SQLite has seen nothing yet.
Result<QByteArray> readCheckedBytes(const QString &path)
{
    using R = Result<QByteArray>;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(u"file not found"_s);
    if (info.isDir())
        return R::failure(u"is a folder, not a survey file"_s);
    if (info.size() > MaxFileBytes)
        return R::failure(u"larger than %1 MiB; not a Panelist survey file"_s.arg(MaxFileBytes >> 20));
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return R::failure(u"cannot be read (%1)"_s.arg(in.errorString()));
    // One more byte than allowed, to notice a file that grew after the size was looked at.
    QByteArray bytes = readAtMost(in, MaxFileBytes + 1);
    if (in.error() != QFileDevice::NoError)
        return R::failure(u"cannot be read (%1)"_s.arg(in.errorString()));
    if (bytes.size() > MaxFileBytes)
        return R::failure(u"larger than %1 MiB; not a Panelist survey file"_s.arg(MaxFileBytes >> 20));
    if (bytes.isEmpty())
        return R::failure(u"empty file (0 bytes); not a Panelist survey file"_s);
    if (!hasSqliteMagic(bytes))
        return R::failure(u"not a Panelist survey file (not SQLite)"_s);
    if (bytes.size() < HeaderSize)
        return R::failure(u"truncated SQLite file (%1 bytes, shorter than its header)"_s.arg(bytes.size()));
    const SqliteHeader h = parseSqliteHeader(bytes.left(HeaderSize), bytes.size());
    if (h.applicationId != ApplicationId)
        return R::failure(u"not a Panelist survey file (%1)"_s.arg(otherApplication(h.applicationId)));
    if (h.userVersion > quint32(SchemaVersion))
        return R::failure(u"written by a newer Panelist (survey file schema %1; this version reads up to "
                          u"%2). Update Panelist to open it."_s.arg(h.userVersion)
                              .arg(SchemaVersion));
    if (h.userVersion == 0)
        return R::failure(u"an incomplete survey file (schema version 0: it was never finished)"_s);
    if (h.pageSize < 512 || (h.pageSize & (h.pageSize - 1)) != 0)
        return R::failure(u"damaged SQLite header (page size %1)"_s.arg(h.pageSize));
    if (h.pageCountValid && bytes.size() < qint64(h.pageCount) * h.pageSize)
        return R::failure(u"truncated (the file has %1 bytes; its header says %2)"_s.arg(bytes.size())
                              .arg(qint64(h.pageCount) * h.pageSize));
    const QFileInfo wal(path + u"-wal"_s);
    if (wal.exists() && wal.size() > 0)
        return R::failure(u"a -wal file beside it holds changes that are not in the file; Panelist writes "
                          u"survey files without one"_s);
    // The copy has no -wal: with the WAL flag (header bytes 18 and 19) SQLite would look for one.
    if (h.isWal()) {
        bytes[18] = 1;
        bytes[19] = 1;
    }
    return bytes;
}

Status integrityCheck(SqliteConnection &c)
{
    const auto rows = c.column(u"PRAGMA integrity_check(1)"_s, u"Could not check the survey file"_s);
    if (!rows)
        return Status::failure(u"damaged file (SQLite integrity_check could not run)"_s);
    if (*rows != QStringList { u"ok"_s })
        return Status::failure(
            u"damaged file (SQLite integrity_check: %1)"_s.arg(shortText(rows->join(u' '))));
    return {};
}

// Exactly the schema SurveySchema makes: no other table, index, trigger or view.
Status checkSchema(SqliteConnection &c)
{
    const QStringList &ours = SurveySchema::reference();
    if (ours.isEmpty())
        return Status::failure(u"could not build the reference schema of a survey file"_s);
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT type || ' ' || name || ' on ' || tbl_name || ': ' || ifnull(sql, ''), type, name "
                u"FROM sqlite_schema ORDER BY type, name LIMIT 100"_s))
        return Status::failure(u"damaged file (its schema cannot be read: %1)"_s.arg(sqliteErrorText(q)));
    QStringList theirs;
    while (q.next()) {
        if (!ours.contains(q.value(0).toString()))
            return Status::failure(u"not a survey file as Panelist writes it: unexpected %1 \"%2\""_s.arg(
                q.value(1).toString(), shortText(q.value(2).toString())));
        theirs.append(q.value(0).toString());
    }
    for (const QString &row : ours) {
        if (!theirs.contains(row))
            return Status::failure(
                u"not a survey file as Panelist writes it: missing %1"_s.arg(row.section(u':', 0, 0)));
    }
    return {};
}

// Every key and value text (no silent conversion of a number or a blob), each key once.
Result<QMap<QString, QString>> readMeta(SqliteConnection &c)
{
    using R = Result<QMap<QString, QString>>;
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT key, value, typeof(key), typeof(value) FROM meta LIMIT %1"_s.arg(MaxMetaRows + 1)))
        return R::failure(u"damaged file (table meta cannot be read: %1)"_s.arg(sqliteErrorText(q)));
    QMap<QString, QString> meta;
    int rows = 0;
    while (q.next()) {
        if (++rows > MaxMetaRows)
            return R::failure(u"table meta has more than %1 rows"_s.arg(MaxMetaRows));
        const QString key = q.value(0).toString();
        if (q.value(2).toString() != u"text"_s || q.value(3).toString() != u"text"_s)
            return R::failure(u"meta: the key or value of \"%1\" is not text"_s.arg(shortText(key)));
        if (meta.contains(key))
            return R::failure(u"meta: \"%1\" is given twice"_s.arg(shortText(key)));
        meta.insert(key, q.value(1).toString());
    }
    return meta;
}

Status readInstrument(SqliteConnection &c, SurveyFileRows &rows)
{
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, fingerprint, json, typeof(fingerprint), typeof(json) FROM instrument LIMIT 2"_s))
        return Status::failure(
            u"damaged file (table instrument cannot be read: %1)"_s.arg(sqliteErrorText(q)));
    if (!q.next())
        return Status::failure(u"no instrument in the file"_s);
    if (q.value(0).toLongLong() != 1 || q.value(3).toString() != u"text"_s
        || q.value(4).toString() != u"blob"_s)
        return Status::failure(u"the instrument row is not as Panelist writes it"_s);
    rows.fingerprint = q.value(1).toString();
    rows.instrumentJson = q.value(2).toByteArray();
    if (q.next())
        return Status::failure(u"more than one instrument in the file"_s);
    return {};
}

// The bytes opened in memory: SQLite reads them in place (sqlite3_deserialize, which QtSql lacks),
// read-only, on a connection with its defences on; nothing is ever written to disk.
Result<SurveyFileRows> readInMemory(QByteArray &bytes)
{
    using R = Result<SurveyFileRows>;
    auto conn = SqliteConnection::open(u":memory:"_s, false);
    if (!conn)
        return R::failure(u"could not be given to SQLite (%1)"_s.arg(conn.error()));
    SqliteConnection &c = **conn;
    if (Status s = enableSqliteDefences(c, int(MaxFileBytes), 0); !s)
        return R::failure(s.error());
    sqlite3 *h = c.handle();
    const int rc = h ? sqlite3_deserialize(h, "main", reinterpret_cast<unsigned char *>(bytes.data()),
                       bytes.size(), bytes.size(), SQLITE_DESERIALIZE_READONLY)
                     : SQLITE_MISUSE;
    if (rc != SQLITE_OK)
        return R::failure(u"could not be given to SQLite (%1)"_s.arg(QString::fromUtf8(sqlite3_errstr(rc))));
    if (Status s = c.exec(u"PRAGMA query_only = ON"_s, u"Could not open the survey file read-only"_s); !s)
        return R::failure(s.error());
    for (const auto &step : { &integrityCheck, &checkSchema }) {
        if (const Status s = step(c); !s)
            return R::failure(s.error());
    }
    SurveyFileRows rows;
    auto meta = readMeta(c);
    if (!meta)
        return R::failure(meta.error());
    rows.meta = std::move(meta).value();
    if (Status s = readInstrument(c, rows); !s)
        return R::failure(s.error());
    return rows;
}

} // namespace

Status create(const QString &path, const QList<std::pair<QString, QString>> &meta,
    const QByteArray &instrumentJson, const QString &fingerprint)
{
    const QString shown = displayPath(path);
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) // a dangling link still blocks the name
        return Status::failure(
            u"%1: already exists; refusing to overwrite it (choose another name)"_s.arg(shown));
    if (!QFileInfo(info.absolutePath()).isDir())
        return Status::failure(u"%1: its folder does not exist"_s.arg(shown));
    return DurableFile::createByRename(
        path, [&](const QString &temp) { return writeNewFile(temp, meta, instrumentJson, fingerprint); });
}

Result<SurveyFileRows> read(const QString &path)
{
    using R = Result<SurveyFileRows>;
    const QString prefix = displayPath(path) + u": "_s;
    auto bytes = readCheckedBytes(path);
    if (!bytes)
        return R::failure(prefix + bytes.error());
    // bytes outlives the in-memory database, which reads them in place.
    auto rows = readInMemory(*bytes);
    if (!rows)
        return R::failure(prefix + rows.error());
    return rows;
}

} // namespace panelist::SurveyStore
