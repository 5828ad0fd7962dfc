#include "models/merge/mergeplan.h"

using namespace Qt::StringLiterals;

namespace panelist {

MergePlan planMerge(const QList<KnownVersion> &existing, int revision, const QString &contentSha256,
    const QString &sourceSha256, const QString &sourceName)
{
    MergePlan p;
    int highest = -1;
    const KnownVersion *sameRevision = nullptr;
    for (const KnownVersion &v : existing) {
        highest = qMax(highest, v.revision);
        if (v.revision != revision)
            continue;
        if (v.contentSha256 == contentSha256) {
            p.outcome = ImportOutcome::Unchanged;
            // Which file's provenance a version shows must not depend on arrival order: the
            // smallest (SHA-256, name) of the files that delivered it wins.
            if (std::pair(sourceSha256, sourceName) < std::pair(v.sourceSha256, v.sourceName)) {
                p.action = MergePlan::Action::RewriteSource;
                p.existingVersionId = v.id;
            }
            return p;
        }
        sameRevision = &v;
    }
    p.action = MergePlan::Action::Insert;
    if (existing.isEmpty()) {
        p.outcome = ImportOutcome::Merged;
    } else if (sameRevision) {
        p.outcome = ImportOutcome::Conflict;
        p.reason = u"revision %1 of this respondent was already merged from %2 with different answers; "
                   u"both are kept and the coordinator decides which counts"_s.arg(revision)
                       .arg(sameRevision->sourceName);
    } else if (revision > highest) {
        p.outcome = ImportOutcome::Replaced;
    } else {
        p.outcome = ImportOutcome::Older;
        p.reason
            = u"revision %1 is older than revision %2 already merged; kept in history only"_s.arg(revision)
                  .arg(highest);
    }
    return p;
}

} // namespace panelist
