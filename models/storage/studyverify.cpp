// StudyStore::verify: everything a study file says checked against everything else it says (docs/
// study-database.md, "Checking a study"): the import log's hash chain, every version's answers
// against the content hash it was imported with, its signature and its counting data, every version
// against the log entry that recorded it, every respondent's versions against the key of its first,
// and which version counts against the study's rule.

#include "models/storage/studystore.h"

#include "models/response/contentjson.h"
#include "models/storage/studylog.h"
#include "models/storage/studystore_p.h"
#include "models/storage/studystore_write.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

constexpr int MaxProblems = 100;
constexpr qint64 Batch = 2000;

QString uuid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString describe(const StudyResponse &v)
{
    return u"version %1 (respondent %2, revision %3, from %4)"_s.arg(v.versionId)
        .arg(uuid(v.data.respondentId))
        .arg(v.data.revision)
        .arg(v.sourceName);
}

QString key(const QUuid &respondent, int revision, const QString &content)
{
    return uuid(respondent) + u'/' + QString::number(revision) + u'/' + content;
}

// The chain from the first entry to the last: ids 1, 2, 3, ... each hash following from its
// content and the hash before it. The first entry that does not fit is named.
void checkChain(const QList<ImportLogEntry> &log, StudyVerification &out)
{
    QString previous;
    for (qsizetype i = 0; i < log.size(); ++i) {
        const ImportLogEntry &e = log.at(i);
        if (e.id != i + 1) {
            out.problems
                << u"import log entry %1 is missing: the entries go from %2 to %3"_s.arg(i + 1).arg(i).arg(
                       e.id);
            return;
        }
        if (logEntryHash(e, previous) != e.entrySha256) {
            out.problems
                << u"import log entry %1 (%2 at %3, %4) does not fit the chain: it or the entry before it "
                   u"was changed after it was written"_s.arg(e.id)
                       .arg(e.fileName, e.at.toString(Qt::ISODate), outcomeName(e.outcome));
            return;
        }
        previous = e.entrySha256;
    }
}

// What is wrong with one version's answers, signature and counting data, if anything.
QString checkVersion(const StudyResponse &v, const QHash<qint64, IndexedResponse> &counted,
    const Instrument &instrument, const StudyStore::SignatureCheck &checkSignature)
{
    if (contentSha256(v.data) != v.contentSha256)
        return describe(v)
            + u": its answers are not the ones it was imported with (their hash does not match)"_s;
    if (!v.data.signature.isEmpty()) {
        const ResponseSignature &sig = v.data.signature;
        if (Status s = checkSignature(sig.publicKey, v.contentSha256, sig.signature); !s)
            return describe(v) + u": its signature does not verify (%1)"_s.arg(s.error());
    }
    if (counted.value(v.versionId) != indexResponse(instrument, v.data))
        return describe(v) + u": its counting data does not match its answers"_s;
    return {};
}

// Every version of a respondent signed with the key of the respondent's first stored version (the
// merge refuses any other), or all unsigned when the first was.
void checkSigners(const QHash<QUuid, QList<KnownVersion>> &byRespondent, StudyVerification &out)
{
    for (auto it = byRespondent.cbegin(); it != byRespondent.cend() && out.problems.size() < MaxProblems;
         ++it) {
        const auto first = std::min_element(it->cbegin(), it->cend(),
            [](const KnownVersion &a, const KnownVersion &b) { return a.id < b.id; });
        for (const KnownVersion &v : *it) {
            if (first->signerKey.isEmpty() || v.signerKey == first->signerKey)
                continue;
            const QString what
                = v.signerKey.isEmpty() ? u"not signed, unlike"_s : u"signed by another key than"_s;
            out.problems
                << u"version %1 (respondent %2, revision %3, from %4) is %5 version %6 (revision %7), "
                   u"the respondent's first"_s.arg(v.id)
                       .arg(uuid(it.key()))
                       .arg(v.revision)
                       .arg(v.sourceName, what)
                       .arg(first->id)
                       .arg(first->revision);
        }
    }
}

} // namespace

Result<StudyLogHead> StudyStore::logHead() const
{
    using R = Result<StudyLogHead>;
    QSqlQuery q(d->conn->db());
    if (!q.exec(
            u"SELECT count(*), (SELECT entry_sha256 FROM import_log ORDER BY id DESC LIMIT 1) FROM import_log"_s)
        || !q.next())
        return R::failure(d->conn->failure(u"Could not read the study log"_s, q).error());
    return StudyLogHead { q.value(0).toLongLong(), q.value(1).toString() };
}

Result<StudyProvenance> StudyStore::provenance() const
{
    using R = Result<StudyProvenance>;
    StudyProvenance out;
    const auto head = logHead();
    if (!head)
        return R::failure(head.error());
    out.log = *head;
    out.settings = settings();
    QSqlQuery q(d->conn->db());
    if (!q.exec(u"SELECT count(*), coalesce(sum(v.signature IS NULL OR v.signature = ''), 0) "
                u"FROM respondent r JOIN response_version v ON v.id = r.current_version"_s)
        || !q.next())
        return R::failure(d->conn->failure(u"Could not count the study's signed responses"_s, q).error());
    out.counting = q.value(0).toLongLong();
    out.unsignedCounting = q.value(1).toLongLong();
    return out;
}

Result<StudyVerification> StudyStore::verify(const SignatureCheck &checkSignature) const
{
    using R = Result<StudyVerification>;
    SqliteConnection &c = *d->conn;
    StudyVerification out;
    const auto head = logHead();
    if (!head)
        return R::failure(head.error());
    out.log = *head;
    const auto log = importLog();
    QSet<QString> recorded; // respondent/revision/content of every version the log says it stored
    if (!log) {
        out.problems << log.error();
    } else {
        checkChain(*log, out);
        for (const ImportLogEntry &e : *log) {
            const bool stores = e.outcome == ImportOutcome::Merged || e.outcome == ImportOutcome::Replaced
                || e.outcome == ImportOutcome::Older || e.outcome == ImportOutcome::Conflict;
            if (stores)
                recorded.insert(key(e.respondentId, e.revision, e.contentSha256));
        }
    }

    // Every version, a batch at a time: answers, counting data, the log entry that stored it.
    QHash<QUuid, QList<KnownVersion>> byRespondent;
    QSqlQuery bounds(c.db());
    if (!bounds.exec(u"SELECT coalesce(min(id), 1), coalesce(max(id), 0) FROM response_version"_s)
        || !bounds.next())
        return R::failure(c.failure(u"Could not read the study"_s, bounds).error());
    const qint64 first = bounds.value(0).toLongLong(), last = bounds.value(1).toLongLong();
    for (qint64 from = first; from <= last && out.problems.size() < MaxProblems; from += Batch) {
        const auto versions = loadVersionRange(c, d->instrument.fingerprint(), from, from + Batch);
        if (!versions) {
            out.problems << versions.error();
            break;
        }
        QList<qint64> ids;
        for (const StudyResponse &v : *versions)
            ids << v.versionId;
        QHash<qint64, IndexedResponse> counted;
        if (Status s = readVersions(ids, [&](qint64 id, const IndexedResponse &a) { counted.insert(id, a); });
            !s)
            out.problems << s.error();
        for (const StudyResponse &v : *versions) {
            ++out.versions;
            byRespondent[v.data.respondentId].append(KnownVersion { v.versionId, v.data.revision,
                v.contentSha256, v.sourceSha256, v.sourceName, v.data.signature.publicKey });
            if (const QString problem = checkVersion(v, counted, d->instrument, checkSignature);
                !problem.isEmpty())
                out.problems << problem;
            if (log && !recorded.contains(key(v.data.respondentId, v.data.revision, v.contentSha256)))
                out.problems << describe(v) + u": no entry of the import log stored it"_s;
        }
    }
    checkSigners(byRespondent, out);
    // Which version counts, against the rule.
    QHash<QUuid, QMap<int, qint64>> chosen;
    QSqlQuery q(c.db());
    if (!q.exec(u"SELECT respondent, revision, chosen_version FROM conflict"_s))
        return R::failure(c.failure(u"Could not read the study"_s, q).error());
    while (q.next())
        chosen[QUuid::fromString(q.value(0).toString())].insert(q.value(1).toInt(), q.value(2).toLongLong());
    if (!q.exec(u"SELECT id, current_version FROM respondent ORDER BY id"_s))
        return R::failure(c.failure(u"Could not read the study"_s, q).error());
    while (q.next() && out.problems.size() < MaxProblems) {
        const QUuid id = QUuid::fromString(q.value(0).toString());
        QList<KnownVersion> versions = byRespondent.value(id);
        std::stable_sort(versions.begin(), versions.end(),
            [](const KnownVersion &a, const KnownVersion &b) { return a.revision > b.revision; });
        const qint64 expected = versionThatCounts(versions, chosen.value(id));
        const qint64 stored = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        if (stored != expected)
            out.problems << u"respondent %1: version %2 counts, but by the study's rule %3 should"_s.arg(
                q.value(0).toString(), stored ? QString::number(stored) : u"none"_s,
                expected ? u"version %1"_s.arg(expected) : u"none"_s);
    }
    if (out.problems.size() > MaxProblems)
        out.problems.resize(MaxProblems);
    return out;
}

} // namespace panelist
