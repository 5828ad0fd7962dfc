// ResponseStore setters: each one BEGIN IMMEDIATE ... COMMIT, returning only after the commit.

#include "models/storage/responsestore.h"

#include "models/storage/responsestore_p.h"
#include "models/storage/sqliteheader.h"

using namespace Qt::StringLiterals;

namespace panelist {

using namespace ResponseStoreDetail;

namespace {

Status refuseReadOnly(const SqliteConnection &c)
{
    return Status::failure(u"%1: opened read-only; answers cannot be changed"_s.arg(displayPath(c.path())));
}

Status writeRating(
    SqliteConnection &c, const QString &measure, const QString &area, const Rating &r, const QString &context)
{
    const QDateTime at = r.answeredAt.isValid() ? r.answeredAt : QDateTime::currentDateTimeUtc();
    return c.exec(
        u"INSERT OR REPLACE INTO rating (measure, area, dont_know, value, answered_at) "
        u"VALUES (?, coalesce(?, ''), ?, ?, ?)"_s, // a null QString binds as NULL; feasibility is ''
        { measure, area, r.dontKnow ? 1 : 0, r.dontKnow ? QVariant() : QVariant(r.value), isoUtc(at) },
        context);
}

Status writeComment(SqliteConnection &c, const QString &measure, const QString &text, const QString &context)
{
    if (text.isEmpty())
        return c.exec(u"DELETE FROM comment WHERE measure = ?"_s, { measure }, context);
    return c.exec(u"INSERT OR REPLACE INTO comment (measure, text, updated_at) VALUES (?, ?, ?)"_s,
        { measure, text, isoUtc(QDateTime::currentDateTimeUtc()) }, context);
}

Status writeExpertise(SqliteConnection &c, const QStringList &groups, const QString &context)
{
    if (Status s = c.exec(u"DELETE FROM expertise"_s, context); !s)
        return s;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (Status s = c.exec(
                u"INSERT INTO expertise (group_id, position) VALUES (?, ?)"_s, { groups[i], i }, context);
            !s)
            return s;
    }
    return {};
}

Status writePicks(
    SqliteConnection &c, const QString &scope, const QStringList &measures, const QString &context)
{
    if (Status s = c.exec(u"DELETE FROM pick WHERE scope = ?"_s, { scope }, context); !s)
        return s;
    for (qsizetype i = 0; i < measures.size(); ++i) {
        if (Status s = c.exec(u"INSERT INTO pick (scope, measure, position) VALUES (?, ?, ?)"_s,
                { scope, measures[i], i }, context);
            !s)
            return s;
    }
    return {};
}

Status writeMeta(SqliteConnection &c, const QString &key, const QVariant &value, const QString &context)
{
    return c.exec(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s, { key, value }, context);
}

Status writeAnswers(SqliteConnection &c, const ResponseData &data, const QString &context)
{
    for (const QString &table : { u"rating"_s, u"comment"_s, u"pick"_s }) {
        // Fixed table names from this list, never from data.
        if (Status s = c.exec(u"DELETE FROM "_s + table, context); !s)
            return s;
    }
    for (auto m = data.effectiveness.cbegin(); m != data.effectiveness.cend(); ++m) {
        for (auto a = m.value().cbegin(); a != m.value().cend(); ++a) {
            if (a.key().isEmpty())
                return c.failure(
                    context, u"measure \"%1\" has an effectiveness rating without an area"_s.arg(m.key()));
            if (Status s = writeRating(c, m.key(), a.key(), a.value(), context); !s)
                return s;
        }
    }
    for (auto f = data.feasibility.cbegin(); f != data.feasibility.cend(); ++f) {
        if (Status s = writeRating(c, f.key(), QString(), f.value(), context); !s)
            return s;
    }
    for (auto it = data.comments.cbegin(); it != data.comments.cend(); ++it) {
        if (Status s = writeComment(c, it.key(), it.value(), context); !s)
            return s;
    }
    for (auto it = data.combinations.cbegin(); it != data.combinations.cend(); ++it) {
        if (Status s = writePicks(c, it.key(), it.value(), context); !s)
            return s;
    }
    return writeExpertise(c, data.expertise, context);
}

} // namespace

Status ResponseStore::setRating(const QString &measureId, const QString &areaId, const Rating &rating)
{
    SqliteConnection &c = *d->conn;
    if (c.readOnly())
        return refuseReadOnly(c);
    const QString context = u"Could not save the rating of \"%1\"%2"_s.arg(
        measureId, areaId.isEmpty() ? u" (feasibility)"_s : u" for \"%1\""_s.arg(areaId));
    if (measureId.isEmpty())
        return c.failure(context, u"no measure id"_s);
    return c.writeTransaction(context, [&] { return writeRating(c, measureId, areaId, rating, context); });
}

Status ResponseStore::clearRating(const QString &measureId, const QString &areaId)
{
    SqliteConnection &c = *d->conn;
    if (c.readOnly())
        return refuseReadOnly(c);
    const QString context = u"Could not clear the rating of \"%1\""_s.arg(measureId);
    return c.writeTransaction(context, [&] {
        return c.exec(u"DELETE FROM rating WHERE measure = ? AND area = coalesce(?, '')"_s,
            { measureId, areaId }, context);
    });
}

Status ResponseStore::setComment(const QString &measureId, const QString &text)
{
    SqliteConnection &c = *d->conn;
    if (c.readOnly())
        return refuseReadOnly(c);
    const QString context = u"Could not save the comment on \"%1\""_s.arg(measureId);
    if (measureId.isEmpty())
        return c.failure(context, u"no measure id"_s);
    return c.writeTransaction(context, [&] { return writeComment(c, measureId, text, context); });
}

Status ResponseStore::setExpertise(const QStringList &groupIds)
{
    SqliteConnection &c = *d->conn;
    if (c.readOnly())
        return refuseReadOnly(c);
    const QString context = u"Could not save the expertise groups"_s;
    return c.writeTransaction(context, [&] { return writeExpertise(c, groupIds, context); });
}

Status ResponseStore::setProfile(const QString &name, const QString &affiliation)
{
    SqliteConnection &c = *d->conn;
    if (c.readOnly())
        return refuseReadOnly(c);
    const QString context = u"Could not save the name and affiliation"_s;
    return c.writeTransaction(context, [&]() -> Status {
        if (Status s = writeMeta(c, u"name"_s, name, context); !s)
            return s;
        return writeMeta(c, u"affiliation"_s, affiliation, context);
    });
}

Status ResponseStore::setLanguage(const QString &language)
{
    SqliteConnection &c = *d->conn;
    if (c.readOnly())
        return refuseReadOnly(c);
    const QString context = u"Could not save the language of the response"_s;
    return c.writeTransaction(context, [&] { return writeMeta(c, u"language"_s, language, context); });
}

Status ResponseStore::setPicks(const QString &scope, const QStringList &measureIds)
{
    SqliteConnection &c = *d->conn;
    if (c.readOnly())
        return refuseReadOnly(c);
    const QString context = u"Could not save the combination for \"%1\""_s.arg(scope);
    if (scope.isEmpty())
        return c.failure(context, u"no combination scope"_s);
    return c.writeTransaction(context, [&] { return writePicks(c, scope, measureIds, context); });
}

Status ResponseStore::replaceAll(const ResponseData &data)
{
    SqliteConnection &c = *d->conn;
    if (c.readOnly())
        return refuseReadOnly(c);
    const QString context = u"Could not write the response"_s;
    if (!data.instrumentFingerprint.isEmpty() && data.instrumentFingerprint != d->fingerprint)
        return c.failure(context,
            u"the response answers instrument %1, but the file embeds instrument %2"_s.arg(
                data.instrumentFingerprint, d->fingerprint));
    return c.writeTransaction(
        context, [&] { return ResponseStoreDetail::writeWholeResponse(c, data, context); });
}

Status ResponseStoreDetail::writeWholeResponse(
    SqliteConnection &c, const ResponseData &data, const QString &context)
{
    QList<std::pair<QString, QVariant>> meta = {
        { u"revision"_s, QString::number(data.revision) },
        { u"submitted_at"_s, data.submittedAt.isValid() ? QVariant(isoUtc(data.submittedAt)) : QVariant() },
        { u"name"_s, data.name },
        { u"affiliation"_s, data.affiliation },
        { u"language"_s, data.language },
    };
    if (!data.respondentId.isNull())
        meta.append({ u"respondent_id"_s, data.respondentId.toString(QUuid::WithoutBraces) });
    if (data.createdAt.isValid())
        meta.append({ u"created_at"_s, isoUtc(data.createdAt) });
    for (const auto &[key, value] : meta) {
        if (Status s = writeMeta(c, key, value, context); !s)
            return s;
    }
    return writeAnswers(c, data, context);
}

} // namespace panelist
