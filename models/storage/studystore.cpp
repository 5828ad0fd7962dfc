#include "models/storage/studystore.h"

#include "models/storage/durablefile.h"
#include "models/storage/sqliteheader.h"
#include "models/storage/studylog.h"
#include "models/storage/studyschema.h"
#include "models/storage/studysettings.h"
#include "models/storage/studystore_p.h"
#include "models/storage/studystore_write.h"

#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

using StoreResult = Result<std::unique_ptr<StudyStore>>;

// Fills a brand-new study under a temporary name in rollback-journal mode, so a crash leaves no half
// study under the real name.
Status writeNewStudy(const QString &path, const Instrument &instrument, const StudySettings &settings)
{
    auto conn = SqliteConnection::open(path, false);
    if (!conn)
        return Status::failure(conn.error());
    SqliteConnection &c = **conn;
    const QString context = u"Could not create the study database"_s;
    // A pragma takes no bound value; the number is our own constant.
    if (Status s = c.exec(u"PRAGMA application_id = %1"_s.arg(StudyStore::ApplicationId), context); !s)
        return s;
    if (Status s = StudySchema::migrate(c); !s)
        return s;
    return c.writeTransaction(context, [&]() -> Status {
        if (Status s = c.exec(u"INSERT INTO instrument (id, fingerprint, json) VALUES (1, ?, ?)"_s,
                { instrument.fingerprint(), instrument.canonicalJson() }, context);
            !s)
            return s;
        if (Status s = c.exec(u"INSERT INTO meta (key, value) VALUES ('created_at', ?)"_s,
                { isoUtc(QDateTime::currentDateTimeUtc()) }, context);
            !s)
            return s;
        return writeStudySettings(c, settings, context);
    });
}

// The header decides before SQLite opens anything, so a refused file is never touched.
Status checkStudyHeader(const QString &path)
{
    const auto header = readSqliteHeader(path);
    if (!header)
        return Status::failure(QString(header.error()).replace(u"response file"_s, u"study database"_s));
    const QString shown = displayPath(path);
    if (header->applicationId != StudyStore::ApplicationId) {
        const QString what = header->applicationId == 0
            ? u"a plain SQLite database"_s
            : u"application_id %1"_s.arg(hex32(header->applicationId));
        return Status::failure(u"%1: not a Panelist study database (%2)"_s.arg(shown, what));
    }
    if (header->userVersion > quint32(StudySchema::latestVersion()))
        return Status::failure(
            u"%1: study written by a newer Panelist (schema %2; this version reads up to %3). "
            u"Open it with a newer Panelist."_s.arg(shown)
                .arg(header->userVersion)
                .arg(StudySchema::latestVersion()));
    if (header->userVersion == 0)
        return Status::failure(u"%1: an incomplete study database (schema version 0)"_s.arg(shown));
    return {};
}

Result<Instrument> readInstrument(SqliteConnection &c)
{
    using R = Result<Instrument>;
    QSqlQuery q(c.db());
    if (!q.exec(u"SELECT fingerprint, json FROM instrument WHERE id = 1"_s))
        return R::failure(c.failure(u"Could not read the study's instrument"_s, q).error());
    if (!q.next())
        return R::failure(u"%1: damaged study database (no instrument)"_s.arg(displayPath(c.path())));
    const QString fingerprint = q.value(0).toString();
    auto ins
        = Instrument::fromJson(q.value(1).toByteArray(), displayPath(c.path()) + u" (embedded instrument)"_s);
    if (!ins)
        return ins;
    if (ins->fingerprint() != fingerprint)
        return R::failure(
            u"%1: damaged study database (the embedded instrument does not match its fingerprint)"_s.arg(
                displayPath(c.path())));
    return ins;
}

struct OpenedStudy
{
    std::unique_ptr<SqliteConnection> conn;
    Instrument instrument;
    StudySettings settings;
};

// The order matters: nothing is written before every check has passed (header, quick_check, then
// migration), so a refused file stays byte-identical.
Result<OpenedStudy> openStudy(
    const QString &path, bool readOnly, bool quickCheck = true, bool briefly = false)
{
    using StoreResult = Result<OpenedStudy>;
    if (Status s = checkStudyHeader(path); !s)
        return StoreResult::failure(s.error());
    auto conn = SqliteConnection::open(path, readOnly, briefly);
    if (!conn)
        return StoreResult::failure(conn.error());
    SqliteConnection &c = **conn;
    if (Status s = quickCheck ? c.quickCheck(u"study database"_s) : Status(); !s)
        return StoreResult::failure(s.error());
    if (readOnly) {
        const auto v = StudySchema::version(c);
        if (!v)
            return StoreResult::failure(v.error());
        if (*v != StudySchema::latestVersion())
            return StoreResult::failure(
                u"%1: uses the older study schema %2; open it for merging once to upgrade it"_s
                    .arg(displayPath(path))
                    .arg(*v));
    } else if (Status s = StudySchema::migrate(c); !s) {
        return StoreResult::failure(s.error());
    }
    if (Status s = StudySchema::verify(c); !s)
        return StoreResult::failure(s.error());
    auto ins = readInstrument(c);
    if (!ins)
        return StoreResult::failure(ins.error());
    auto settings = readStudySettings(c);
    if (!settings)
        return StoreResult::failure(settings.error());
    if (!readOnly) {
        if (Status s = c.enterDurableWal(u"Could not switch the study to write-ahead logging"_s); !s)
            return StoreResult::failure(s.error());
        c.allowCheckpointOnClose();
        if (Status s = fillIndexedAnswers(c, *ins); !s)
            return StoreResult::failure(s.error());
        if (Status s = chainUnhashedLogEntries(c); !s)
            return StoreResult::failure(s.error());
    }
    return OpenedStudy { std::move(*conn), std::move(*ins), *settings };
}

} // namespace

StudyStore::StudyStore(std::unique_ptr<Private> dd)
    : d(std::move(dd))
{ }

StudyStore::~StudyStore() = default;

StoreResult StudyStore::create(
    const QString &path, const Instrument &instrument, const StudySettings &settings)
{
    const QString shown = displayPath(path);
    if (QFileInfo::exists(path))
        return StoreResult::failure(u"%1: already exists; a new study needs a new file name"_s.arg(shown));
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return StoreResult::failure(u"%1: its folder does not exist"_s.arg(shown));
    if (instrument.fingerprint().isEmpty())
        return StoreResult::failure(u"%1: not created: no instrument"_s.arg(shown));
    const Status created = DurableFile::createByRename(
        path, [&](const QString &temp) { return writeNewStudy(temp, instrument, settings); });
    if (!created)
        return StoreResult::failure(created.error());
    return open(path);
}

StoreResult StudyStore::open(const QString &path)
{
    auto o = openStudy(path, false);
    if (!o)
        return StoreResult::failure(o.error());
    auto d = std::make_unique<Private>(Private { std::move(o->conn), std::move(o->instrument), o->settings });
    return StoreResult(std::unique_ptr<StudyStore>(new StudyStore(std::move(d))));
}

StoreResult StudyStore::openReadOnly(const QString &path, Check check, Stay stay)
{
    auto o = openStudy(path, true, check == Check::Integrity, stay == Stay::Command);
    if (!o)
        return StoreResult::failure(o.error());
    auto d = std::make_unique<Private>(Private { std::move(o->conn), std::move(o->instrument), o->settings });
    return StoreResult(std::unique_ptr<StudyStore>(new StudyStore(std::move(d))));
}

QString StudyStore::path() const
{
    return d->conn->path();
}

const Instrument &StudyStore::instrument() const
{
    return d->instrument;
}

const StudySettings &StudyStore::settings() const
{
    return d->settings;
}

Status StudyStore::setSettings(const StudySettings &settings)
{
    SqliteConnection &c = *d->conn;
    const QString context = u"Could not change the study's settings"_s;
    if (c.readOnly())
        return c.failure(context, u"the study is open read-only"_s);
    if (Status s = c.writeTransaction(context, [&] { return writeStudySettings(c, settings, context); }); !s)
        return s;
    d->settings = settings;
    return {};
}

bool StudyStore::readOnly() const
{
    return d->conn->readOnly();
}

SqliteConnection &StudyStore::connection()
{
    return *d->conn;
}

qint64 StudyStore::dataVersion() const
{
    const auto rows = d->conn->column(u"PRAGMA data_version"_s, u"Could not read the data version"_s);
    return rows ? rows->value(0).toLongLong() : -1;
}

Status StudyStore::resolveConflict(const QUuid &respondentId, int revision, qint64 versionId)
{
    SqliteConnection &c = *d->conn;
    const QString context = u"Could not record the choice for the conflict"_s;
    if (c.readOnly())
        return c.failure(context, u"the study is open read-only"_s);
    StudyStoreWriter w(c);
    return c.writeTransaction(context, [&]() -> Status {
        QSqlQuery q(c.db());
        q.prepare(u"SELECT COUNT(*) FROM conflict WHERE respondent = ? AND revision = ?"_s);
        q.addBindValue(respondentId.toString(QUuid::WithoutBraces));
        q.addBindValue(revision);
        if (!q.exec() || !q.next())
            return c.failure(context, q);
        if (q.value(0).toInt() == 0)
            return c.failure(context,
                u"respondent %1 has no conflict at revision %2"_s
                    .arg(respondentId.toString(QUuid::WithoutBraces))
                    .arg(revision));
        const auto versions = w.versionsOf(respondentId);
        if (!versions)
            return Status::failure(versions.error());
        const KnownVersion *picked = nullptr;
        for (const KnownVersion &v : *versions)
            picked = (v.id == versionId && v.revision == revision) ? &v : picked;
        if (!picked)
            return c.failure(context, u"version %1 is not one of the conflicting versions"_s.arg(versionId));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (Status s = w.chooseVersion(respondentId, revision, versionId, now); !s)
            return s;
        if (Status s = w.updateCurrent(respondentId); !s)
            return s;
        ImportLogEntry e;
        e.fileName = picked->sourceName;
        e.sha256 = picked->sourceSha256;
        e.at = now;
        e.outcome = ImportOutcome::Resolved;
        e.contentSha256 = picked->contentSha256;
        e.reason = u"the coordinator chose this file's version for revision %1"_s.arg(revision);
        e.respondentId = respondentId;
        e.revision = revision;
        return w.appendLog(e);
    });
}

} // namespace panelist
