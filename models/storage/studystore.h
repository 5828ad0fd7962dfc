#pragma once

#include "models/common/result.h"
#include "models/instrument/instrument.h"
#include "models/response/indexedresponse.h"
#include "models/storage/studytypes.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace panelist {

class SqliteConnection;

// The study database (SQLite, its own application_id; see docs/study-database.md). Holds the
// instrument, every accepted response version with provenance (superseded revisions are kept, never
// deleted) and the import log. Writes are done by Merger (models/merge) through connection().
// Threading: an instance is used only on the thread that opened it; a worker opens its own.
class StudyStore
{
public:
    static constexpr quint32 ApplicationId = 0x504E4C53; // "PNLS"

    ~StudyStore();
    StudyStore(const StudyStore &) = delete;
    StudyStore &operator=(const StudyStore &) = delete;

    // Creates a new study at path (must not exist): built under a temporary name, flushed, renamed.
    static Result<std::unique_ptr<StudyStore>> create(
        const QString &path, const Instrument &instrument, const StudySettings &settings = {});
    // Opens for merging and resolving. Refuses, without writing: a missing file, not SQLite, another
    // application_id, a newer schema, corruption (quick_check), a damaged embedded instrument.
    static Result<std::unique_ptr<StudyStore>> open(const QString &path);
    // Never writes, never migrates (exports, the presenter, `study show`). Check::HeaderAndSchema
    // leaves out SQLite's quick_check (a pass over the whole file: seconds for a study of 100,000
    // experts), for a second connection to a file this process checked moments ago.
    // Stay::Command for a command that reads and closes (`study show`, `report`, `export`): nothing is
    // left beside the file (SqliteConnection::open, briefly).
    enum class Check { Integrity, HeaderAndSchema };
    enum class Stay { Session, Command };
    static Result<std::unique_ptr<StudyStore>> openReadOnly(
        const QString &path, Check check = Check::Integrity, Stay stay = Stay::Session);

    QString path() const;
    const Instrument &instrument() const;
    // What the study asks of the files merged into it: signatures, the coordinator key responses are
    // sealed to, the survey it was made for.
    const StudySettings &settings() const;
    // Changes the settings (in one transaction); versions already stored stay as they are.
    Status setSettings(const StudySettings &settings);

    // One per respondent: the version that counts. That is the highest revision with one content, or
    // with the coordinator's choice when several contents conflict; an unresolved conflict at the top
    // falls back to the highest unambiguous revision below it (none: the respondent is left out).
    // This depends only on the set of versions and choices, never on the order files arrived in.
    Result<QList<StudyResponse>> currentResponses() const;
    Result<QList<StudyResponse>> allVersions() const; // every kept version, history included
    // The import log's entries after afterId (all by default), in order.
    Result<QList<ImportLogEntry>> importLog(qint64 afterId = 0) const;
    // Every respondent's version that counts, without answers (the coordinator's table), by
    // respondent; lastChange (optional) receives the change log position this read reflects.
    Result<QList<VersionSummary>> currentSummaries(qint64 *lastChange = nullptr) const;
    // The same for the given versions.
    Result<QList<VersionSummary>> summaries(const QList<qint64> &versionIds) const;
    Result<QList<StudyConflict>> conflicts() const; // resolved ones included (resolved == true)
    // The coordinator's choice for a conflict; recorded (who/when in the log) and applied in one transaction.
    Status resolveConflict(const QUuid &respondentId, int revision, qint64 versionId);
    // Receives one version's answers at a time; the IndexedResponse is reused for the next version,
    // so copy what you keep.
    using VersionSink = std::function<void(qint64 versionId, const IndexedResponse &answers)>;
    // Every version that counts, one at a time in version order, read in one transaction: memory
    // does not grow with the number of respondents. Returns the last change (CurrentChange::seq)
    // that this read already reflects, to ask changesSince() for what comes after it.
    Result<qint64> readCurrent(const VersionSink &sink) const;
    // The same for the given versions (kept versions never change their answers); ids the study
    // does not have are skipped.
    Status readVersions(const QList<qint64> &ids, const VersionSink &sink) const;
    // The changes of the version that counts after seq, in order.
    Result<QList<CurrentChange>> changesSince(qint64 seq) const;
    // The study log's head (the last entry's chain hash), for reports and the study view.
    Result<StudyLogHead> logHead() const;
    // The log's head, the counting versions and how many of them are unsigned, and the settings.
    Result<StudyProvenance> provenance() const;
    // Whether signature (base64) was made by publicKey (base64) over contentSha256: models/security's
    // verifySignature, which storage does not link.
    using SignatureCheck = std::function<Status(
        const QString &publicKey, const QString &contentSha256, const QString &signature)>;
    // Checks the study against itself (docs/study-database.md, "Checking a study"), every signature
    // with checkSignature; a failure is a study that cannot be read at all, the problems of one that
    // can are in the result.
    Result<StudyVerification> verify(const SignatureCheck &checkSignature) const;
    // PRAGMA data_version: changes when another connection (or process) commits to the study.
    qint64 dataVersion() const;

    bool readOnly() const;
    SqliteConnection &connection(); // for models/merge only

private:
    struct Private;
    explicit StudyStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace panelist
