#pragma once

// The study's value types: plain data that the study database (studystore.h) reads and writes and
// that exports, the coordinator's tables and the command line pass around. Code that never touches
// SQL includes this header, not the store.

#include "models/response/responsedata.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace panelist {

// What became of one file tried for import, or of one coordinator's choice, as the import log keeps
// it (docs/merge.md). Text is made only where it is stored or shown: outcomeName().
enum class ImportOutcome { Merged, Unchanged, Replaced, Older, Conflict, Rejected, Resolved };

// "merged", "unchanged", "replaced", "older revision", "conflict", "rejected", "resolved": the words
// the import log stores and the coordinator and the command line show.
QString outcomeName(ImportOutcome outcome);
// The outcome a stored word stands for; nothing for a word Panelist never writes.
std::optional<ImportOutcome> outcomeFromName(const QString &name);

// What a study asks of the files merged into it, kept in its meta table (docs/study-database.md,
// "Settings"). A study made from a survey file that carries a coordinator key requires signatures.
struct StudySettings
{
    bool requireSignatures = false; // unsigned files are refused
    QString coordinatorKey; // base64 of the X25519 public key responses are sealed to; empty: none
    QString coordinatorKeyFingerprint; // that key's fingerprint (models/security/keyencoding.h)
    QString surveyId; // the survey file the study was made for; empty: none

    friend bool operator==(const StudySettings &, const StudySettings &) = default;
};

// One accepted version of a respondent's response, with where it came from.
struct StudyResponse
{
    qint64 versionId = 0; // row id of this version in the study
    ResponseData data;
    QString sourceName; // file name as received (no folder)
    QString sourceSha256; // of the file's bytes as received
    QDateTime importedAt; // UTC
    bool counts = false; // the version that counts for this respondent
    // SHA-256 of the answers (the interchange JSON without submitted_at; answer times excluded):
    // equal hashes for one respondent and revision mean "identical content".
    QString contentSha256;
};

// One row of the import log: a file the coordinator tried to import, or a coordinator's choice.
struct ImportLogEntry
{
    qint64 id = 0;
    QString fileName; // as received (no folder)
    QString sha256;
    QDateTime at; // UTC
    ImportOutcome outcome = ImportOutcome::Rejected;
    QString reason; // why (always set for Rejected and Conflict)
    QUuid respondentId; // null when the file could not be read that far
    int revision = -1; // -1 when unknown
    QString contentSha256; // the answers' hash when the entry stored or matched a version, else empty
    // The study log's hash chain (docs/study-database.md): SHA-256 over this entry's content and the
    // previous entry's entrySha256, so a changed, removed or inserted entry shows.
    QString entrySha256;
};

// Two or more different contents for the same respondent and revision; the coordinator picks one.
struct StudyConflict
{
    QUuid respondentId;
    int revision = 0;
    QList<StudyResponse> versions; // all candidates; at most one has counts == true
    bool resolved = false; // the coordinator picked the version that counts
    qint64 chosenVersionId = 0; // when resolved
};

// A change of the version that counts for a respondent, as the study's change log records it in the
// same transaction as the change itself (docs/study-database.md). 0 stands for "none".
struct CurrentChange
{
    qint64 seq = 0; // ascending, never reused
    QUuid respondentId;
    qint64 oldVersion = 0;
    qint64 newVersion = 0;
};

// The end of the study log's hash chain: how many entries, and the last entry's hash. Printed on a
// report, it lets anyone check later that the study file still holds that log (`study verify`).
struct StudyLogHead
{
    qint64 entries = 0;
    QString head; // the last entry's entrySha256; empty when the log is empty
};

// What a report or the study view says of where the figures come from (StudyStore::provenance):
// the log's head, how many of the versions that count are unsigned, and what the study requires.
struct StudyProvenance
{
    StudyLogHead log;
    qint64 counting = 0; // respondents with a version that counts
    qint64 unsignedCounting = 0; // of those, versions from files that carried no signature
    StudySettings settings;
};

// What `study verify` found (StudyStore::verify).
struct StudyVerification
{
    StudyLogHead log;
    qint64 versions = 0; // versions checked
    QStringList problems; // empty: the study is what its log says; else in the order found
};

// A version without its answers: what the coordinator's responses table shows of a respondent.
struct VersionSummary
{
    qint64 versionId = 0;
    QUuid respondentId;
    int revision = 0;
    QDateTime submittedAt; // UTC; null when the file never said
    QString name; // as the expert gave it; empty when anonymous
    QString affiliation;
    QString language; // ResponseData::language: '' for the instrument's main language
    QStringList expertise; // group ids, in the order the expert listed them
    int answered = 0; // rating items answered ("don't know" included)
    QString sourceName;
    QString signerKey; // base64 of the expert's public key; empty: the file was not signed
};

} // namespace panelist
