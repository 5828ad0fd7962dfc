#pragma once

#include "models/common/result.h"
#include "models/response/responsedata.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>
#include <utility>

namespace panelist {

// One expert's response file (SQLite as an application file format; see docs/file-formats.md).
// While open it is in WAL mode with synchronous=FULL; every setter is one BEGIN IMMEDIATE ... COMMIT
// transaction and returns only after the commit, so a successful return means the answer is on disk.
// Threading: use an instance only on the thread that created it (it owns a named QSqlDatabase).
class ResponseStore
{
public:
    static constexpr quint32 ApplicationId = 0x504E4C52; // "PNLR"
    static constexpr int SchemaVersion = 1;

    ~ResponseStore();
    ResponseStore(const ResponseStore &) = delete;
    ResponseStore &operator=(const ResponseStore &) = delete;

    // Meta rows a response file may carry besides its own (respondent_id, revision, created_at,
    // submitted_at, name, affiliation): what the survey it answers said (docs/file-formats.md).
    using ExtraMeta = QList<std::pair<QString, QString>>;

    // Creates a new response file at path (must not exist) embedding the instrument's canonical JSON,
    // with extraMeta written beside the response's own meta rows (none of their keys may be taken).
    static Result<std::unique_ptr<ResponseStore>> create(const QString &path,
        const QByteArray &instrumentJson, const QString &fingerprint, const QUuid &respondentId,
        const ExtraMeta &extraMeta = {});
    // The same, already holding data (meta and every answer), and left closed: one rollback-journal
    // file with no companions, complete under path or absent (`response from-json`, simulate).
    static Status createWith(const QString &path, const QByteArray &instrumentJson,
        const QString &fingerprint, const ResponseData &data);
    // Opens an existing response file for editing. Refuses, without modifying the file: a missing
    // file, a file that is not SQLite, another application_id, a newer schema version, corruption.
    // Older schema versions are migrated in order, each step in one transaction.
    static Result<std::unique_ptr<ResponseStore>> open(const QString &path);
    // Opens read-only (never writes, never migrates); for to-json and for reading submitted copies.
    // briefly: for a command that reads and closes; nothing is left beside the file
    // (SqliteConnection::open).
    static Result<std::unique_ptr<ResponseStore>> openReadOnly(const QString &path, bool briefly = false);

    QString path() const;
    QByteArray instrumentJson() const;
    QString instrumentFingerprint() const;
    // The meta rows that are not the response's own (empty for a response to the bundled study);
    // read once at open, never changed.
    QMap<QString, QString> extraMeta() const;
    Result<ResponseData> load() const;

    Status setRating(
        const QString &measureId, const QString &areaId, const Rating &rating); // areaId empty = feasibility
    Status clearRating(const QString &measureId, const QString &areaId);
    Status setComment(const QString &measureId, const QString &text); // empty text removes it
    Status setExpertise(const QStringList &groupIds);
    Status setProfile(const QString &name, const QString &affiliation);
    // The language the expert answers in (ResponseData::language; empty for the main language).
    Status setLanguage(const QString &language);
    Status setPicks(const QString &scope, const QStringList &measureIds);
    // Replaces the whole content with data in one transaction.
    Status replaceAll(const ResponseData &data);

    // What submit() does to the copy besides writing it; cryptography is the caller's
    // (models/security), storage only puts the results in place.
    struct SubmitOptions
    {
        // Signs the copy's content hash (models/response/contentjson.h); its result goes into the
        // copy's meta rows signer_public_key and signature. None: the copy is unsigned.
        std::function<Result<ResponseSignature>(const QString &contentSha256)> sign;
        // Turns the finished copy's bytes into what is written at the target (a sealed file). The
        // clear copy is then made beside the working file, where the clear answers already are, and
        // removed once sealed: nothing in clear is written at the target's folder. None: the copy.
        std::function<Result<QByteArray>(const QByteArray &copy)> seal;
    };

    // Writes a self-contained single-file copy to targetPath: revision incremented and submitted_at set
    // in the working file first (one transaction), then VACUUM INTO a temporary name, signed and
    // sealed as options say, fsync, rename over targetPath, fsync the folder. The copy is in
    // rollback-journal mode (no -wal/-shm companions). The working file stays open and editable and
    // never holds a signature (it changes after the copy is taken).
    Result<int> submit(const QString &targetPath, const SubmitOptions &options = {}); // the new revision

private:
    struct Private;
    explicit ResponseStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace panelist
