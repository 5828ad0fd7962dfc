// ResponseStore::load: the whole response as plain data.

#include "models/storage/responsestore.h"

#include "models/storage/responsestore_p.h"
#include "models/storage/sqliteheader.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace panelist {

using namespace ResponseStoreDetail;

namespace {

const QString ReadContext = u"Could not read the response"_s;

Status readMeta(SqliteConnection &c, ResponseData &r)
{
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT key, value FROM meta"_s))
        return c.failure(ReadContext, q);
    QMap<QString, QString> meta;
    while (q.next())
        meta.insert(q.value(0).toString(), q.value(1).toString());
    r.respondentId = QUuid::fromString(meta.value(u"respondent_id"_s));
    if (r.respondentId.isNull())
        return Status::failure(
            u"%1: damaged response file (no valid respondent id)"_s.arg(displayPath(c.path())));
    bool ok = false;
    r.revision = meta.value(u"revision"_s).toInt(&ok);
    if (!ok || r.revision < 0)
        return Status::failure(u"%1: damaged response file (revision \"%2\" is not a number)"_s.arg(
            displayPath(c.path()), meta.value(u"revision"_s)));
    r.createdAt = fromIsoUtc(meta.value(u"created_at"_s));
    r.submittedAt = fromIsoUtc(meta.value(u"submitted_at"_s));
    r.name = meta.value(u"name"_s);
    r.affiliation = meta.value(u"affiliation"_s);
    r.language = meta.value(u"language"_s);
    r.signature
        = { meta.value(ResponseSignatureMeta::PublicKey), meta.value(ResponseSignatureMeta::Signature) };
    return {};
}

Status readRatings(SqliteConnection &c, ResponseData &r)
{
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT measure, area, dont_know, value, answered_at FROM rating"_s))
        return c.failure(ReadContext, q);
    while (q.next()) {
        Rating rating;
        rating.dontKnow = q.value(2).toInt() != 0;
        rating.value = rating.dontKnow ? 0 : q.value(3).toInt();
        rating.answeredAt = fromIsoUtc(q.value(4).toString());
        const QString area = q.value(1).toString();
        if (area.isEmpty())
            r.feasibility.insert(q.value(0).toString(), rating);
        else
            r.effectiveness[q.value(0).toString()].insert(area, rating);
    }
    return {};
}

Status readLists(SqliteConnection &c, ResponseData &r)
{
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT group_id FROM expertise ORDER BY position"_s))
        return c.failure(ReadContext, q);
    while (q.next())
        r.expertise << q.value(0).toString();
    if (!q.exec(u"SELECT measure, text FROM comment"_s))
        return c.failure(ReadContext, q);
    while (q.next())
        r.comments.insert(q.value(0).toString(), q.value(1).toString());
    if (!q.exec(u"SELECT scope, measure FROM pick ORDER BY scope, position"_s))
        return c.failure(ReadContext, q);
    while (q.next())
        r.combinations[q.value(0).toString()] << q.value(1).toString();
    return {};
}

} // namespace

Result<ResponseData> ResponseStore::load() const
{
    SqliteConnection &c = *d->conn;
    ResponseData r;
    r.instrumentFingerprint = d->fingerprint;
    // One read transaction, so the parts belong to the same committed state.
    if (Status s = c.exec(u"BEGIN"_s, ReadContext); !s)
        return Result<ResponseData>::failure(s.error());
    Status s = readMeta(c, r);
    if (s)
        s = readRatings(c, r);
    if (s)
        s = readLists(c, r);
    c.exec(u"COMMIT"_s, ReadContext);
    if (!s)
        return Result<ResponseData>::failure(s.error());
    return r;
}

} // namespace panelist
