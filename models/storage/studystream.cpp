// StudyStore's streaming readers: the versions that count (or chosen ones) as IndexedResponse, one
// at a time, and the log of changes to which version counts. These read millions of rows for a
// large study, so they step the raw SQLite statement (sqlitestatement.h) instead of QSqlQuery.

#include "models/storage/studystore.h"

#include "models/storage/sqliteheader.h"
#include "models/storage/sqlitestatement.h"
#include "models/storage/studystore_p.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <map>
#include <string>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// Id text -> index in the instrument, looked up without building a QString per row.
class IdIndex
{
public:
    explicit IdIndex(const QStringList &ids)
    {
        for (qsizetype i = 0; i < ids.size(); ++i)
            m_index.emplace(ids.at(i).toStdString(), int(i));
    }
    int find(std::string_view id) const
    {
        const auto it = m_index.find(id);
        return it == m_index.end() ? -1 : it->second;
    }

private:
    std::map<std::string, int, std::less<>> m_index;
};

template<typename List> QStringList idsOf(const List &list)
{
    QStringList ids;
    for (const auto &item : list)
        ids.append(item.id);
    return ids;
}

QList<int> pointValues(const Instrument &ins, bool asked, bool effectiveness)
{
    QList<int> values;
    if (!asked)
        return values;
    for (const ScalePoint &p : (effectiveness ? ins.effectivenessScale() : ins.feasibilityScale()).points)
        values.append(p.value);
    return values;
}

qint16 pointIndex(const QList<int> &values, qint64 value)
{
    const qsizetype i = values.indexOf(int(value));
    return i < 0 || value != qint64(int(value)) ? IndexedResponse::Unanswered : qint16(i);
}

// The versions named by one SQL source (a fixed fragment, never built from data), joined with
// their answer tables. Every cursor is ordered by version, so one pass over each assembles the
// respondents one after another: memory stays that of one response.
class VersionStream
{
public:
    VersionStream(sqlite3 *db, const Instrument &ins, const QString &study, const char *source)
        : m_ins(ins)
        , m_study(study)
        , m_measures(idsOf(ins.measures()))
        , m_areas(idsOf(ins.areas()))
        , m_scopes(ins.combinationScopes())
        , m_groups(idsOf(ins.expertiseGroups()))
        , m_effValues(pointValues(ins, ins.effectiveness().enabled, true))
        , m_feasValues(pointValues(ins, ins.feasibility().enabled, false))
        , m_versions(db, sql("SELECT id FROM response_version WHERE id IN (", source, ") ORDER BY id"))
        , m_ratings(db, sql("SELECT version, measure, area, dont_know, value FROM rating WHERE version IN (",
                            source, ") ORDER BY version"))
        , m_picks(db, sql("SELECT version, scope, measure FROM pick WHERE version IN (", source,
                          ") ORDER BY version"))
        , m_groupRows(db, sql("SELECT version, group_id FROM expertise WHERE version IN (", source,
                              ") ORDER BY version"))
    { }

    Status run(const StudyStore::VersionSink &sink)
    {
        for (SqliteStatement *s : all()) {
            if (!s->ok())
                return damaged(s->error());
        }
        bool rating = m_ratings.step(), pick = m_picks.step(), group = m_groupRows.step();
        IndexedResponse answers;
        while (m_versions.step()) {
            const qint64 id = m_versions.integer(0);
            answers.reset(m_ins);
            rating = skipTo(m_ratings, rating, id);
            for (; rating && m_ratings.integer(0) == id; rating = m_ratings.step()) {
                if (Status s = readRating(id, answers); !s)
                    return s;
            }
            pick = skipTo(m_picks, pick, id);
            for (; pick && m_picks.integer(0) == id; pick = m_picks.step()) {
                const int scope = m_scopes.find(m_picks.text(1));
                const int measure = m_measures.find(m_picks.text(2));
                if (scope >= 0 && measure >= 0)
                    answers.picks[scope].append(measure);
            }
            group = skipTo(m_groupRows, group, id);
            for (; group && m_groupRows.integer(0) == id; group = m_groupRows.step()) {
                if (const int g = m_groups.find(m_groupRows.text(1)); g >= 0)
                    answers.groups.append(g);
            }
            answers.normalise();
            sink(id, answers);
        }
        for (SqliteStatement *s : all()) {
            if (!s->ok())
                return damaged(s->error());
        }
        return {};
    }

    void bind(const QByteArray &json)
    {
        for (SqliteStatement *s : all())
            s->bind(1, json);
    }

private:
    std::array<SqliteStatement *, 4> all() { return {&m_versions, &m_ratings, &m_picks, &m_groupRows}; }

    static QByteArray sql(const char *head, const char *source, const char *tail)
    {
        return QByteArray(head) + source + tail;
    }

    // Rows of versions the version cursor does not list (a dangling link) are passed over.
    static bool skipTo(SqliteStatement &s, bool hasRow, qint64 id)
    {
        while (hasRow && s.integer(0) < id)
            hasRow = s.step();
        return hasRow;
    }

    Status readRating(qint64 id, IndexedResponse &answers)
    {
        const int measure = m_measures.find(m_ratings.text(1));
        const std::string_view area = m_ratings.text(2);
        if (measure < 0)
            return {};
        const bool dontKnow = m_ratings.integer(3) != 0;
        // A stored value the figures cannot represent is refused, never read as 0.
        if (!m_ratings.isInteger(3) || (!dontKnow && !m_ratings.isInteger(4)))
            return damaged(u"version %1 has a rating of %2 that is not a whole number"_s.arg(id).arg(
                QString::fromUtf8(m_ratings.text(1).data(), qsizetype(m_ratings.text(1).size()))));
        if (area.empty()) {
            if (!answers.feasibility.isEmpty())
                answers.feasibility[measure]
                    = dontKnow ? IndexedResponse::DontKnow : pointIndex(m_feasValues, m_ratings.integer(4));
            return {};
        }
        const int a = m_areas.find(area);
        if (a >= 0 && !answers.effectiveness.isEmpty())
            answers.effectiveness[a * m_ins.measures().size() + measure]
                = dontKnow ? IndexedResponse::DontKnow : pointIndex(m_effValues, m_ratings.integer(4));
        return {};
    }

    Status damaged(const QString &why) const
    {
        return Status::failure(u"%1: damaged study database (%2)"_s.arg(m_study, why));
    }

    const Instrument &m_ins;
    QString m_study;
    IdIndex m_measures, m_areas, m_scopes, m_groups;
    QList<int> m_effValues, m_feasValues;
    SqliteStatement m_versions, m_ratings, m_picks, m_groupRows;
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
        return R::failure(d->conn->failure(u"Could not read the study"_s, QString::fromUtf8(sqlite3_errmsg(db))).error());
    SqliteStatement last(db, "SELECT coalesce(max(seq), 0) FROM current_change");
    if (!last.step())
        return R::failure(d->conn->failure(u"Could not read the study's changes"_s, last.error()).error());
    const qint64 seq = last.integer(0);
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
        out.append(CurrentChange{q.integer(0), QUuid::fromString(QByteArrayView(id.data(), qsizetype(id.size()))),
                                 q.isNull(2) ? 0 : q.integer(2), q.isNull(3) ? 0 : q.integer(3)});
    }
    if (!q.ok())
        return R::failure(d->conn->failure(u"Could not read the study's changes"_s, q.error()).error());
    return out;
}

} // namespace panelist
