// StudyStore's streaming readers: the versions that count (or chosen ones) as IndexedResponse, one
// at a time, and the log of changes to which version counts. These read a value per respondent of
// studies with 100,000 of them, so they step the raw SQLite statement (sqlitestatement.h) instead of
// QSqlQuery.

#include "models/storage/studystore.h"

#include "models/storage/sqliteheader.h"
#include "models/storage/sqlitestatement.h"
#include "models/storage/studystore_p.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// The versions named by one SQL source (a fixed fragment, never built from data), each with its
// answers in instrument positions (indexed_answers, docs/study-database.md): one small value per
// respondent, decoded into one reused IndexedResponse, so memory stays that of one response.
class VersionStream
{
public:
    VersionStream(sqlite3 *db, const Instrument &ins, const QString &study, const char *source)
        : m_ins(ins)
        , m_study(study)
        , m_versions(db,
              QByteArray(QByteArray("SELECT v.id, a.data FROM response_version v LEFT JOIN indexed_answers a "
                                    "ON a.version = v.id WHERE v.id IN (")
                  + source + ") ORDER BY v.id")
                  .constData())
    { }

    void bind(const QByteArray &json) { m_versions.bind(1, json); }

    Status run(const StudyStore::VersionSink &sink)
    {
        if (!m_versions.ok())
            return damaged(m_versions.error());
        IndexedResponse answers;
        while (m_versions.step()) {
            const qint64 id = m_versions.integer(0);
            // Stored answers the figures cannot represent are refused, never read as something else.
            if (!answers.readBytes(m_versions.blob(1), m_ins))
                return damaged(u"the answers of version %1 cannot be counted"_s.arg(id));
            sink(id, answers);
        }
        if (!m_versions.ok())
            return damaged(m_versions.error());
        return {};
    }

private:
    Status damaged(const QString &why) const
    {
        return Status::failure(u"%1: damaged study database (%2)"_s.arg(m_study, why));
    }

    const Instrument &m_ins;
    QString m_study;
    SqliteStatement m_versions;
};

// One read transaction around a whole read, so every statement sees the same committed state.
class RawReadTransaction
{
public:
    explicit RawReadTransaction(sqlite3 *db)
        : m_db(db)
    {
        m_ok = db && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~RawReadTransaction()
    {
        if (m_ok)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    RawReadTransaction(const RawReadTransaction &) = delete;
    RawReadTransaction &operator=(const RawReadTransaction &) = delete;
    bool ok() const { return m_ok; }

private:
    sqlite3 *m_db;
    bool m_ok = false;
};

const char CurrentVersions[] = "SELECT current_version FROM respondent";
const char ChosenVersions[] = "SELECT value FROM json_each(?1)";

} // namespace

Result<qint64> StudyStore::readCurrent(const VersionSink &sink) const
{
    using R = Result<qint64>;
    sqlite3 *db = d->conn->handle();
    RawReadTransaction t(db);
    if (!t.ok())
        return R::failure(
            d->conn->failure(u"Could not read the study"_s, QString::fromUtf8(sqlite3_errmsg(db))).error());
    SqliteStatement last(db, "SELECT coalesce(max(seq), 0) FROM current_change");
    if (!last.step())
        return R::failure(d->conn->failure(u"Could not read the study's changes"_s, last.error()).error());
    const qint64 seq = last.integer(0);
    if (Status s = checkCurrentLinks(*d->conn); !s)
        return R::failure(s.error());
    VersionStream stream(db, d->instrument, displayPath(path()), CurrentVersions);
    if (Status s = stream.run(sink); !s)
        return R::failure(s.error());
    return seq;
}

Status StudyStore::readVersions(const QList<qint64> &ids, const VersionSink &sink) const
{
    if (ids.isEmpty())
        return {};
    QJsonArray list;
    for (qint64 id : ids)
        list.append(id);
    sqlite3 *db = d->conn->handle();
    RawReadTransaction t(db);
    if (!t.ok())
        return d->conn->failure(u"Could not read the study"_s, QString::fromUtf8(sqlite3_errmsg(db)));
    VersionStream stream(db, d->instrument, displayPath(path()), ChosenVersions);
    stream.bind(QJsonDocument(list).toJson(QJsonDocument::Compact));
    return stream.run(sink);
}

Result<QList<CurrentChange>> StudyStore::changesSince(qint64 seq) const
{
    using R = Result<QList<CurrentChange>>;
    SqliteStatement q(d->conn->handle(),
        "SELECT seq, respondent, old_version, new_version FROM current_change WHERE seq > ?1 ORDER BY seq");
    q.bind(1, seq);
    QList<CurrentChange> out;
    while (q.step()) {
        const std::string_view id = q.text(1);
        out.append(
            CurrentChange { q.integer(0), QUuid::fromString(QByteArrayView(id.data(), qsizetype(id.size()))),
                q.isNull(2) ? 0 : q.integer(2), q.isNull(3) ? 0 : q.integer(3) });
    }
    if (!q.ok())
        return R::failure(d->conn->failure(u"Could not read the study's changes"_s, q.error()).error());
    return out;
}

} // namespace panelist
