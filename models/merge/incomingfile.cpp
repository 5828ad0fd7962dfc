#include "models/merge/incomingfile.h"

#include "models/instrument/instrumentlimits.h"

#include "models/response/responsevalidator.h"
#include "models/storage/responseschema.h"
#include "models/storage/sqliteconnection.h"
#include "models/storage/storedtime.h"
#include "models/storage/studystore_write.h"

#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// Bounds on what a hostile file can make us hold in memory, far above any real response.
constexpr int MaxRowsPerTable = InstrumentLimits::MaxRowsPerTable;

QString shortText(const QString &s)
{
    return s.size() > 60 ? s.left(60) + u'…' : s;
}

// "SELECT ... FROM incoming.<table> ...": every query reads the attached copy, never the study.
QString fromIncoming(const char *columns, const char *table, const char *rest = "")
{
    return u"SELECT %1 FROM %2.%3 %4"_s.arg(QLatin1StringView(columns), QLatin1StringView(IncomingSchemaName),
        QLatin1StringView(table), QLatin1StringView(rest));
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
        if (q.exec(
                u"SELECT type, name, tbl_name, ifnull(sql, '') FROM sqlite_schema ORDER BY type, name"_s)) {
            while (q.next())
                out.append(schemaRow(q));
        }
        return out;
    }();
    return rows;
}

Status checkSchema(SqliteConnection &c)
{
    const QStringList &ours = referenceSchema();
    if (ours.isEmpty())
        return Status::failure(u"could not build the reference schema of a response file"_s);
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(
            fromIncoming("type, name, tbl_name, ifnull(sql, '')", "sqlite_schema", "ORDER BY type, name")))
        return Status::failure(u"damaged file (its schema cannot be read: %1)"_s.arg(sqliteErrorText(q)));
    QStringList theirs;
    while (q.next()) {
        if (theirs.size() > ours.size()) // enough to know it differs; do not read an endless schema
            break;
        const QString row = schemaRow(q);
        if (!ours.contains(row))
            return Status::failure(
                u"its schema is not a Panelist response file's: unexpected %1 \"%2\""_s.arg(
                    q.value(0).toString(), shortText(q.value(1).toString())));
        theirs.append(row);
    }
    // Tables first: a missing table says more than the index that went with it.
    for (const bool tables : { true, false }) {
        for (const QString &row : ours) {
            if (row.startsWith(u"table "_s) == tables && !theirs.contains(row))
                return Status::failure(u"its schema is not a Panelist response file's: missing %1"_s.arg(
                    row.section(u':', 0, 0)));
        }
    }
    return {};
}

// integrity_check rather than quick_check: it also compares every index with its table, so a
// second meta row for a key that the primary-key index never saw is found here (response files are
// small enough to afford it).
Status integrityCheck(SqliteConnection &c)
{
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(u"PRAGMA %1.integrity_check"_s.arg(QLatin1StringView(IncomingSchemaName))))
        return Status::failure(u"damaged file (SQLite: %1)"_s.arg(sqliteErrorText(q)));
    if (!q.next())
        return Status::failure(u"damaged file (SQLite integrity_check gave no answer)"_s);
    const QString first = q.value(0).toString();
    if (first != u"ok"_s)
        return Status::failure(u"damaged file (SQLite integrity_check: %1)"_s.arg(shortText(first)));
    return {};
}

// The rows of a response file that passed every structural check, read with typed checks: a value
// of the wrong SQLite type is refused here rather than silently converted to 0 or "".
class RowReader
{
public:
    RowReader(SqliteConnection &c, int maxRows)
        : m_q(c.db())
        , m_maxRows(maxRows)
    {
        m_q.setForwardOnly(true);
    }

    // Runs sql (fixed text) with the row limit bound; false, with status() saying why, on failure.
    bool run(const QString &sql, const QString &table)
    {
        m_table = table;
        m_rows = 0;
        if (!m_q.prepare(sql + u" LIMIT ?"_s)) {
            fail(u"damaged file (table %1 cannot be read: %2)"_s.arg(table, sqliteErrorText(m_q)));
            return false;
        }
        m_q.addBindValue(m_maxRows + 1);
        if (!m_q.exec()) {
            fail(u"damaged file (table %1 cannot be read: %2)"_s.arg(table, sqliteErrorText(m_q)));
            return false;
        }
        return true;
    }
    bool next()
    {
        if (!m_status || !m_q.next()) {
            if (m_status && m_q.lastError().isValid())
                fail(u"damaged file (table %1 cannot be read: %2)"_s.arg(m_table, sqliteErrorText(m_q)));
            return false;
        }
        if (++m_rows > m_maxRows) {
            fail(u"table %1 has more than %2 rows; not a real response"_s.arg(m_table).arg(m_maxRows));
            return false;
        }
        return true;
    }
    QString text(int column)
    {
        const QVariant v = m_q.value(column);
        if (v.typeId() != QMetaType::QString)
            fail(u"table %1: a value that should be text is not"_s.arg(m_table));
        return v.toString();
    }
    bool isNull(int column) const { return m_q.value(column).isNull(); }
    // Any value, for a message.
    QString shown(int column) const { return shortText(m_q.value(column).toString()); }
    QString optionalText(int column) { return m_q.value(column).isNull() ? QString() : text(column); }
    // item names the answer in the message, built only when the value is refused.
    template<typename ItemName> qint64 integer(int column, const ItemName &item)
    {
        const QVariant v = m_q.value(column);
        if (v.typeId() != QMetaType::LongLong && v.typeId() != QMetaType::Int && m_status)
            fail(u"%1: \"%2\" is not a whole number"_s.arg(item(), shortText(v.toString())));
        return v.toLongLong();
    }
    // The first problem met since the reader was made; once failed, next() reads no further.
    const Status &status() const { return m_status; }

private:
    void fail(QString message)
    {
        if (m_status)
            m_status = Status::failure(std::move(message));
    }

    QSqlQuery m_q;
    int m_maxRows;
    int m_rows = 0;
    QString m_table;
    Status m_status;
};

Status readMeta(RowReader &r, ResponseData &data)
{
    if (!r.run(fromIncoming("key, value", "meta"), u"meta"_s))
        return r.status();
    QMap<QString, QString> meta;
    while (r.next()) {
        const QString key = r.text(0);
        meta.insert(key, r.optionalText(1));
    }
    if (!r.status())
        return r.status();
    // Exactly the forms Panelist writes: a UUID in lower case without braces, a revision in plain
    // digits ("+3", " 3", "3.0" and "03" are refused, not read as 3).
    const QString id = meta.value(u"respondent_id"_s);
    data.respondentId = QUuid::fromString(id);
    if (data.respondentId.isNull() || data.respondentId.toString(QUuid::WithoutBraces) != id)
        return Status::failure(u"respondent.id: missing or not a UUID in lower case without braces"_s);
    static const QRegularExpression digits(u"^(0|[1-9][0-9]{0,8})$"_s);
    const QString revision = meta.value(u"revision"_s);
    if (!digits.match(revision).hasMatch())
        return Status::failure(u"revision: \"%1\" is not a whole number"_s.arg(shortText(revision)));
    data.revision = revision.toInt();
    data.createdAt = fromIsoUtc(meta.value(u"created_at"_s));
    data.submittedAt = fromIsoUtc(meta.value(u"submitted_at"_s));
    data.name = meta.value(u"name"_s);
    data.affiliation = meta.value(u"affiliation"_s);
    data.language = meta.value(u"language"_s);
    // Checked by the merge against the content hash (verifySignature, models/security/identitykey.h).
    data.signature
        = { meta.value(ResponseSignatureMeta::PublicKey), meta.value(ResponseSignatureMeta::Signature) };
    return {};
}

// "effectiveness.m03.cbrn" or "feasibility.m03": how messages name a rating.
QString ratingItem(const QString &measure, const QString &area)
{
    return area.isEmpty() ? QString(u"feasibility."_s + shortText(measure))
                          : QString(u"effectiveness."_s + shortText(measure) + u'.' + shortText(area));
}

// The study copies the rating rows as they are (StudyStoreWriter::copyAnswers). quick_check has
// already enforced the file's CHECK constraints ("don't know" is 0 or 1, and a value is present
// exactly when it is 0).
Result<Rating> readRating(RowReader &r, const QString &measure, const QString &area)
{
    const auto item = [&] { return ratingItem(measure, area); };
    Rating rating;
    rating.dontKnow = r.integer(2, item) != 0;
    rating.value = rating.dontKnow ? 0 : int(qBound(qint64(-1000000), r.integer(3, item), qint64(1000000)));
    if (!r.status())
        return Result<Rating>::failure(r.status().error());
    return rating;
}

// Answer times are copied, not used: each must be a real UTC time in Panelist's form
// (2026-11-01T09:00:00.000Z), which SQLite's strftime gives back unchanged. The last column is NULL
// for a good time (no text to convert) and the offending value otherwise.
Status readRatings(RowReader &r, ResponseData &data)
{
    if (!r.run(fromIncoming("measure, area, dont_know, value, CASE WHEN answered_at IS NULL OR "
                            "strftime('%Y-%m-%dT%H:%M:%fZ', answered_at) IS answered_at THEN NULL "
                            "ELSE answered_at END",
                   "rating"),
            u"rating"_s))
        return r.status();
    while (r.next()) {
        const QString measure = r.text(0);
        const QString area = r.text(1);
        const Result<Rating> rating = readRating(r, measure, area);
        if (!rating)
            return Status::failure(rating.error());
        if (!r.isNull(4))
            return Status::failure(
                u"%1: answer time \"%2\" is not a UTC time like 2026-11-01T09:00:00.000Z"_s.arg(
                    ratingItem(measure, area), r.shown(4)));
        QMap<QString, Rating> &into = area.isEmpty() ? data.feasibility : data.effectiveness[measure];
        const QString &key = area.isEmpty() ? measure : area;
        if (into.contains(key))
            return Status::failure(u"%1: answered twice"_s.arg(ratingItem(measure, area)));
        into.insert(key, *rating);
    }
    return r.status();
}

// A hostile file can hold rows its own keys forbid (quick_check does not compare indexes with
// tables); every row is copied into the study, so a repeated key is refused here.
Status readLists(RowReader &r, ResponseData &data)
{
    if (!r.run(fromIncoming("group_id", "expertise", "ORDER BY position, group_id"), u"expertise"_s))
        return r.status();
    while (r.next()) {
        const QString group = r.text(0);
        if (data.expertise.contains(group))
            return Status::failure(u"respondent.expertise: \"%1\" given twice"_s.arg(shortText(group)));
        data.expertise.append(group);
    }
    if (!r.status() || !r.run(fromIncoming("measure, text", "comment"), u"comment"_s))
        return r.status();
    while (r.next()) {
        const QString measure = r.text(0);
        if (data.comments.contains(measure))
            return Status::failure(u"comments.%1: given twice"_s.arg(shortText(measure)));
        data.comments.insert(measure, r.text(1));
    }
    if (!r.status()
        || !r.run(fromIncoming("scope, measure", "pick", "ORDER BY scope, position, measure"), u"pick"_s))
        return r.status();
    while (r.next()) {
        const QString scope = r.text(0);
        const QString measure = r.text(1);
        if (data.combinations.value(scope).contains(measure))
            return Status::failure(
                u"combinations.%1: \"%2\" picked twice"_s.arg(shortText(scope), shortText(measure)));
        data.combinations[scope].append(measure);
    }
    return r.status();
}

// The embedded instrument must be the very text its fingerprint stands for, byte for byte the
// study's own canonical JSON: a file could keep the fingerprint and carry other text (renamed
// measures, junk), which an expert's Panelist would then have shown instead of the study's.
Status checkEmbeddedInstrument(SqliteConnection &c, const Instrument &instrument)
{
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT json IS ? FROM %1.instrument WHERE id = 1"_s.arg(QLatin1StringView(IncomingSchemaName)));
    q.addBindValue(instrument.canonicalJson());
    if (!q.exec() || !q.next())
        return Status::failure(u"damaged response file (its embedded instrument cannot be read)"_s);
    if (q.value(0).toInt() != 1)
        return Status::failure(
            u"its embedded instrument is not the instrument its fingerprint names (the text "
            u"was changed)"_s);
    return {};
}

Result<ResponseData> readResponseRows(SqliteConnection &c, const Instrument &instrument, int maxRows)
{
    using Refused = Result<ResponseData>;
    RowReader r(c, maxRows);
    if (!r.run(fromIncoming("fingerprint", "instrument", "WHERE id = 1"), u"instrument"_s))
        return Refused::failure(r.status().error());
    if (!r.next())
        return Refused::failure(
            r.status() ? u"damaged response file (no embedded instrument)"_s : r.status().error());
    ResponseData data;
    data.instrumentFingerprint = r.text(0);
    if (!r.status())
        return Refused::failure(r.status().error());
    // Before any answer is read: ids of another instrument version may mean something else.
    if (data.instrumentFingerprint != instrument.fingerprint())
        return Refused::failure(u"answers another instrument (fingerprint %1…; this study uses %2…)"_s.arg(
            shortText(data.instrumentFingerprint).left(12), instrument.fingerprint().left(12)));
    if (const Status s = checkEmbeddedInstrument(c, instrument); !s)
        return Refused::failure(s.error());
    for (const auto &step : { &readMeta, &readRatings, &readLists }) {
        if (const Status s = step(r, data); !s)
            return Refused::failure(s.error());
    }
    return data;
}

} // namespace

Result<ResponseData> readAttachedResponse(SqliteConnection &c, const Instrument &instrument)
{
    for (const auto &step : { &integrityCheck, &checkSchema }) {
        if (const Status s = step(c); !s)
            return Result<ResponseData>::failure(s.error());
    }
    Result<ResponseData> data = readResponseRows(c, instrument, MaxRowsPerTable);
    if (!data)
        return data;
    if (const Status s = validateResponse(*data, instrument); !s)
        return Result<ResponseData>::failure(s.error());
    return data;
}

} // namespace panelist
