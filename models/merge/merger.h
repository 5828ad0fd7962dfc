#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>

namespace panelist {

class StudyStore;

enum class MergeOutcome { Merged, Unchanged, Replaced, Older, Conflict, Rejected };

// "merged", "unchanged", "replaced", "older revision", "conflict", "rejected"
QString outcomeName(MergeOutcome outcome);

struct MergeResult
{
    QString path;     // as given
    QString fileName; // without folder
    MergeOutcome outcome = MergeOutcome::Rejected;
    QString reason;   // why (always set for Rejected and Conflict)
    QUuid respondentId;
    int revision = 0;
};

struct MergeSummary
{
    int merged = 0, unchanged = 0, replaced = 0, older = 0, conflicts = 0, rejected = 0;
    void add(MergeOutcome outcome);
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

// Imports response files into a study (DESIGN.md section 4): header check, private read-only copy
// opened with SQLite's defences, quick_check, exact schema, instrument fingerprint, every value
// validated, then a plan applied in one BEGIN IMMEDIATE transaction. Never modifies the source file;
// a file that fails any step changes nothing in the study except its import-log row.
// Threading: use on the thread that opened the StudyStore.
class Merger
{
public:
    explicit Merger(StudyStore &study); // study must outlive the merger
    ~Merger();
    Merger(const Merger &) = delete;
    Merger &operator=(const Merger &) = delete;

    // Judges and merges one file; the import log gets exactly one row for it (unless the study itself
    // cannot be written, which the result's reason then says).
    MergeResult mergeFile(const QString &path);
    // expandResponsePaths(), then mergeFile() on each in order; onResult (optional) after each file.
    QList<MergeResult> mergeAll(const QStringList &filesOrFolders,
                                const std::function<void(const MergeResult &)> &onResult = {});

private:
    struct Private;
    StudyStore &m_study;
    std::unique_ptr<Private> d;
};

} // namespace panelist
