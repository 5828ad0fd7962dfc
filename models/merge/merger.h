#pragma once

#include "models/storage/studytypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>

namespace panelist {

class CoordinatorKey;
class StudyStore;

// One file tried: what became of it and why.
struct ImportedFile
{
    QString path; // as given
    QString fileName; // without folder
    ImportOutcome outcome = ImportOutcome::Rejected; // never Resolved: that is a coordinator's choice
    QString reason; // why (always set for Rejected and Conflict)
    QUuid respondentId;
    int revision = 0;
};

struct MergeSummary
{
    int merged = 0, unchanged = 0, replaced = 0, older = 0, conflicts = 0, rejected = 0;
    void add(ImportOutcome outcome);
    // "merged N, unchanged N, replaced N, older N, conflicts N, rejected N"
    QString line() const;
    int total() const { return merged + unchanged + replaced + older + conflicts + rejected; }
};

// Whether a file in a folder may be a response file worth judging: not hidden, not a temporary
// (*.tmp, *.part, *~) and not an SQLite companion (-wal, -shm, -journal). Folder imports and the
// inbox watcher use the same rule.
bool isResponseCandidateName(const QString &fileName);

// Files named directly are kept as given; a folder contributes its regular files (not recursive)
// whose names pass isResponseCandidateName, sorted by name.
QStringList expandResponsePaths(const QStringList &filesOrFolders);

// Imports response files into a study (docs/merge.md): header check (a sealed file opened in memory
// first), private read-only copy opened with SQLite's defences, quick_check, exact schema, instrument
// fingerprint, every value validated, the signature checked against the study's settings and the
// respondent's key, then a plan applied in one BEGIN IMMEDIATE transaction. Never modifies the source file;
// a file that fails any step changes nothing in the study except its import-log row.
// Threading: use on the thread that opened the StudyStore.
class Merger
{
public:
    explicit Merger(StudyStore &study); // study must outlive the merger
    ~Merger();
    Merger(const Merger &) = delete;
    Merger &operator=(const Merger &) = delete;

    // The key sealed response files are opened with (in memory only, docs/security.md); without one
    // a sealed file is refused, saying which key it needs.
    void setCoordinatorKey(const CoordinatorKey &key);

    // Judges and merges one file; the import log gets exactly one row for it (unless the study itself
    // cannot be written, which the result's reason then says).
    ImportedFile mergeFile(const QString &path);
    // expandResponsePaths(), then mergeFile() on each in order; onResult (optional) after each file.
    QList<ImportedFile> mergeAll(
        const QStringList &filesOrFolders, const std::function<void(const ImportedFile &)> &onResult = {});

private:
    struct Private;
    StudyStore &m_study;
    std::unique_ptr<Private> d;
};

} // namespace panelist
