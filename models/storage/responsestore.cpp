#include "models/storage/responsestore.h"

#include "models/storage/durablefile.h"
#include "models/storage/responseschema.h"
#include "models/storage/responsestore_p.h"
#include "models/storage/sqliteheader.h"

#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace panelist {

using namespace ResponseStoreDetail;

namespace {

using StoreResult = Result<std::unique_ptr<ResponseStore>>;

// Fills a brand-new file: application_id, schema (migration steps from version 0), instrument and
// the meta rows, and answers when given (in the same transaction). Runs on a temporary name in
// rollback-journal mode, so a crash leaves no half file under the real name.
Status writeNewFile(const QString &path, const QByteArray &instrumentJson, const QString &fingerprint,
    const QUuid &respondentId, const ResponseData *answers = nullptr,
    const ResponseStore::ExtraMeta &extra = {})
{
    auto conn = SqliteConnection::open(path, false);
    if (!conn)
        return Status::failure(conn.error());
    SqliteConnection &c = **conn;
    const QString context = u"Could not create the response file"_s;
    // A pragma takes no bound value; the number is our own constant.
    if (Status s = c.exec(u"PRAGMA application_id = %1"_s.arg(ResponseStore::ApplicationId), context); !s)
        return s;
    if (Status s = ResponseSchema::migrate(c); !s)
        return s;
    return c.writeTransaction(context, [&]() -> Status {
        if (Status s = c.exec(u"INSERT INTO instrument (id, fingerprint, json) VALUES (1, ?, ?)"_s,
                { fingerprint, instrumentJson }, context);
            !s)
            return s;
        QList<std::pair<QString, QVariant>> meta = {
            { u"respondent_id"_s, respondentId.toString(QUuid::WithoutBraces) },
            { u"revision"_s, u"0"_s },
            { u"created_at"_s, isoUtc(QDateTime::currentDateTimeUtc()) },
            { u"submitted_at"_s, QVariant() },
            { u"name"_s, u""_s },
            { u"affiliation"_s, u""_s },
            { u"language"_s, u""_s },
        };
        for (const auto &[key, value] : extra)
            meta.append({ key, value });
        for (const auto &[key, value] : meta) {
            if (Status s = c.exec(u"INSERT INTO meta (key, value) VALUES (?, ?)"_s, { key, value }, context);
                !s)
                return s;
        }
        return answers ? ResponseStoreDetail::writeWholeResponse(c, *answers, context) : Status();
    });
}

Status readInstrument(SqliteConnection &c, QByteArray &json, QString &fingerprint)
{
    QSqlQuery q(c.db());
    if (!q.exec(u"SELECT fingerprint, json FROM instrument WHERE id = 1"_s))
        return c.failure(u"Could not read the embedded instrument"_s, q);
    if (!q.next())
        return Status::failure(
            u"%1: damaged response file (no embedded instrument)"_s.arg(displayPath(c.path())));
    fingerprint = q.value(0).toString();
    json = q.value(1).toByteArray();
    return {};
}

// Bounds what a foreign file's meta table can make an open hold; Panelist writes a dozen rows.
constexpr int MaxExtraMetaRows = 100;

Status readExtraMeta(SqliteConnection &c, QMap<QString, QString> &extra)
{
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT key, value FROM meta ORDER BY key LIMIT %1"_s.arg(
            MaxExtraMetaRows + ownMetaKeys().size())))
        return c.failure(u"Could not read the response file's details"_s, q);
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (!ownMetaKeys().contains(key))
            extra.insert(key, q.value(1).toString());
    }
    return {};
}

} // namespace

ResponseStore::ResponseStore(std::unique_ptr<Private> dd)
    : d(std::move(dd))
{ }

ResponseStore::~ResponseStore() = default;

namespace {

Status checkNewFile(const QString &path, const QByteArray &instrumentJson, const QString &fingerprint,
    const QUuid &respondentId, const ResponseStore::ExtraMeta &extra = {})
{
    const QString shown = displayPath(path);
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) // a dangling link still blocks the name
        return Status::failure(u"%1: already exists; a new response needs a new file name"_s.arg(shown));
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return Status::failure(u"%1: its folder does not exist"_s.arg(shown));
    if (instrumentJson.isEmpty() || fingerprint.isEmpty() || respondentId.isNull())
        return Status::failure(
            u"%1: not created: the instrument, its fingerprint and a respondent id are required"_s.arg(
                shown));
    for (const auto &[key, value] : extra) {
        if (key.isEmpty() || ownMetaKeys().contains(key))
            return Status::failure(u"%1: not created: \"%2\" cannot be an extra meta key"_s.arg(shown, key));
    }
    return {};
}

} // namespace

StoreResult ResponseStore::create(const QString &path, const QByteArray &instrumentJson,
    const QString &fingerprint, const QUuid &respondentId, const ExtraMeta &extraMeta)
{
    Status s = checkNewFile(path, instrumentJson, fingerprint, respondentId, extraMeta);
    if (s)
        s = DurableFile::createByRename(path, [&](const QString &temp) {
            return writeNewFile(temp, instrumentJson, fingerprint, respondentId, nullptr, extraMeta);
        });
    if (!s)
        return StoreResult::failure(s.error());
    return open(path);
}

Status ResponseStore::createWith(const QString &path, const QByteArray &instrumentJson,
    const QString &fingerprint, const ResponseData &data)
{
    if (Status s = checkNewFile(path, instrumentJson, fingerprint, data.respondentId); !s)
        return s;
    if (!data.instrumentFingerprint.isEmpty() && data.instrumentFingerprint != fingerprint)
        return Status::failure(u"%1: not created: the response answers instrument %2, not %3"_s.arg(
            displayPath(path), data.instrumentFingerprint, fingerprint));
    return DurableFile::createByRename(path, [&](const QString &temp) {
        return writeNewFile(temp, instrumentJson, fingerprint, data.respondentId, &data);
    });
}

namespace {

struct OpenedFile
{
    std::unique_ptr<SqliteConnection> conn;
    QByteArray instrumentJson;
    QString fingerprint;
    QMap<QString, QString> extraMeta;
};

Status checkReadableVersion(SqliteConnection &c)
{
    const auto v = ResponseSchema::version(c);
    if (!v)
        return Status::failure(v.error());
    if (*v != ResponseStore::SchemaVersion)
        return Status::failure(u"%1: uses the older schema %2; open it for editing once to upgrade it"_s
                                   .arg(displayPath(c.path()))
                                   .arg(*v));
    return {};
}

// The order matters: nothing is written before every check has passed (the header before SQLite
// touches the file, quick_check before a migration), so a refused file stays byte-identical.
Result<OpenedFile> openFile(const QString &path, bool readOnly, bool briefly = false)
{
    using R = Result<OpenedFile>;
    if (Status s = checkResponseHeader(path, ResponseStore::ApplicationId, ResponseStore::SchemaVersion); !s)
        return R::failure(s.error());
    auto conn = SqliteConnection::open(path, readOnly, briefly);
    if (!conn)
        return R::failure(conn.error());
    SqliteConnection &c = **conn;
    if (Status s = c.quickCheck(u"file"_s); !s)
        return R::failure(s.error());
    if (Status s = readOnly ? checkReadableVersion(c) : ResponseSchema::migrate(c); !s)
        return R::failure(s.error());
    if (Status s = ResponseSchema::verify(c); !s)
        return R::failure(s.error());
    OpenedFile f;
    if (Status s = readInstrument(c, f.instrumentJson, f.fingerprint); !s)
        return R::failure(s.error());
    if (Status s = readExtraMeta(c, f.extraMeta); !s)
        return R::failure(s.error());
    if (!readOnly) {
        if (Status s = c.enterDurableWal(u"Could not switch to write-ahead logging"_s); !s)
            return R::failure(s.error());
        c.allowCheckpointOnClose();
    }
    f.conn = std::move(*conn);
    return R(std::move(f));
}

} // namespace

StoreResult ResponseStore::open(const QString &path)
{
    auto f = openFile(path, false);
    if (!f)
        return StoreResult::failure(f.error());
    auto d = std::make_unique<Private>(
        Private { std::move(f->conn), f->instrumentJson, f->fingerprint, f->extraMeta });
    return StoreResult(std::unique_ptr<ResponseStore>(new ResponseStore(std::move(d))));
}

StoreResult ResponseStore::openReadOnly(const QString &path, bool briefly)
{
    auto f = openFile(path, true, briefly);
    if (!f)
        return StoreResult::failure(f.error());
    auto d = std::make_unique<Private>(
        Private { std::move(f->conn), f->instrumentJson, f->fingerprint, f->extraMeta });
    return StoreResult(std::unique_ptr<ResponseStore>(new ResponseStore(std::move(d))));
}

QString ResponseStore::path() const
{
    return d->conn->path();
}

QByteArray ResponseStore::instrumentJson() const
{
    return d->instrumentJson;
}

QString ResponseStore::instrumentFingerprint() const
{
    return d->fingerprint;
}

QMap<QString, QString> ResponseStore::extraMeta() const
{
    return d->extraMeta;
}

const QStringList &ResponseStoreDetail::ownMetaKeys()
{
    static const QStringList keys { u"respondent_id"_s, u"revision"_s, u"created_at"_s, u"submitted_at"_s,
        u"name"_s, u"affiliation"_s, u"language"_s };
    return keys;
}

} // namespace panelist
