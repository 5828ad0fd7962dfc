// Signed and sealed responses through the merge (docs/security.md, docs/merge.md): a file submitted
// as an expert's Panelist submits it merges with its signature kept; the attacks of issue "Trust" are
// each refused with a reason that names what is wrong: a forged higher revision, a file re-signed
// with a swapped key, an unsigned revision of a signed respondent, an unsigned file where signatures
// are required, a sealed file without its key or for another, a damaged sealed file; a sealed file
// replayed under another name changes nothing and names the file that came first. Every refusal
// leaves the study's content as it was and the source byte-identical.

#include "mergetesthelpers.h"

#include "models/merge/merger.h"
#include "models/response/contentjson.h"
#include "models/security/coordinatorkey.h"
#include "models/security/identitykey.h"
#include "models/security/keyencoding.h"
#include "models/security/responsesigning.h"
#include "models/security/sealedfile.h"
#include "models/storage/responsestore.h"
#include "models/storage/studystore.h"
#include "tests/common/filebytes.h"
#include "tests/common/sqliteexec.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::mergetest;

class TestSignedMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void signedFileMergesWithItsSignature();
    void submitSealsWithoutClearCopies();
    void forgedHigherRevisionIsRefused();
    void reSignedWithSwappedKeyIsRefused();
    void unsignedRevisionOfSignedRespondentIsRefused();
    void unsignedFileRefusedWhereSignaturesRequired();
    void sealedFileNeedsItsKey();
    void damagedSealedFileIsRefused();
    void replayedSealedFileChangesNothing();
    void verifyFindsEditedSignatures();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // data submitted as revision data.revision by the expert whose Panelist keeps its identity in
    // identityFolder (and its working file in workFolder), sealed to sealTo when given.
    QString submit(const QString &name, const ResponseData &data, const IdentityKey &identity,
        const CoordinatorKey *sealTo = nullptr);
    std::unique_ptr<StudyStore> newStudy(const StudySettings &settings = {});
    // Merges file, checks the outcome and that a refusal changed nothing but the import log.
    ImportedFile mergeExpecting(
        Merger &merger, StudyStore &study, const QString &file, ImportOutcome outcome, const QString &reason);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<IdentityKey> m_alice, m_mallory;
    QUuid m_respondent;
    ResponseData m_rev1, m_rev2;
};

void TestSignedMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    for (const QString &folder : { u"alice"_s, u"mallory"_s, u"work"_s, u"in"_s })
        QVERIFY(QDir(m_dir->path()).mkdir(folder));
    auto alice = IdentityKey::loadOrCreate(path(u"alice"_s));
    auto mallory = IdentityKey::loadOrCreate(path(u"mallory"_s));
    QVERIFY2(alice && mallory, qPrintable(alice ? mallory.error() : alice.error()));
    m_alice = *alice;
    m_mallory = *mallory;
    QRandomGenerator rng(11);
    m_respondent = QUuid::fromString(u"22222222-2222-4222-8222-222222222222"_s);
    m_rev1 = generateResponse(rng, m_respondent, 1);
    m_rev2 = generateResponse(rng, m_respondent, 2);
}

void TestSignedMerge::cleanup()
{
    m_dir.reset();
}

QString TestSignedMerge::submit(
    const QString &name, const ResponseData &data, const IdentityKey &identity, const CoordinatorKey *sealTo)
{
    const QString working = path(u"work/"_s + name + u".working"_s);
    auto store = ResponseStore::create(
        working, instrument().canonicalJson(), instrument().fingerprint(), data.respondentId);
    if (!store) {
        qWarning("%s", qPrintable(store.error()));
        return {};
    }
    ResponseData before = data;
    before.revision = data.revision - 1; // submitting adds one
    const QString target = path(u"in/"_s + name);
    const Status replaced = (*store)->replaceAll(before);
    const auto revision = replaced
        ? (*store)->submit(target, submitOptions(identity, sealTo ? sealTo->publicKey() : QByteArray()))
        : Result<int>::failure(replaced.error());
    if (!revision || *revision != data.revision) {
        qWarning("%s", qPrintable(revision ? u"revision %1"_s.arg(*revision) : revision.error()));
        return {};
    }
    return target;
}

std::unique_ptr<StudyStore> TestSignedMerge::newStudy(const StudySettings &settings)
{
    auto s = StudyStore::create(path(u"study.panelist-study"_s), instrument(), settings);
    if (!s)
        qWarning("%s", qPrintable(s.error()));
    return s ? std::move(*s) : nullptr;
}

ImportedFile TestSignedMerge::mergeExpecting(
    Merger &merger, StudyStore &study, const QString &file, ImportOutcome outcome, const QString &reason)
{
    const QByteArray source = sha256(file);
    const QString before = studyContent(study);
    const ImportedFile r = merger.mergeFile(file);
    if (outcomeName(r.outcome) != outcomeName(outcome) || !r.reason.contains(reason))
        qWarning(
            "%s: %s: %s", qPrintable(r.fileName), qPrintable(outcomeName(r.outcome)), qPrintable(r.reason));
    [&] {
        QCOMPARE(outcomeName(r.outcome), outcomeName(outcome));
        QVERIFY2(r.reason.contains(reason), qPrintable(r.reason));
        QCOMPARE(sha256(file), source);
        if (outcome == ImportOutcome::Rejected || outcome == ImportOutcome::Unchanged)
            QCOMPARE(studyContent(study), before);
    }();
    return r;
}

void TestSignedMerge::signedFileMergesWithItsSignature()
{
    const QString file = submit(u"alice-1.panelist"_s, m_rev1, *m_alice);
    QVERIFY(!file.isEmpty());
    auto study = newStudy();
    QVERIFY(study);
    Merger merger(*study);
    mergeExpecting(merger, *study, file, ImportOutcome::Merged, {});
    const auto versions = study->allVersions();
    QVERIFY(versions);
    QCOMPARE(versions->size(), 1);
    const ResponseSignature &sig = versions->first().data.signature;
    QCOMPARE(sig.publicKey, m_alice->publicKeyBase64());
    QVERIFY(verifySignature(sig.publicKey, versions->first().contentSha256, sig.signature));
    const auto summaries = study->currentSummaries();
    QVERIFY(summaries);
    QCOMPARE(summaries->first().signerKey, m_alice->publicKeyBase64());
    const auto checked = study->verify(verifySignature);
    QVERIFY(checked);
    QCOMPARE(checked->problems, QStringList());
}

void TestSignedMerge::submitSealsWithoutClearCopies()
{
    const auto key = CoordinatorKey::generate();
    QVERIFY(key);
    const QString file = submit(u"alice.panelist-sealed"_s, m_rev1, *m_alice, &*key);
    QVERIFY(!file.isEmpty());
    const QByteArray sealed = readAll(file);
    QVERIFY(SealedFile::looksSealed(sealed));
    QVERIFY(!sealed.contains("SQLite format 3")); // nothing of the response in clear
    // Only the sealed file where it was submitted; only the working file where the answers live.
    QCOMPARE(QDir(path(u"in"_s)).entryList(QDir::Files | QDir::Hidden),
        QStringList { u"alice.panelist-sealed"_s });
    const QStringList work = QDir(path(u"work"_s)).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(work.filter(u"tmp"_s).isEmpty(), qPrintable(work.join(u", "_s)));
    // Opened, it is a signed response file whose signature verifies; the working file is unsigned.
    const auto clear = SealedFile::open(sealed, *key, file);
    QVERIFY2(clear, qPrintable(clear ? QString() : clear.error()));
    QVERIFY(writeAll(path(u"opened.panelist"_s), *clear));
    auto opened = ResponseStore::openReadOnly(path(u"opened.panelist"_s));
    QVERIFY(opened);
    const auto data = (*opened)->load();
    QVERIFY(data);
    QCOMPARE(data->revision, 1);
    QVERIFY(verifySignature(data->signature.publicKey, contentSha256(*data), data->signature.signature));
    auto working = ResponseStore::openReadOnly(path(u"work/alice.panelist-sealed.working"_s));
    QVERIFY(working);
    QVERIFY((*working)->load()->signature.isEmpty());
}

void TestSignedMerge::forgedHigherRevisionIsRefused()
{
    // Mallory has seen Alice's revision 1 and writes "revision 99" into a copy of it.
    const QString file = submit(u"alice-1.panelist"_s, m_rev1, *m_alice);
    QVERIFY(!file.isEmpty());
    auto study = newStudy();
    QVERIFY(study);
    Merger merger(*study);
    mergeExpecting(merger, *study, file, ImportOutcome::Merged, {});
    const QString forged = path(u"in/alice-99.panelist"_s);
    QVERIFY(QFile::copy(file, forged));
    QCOMPARE(sqlite(forged, { u"UPDATE meta SET value = '99' WHERE key = 'revision'"_s }), QStringList());
    mergeExpecting(merger, *study, forged, ImportOutcome::Rejected, u"the signature does not verify"_s);
    // Signing the forgery with a key of Mallory's own does not help: it is not Alice's.
    ResponseData rev99 = m_rev1;
    rev99.revision = 99;
    const QString resigned = submit(u"mallory-99.panelist"_s, rev99, *m_mallory);
    QVERIFY(!resigned.isEmpty());
    const ImportedFile r = mergeExpecting(
        merger, *study, resigned, ImportOutcome::Rejected, u"signed by a different key than revision 1"_s);
    QVERIFY2(r.reason.contains(m_alice->fingerprint()) && r.reason.contains(m_mallory->fingerprint()),
        qPrintable(r.reason));
    const auto current = study->currentResponses();
    QVERIFY(current);
    QCOMPARE(current->first().data.revision, 1);
}

void TestSignedMerge::reSignedWithSwappedKeyIsRefused()
{
    // Mallory takes Alice's revision 2 as it is and replaces its key and signature with her own
    // (a valid signature over the same content): the respondent stays pinned to Alice's key.
    const QString first = submit(u"alice-1.panelist"_s, m_rev1, *m_alice);
    const QString second = submit(u"alice-2.panelist"_s, m_rev2, *m_alice);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const QString swapped = path(u"in/swapped.panelist"_s);
    QVERIFY(QFile::copy(second, swapped));
    const auto signature = m_mallory->sign(contentSha256(m_rev2));
    QVERIFY(signature);
    QCOMPARE(sqlite(swapped,
                 { u"UPDATE meta SET value = '%1' WHERE key = 'signer_public_key'"_s.arg(
                       m_mallory->publicKeyBase64()),
                     u"UPDATE meta SET value = '%1' WHERE key = 'signature'"_s.arg(*signature) }),
        QStringList());
    auto study = newStudy();
    QVERIFY(study);
    Merger merger(*study);
    mergeExpecting(merger, *study, first, ImportOutcome::Merged, {});
    mergeExpecting(
        merger, *study, swapped, ImportOutcome::Rejected, u"signed by a different key than revision 1"_s);
    mergeExpecting(merger, *study, second, ImportOutcome::Replaced, {});
}

void TestSignedMerge::unsignedRevisionOfSignedRespondentIsRefused()
{
    const QString first = submit(u"alice-1.panelist"_s, m_rev1, *m_alice);
    QVERIFY(!first.isEmpty());
    const QString unsignedFile = path(u"in/unsigned-2.panelist"_s);
    QVERIFY(writeResponse(unsignedFile, m_rev2));
    auto study = newStudy();
    QVERIFY(study);
    Merger merger(*study);
    mergeExpecting(merger, *study, first, ImportOutcome::Merged, {});
    mergeExpecting(merger, *study, unsignedFile, ImportOutcome::Rejected,
        u"not signed, but revision 1 of this respondent was (key %1)"_s.arg(m_alice->fingerprint()));
}

void TestSignedMerge::unsignedFileRefusedWhereSignaturesRequired()
{
    const QString unsignedFile = path(u"in/unsigned.panelist"_s);
    QVERIFY(writeResponse(unsignedFile, m_rev1));
    {
        auto open = newStudy(); // the bundled example's default: unsigned files are accepted
        QVERIFY(open);
        Merger merger(*open);
        mergeExpecting(merger, *open, unsignedFile, ImportOutcome::Merged, {});
    }
    QVERIFY(QFile::remove(path(u"study.panelist-study"_s)));
    StudySettings required;
    required.requireSignatures = true;
    auto study = newStudy(required);
    QVERIFY(study);
    Merger merger(*study);
    mergeExpecting(merger, *study, unsignedFile, ImportOutcome::Rejected,
        u"not signed: this study accepts only responses signed by the expert's Panelist"_s);
    const QString signedFile = submit(u"alice-1.panelist"_s, m_rev1, *m_alice);
    mergeExpecting(merger, *study, signedFile, ImportOutcome::Merged, {});
    // The setting survives closing and opening the study.
    study.reset();
    auto reopened = StudyStore::open(path(u"study.panelist-study"_s));
    QVERIFY(reopened);
    QVERIFY((*reopened)->settings().requireSignatures);
}

void TestSignedMerge::sealedFileNeedsItsKey()
{
    const auto key = CoordinatorKey::generate();
    const auto other = CoordinatorKey::generate();
    QVERIFY(key && other);
    const QString file = submit(u"alice.panelist-sealed"_s, m_rev1, *m_alice, &*key);
    QVERIFY(!file.isEmpty());
    auto study = newStudy();
    QVERIFY(study);
    Merger merger(*study);
    const ImportedFile noKey = mergeExpecting(merger, *study, file, ImportOutcome::Rejected,
        u"sealed to the coordinator key %1; merging it needs that key"_s.arg(key->fingerprint()));
    merger.setCoordinatorKey(*other);
    mergeExpecting(merger, *study, file, ImportOutcome::Rejected, u"sealed for another key"_s);
    merger.setCoordinatorKey(*key);
    mergeExpecting(merger, *study, file, ImportOutcome::Merged, {});
    // The import log names the sealed bytes that arrived.
    const auto log = study->importLog();
    QVERIFY(log);
    QCOMPARE(log->size(), 3);
    QCOMPARE(log->last().sha256, QString::fromLatin1(sha256(file)));
    QCOMPARE(log->first().sha256, log->last().sha256);
}

void TestSignedMerge::damagedSealedFileIsRefused()
{
    const auto key = CoordinatorKey::generate();
    QVERIFY(key);
    const QString file = submit(u"alice.panelist-sealed"_s, m_rev1, *m_alice, &*key);
    QVERIFY(!file.isEmpty());
    QByteArray bytes = readAll(file);
    bytes[bytes.size() - 100] = char(bytes.at(bytes.size() - 100) ^ 0x01);
    const QString damaged = path(u"in/damaged.panelist-sealed"_s);
    QVERIFY(writeAll(damaged, bytes));
    const QString cut = path(u"in/cut.panelist-sealed"_s);
    QVERIFY(writeAll(cut, bytes.left(bytes.size() / 2)));
    auto study = newStudy();
    QVERIFY(study);
    Merger merger(*study);
    merger.setCoordinatorKey(*key);
    mergeExpecting(merger, *study, damaged, ImportOutcome::Rejected, u"damaged"_s);
    mergeExpecting(merger, *study, cut, ImportOutcome::Rejected, u"truncated"_s);
}

void TestSignedMerge::replayedSealedFileChangesNothing()
{
    const auto key = CoordinatorKey::generate();
    QVERIFY(key);
    const QString file = submit(u"alice.panelist-sealed"_s, m_rev1, *m_alice, &*key);
    const QString newer = submit(u"alice-2.panelist-sealed"_s, m_rev2, *m_alice, &*key);
    QVERIFY(!file.isEmpty() && !newer.isEmpty());
    const QString replay = path(u"in/urgent-update.panelist-sealed"_s);
    QVERIFY(QFile::copy(file, replay));
    auto study = newStudy();
    QVERIFY(study);
    Merger merger(*study);
    merger.setCoordinatorKey(*key);
    mergeExpecting(merger, *study, file, ImportOutcome::Merged, {});
    mergeExpecting(merger, *study, replay, ImportOutcome::Unchanged,
        u"revision 1 with these answers was already merged from alice.panelist-sealed"_s);
    mergeExpecting(merger, *study, newer, ImportOutcome::Replaced, {});
    // Replayed after a newer revision, the old file cannot take its place back.
    mergeExpecting(merger, *study, replay, ImportOutcome::Unchanged, u"already merged from"_s);
    const auto current = study->currentResponses();
    QVERIFY(current);
    QCOMPARE(current->first().data.revision, 2);
}

void TestSignedMerge::verifyFindsEditedSignatures()
{
    const QString first = submit(u"alice-1.panelist"_s, m_rev1, *m_alice);
    const QString second = submit(u"alice-2.panelist"_s, m_rev2, *m_alice);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    {
        auto study = newStudy();
        QVERIFY(study);
        Merger merger(*study);
        mergeExpecting(merger, *study, first, ImportOutcome::Merged, {});
        mergeExpecting(merger, *study, second, ImportOutcome::Replaced, {});
    }
    // Someone with the study file puts Mallory's key and a signature of hers on revision 2.
    const auto signature = m_mallory->sign(contentSha256(m_rev2));
    QVERIFY(signature);
    QCOMPARE(
        sqlite(path(u"study.panelist-study"_s),
            { u"UPDATE response_version SET signer_key = '%1', signature = '%2' WHERE revision = 2"_s.arg(
                m_mallory->publicKeyBase64(), *signature) }),
        QStringList());
    // ... and flips revision 1's signature.
    QCOMPARE(sqlite(path(u"study.panelist-study"_s),
                 { u"UPDATE response_version SET signature = '%1' WHERE revision = 1"_s.arg(*signature) }),
        QStringList());
    auto study = StudyStore::openReadOnly(path(u"study.panelist-study"_s));
    QVERIFY(study);
    const auto checked = (*study)->verify(verifySignature);
    QVERIFY(checked);
    const QString problems = checked->problems.join(u'\n');
    QVERIFY2(problems.contains(u"revision 1, from alice-1.panelist): its signature does not verify"_s),
        qPrintable(problems));
    QVERIFY2(
        problems.contains(u"is signed by another key than version 1 (revision 1), the respondent's first"_s),
        qPrintable(problems));
}

QTEST_GUILESS_MAIN(TestSignedMerge)
#include "tst_signedmerge.moc"
