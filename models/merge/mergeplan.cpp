#include "models/merge/mergeplan.h"

#include "models/security/identitykey.h"
#include "models/security/keyencoding.h"

#include <algorithm>

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
            // A copy sent twice, or a file replayed under another name: which one came first.
            p.reason = u"revision %1 with these answers was already merged from %2"_s.arg(revision).arg(
                v.sourceName);
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

namespace {

QString fingerprintOf(const QString &publicKey)
{
    const std::optional<QByteArray> raw = fromBase64(publicKey, IdentityKey::PublicKeyBytes);
    return raw ? keyFingerprint(*raw) : u"(not a key)"_s;
}

} // namespace

Status checkSigner(const QList<KnownVersion> &existing, const QString &signerKey)
{
    if (existing.isEmpty())
        return {};
    const auto first = std::min_element(existing.cbegin(), existing.cend(),
        [](const KnownVersion &a, const KnownVersion &b) { return a.id < b.id; });
    if (first->signerKey.isEmpty() || first->signerKey == signerKey)
        return {};
    if (signerKey.isEmpty())
        return Status::failure(u"not signed, but revision %1 of this respondent was (key %2): only a file "
                               u"signed with that key can revise this response"_s.arg(first->revision)
                                   .arg(fingerprintOf(first->signerKey)));
    return Status::failure(
        u"signed by a different key than revision %1 (that was key %2, this file's is %3): "
        u"not the expert who answered before"_s.arg(first->revision)
            .arg(fingerprintOf(first->signerKey), fingerprintOf(signerKey)));
}

} // namespace panelist
