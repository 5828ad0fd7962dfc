#pragma once

#include "models/merge/merger.h"
#include "models/storage/studystore_write.h"

#include <QList>
#include <QString>

namespace panelist {

// What to do with one valid incoming version, given the versions the study already holds for that
// respondent. Pure, so the rules are tested apart from any file.
struct MergePlan
{
    enum class Action {
        None, // nothing to store
        Insert, // store as a new version
        RewriteSource, // same answers from another file: keep the smaller (sha256, name) as provenance
    };
    ImportOutcome outcome = ImportOutcome::Unchanged;
    Action action = Action::None;
    qint64 existingVersionId = 0; // for RewriteSource
    QString reason; // for Conflict (and a note for Older and Unchanged)
};

// The rules (docs/merge.md): same revision and answers -> unchanged; no version yet -> merged;
// another content at the same revision -> conflict (stored, never applied); a revision above every
// stored one -> replaced; otherwise -> older revision (stored in history only).
// Every rule depends only on the set already stored, so any order of the same files ends in the same set.
MergePlan planMerge(const QList<KnownVersion> &existing, int revision, const QString &contentSha256,
    const QString &sourceSha256, const QString &sourceName);

// Whether a version signed with signerKey (base64; empty: unsigned) may join existing: a respondent is
// pinned to the key of its first stored version (the smallest id), so a later revision signed by any
// other key, or not signed when the first was, is refused ("signed by a different key than revision
// 1"). A respondent whose first version was unsigned is pinned to nothing. Pure, like planMerge.
Status checkSigner(const QList<KnownVersion> &existing, const QString &signerKey);

} // namespace panelist
