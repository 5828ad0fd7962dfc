#include "models/merge/incomingfile.h"

#include "models/response/responsevalidator.h"
#include "models/storage/responseschema.h"
#include "models/storage/responsestore.h"
#include "models/storage/sqliteconnection.h"
#include "models/storage/sqliteheader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// Bounds on what a hostile file can make us hold in memory, far above any real response.
constexpr int MaxRowsPerTable = 10000;
constexpr int MaxValueBytes = 16 * 1024 * 1024; // SQLITE_LIMIT_LENGTH: no string or blob longer

struct Refusal
{
    QString reason;
};

// Removes the private copy (and anything SQLite put beside it) however reading ends.
class PrivateCopy
{
public:
    explicit PrivateCopy(const QString &folder)
        : m_path(QDir(folder).filePath(u"incoming-"_s + QUuid::createUuid().toString(QUuid::Id128) + u".sqlite"_s))
    {
    }
    ~PrivateCopy()
    {
        for (const QString &suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(m_path + suffix);
    }
    PrivateCopy(const PrivateCopy &) = delete;
    PrivateCopy &operator=(const PrivateCopy &) = delete;
    const QString &path() const { return m_path; }

private:
    QString m_path;
};

// Storage messages start with the path they looked at; the caller puts the file name in front itself.
QString withoutPath(QString message, const QString &copyPath, const QString &sourcePath)
{
    message.replace(displayPath(copyPath), displayPath(sourcePath));
    const QString prefix = displayPath(sourcePath) + u": "_s;
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

QString sqlReason(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

QString shortText(const QString &s)
{
    return s.size() > 60 ? s.left(60) + u'…' : s;
}

// Reads the whole file once (it is at most MaxResponseFileBytes) and hashes exactly those bytes.
QString readBytes(const QString &source, QByteArray &bytes, QString &sha256)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return u"cannot be read (%1)"_s.arg(in.errorString());
    // read(n) would reserve n bytes up front; ask for what the file has (plus one, to notice growth).
    bytes = in.read(qMin(in.size(), MaxResponseFileBytes) + 1);
    if (in.error() != QFileDevice::NoError)
        return u"cannot be read (%1)"_s.arg(in.errorString());
    if (bytes.size() > MaxResponseFileBytes)
        return u"larger than %1 MiB; not a response file"_s.arg(MaxResponseFileBytes / (1024 * 1024));
    sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return {};
}

// The copy is ours alone: with no -wal shipped beside it, the WAL flag (header bytes 18 and 19) would
// only make a read-only connection create -wal/-shm files, so the copy is written as a
// rollback-journal file. Everything else is byte for byte what was received.
QString writeCopy(QByteArray bytes, const QString &target)
{
    if (bytes.size() >= 20 && (bytes.at(18) == 2 || bytes.at(19) == 2)) {
        bytes[18] = 1;
        bytes[19] = 1;
    }
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || out.write(bytes) != bytes.size())
        return u"could not make a private copy in %1 (%2)"_s.arg(displayPath(target), out.errorString());
    return {};
}

// Defences through the raw handle, set before SQLite has read a single page of the file.
QString enableDefences(SqliteConnection &c)
{
    sqlite3 *h = c.handle();
    if (!h)
        return u"could not reach SQLite to enable its defences"_s;
    const std::pair<int, int> configs[] = {
        {SQLITE_DBCONFIG_DEFENSIVE, 1},      {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0},
        {SQLITE_DBCONFIG_ENABLE_TRIGGER, 0}, {SQLITE_DBCONFIG_ENABLE_VIEW, 0},
        {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0},
    };
    for (const auto &[option, value] : configs) {
        int now = -1;
        if (sqlite3_db_config(h, option, value, &now) != SQLITE_OK || now != value)
            return u"could not enable SQLite's defences (option %1)"_s.arg(option);
    }
    sqlite3_limit(h, SQLITE_LIMIT_LENGTH, MaxValueBytes);
    sqlite3_limit(h, SQLITE_LIMIT_SQL_LENGTH, 100000);
    sqlite3_limit(h, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(h, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, 0);
    for (const QString &pragma : {u"PRAGMA cell_size_check = ON"_s, u"PRAGMA mmap_size = 0"_s,
                                  u"PRAGMA trusted_schema = OFF"_s, u"PRAGMA query_only = ON"_s}) {
        QSqlQuery q(c.db());
        if (!q.exec(pragma))
            return u"could not enable SQLite's defences (%1)"_s.arg(sqlReason(q));
    }
    return {};
}

QString schemaRow(const QSqlQuery &q)
{
    return q.value(0).toString() + u' ' + q.value(1).toString() + u" on "_s + q.value(2).toString() + u": "_s
        + q.value(3).toString();
}

// sqlite_schema of a response file as ResponseSchema creates it today; rootpage is left out (it
// depends on the order pages were allocated, not on the schema).
const QStringList &referenceSchema()
{
    static const QStringList rows = [] {
        QStringList out;
        auto conn = SqliteConnection::open(u":memory:"_s, false);
        if (!conn || !ResponseSchema::migrate(**conn))
            return out;
        QSqlQuery q((*conn)->db());
        if (q.exec(u"SELECT type, name, tbl_name, ifnull(sql, '') FROM sqlite_schema ORDER BY type, name"_s)) {
            while (q.next())
                out.append(schemaRow(q));
        }
        return out;
    }();
    return rows;
}

QString checkSchema(SqliteConnection &c)
{
    const QStringList &ours = referenceSchema();
    if (ours.isEmpty())
        return u"could not build the reference schema of a response file"_s;
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT type, name, tbl_name, ifnull(sql, '') FROM sqlite_schema ORDER BY type, name"_s))
        return u"damaged file (its schema cannot be read: %1)"_s.arg(sqlReason(q));
    QStringList theirs;
    while (q.next()) {
        if (theirs.size() > ours.size()) // enough to know it differs; do not read an endless schema
            break;
        const QString row = schemaRow(q);
        if (!ours.contains(row))
            return u"its schema is not a Panelist response file's: unexpected %1 \"%2\""_s.arg(
                    q.value(0).toString(), shortText(q.value(1).toString()));
        theirs.append(row);
    }
    // Tables first: a missing table says more than the index that went with it.
    for (const bool tables : {true, false}) {
        for (const QString &row : ours) {
            if (row.startsWith(u"table "_s) == tables && !theirs.contains(row))
                return u"its schema is not a Panelist response file's: missing %1"_s.arg(row.section(u':', 0, 0));
        }
    }
    return {};
}

QString quickCheck(SqliteConnection &c)
{
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(u"PRAGMA quick_check"_s))
        return u"damaged file (SQLite: %1)"_s.arg(sqlReason(q));
    if (!q.next())
        return u"damaged file (SQLite quick_check gave no answer)"_s;
    const QString first = q.value(0).toString();
    if (first != u"ok"_s)
        return u"damaged file (SQLite quick_check: %1)"_s.arg(shortText(first));
    return {};
}

// The rows of a response file that passed every structural check, read with typed checks: a value
// of the wrong SQLite type is refused here rather than silently converted to 0 or "".
class RowReader
{
public:
    RowReader(SqliteConnection &c, int maxRows) : m_q(c.db()), m_maxRows(maxRows) { m_q.setForwardOnly(true); }

    // Runs sql (fixed text) with the row limit bound; false with m_error set on failure.
    bool run(const QString &sql, const QString &table)
    {
        m_table = table;
        m_rows = 0;
        if (!m_q.prepare(sql + u" LIMIT ?"_s)) {
            m_error = u"damaged file (table %1 cannot be read: %2)"_s.arg(table, sqlReason(m_q));
            return false;
        }
        m_q.addBindValue(m_maxRows + 1);
        if (!m_q.exec()) {
            m_error = u"damaged file (table %1 cannot be read: %2)"_s.arg(table, sqlReason(m_q));
            return false;
        }
        return true;
    }
    bool next()
    {
        if (!m_error.isEmpty() || !m_q.next()) {
            if (m_error.isEmpty() && m_q.lastError().isValid())
                m_error = u"damaged file (table %1 cannot be read: %2)"_s.arg(m_table, sqlReason(m_q));
            return false;
        }
        if (++m_rows > m_maxRows) {
            m_error = u"table %1 has more than %2 rows; not a real response"_s.arg(m_table).arg(m_maxRows);
            return false;
        }
        return true;
    }
    QString text(int column)
    {
        const QVariant v = m_q.value(column);
        if (v.typeId() != QMetaType::QString && m_error.isEmpty())
            m_error = u"table %1: a value that should be text is not"_s.arg(m_table);
        return v.toString();
    }
    QString optionalText(int column)
    {
        return m_q.value(column).isNull() ? QString() : text(column);
    }
    qint64 integer(int column, const QString &item)
    {
        const QVariant v = m_q.value(column);
        if (v.typeId() != QMetaType::LongLong && v.typeId() != QMetaType::Int && m_error.isEmpty())
            m_error = u"%1: \"%2\" is not a whole number"_s.arg(item, shortText(v.toString()));
        return v.toLongLong();
    }
    const QString &error() const { return m_error; }

private:
    QSqlQuery m_q;
    int m_maxRows;
    int m_rows = 0;
    QString m_table;
    QString m_error;
};

// The hash of a refused file still goes into the import log, so the coordinator can tell which bytes
// were judged. Plain reads only; nothing larger than a response file can be is read.
QString hashOf(const QString &path)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || f.size() > MaxResponseFileBytes || !f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return {};
    return QString::fromLatin1(h.result().toHex());
}

QDateTime parseTime(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString readMeta(RowReader &r, ResponseData &data)
{
    if (!r.run(u"SELECT key, value FROM meta"_s, u"meta"_s))
        return r.error();
    QMap<QString, QString> meta;
    while (r.next()) {
        const QString key = r.text(0);
        meta.insert(key, r.optionalText(1));
    }
    if (!r.error().isEmpty())
        return r.error();
    data.respondentId = QUuid::fromString(meta.value(u"respondent_id"_s));
    if (data.respondentId.isNull())
        return u"respondent.id: missing or not a UUID"_s;
    bool ok = false;
    data.revision = meta.value(u"revision"_s).toInt(&ok);
    if (!ok)
        return u"revision: \"%1\" is not a whole number"_s.arg(shortText(meta.value(u"revision"_s)));
    data.createdAt = parseTime(meta.value(u"created_at"_s));
    data.submittedAt = parseTime(meta.value(u"submitted_at"_s));
    data.name = meta.value(u"name"_s);
    data.affiliation = meta.value(u"affiliation"_s);
    return {};
}

QString readRatings(RowReader &r, ResponseData &data)
{
    if (!r.run(u"SELECT measure, area, dont_know, value, answered_at FROM rating"_s, u"rating"_s))
        return r.error();
    while (r.next()) {
        const QString measure = r.text(0);
        const QString area = r.text(1);
        const QString item = area.isEmpty() ? QString(u"feasibility."_s + shortText(measure))
                                            : QString(u"effectiveness."_s + shortText(measure) + u'.' + shortText(area));
        Rating rating;
        rating.dontKnow = r.integer(2, item) != 0;
        rating.value = rating.dontKnow ? 0 : int(qBound(qint64(-1000000), r.integer(3, item), qint64(1000000)));
        rating.answeredAt = parseTime(r.optionalText(4));
        if (area.isEmpty())
            data.feasibility.insert(measure, rating);
        else
            data.effectiveness[measure].insert(area, rating);
    }
    return r.error();
}

QString readLists(RowReader &r, ResponseData &data)
{
    if (!r.run(u"SELECT group_id FROM expertise ORDER BY position"_s, u"expertise"_s))
        return r.error();
    while (r.next())
        data.expertise.append(r.text(0));
    if (!r.error().isEmpty() || !r.run(u"SELECT measure, text FROM comment"_s, u"comment"_s))
        return r.error();
    while (r.next()) {
        const QString measure = r.text(0);
        data.comments.insert(measure, r.text(1));
    }
    if (!r.error().isEmpty() || !r.run(u"SELECT scope, measure FROM pick ORDER BY scope, position"_s, u"pick"_s))
        return r.error();
    while (r.next()) {
        const QString scope = r.text(0);
        data.combinations[scope].append(r.text(1));
    }
    return r.error();
}

QString readResponseRows(SqliteConnection &c, const Instrument &instrument, ResponseData &data, int maxRows)
{
    RowReader r(c, maxRows);
    if (!r.run(u"SELECT fingerprint FROM instrument WHERE id = 1"_s, u"instrument"_s))
        return r.error();
    if (!r.next())
        return r.error().isEmpty() ? u"damaged response file (no embedded instrument)"_s : r.error();
    data.instrumentFingerprint = r.text(0);
    if (!r.error().isEmpty())
        return r.error();
    // Before any answer is read: ids of another instrument version may mean something else.
    if (data.instrumentFingerprint != instrument.fingerprint())
        return u"answers another instrument (fingerprint %1…; this study uses %2…)"_s.arg(
                shortText(data.instrumentFingerprint).left(12), instrument.fingerprint().left(12));
    for (const auto &step : {&readMeta, &readRatings, &readLists}) {
        if (const QString e = step(r, data); !e.isEmpty())
            return e;
    }
    return {};
}

} // namespace

IncomingFile readIncomingFile(const QString &path, const Instrument &instrument, const QString &privateFolder)
{
    IncomingFile f;
    const auto refuse = [&f, &path](const QString &reason) {
        f.error = reason.isEmpty() ? u"refused"_s : reason;
        if (f.sha256.isEmpty())
            f.sha256 = hashOf(path);
        return f;
    };
    const QFileInfo info(path);
    if (info.isDir())
        return refuse(u"is a folder, not a response file"_s);
    // A -wal beside it holds committed answers the main file does not show yet: judging the main
    // file alone could merge an out-of-date response.
    const QFileInfo wal(path + u"-wal"_s);
    if (wal.exists() && wal.size() > 0)
        return refuse(u"still open in Panelist (a -wal file beside it holds answers not yet in the file); "
                      u"submit the response and merge the submitted file"_s);
    if (info.exists() && info.size() > MaxResponseFileBytes)
        return refuse(u"larger than %1 MiB; not a response file"_s.arg(MaxResponseFileBytes / (1024 * 1024)));
    if (Status s = checkResponseHeader(path, ResponseStore::ApplicationId, ResponseStore::SchemaVersion); !s)
        return refuse(withoutPath(s.error(), path, path));

    QByteArray bytes;
    if (const QString e = readBytes(path, bytes, f.sha256); !e.isEmpty())
        return refuse(e);
    PrivateCopy copy(privateFolder);
    if (const QString e = writeCopy(bytes, copy.path()); !e.isEmpty())
        return refuse(e);
    // The bytes may have changed since the first look; judge the copy's own header again.
    if (Status s = checkResponseHeader(copy.path(), ResponseStore::ApplicationId, ResponseStore::SchemaVersion); !s)
        return refuse(withoutPath(s.error(), copy.path(), path));
    const quint32 userVersion = (quint32(quint8(bytes.at(60))) << 24) | (quint32(quint8(bytes.at(61))) << 16)
            | (quint32(quint8(bytes.at(62))) << 8) | quint32(quint8(bytes.at(63)));
    if (userVersion != quint32(ResponseStore::SchemaVersion))
        return refuse(u"uses the older response schema %1; open it in Panelist once and submit it again"_s.arg(userVersion));
    bytes = QByteArray(); // SQLite reads the copy from here on

    auto conn = SqliteConnection::open(copy.path(), true);
    if (!conn)
        return refuse(withoutPath(conn.error(), copy.path(), path));
    SqliteConnection &c = **conn;
    for (const auto &step : {&enableDefences, &quickCheck, &checkSchema}) {
        if (const QString e = step(c); !e.isEmpty())
            return refuse(e);
    }
    if (const QString e = readResponseRows(c, instrument, f.data, MaxRowsPerTable); !e.isEmpty())
        return refuse(e);
    if (Status s = validateResponse(f.data, instrument); !s)
        return refuse(s.error());
    return f;
}

} // namespace panelist
