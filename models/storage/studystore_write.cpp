// StudyStoreWriter: the study database's write primitives, shared by Merger and resolveConflict.

#include "models/storage/studystore_write.h"

#include "models/common/sha256.h"
#include "models/response/contentjson.h"
#include "models/storage/sqliteconnection.h"
#include "models/storage/storedtime.h"
#include "models/storage/studylog.h"
#include "models/storage/studystore.h"

#include <QMap>
#include <QSqlQuery>

#include <string_view>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

QVariant nullableTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(isoUtc(t)) : QVariant();
}

// QtSql binds a null QString as NULL; an absent name is stored as empty text.
QString notNull(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

StudyStoreWriter::StudyStoreWriter(SqliteConnection &connection)
    : m_conn(connection)
{ }

StudyStoreWriter::~StudyStoreWriter() = default;

QSqlQuery &StudyStoreWriter::prepared(const char *sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_shared<QSqlQuery>(m_conn.db());
        q->setForwardOnly(true);
        q->prepare(QString::fromLatin1(sql)); // a failure shows at exec, with SQLite's reason
        it = m_statements.insert(sql, q);
    }
    return *it.value();
}

Status StudyStoreWriter::run(QSqlQuery &q, const QVariantList &values, const QString &context)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec())
        return m_conn.failure(context, q);
    return {};
}

Result<QList<KnownVersion>> StudyStoreWriter::versionsOf(const QUuid &respondent)
{
    using R = Result<QList<KnownVersion>>;
    QSqlQuery &q = prepared("SELECT id, revision, content_sha256, source_sha256, source_name, signer_key "
                            "FROM response_version WHERE respondent = ? ORDER BY revision DESC, id");
    if (Status s = run(q, { uuidText(respondent) }, u"Could not read the respondent's versions"_s); !s)
        return R::failure(s.error());
    QList<KnownVersion> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString() });
    q.finish();
    return out;
}

namespace {

qsizetype ratingCount(const ResponseData &data)
{
    qsizetype n = data.feasibility.size();
    for (const auto &areas : data.effectiveness)
        n += areas.size();
    return n;
}

qsizetype pickCount(const ResponseData &data)
{
    qsizetype n = 0;
    for (const QStringList &picks : data.combinations)
        n += picks.size();
    return n;
}

} // namespace

Status StudyStoreWriter::copyAnswers(qint64 versionId, const ResponseData &data, const QString &context)
{
    // Positions are renumbered 0, 1, ... in the order the reader saw them (ties broken by id).
    static const struct
    {
        const char *sql;
        qsizetype (*expected)(const ResponseData &);
    } copies[] = {
        { "INSERT INTO rating (version, measure, area, dont_know, value, answered_at) "
          "SELECT ?, measure, area, dont_know, value, answered_at FROM incoming.rating",
            &ratingCount },
        { "INSERT INTO comment (version, measure, text) SELECT ?, measure, text FROM incoming.comment",
            [](const ResponseData &d) { return d.comments.size(); } },
        { "INSERT INTO pick (version, scope, measure, position) SELECT ?, scope, measure, "
          "row_number() OVER (PARTITION BY scope ORDER BY position, measure) - 1 FROM incoming.pick",
            &pickCount },
        { "INSERT INTO expertise (version, group_id, position) SELECT ?, group_id, "
          "row_number() OVER (ORDER BY position, group_id) - 1 FROM incoming.expertise",
            [](const ResponseData &d) { return d.expertise.size(); } },
    };
    static_assert(std::string_view(IncomingSchemaName) == "incoming"); // the name in the SQL above
    for (const auto &copy : copies) {
        QSqlQuery &q = prepared(copy.sql);
        if (Status s = run(q, { versionId }, context); !s)
            return s;
        if (const qsizetype expected = copy.expected(data); q.numRowsAffected() != expected)
            return m_conn.failure(context,
                u"internal error: %1 rows copied, %2 checked"_s.arg(q.numRowsAffected()).arg(expected));
    }
    return {};
}

Result<qint64> StudyStoreWriter::insertVersion(const ResponseData &data, const QString &contentSha256,
    const Provenance &from, const QByteArray &indexedAnswers)
{
    const QString context = u"Could not store the response from %1"_s.arg(from.sourceName);
    QSqlQuery &q
        = prepared("INSERT INTO response_version (respondent, revision, content_sha256, created_at, "
                   "submitted_at, name, affiliation, source_name, source_sha256, imported_at, "
                   "signer_key, signature, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const auto nullIfEmpty = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    if (Status s = run(q,
            { uuidText(data.respondentId), data.revision, contentSha256, nullableTime(data.createdAt),
                nullableTime(data.submittedAt), notNull(data.name), notNull(data.affiliation),
                from.sourceName, from.sourceSha256, isoUtc(from.importedAt),
                nullIfEmpty(data.signature.publicKey), nullIfEmpty(data.signature.signature),
                notNull(data.language) },
            context);
        !s)
        return Result<qint64>::failure(s.error());
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = copyAnswers(id, data, context); !s)
        return Result<qint64>::failure(s.error());
    if (Status s = storeIndexedAnswers(id, indexedAnswers); !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status StudyStoreWriter::storeIndexedAnswers(qint64 versionId, const QByteArray &indexedAnswers)
{
    QSqlQuery &q = prepared("INSERT INTO indexed_answers (version, data) VALUES (?, ?)");
    return run(q, { versionId, indexedAnswers }, u"Could not store the answers for counting"_s);
}

Status StudyStoreWriter::rewriteVersion(qint64 versionId, const ResponseData &data, const Provenance &from)
{
    const QString context = u"Could not update the provenance of a response from %1"_s.arg(from.sourceName);
    QSqlQuery &q = prepared("UPDATE response_version SET created_at = ?, submitted_at = ?, source_name = ?, "
                            "source_sha256 = ?, imported_at = ? WHERE id = ?");
    if (Status s = run(q,
            { nullableTime(data.createdAt), nullableTime(data.submittedAt), from.sourceName,
                from.sourceSha256, isoUtc(from.importedAt), versionId },
            context);
        !s)
        return s;
    // Answer times are the only answer data that can differ; rewrite the answers as one unit.
    for (const char *sql : { "DELETE FROM rating WHERE version = ?", "DELETE FROM comment WHERE version = ?",
             "DELETE FROM pick WHERE version = ?", "DELETE FROM expertise WHERE version = ?" }) {
        if (Status s = run(prepared(sql), { versionId }, context); !s)
            return s;
    }
    return copyAnswers(versionId, data, context);
}

Status StudyStoreWriter::openConflict(const QUuid &respondent, int revision)
{
    QSqlQuery &q = prepared("INSERT INTO conflict (respondent, revision, chosen_version, resolved_at) "
                            "VALUES (?, ?, NULL, NULL) ON CONFLICT (respondent, revision) "
                            "DO UPDATE SET chosen_version = NULL, resolved_at = NULL");
    return run(q, { uuidText(respondent), revision }, u"Could not record the conflict"_s);
}

Status StudyStoreWriter::chooseVersion(
    const QUuid &respondent, int revision, qint64 versionId, const QDateTime &at)
{
    QSqlQuery &q = prepared("UPDATE conflict SET chosen_version = ?, resolved_at = ? "
                            "WHERE respondent = ? AND revision = ?");
    return run(
        q, { versionId, isoUtc(at), uuidText(respondent), revision }, u"Could not record the choice"_s);
}

qint64 versionThatCounts(const QList<KnownVersion> &versions, const QMap<int, qint64> &chosen)
{
    for (qsizetype i = 0; i < versions.size();) {
        const int revision = versions.at(i).revision;
        qsizetype end = i;
        while (end < versions.size() && versions.at(end).revision == revision)
            ++end;
        if (end - i == 1)
            return versions.at(i).id;
        const qint64 choice = chosen.value(revision, 0);
        for (qsizetype k = i; k < end; ++k) {
            if (versions.at(k).id == choice)
                return choice;
        }
        i = end; // an unresolved conflict: the highest unambiguous revision below it counts
    }
    return 0;
}

Status StudyStoreWriter::updateCurrent(const QUuid &respondent)
{
    const QString context = u"Could not update the version that counts"_s;
    const auto versions = versionsOf(respondent); // revision descending
    if (!versions)
        return Status::failure(versions.error());
    QSqlQuery &choices = prepared("SELECT revision, chosen_version FROM conflict WHERE respondent = ?");
    if (Status s = run(choices, { uuidText(respondent) }, context); !s)
        return s;
    QMap<int, qint64> chosen; // revision -> chosen version (0: unresolved)
    while (choices.next())
        chosen.insert(choices.value(0).toInt(), choices.value(1).toLongLong());
    choices.finish();

    const qint64 counting = versionThatCounts(*versions, chosen);
    const QVariant current = counting ? QVariant(counting) : QVariant(); // NULL: nothing counts yet
    return storeCurrent(respondent, current);
}

Status StudyStoreWriter::setCurrent(const QUuid &respondent, qint64 versionId)
{
    return storeCurrent(respondent, versionId);
}

Status StudyStoreWriter::storeCurrent(const QUuid &respondent, const QVariant &versionId)
{
    const QString context = u"Could not update the version that counts"_s;
    QSqlQuery &before = prepared("SELECT current_version FROM respondent WHERE id = ?");
    if (Status s = run(before, { uuidText(respondent) }, context); !s)
        return s;
    const bool known = before.next();
    const QVariant old = known ? before.value(0) : QVariant();
    before.finish();
    const qint64 oldId = old.isNull() ? 0 : old.toLongLong();
    const qint64 newId = versionId.isNull() ? 0 : versionId.toLongLong();
    if (known && oldId == newId)
        return {};
    QSqlQuery &q = prepared("INSERT INTO respondent (id, current_version) VALUES (?, ?) "
                            "ON CONFLICT (id) DO UPDATE SET current_version = excluded.current_version");
    if (Status s = run(q, { uuidText(respondent), versionId }, context); !s)
        return s;
    if (oldId == newId)
        return {}; // a respondent recorded with nothing counting yet: no figure changes
    // The change log (docs/study-database.md): readers that counted the study apply only these rows.
    QSqlQuery &log
        = prepared("INSERT INTO current_change (respondent, old_version, new_version) VALUES (?, ?, ?)");
    return run(log,
        { uuidText(respondent), oldId ? QVariant(oldId) : QVariant(), newId ? QVariant(newId) : QVariant() },
        context);
}

Status StudyStoreWriter::appendLog(const ImportLogEntry &entry)
{
    const QString context = u"Could not write the import log"_s;
    // The caller's transaction holds the write lock, so the last entry cannot change meanwhile.
    QSqlQuery &last = prepared("SELECT id, entry_sha256 FROM import_log ORDER BY id DESC LIMIT 1");
    if (Status s = run(last, {}, context); !s)
        return s;
    ImportLogEntry e = entry;
    const bool first = !last.next();
    e.id = first ? 1 : last.value(0).toLongLong() + 1;
    const QString previous = first ? QString() : last.value(1).toString();
    last.finish();
    e.entrySha256 = logEntryHash(e, previous);
    QSqlQuery &q = prepared("INSERT INTO import_log (id, file_name, sha256, at, outcome, reason, respondent, "
                            "revision, content_sha256, entry_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return run(q,
        { e.id, notNull(e.fileName), notNull(e.sha256), isoUtc(e.at), outcomeName(e.outcome),
            notNull(e.reason), e.respondentId.isNull() ? QVariant() : QVariant(uuidText(e.respondentId)),
            e.revision < 0 ? QVariant() : QVariant(e.revision),
            e.contentSha256.isEmpty() ? QVariant() : QVariant(e.contentSha256), e.entrySha256 },
        context);
}

} // namespace panelist
