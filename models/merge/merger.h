#pragma once

#include <QList>
#include <QString>
#include <QUuid>

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
};

// Imports response files into a study (DESIGN.md section 4): header check, private read-only copy
// opened with SQLite's defences, quick_check, exact schema, instrument fingerprint, every value
// validated, then a plan applied in one BEGIN IMMEDIATE transaction. Never modifies the source file;
// a file that fails any step changes nothing in the study except its import-log row.
// Threading: use on the thread that opened the StudyStore.
class Merger
{
public:
    explicit Merger(StudyStore &study);
    MergeResult mergeFile(const QString &path);

private:
    StudyStore &m_study;
};

} // namespace panelist
