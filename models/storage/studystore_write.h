#pragma once

// Internal to models/storage and models/merge: the write primitives of the study database. Callers
// wrap them in one BEGIN IMMEDIATE transaction (SqliteConnection::writeTransaction) per change.

#include "models/common/result.h"
#include "models/response/responsedata.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

#include <memory>

class QSqlQuery;

namespace panelist {

class SqliteConnection;
struct ImportLogEntry;

// A stored version as the merge plan sees it.
struct KnownVersion
{
    qint64 id = 0;
    int revision = 0;
    QString contentSha256;
    QString sourceSha256;
    QString sourceName;
    QString signerKey; // base64 public key the version was signed with; empty: unsigned
};

struct Provenance
{
    QString sourceName;
    QString sourceSha256;
    QDateTime importedAt;
};

// The schema name under which Merger attaches the private copy of an incoming response file (already
// checked row by row) to the study connection; insertVersion and rewriteVersion copy its answers.
inline constexpr char IncomingSchemaName[] = "incoming";

// The version that counts among one respondent's versions (revision descending) given the
// coordinator's choices (revision -> chosen version; 0 while unresolved), as docs/study-database.md
// ("Which version counts") says; 0 when none does.
qint64 versionThatCounts(const QList<KnownVersion> &byRevisionDescending, const QMap<int, qint64> &chosen);

// Keeps its prepared statements for the life of the connection (merging thousands of files
// re-prepares nothing). Threading: the thread that owns the connection.
class StudyStoreWriter
{
public:
    explicit StudyStoreWriter(SqliteConnection &connection);
    ~StudyStoreWriter();
    StudyStoreWriter(const StudyStoreWriter &) = delete;
    StudyStoreWriter &operator=(const StudyStoreWriter &) = delete;

    Result<QList<KnownVersion>> versionsOf(const QUuid &respondent);
    // Stores data's respondent, revision and times with provenance, then copies the answers from the
    // attached copy (IncomingSchemaName) with INSERT ... SELECT; data must be what was read from that
    // copy: the rows copied are counted against it, and any difference fails the whole version.
    // indexedAnswers is data as IndexedResponse::toBytes (stored beside it for counting).
    Result<qint64> insertVersion(const ResponseData &data, const QString &contentSha256,
        const Provenance &from, const QByteArray &indexedAnswers);
    // Stores a version's answers in instrument positions (for versions stored before schema 2).
    Status storeIndexedAnswers(qint64 versionId, const QByteArray &indexedAnswers);
    // Same answers from another file: rewrite the version's provenance and times, and its answers
    // (only their times can differ) from the attached copy.
    Status rewriteVersion(qint64 versionId, const ResponseData &data, const Provenance &from);
    // Records a conflict at (respondent, revision); a new candidate clears an earlier choice.
    Status openConflict(const QUuid &respondent, int revision);
    Status chooseVersion(const QUuid &respondent, int revision, qint64 versionId, const QDateTime &at);
    // Recomputes which version counts (see StudyStore::currentResponses) and stores it.
    Status updateCurrent(const QUuid &respondent);
    // The version that counts, when the caller knows it without the search updateCurrent makes (the
    // first version of a respondent, or a revision above every stored one).
    Status setCurrent(const QUuid &respondent, qint64 versionId);
    Status appendLog(const ImportLogEntry &entry);

private:
    QSqlQuery &prepared(const char *sql);
    Status run(QSqlQuery &q, const QVariantList &values, const QString &context);
    Status copyAnswers(qint64 versionId, const ResponseData &data, const QString &context);
    Status storeCurrent(const QUuid &respondent, const QVariant &versionId); // NULL: none counts
    SqliteConnection &m_conn;
    QHash<const char *, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace panelist
