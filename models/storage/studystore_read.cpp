// StudyStore readers: versions, the import log and conflicts as plain data.

#include "models/storage/studystore.h"

#include "models/storage/sqliteheader.h"
#include "models/storage/studystore_p.h"
#include "models/storage/studystore_write.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {
const QString ReadContext = u"Could not read the study"_s;
} // namespace

QString damagedStudy(const SqliteConnection &c, const QString &why)
{
    return u"%1: damaged study database (%2)"_s.arg(displayPath(c.path()), why);
}

// A respondent whose version that counts is not in the study: readers would silently leave the
// respondent out, so the read is refused instead.
Status checkCurrentLinks(SqliteConnection &c)
{
    QSqlQuery q(c.db());
    if (!q.exec(u"SELECT r.id FROM respondent r LEFT JOIN response_version v ON v.id = r.current_version "
                u"WHERE r.current_version IS NOT NULL AND v.id IS NULL LIMIT 1"_s))
        return c.failure(ReadContext, q);
    if (q.next())
        return Status::failure(damagedStudy(c,
            u"respondent %1 counts a version the study does not have"_s.arg(q.value(0).toString().left(40))));
    return {};
}

namespace {

// Which versions a read covers. Fixed SQL fragments chosen by the caller, never built from data;
// Range takes its bounds as bound values (from, to).
enum class Which { All, Current, Conflicting, Unindexed, Range };

// Prepares sql, binds values in order (every statement of a filtered read repeats the filter's
// placeholders) and executes it.
bool run(QSqlQuery &q, const QVariantList &values, const QString &sql)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

QString versionFilter(Which which)
{
    switch (which) {
    case Which::Current:
        return u" WHERE v.id IN (SELECT current_version FROM respondent)"_s;
    case Which::Conflicting:
        return u" WHERE (v.respondent, v.revision) IN (SELECT respondent, revision FROM conflict)"_s;
    case Which::Unindexed: // a batch at a time: the first versions without indexed answers
        return u" WHERE v.id IN (SELECT id FROM response_version WHERE id NOT IN "
               u"(SELECT version FROM indexed_answers) ORDER BY id LIMIT 2000)"_s;
    case Which::Range:
        return u" WHERE v.id >= ? AND v.id < ?"_s;
    case Which::All:
        break;
    }
    return {};
}

// Runs a whole read inside one read transaction so every part belongs to the same committed state.
class ReadTransaction
{
public:
    explicit ReadTransaction(SqliteConnection &c)
        : m_c(c)
    {
        m_ok = bool(m_c.exec(u"BEGIN"_s, ReadContext));
    }
    ~ReadTransaction()
    {
        if (m_ok)
            m_c.exec(u"COMMIT"_s, ReadContext);
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    SqliteConnection &m_c;
    bool m_ok = false;
};

bool isWhole(const QVariant &v)
{
    return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int;
}

Result<QList<StudyResponse>> loadVersions(
    SqliteConnection &c, const QString &fingerprint, Which which, const QVariantList &bound = {})
{
    if (which == Which::Current) {
        if (Status s = checkCurrentLinks(c); !s)
            return Result<QList<StudyResponse>>::failure(s.error());
    }
    using R = Result<QList<StudyResponse>>;
    const QString filter = versionFilter(which);
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!run(q, bound,
            u"SELECT v.id, v.respondent, v.revision, v.content_sha256, v.created_at, v.submitted_at, "
            u"v.name, v.affiliation, v.source_name, v.source_sha256, v.imported_at, "
            u"v.id IN (SELECT current_version FROM respondent WHERE current_version IS NOT NULL), "
            u"v.signer_key, v.signature, v.language FROM response_version v"_s
                + filter + u" ORDER BY v.respondent, v.revision, v.content_sha256"_s))
        return R::failure(c.failure(ReadContext, q).error());
    QList<StudyResponse> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        StudyResponse r;
        // Stored values the readers cannot represent are refused, never read as 0 or "".
        if (!isWhole(q.value(0)) || !isWhole(q.value(2)) || QUuid::fromString(q.value(1).toString()).isNull())
            return R::failure(damagedStudy(c,
                u"version %1 has a respondent or revision Panelist never writes"_s.arg(
                    q.value(0).toString().left(20))));
        r.versionId = q.value(0).toLongLong();
        r.data.instrumentFingerprint = fingerprint;
        r.data.respondentId = QUuid::fromString(q.value(1).toString());
        r.data.revision = q.value(2).toInt();
        r.contentSha256 = q.value(3).toString();
        r.data.createdAt = fromIsoUtc(q.value(4).toString());
        r.data.submittedAt = fromIsoUtc(q.value(5).toString());
        r.data.name = q.value(6).toString();
        r.data.affiliation = q.value(7).toString();
        r.sourceName = q.value(8).toString();
        r.sourceSha256 = q.value(9).toString();
        r.importedAt = fromIsoUtc(q.value(10).toString());
        r.counts = q.value(11).toBool();
        r.data.signature = { q.value(12).toString(), q.value(13).toString() };
        r.data.language = q.value(14).toString();
        index.insert(r.versionId, out.size());
        out.append(r);
    }
    if (out.isEmpty())
        return out;

    // The answer tables, each in one pass; rows of versions outside the filter are skipped cheaply.
    const QString child = u" t JOIN response_version v ON v.id = t.version"_s + filter;
    if (!run(q, bound,
            u"SELECT t.version, t.measure, t.area, t.dont_know, t.value, t.answered_at FROM rating"_s
                + child))
        return R::failure(c.failure(ReadContext, q).error());
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        ResponseData &d = out[*it].data;
        Rating rating;
        if (!isWhole(q.value(3)) || (q.value(3).toLongLong() == 0 && !isWhole(q.value(4))))
            return R::failure(damagedStudy(c,
                u"version %1 has a rating of %2 that is not a whole number"_s.arg(
                    q.value(0).toString(), q.value(1).toString().left(64))));
        rating.dontKnow = q.value(3).toInt() != 0;
        rating.value = rating.dontKnow ? 0 : q.value(4).toInt();
        rating.answeredAt = fromIsoUtc(q.value(5).toString());
        const QString area = q.value(2).toString();
        if (area.isEmpty())
            d.feasibility.insert(q.value(1).toString(), rating);
        else
            d.effectiveness[q.value(1).toString()].insert(area, rating);
    }
    if (!run(q, bound, u"SELECT t.version, t.measure, t.text FROM comment"_s + child))
        return R::failure(c.failure(ReadContext, q).error());
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            out[*it].data.comments.insert(q.value(1).toString(), q.value(2).toString());
    }
    if (!run(q, bound,
            u"SELECT t.version, t.scope, t.measure FROM pick"_s + child
                + u" ORDER BY t.version, t.scope, t.position"_s))
        return R::failure(c.failure(ReadContext, q).error());
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            out[*it].data.combinations[q.value(1).toString()].append(q.value(2).toString());
    }
    if (!run(q, bound,
            u"SELECT t.version, t.group_id FROM expertise"_s + child + u" ORDER BY t.version, t.position"_s))
        return R::failure(c.failure(ReadContext, q).error());
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            out[*it].data.expertise.append(q.value(1).toString());
    }
    return out;
}

} // namespace

Result<QList<StudyResponse>> StudyStore::currentResponses() const
{
    ReadTransaction t(*d->conn);
    return loadVersions(*d->conn, d->instrument.fingerprint(), Which::Current);
}

Result<QList<StudyResponse>> StudyStore::allVersions() const
{
    ReadTransaction t(*d->conn);
    return loadVersions(*d->conn, d->instrument.fingerprint(), Which::All);
}

Result<QList<ImportLogEntry>> StudyStore::importLog(qint64 afterId) const
{
    using R = Result<QList<ImportLogEntry>>;
    SqliteConnection &c = *d->conn;
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, file_name, sha256, at, outcome, reason, respondent, revision, content_sha256, "
              u"entry_sha256 FROM import_log WHERE id > ? ORDER BY id"_s);
    q.addBindValue(afterId);
    if (!q.exec())
        return R::failure(c.failure(ReadContext, q).error());
    QList<ImportLogEntry> out;
    while (q.next()) {
        ImportLogEntry e;
        e.id = q.value(0).toLongLong();
        e.fileName = q.value(1).toString();
        e.sha256 = q.value(2).toString();
        e.at = fromIsoUtc(q.value(3).toString());
        const auto outcome = outcomeFromName(q.value(4).toString());
        if (!outcome)
            return R::failure(
                u"%1: damaged study database (import log entry %2 has the unknown outcome \"%3\")"_s
                    .arg(displayPath(c.path()))
                    .arg(e.id)
                    .arg(q.value(4).toString().left(40)));
        e.outcome = *outcome;
        e.reason = q.value(5).toString();
        e.respondentId = QUuid::fromString(q.value(6).toString());
        e.revision = q.value(7).isNull() ? -1 : q.value(7).toInt();
        e.contentSha256 = q.value(8).toString();
        e.entrySha256 = q.value(9).toString();
        out.append(e);
    }
    return out;
}

namespace {

// Versions without their answers; the answered count and the expertise come from the answer
// tables' primary keys (one index lookup each per version), never from reading the answers.
Result<QList<VersionSummary>> loadSummaries(
    SqliteConnection &c, const QString &where, const QVariantList &values)
{
    using R = Result<QList<VersionSummary>>;
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT v.id, v.respondent, v.revision, v.submitted_at, v.name, v.affiliation, v.source_name, "
              u"v.signer_key, v.language, "
              u"(SELECT count(*) FROM rating r WHERE r.version = v.id), "
              u"(SELECT group_concat(group_id, ' ') FROM (SELECT group_id FROM expertise e "
              u"WHERE e.version = v.id ORDER BY position)) FROM response_version v"_s
        + where + u" ORDER BY v.respondent"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return R::failure(c.failure(ReadContext, q).error());
    QList<VersionSummary> out;
    while (q.next()) {
        VersionSummary v;
        v.versionId = q.value(0).toLongLong();
        v.respondentId = QUuid::fromString(q.value(1).toString());
        v.revision = q.value(2).toInt();
        v.submittedAt = fromIsoUtc(q.value(3).toString());
        v.name = q.value(4).toString();
        v.affiliation = q.value(5).toString();
        v.sourceName = q.value(6).toString();
        v.signerKey = q.value(7).toString();
        v.language = q.value(8).toString();
        v.answered = q.value(9).toInt();
        // Group ids are made of letters, digits, '_', '.' and '-' (docs/instrument-format.md).
        v.expertise = q.value(10).toString().split(u' ', Qt::SkipEmptyParts);
        out.append(v);
    }
    return out;
}

} // namespace

Result<QList<VersionSummary>> StudyStore::currentSummaries(qint64 *lastChange) const
{
    using R = Result<QList<VersionSummary>>;
    SqliteConnection &c = *d->conn;
    ReadTransaction t(c);
    if (lastChange) {
        const auto seq = c.column(u"SELECT coalesce(max(seq), 0) FROM current_change"_s, ReadContext);
        if (!seq)
            return R::failure(seq.error());
        *lastChange = seq->value(0).toLongLong();
    }
    return loadSummaries(c, u" WHERE v.id IN (SELECT current_version FROM respondent)"_s, QVariantList());
}

Result<QList<VersionSummary>> StudyStore::summaries(const QList<qint64> &versionIds) const
{
    QStringList ids;
    for (qint64 id : versionIds)
        ids.append(QString::number(id));
    return loadSummaries(*d->conn, u" WHERE v.id IN (SELECT value FROM json_each(?))"_s,
        QVariantList { QVariant(u"["_s + ids.join(u',') + u"]"_s) });
}

Result<QList<StudyConflict>> StudyStore::conflicts() const
{
    using R = Result<QList<StudyConflict>>;
    SqliteConnection &c = *d->conn;
    ReadTransaction t(c);
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT respondent, revision, chosen_version FROM conflict ORDER BY respondent, revision"_s))
        return R::failure(c.failure(ReadContext, q).error());
    QList<StudyConflict> out;
    while (q.next()) {
        StudyConflict k;
        k.respondentId = QUuid::fromString(q.value(0).toString());
        k.revision = q.value(1).toInt();
        k.chosenVersionId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
        k.resolved = k.chosenVersionId != 0;
        out.append(k);
    }
    if (out.isEmpty())
        return out;
    // Conflicts are few: only their candidates are read, never the whole study.
    const auto versions = loadVersions(c, d->instrument.fingerprint(), Which::Conflicting);
    if (!versions)
        return R::failure(versions.error());
    for (StudyConflict &k : out) {
        for (const StudyResponse &v : *versions) {
            if (v.data.respondentId == k.respondentId && v.data.revision == k.revision)
                k.versions.append(v);
        }
    }
    return out;
}

Status fillIndexedAnswers(SqliteConnection &c, const Instrument &instrument)
{
    StudyStoreWriter writer(c);
    for (;;) {
        Result<QList<StudyResponse>> batch = QList<StudyResponse>();
        const Status s = c.writeTransaction(u"Could not prepare the study for counting"_s, [&]() -> Status {
            batch = loadVersions(c, instrument.fingerprint(), Which::Unindexed);
            if (!batch)
                return Status::failure(batch.error());
            for (const StudyResponse &v : *batch) {
                if (Status stored
                    = writer.storeIndexedAnswers(v.versionId, indexResponse(instrument, v.data).toBytes());
                    !stored)
                    return stored;
            }
            return {};
        });
        if (!s)
            return s;
        if (batch->isEmpty())
            return {};
    }
}

Result<QList<StudyResponse>> loadVersionRange(
    SqliteConnection &c, const QString &fingerprint, qint64 from, qint64 to)
{
    return loadVersions(c, fingerprint, Which::Range, { from, to });
}

} // namespace panelist
