// Merge rules: one _data() row per case (each outcome of docs/merge.md, and a file refused by each
// check: header, damage, hostile schema, instrument, values, answer times, an open -wal, a folder, a
// missing file), each checked for its outcome and reason, the study content (unchanged for every
// refusal) and the source file (always byte-identical).

#include "mergetesthelpers.h"

#include "models/merge/merger.h"
#include "models/storage/responsestore.h"
#include "models/storage/studystore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::mergetest;

class TestMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rules_data();
    void rules();
    void sqlInCommentStoredVerbatim();
    void sameFileTwiceIsNoOp();
    void conflictResolution();
    void studyRefusesForeignFiles();
    void idempotentAndOrderIndependent();

private:
    std::unique_ptr<StudyStore> newStudy();
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString m_base; // respondent A, revision 2, already merged before every rules() row
    QUuid m_a;
    std::unique_ptr<QTemporaryDir> m_dir;
    ResponseData m_baseData;
};

std::unique_ptr<StudyStore> TestMerge::newStudy()
{
    auto s = StudyStore::create(path(u"study.panelist-study"_s), instrument());
    if (!s)
        qWarning("%s", qPrintable(s.error()));
    return s ? std::move(*s) : nullptr;
}

void TestMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkdir(u"in"_s));
    QRandomGenerator rng(7);
    m_a = QUuid::fromString(u"11111111-1111-4111-8111-111111111111"_s);
    m_baseData = generateResponse(rng, m_a, 2);
    m_base = path(u"in/base.panelist"_s);
    QVERIFY(writeResponse(m_base, m_baseData));
}

void TestMerge::cleanup()
{
    m_dir.reset();
}

void TestMerge::rules_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("reason"); // part of the reason a coordinator reads

    const auto row = [](const char *name, ImportOutcome o, const QString &reason) {
        QTest::newRow(name) << QString::fromLatin1(name) << int(o) << reason;
    };
    row("new", ImportOutcome::Merged, {});
    row("identical", ImportOutcome::Unchanged,
        u"revision 2 with these answers was already merged from base.panelist"_s);
    row("newer", ImportOutcome::Replaced, {});
    row("older", ImportOutcome::Older, u"older than revision 2"_s);
    row("conflict", ImportOutcome::Conflict, u"different answers"_s);
    row("wrong instrument", ImportOutcome::Rejected, u"answers another instrument"_s);
    row("foreign application_id", ImportOutcome::Rejected,
        u"another application (application_id 0x12345678)"_s);
    row("plain sqlite", ImportOutcome::Rejected, u"a plain SQLite database"_s);
    row("newer schema version", ImportOutcome::Rejected, u"newer Panelist (schema 9"_s);
    row("zero-byte file", ImportOutcome::Rejected, u"empty file (0 bytes)"_s);
    row("not sqlite", ImportOutcome::Rejected, u"not SQLite"_s);
    row("truncated", ImportOutcome::Rejected, u"truncated"_s);
    row("flipped byte in page", ImportOutcome::Rejected, u"damaged file"_s);
    row("hostile trigger", ImportOutcome::Rejected, u"unexpected trigger \"wipe\""_s);
    row("hostile view", ImportOutcome::Rejected, u"unexpected view \"rating_view\""_s);
    row("extra table", ImportOutcome::Rejected, u"unexpected table \"extra\""_s);
    row("extra index", ImportOutcome::Rejected, u"unexpected index \"by_value\""_s);
    row("missing table", ImportOutcome::Rejected, u"missing table"_s);
    row("value off the scale", ImportOutcome::Rejected,
        u"effectiveness.m03.cbrn: 7 is not on the scale 1–5"_s);
    row("text where a value belongs", ImportOutcome::Rejected, u"is not a whole number"_s);
    row("don't know with a value", ImportOutcome::Rejected, u"CHECK constraint failed in rating"_s);
    row("answer time not Panelist's", ImportOutcome::Rejected,
        u"answer time \"yesterday\" is not a UTC time"_s);
    row("unknown measure id", ImportOutcome::Rejected, u"unknown measure \"m99\""_s);
    row("too many picks", ImportOutcome::Rejected, u"6 picks, at most 5 allowed"_s);
    row("over-long comment", ImportOutcome::Rejected, u"20001 characters, at most 20000 allowed"_s);
    row("sql text in comment", ImportOutcome::Merged, {});
    row("open -wal beside it", ImportOutcome::Rejected, u"still open in Panelist"_s);
    // Inputs an external fuzzing run found accepted:
    const QString swapped = u"its embedded instrument is not the instrument its fingerprint names"_s;
    row("embedded instrument with a renamed measure", ImportOutcome::Rejected, swapped);
    row("embedded instrument empty", ImportOutcome::Rejected, swapped);
    row("embedded instrument 15 MB of junk", ImportOutcome::Rejected, swapped);
    row("embedded instrument of another study", ImportOutcome::Rejected, swapped);
    row("a second revision row the index never saw", ImportOutcome::Rejected,
        u"missing from index sqlite_autoindex_meta_1"_s);
    row("unfinished -journal beside it", ImportOutcome::Rejected, u"was being written when it was copied"_s);
    row("revision +3", ImportOutcome::Rejected, u"revision: \"+3\" is not a whole number"_s);
    row("revision 03", ImportOutcome::Rejected, u"revision: \"03\" is not a whole number"_s);
    row("revision 3.0", ImportOutcome::Rejected, u"revision: \"3.0\" is not a whole number"_s);
    row("respondent id in braces", ImportOutcome::Rejected,
        u"respondent.id: missing or not a UUID in lower case without braces"_s);
    row("folder", ImportOutcome::Rejected, u"is a folder"_s);
    row("missing file", ImportOutcome::Rejected, u"file not found"_s);
}

namespace {

// Flips every bit of the b-tree page-type byte of the rating table's root page.
bool flipPageByte(const QString &file)
{
    const QStringList root = sqlite(file, { u"SELECT rootpage FROM sqlite_schema WHERE name = 'rating'"_s });
    const QStringList size = sqlite(file, { u"PRAGMA page_size"_s });
    if (root.size() != 1 || size.size() != 1)
        return false;
    const qint64 offset = (root.at(0).toLongLong() - 1) * size.at(0).toLongLong();
    QByteArray b = readAll(file).mid(offset, 1);
    if (b.size() != 1)
        return false;
    b[0] = char(~b.at(0));
    return patch(file, offset, b);
}

} // namespace

void TestMerge::rules()
{
    QFETCH(QString, kind);
    QFETCH(int, outcome);
    QFETCH(QString, reason);

    auto study = newStudy();
    QVERIFY(study);
    Merger merger(*study);
    const ImportedFile base = merger.mergeFile(m_base);
    QVERIFY2(base.outcome == ImportOutcome::Merged, qPrintable(base.reason));

    QRandomGenerator rng(99);
    ResponseData d = m_baseData;
    const QString file = path(u"in/incoming.panelist"_s);
    bool made = true;
    if (kind == u"new"_s) {
        d = generateResponse(rng, QUuid::createUuid(), 1);
    } else if (kind == u"newer"_s) {
        d = generateResponse(rng, m_a, 3);
    } else if (kind == u"older"_s) {
        d = generateResponse(rng, m_a, 1);
    } else if (kind == u"conflict"_s) {
        d = generateResponse(rng, m_a, 2);
    } else if (kind == u"value off the scale"_s) {
        d.effectiveness[u"m03"_s][u"cbrn"_s] = Rating::of(7);
    } else if (kind == u"unknown measure id"_s) {
        d.effectiveness[u"m99"_s][u"cbrn"_s] = Rating::of(3);
    } else if (kind == u"too many picks"_s) {
        d.combinations[u"cbrn"_s] = { u"m01"_s, u"m02"_s, u"m03"_s, u"m04"_s, u"m05"_s, u"m06"_s };
    } else if (kind == u"over-long comment"_s) {
        d.comments[u"m01"_s] = QString(20001, u'x');
    } else if (kind == u"sql text in comment"_s) {
        d = generateResponse(rng, QUuid::createUuid(), 1);
        d.comments[u"m01"_s] = u"'); DROP TABLE rating; -- \" ; DELETE FROM import_log; SELECT 1 /*"_s;
    }
    if (kind == u"identical"_s) {
        made = QFile::copy(m_base, file);
    } else if (kind == u"wrong instrument"_s) {
        QFile f(QStringLiteral(PANELIST_SOURCE_DIR "/tests/models/instrument/data/minimal.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto other = Instrument::fromJson(f.readAll(), u"minimal.json"_s);
        QVERIFY2(other, qPrintable(other.error()));
        ResponseData o;
        o.instrumentFingerprint = other->fingerprint();
        o.respondentId = QUuid::createUuid();
        o.revision = 1;
        made = writeResponse(file, o, *other);
    } else if (kind == u"zero-byte file"_s) {
        made = writeAll(file, {});
    } else if (kind == u"not sqlite"_s) {
        made = writeAll(file, "Dear coordinator, my answers are attached.\n");
    } else if (kind == u"folder"_s) {
        made = QDir().mkpath(file);
    } else if (kind != u"missing file"_s) {
        made = writeResponse(file, d);
    }
    QVERIFY(made);
    if (kind == u"foreign application_id"_s)
        QVERIFY(patch(file, 68, bigEndian32(0x12345678)));
    else if (kind == u"plain sqlite"_s)
        QVERIFY(patch(file, 68, bigEndian32(0)));
    else if (kind == u"newer schema version"_s)
        QVERIFY(patch(file, 60, bigEndian32(9)));
    else if (kind == u"truncated"_s)
        QVERIFY(QFile::resize(file, QFileInfo(file).size() / 2));
    else if (kind == u"flipped byte in page"_s)
        QVERIFY(flipPageByte(file));
    else if (kind == u"hostile trigger"_s)
        QCOMPARE(
            sqlite(file, { u"CREATE TRIGGER wipe AFTER INSERT ON meta BEGIN DELETE FROM rating; END"_s }),
            {});
    else if (kind == u"hostile view"_s)
        QCOMPARE(sqlite(file, { u"CREATE VIEW rating_view AS SELECT * FROM rating"_s }), {});
    else if (kind == u"extra table"_s)
        QCOMPARE(sqlite(file, { u"CREATE TABLE extra (x)"_s }), {});
    else if (kind == u"extra index"_s)
        QCOMPARE(sqlite(file, { u"CREATE INDEX by_value ON rating (value)"_s }), {});
    else if (kind == u"missing table"_s)
        QCOMPARE(sqlite(file, { u"DROP TABLE comment"_s }), {});
    else if (kind == u"text where a value belongs"_s)
        QCOMPARE(sqlite(file, { u"UPDATE rating SET value = 'five' WHERE dont_know = 0"_s }), {});
    else if (kind == u"don't know with a value"_s) // the file's own CHECK constraint forged away
        QCOMPARE(sqlite(file,
                     { u"PRAGMA ignore_check_constraints = ON"_s,
                         u"UPDATE rating SET dont_know = 1 WHERE (measure, area) = "
                         u"(SELECT measure, area FROM rating WHERE dont_know = 0 LIMIT 1)"_s }),
            {});
    else if (kind == u"answer time not Panelist's"_s)
        QCOMPARE(sqlite(file,
                     { u"UPDATE rating SET answered_at = 'yesterday' WHERE (measure, area) = "
                       u"(SELECT measure, area FROM rating LIMIT 1)"_s }),
            {});
    else if (kind == u"open -wal beside it"_s)
        QVERIFY(writeAll(file + u"-wal"_s, QByteArray(4096, 'w')));
    else if (kind == u"unfinished -journal beside it"_s)
        QVERIFY(writeAll(file + u"-journal"_s, QByteArray(4096, 'j')));
    else if (kind == u"embedded instrument with a renamed measure"_s)
        QCOMPARE(sqlite(file,
                     { u"UPDATE instrument SET json = CAST(replace(CAST(json AS TEXT), "
                       u"'Pre-deployment risk assessments', 'Post-deployment checks') AS BLOB)"_s }),
            {});
    else if (kind == u"embedded instrument empty"_s)
        QCOMPARE(sqlite(file, { u"UPDATE instrument SET json = x''"_s }), {});
    else if (kind == u"embedded instrument 15 MB of junk"_s)
        QCOMPARE(sqlite(file, { u"UPDATE instrument SET json = randomblob(15000000)"_s }), {});
    else if (kind == u"embedded instrument of another study"_s) {
        QFile f(QStringLiteral(PANELIST_SOURCE_DIR "/tests/models/instrument/data/minimal.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto other = Instrument::fromJson(f.readAll(), u"minimal.json"_s);
        QVERIFY(other);
        QCOMPARE(sqlite(file,
                     { u"UPDATE instrument SET json = x'%1'"_s.arg(
                         QString::fromLatin1(other->canonicalJson().toHex())) }),
            {});
    } else if (kind == u"a second revision row the index never saw"_s) {
        // The meta table's rows swapped for a copy with one more row, its index left as it was: table
        // and index out of step, which quick_check does not look at.
        QCOMPARE(sqlite(file,
                     { u"CREATE TABLE shadow (key TEXT NOT NULL, value TEXT)"_s,
                         u"INSERT INTO shadow SELECT key, value FROM meta ORDER BY rowid"_s,
                         u"INSERT INTO shadow VALUES ('revision', '99')"_s }),
            {});
        const QStringList roots = sqlite(file,
            { u"SELECT rootpage FROM sqlite_schema WHERE name = 'meta'"_s,
                u"SELECT rootpage FROM sqlite_schema WHERE name = 'shadow'"_s });
        QCOMPARE(roots.size(), 2);
        QCOMPARE(
            sqlite(file,
                { u"PRAGMA writable_schema = ON"_s,
                    u"UPDATE sqlite_schema SET rootpage = %1 WHERE name = 'meta'"_s.arg(roots.at(1)),
                    u"UPDATE sqlite_schema SET rootpage = %1 WHERE name = 'shadow'"_s.arg(roots.at(0)) }),
            {});
        QCOMPARE(sqlite(file, { u"DROP TABLE shadow"_s }), {});
        QCOMPARE(sqlite(file, { u"PRAGMA quick_check"_s }), QStringList { u"ok"_s });
    } else if (kind.startsWith(u"revision "_s))
        QCOMPARE(
            sqlite(file, { u"UPDATE meta SET value = '%1' WHERE key = 'revision'"_s.arg(kind.mid(9)) }), {});
    else if (kind == u"respondent id in braces"_s)
        QCOMPARE(
            sqlite(file, { u"UPDATE meta SET value = '{' || value || '}' WHERE key = 'respondent_id'"_s }),
            {});

    const QByteArray before = sha256(file);
    const QStringList companionsBefore = companionsIn(path(u"in"_s));
    const QString contentBefore = studyContent(*study);
    const auto logBefore = study->importLog();
    QVERIFY(logBefore);

    const ImportedFile r = merger.mergeFile(file);
    QCOMPARE(outcomeName(r.outcome), outcomeName(ImportOutcome(outcome)));
    if (reason.isEmpty())
        QCOMPARE(r.reason, QString()); // merged and replaced need no explanation
    else
        QVERIFY2(r.reason.contains(reason), qPrintable(r.reason));
    QCOMPARE(r.fileName, u"incoming.panelist"_s);

    // The source is never modified, and SQLite never opened it (no companion appeared beside it).
    QCOMPARE(sha256(file), before);
    QCOMPARE(companionsIn(path(u"in"_s)), companionsBefore);

    // Exactly one import-log row for the file, with the outcome and reason shown to the coordinator.
    const auto log = study->importLog();
    QVERIFY(log);
    QCOMPARE(log->size(), logBefore->size() + 1);
    QCOMPARE(log->constLast().fileName, u"incoming.panelist"_s);
    QCOMPARE(log->constLast().outcome, r.outcome);
    QCOMPARE(log->constLast().reason, r.reason);

    const QString contentAfter = studyContent(*study);
    const auto current = study->currentResponses();
    QVERIFY(current);
    if (r.outcome == ImportOutcome::Rejected || r.outcome == ImportOutcome::Unchanged) {
        QCOMPARE(contentAfter, contentBefore);
        QCOMPARE(current->size(), 1);
        QVERIFY(current->at(0).data.sameContent(m_baseData));
        if (!before.isEmpty() && r.outcome == ImportOutcome::Rejected)
            QCOMPARE(log->constLast().sha256, QString::fromLatin1(before));
        return;
    }
    QVERIFY(contentAfter != contentBefore);
    const auto versions = study->allVersions();
    QVERIFY(versions);
    QCOMPARE(versions->size(), 2); // nothing is ever dropped
    if (r.outcome == ImportOutcome::Merged) {
        QCOMPARE(current->size(), 2);
    } else if (r.outcome == ImportOutcome::Replaced) {
        QCOMPARE(current->size(), 1);
        QCOMPARE(current->at(0).data.revision, 3);
        QCOMPARE(current->at(0).sourceName, u"incoming.panelist"_s);
    } else if (r.outcome == ImportOutcome::Older) {
        QCOMPARE(current->size(), 1);
        QCOMPARE(current->at(0).data.revision, 2);
        QCOMPARE(current->at(0).sourceName, u"base.panelist"_s);
    } else if (r.outcome == ImportOutcome::Conflict) {
        // Neither candidate counts until the coordinator decides (order independence; docs/merge.md).
        QCOMPARE(current->size(), 0);
        const auto conflicts = study->conflicts();
        QVERIFY(conflicts);
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->at(0).versions.size(), 2);
        QVERIFY(!conflicts->at(0).resolved);
    }
}

void TestMerge::sqlInCommentStoredVerbatim()
{
    auto study = newStudy();
    QVERIFY(study);
    QRandomGenerator rng(3);
    ResponseData d = generateResponse(rng, QUuid::createUuid(), 1);
    const QString sql = u"'); DROP TABLE rating; --\n\"x\" /* ATTACH DATABASE '/tmp/x' AS y; */ ü"_s;
    d.comments[u"m05"_s] = sql;
    const QString file = path(u"in/sql.panelist"_s);
    QVERIFY(writeResponse(file, d));
    QCOMPARE(Merger(*study).mergeFile(file).outcome, ImportOutcome::Merged);
    const auto current = study->currentResponses();
    QVERIFY(current);
    QCOMPARE(current->size(), 1);
    QCOMPARE(current->at(0).data.comments.value(u"m05"_s), sql);
    QVERIFY(current->at(0).data.sameContent(d));
}

void TestMerge::sameFileTwiceIsNoOp()
{
    auto study = newStudy();
    QVERIFY(study);
    Merger merger(*study);
    QCOMPARE(merger.mergeFile(m_base).outcome, ImportOutcome::Merged);
    const QString content = studyContent(*study);
    const ImportedFile again = merger.mergeFile(m_base);
    QCOMPARE(again.outcome, ImportOutcome::Unchanged);
    QCOMPARE(studyContent(*study), content);
    const auto log = study->importLog();
    QVERIFY(log);
    QCOMPARE(log->size(), 2);
    QCOMPARE(log->at(0).sha256, log->at(1).sha256);
    QCOMPARE(outcomeName(log->at(1).outcome), u"unchanged"_s);
}

void TestMerge::conflictResolution()
{
    auto study = newStudy();
    QVERIFY(study);
    Merger merger(*study);
    QRandomGenerator rng(5);
    const QString older = path(u"in/r1.panelist"_s), left = path(u"in/left.panelist"_s),
                  right = path(u"in/right.panelist"_s);
    QVERIFY(writeResponse(older, generateResponse(rng, m_a, 1)));
    const ResponseData leftData = generateResponse(rng, m_a, 2);
    QVERIFY(writeResponse(left, leftData));
    QVERIFY(writeResponse(right, generateResponse(rng, m_a, 2)));
    QCOMPARE(merger.mergeFile(older).outcome, ImportOutcome::Merged);
    QCOMPARE(merger.mergeFile(left).outcome, ImportOutcome::Replaced);
    QCOMPARE(merger.mergeFile(right).outcome, ImportOutcome::Conflict);

    // Unresolved: the highest unambiguous revision counts.
    auto current = study->currentResponses();
    QVERIFY(current);
    QCOMPARE(current->size(), 1);
    QCOMPARE(current->at(0).data.revision, 1);

    auto conflicts = study->conflicts();
    QVERIFY(conflicts);
    QCOMPARE(conflicts->size(), 1);
    qint64 leftId = 0;
    for (const StudyResponse &v : conflicts->at(0).versions)
        leftId = v.sourceName == u"left.panelist"_s ? v.versionId : leftId;
    QVERIFY(leftId != 0);
    QVERIFY(!study->resolveConflict(m_a, 2, 999999)); // not a candidate: refused
    const Status chosen = study->resolveConflict(m_a, 2, leftId);
    QVERIFY2(chosen, qPrintable(chosen.error()));

    current = study->currentResponses();
    QVERIFY(current);
    QCOMPARE(current->size(), 1);
    QCOMPARE(current->at(0).versionId, leftId);
    QVERIFY(current->at(0).data.sameContent(leftData));
    conflicts = study->conflicts();
    QVERIFY(conflicts);
    QVERIFY(conflicts->at(0).resolved);
    QCOMPARE(conflicts->at(0).chosenVersionId, leftId);
    const auto log = study->importLog();
    QVERIFY(log);
    QCOMPARE(outcomeName(log->constLast().outcome), u"resolved"_s);
    QCOMPARE(log->constLast().fileName, u"left.panelist"_s);

    // The choice survives reopening the study.
    const QString studyPath = study->path();
    study.reset();
    auto reopened = StudyStore::openReadOnly(studyPath);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    current = (*reopened)->currentResponses();
    QVERIFY(current);
    QCOMPARE(current->at(0).versionId, leftId);
}

void TestMerge::studyRefusesForeignFiles()
{
    // A response file is not a study, and the message says so.
    const auto asStudy = StudyStore::open(m_base);
    QVERIFY(!asStudy);
    QVERIFY2(asStudy.error().contains(u"not a Panelist study database"_s), qPrintable(asStudy.error()));
    const QString newer = path(u"newer.panelist-study"_s);
    {
        auto study = StudyStore::create(newer, instrument());
        QVERIFY2(study, qPrintable(study.error()));
    }
    QVERIFY(patch(newer, 60, bigEndian32(42)));
    const QByteArray before = sha256(newer);
    const auto refused = StudyStore::open(newer);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"newer Panelist"_s), qPrintable(refused.error()));
    QCOMPARE(sha256(newer), before);
    QVERIFY(!StudyStore::create(newer, instrument())); // never overwrites
}

void TestMerge::idempotentAndOrderIndependent()
{
    // 200 files: 60 respondents with 1-3 revisions each, some files delivered twice (a byte copy under
    // another name, or the same answers written again, so with other answer times and bytes), and one
    // conflicting pair.
    QRandomGenerator rng(20261128);
    QStringList files;
    int n = 0;
    const auto add = [&](const ResponseData &d) {
        const QString f = path(u"in/r%1.panelist"_s.arg(++n, 3, 10, QChar(u'0')));
        if (writeResponse(f, d))
            files << f;
    };
    QList<ResponseData> written;
    for (int i = 0; i < 60 && n < 196; ++i) {
        const QUuid id = QUuid::fromString(u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0')));
        const int revisions = 1 + int(rng.bounded(3));
        for (int rev = 1; rev <= revisions && n < 196; ++rev) {
            written << generateResponse(rng, id, rev);
            add(written.constLast());
        }
    }
    add(generateResponse(rng, written.at(0).respondentId, written.at(0).revision)); // the conflict
    while (n < 200) {
        const qsizetype pick = qsizetype(rng.bounded(files.size()));
        if (n % 2 == 0) {
            const QString copy = path(u"in/copy%1.panelist"_s.arg(++n));
            QVERIFY(QFile::copy(files.at(pick), copy));
            files << copy;
        } else {
            add(written.at(qMin(pick, written.size() - 1)));
        }
    }
    QCOMPARE(files.size(), 200);
    QStringList hashes;
    for (const QString &f : files)
        hashes << QString::fromLatin1(sha256(f));

    const auto mergeInto = [&](const QString &name, const QStringList &order, MergeSummary &summary) {
        auto s = StudyStore::create(path(name), instrument());
        if (!s)
            return std::unique_ptr<StudyStore>();
        Merger m(**s);
        for (const QString &f : order)
            summary.add(m.mergeFile(f).outcome);
        return std::move(*s);
    };
    MergeSummary first, shuffledSummary, reversedSummary;
    auto inOrder = mergeInto(u"a.study"_s, files, first);
    QVERIFY(inOrder);
    QCOMPARE(first.rejected, 0);
    QCOMPARE(first.conflicts, 1);
    QVERIFY(first.unchanged >= 4);
    QVERIFY(first.replaced > 10);
    const QString content = studyContent(*inOrder);
    QVERIFY(!content.startsWith(u"ERROR"_s));

    QStringList shuffled = files;
    std::shuffle(shuffled.begin(), shuffled.end(), QRandomGenerator(11));
    auto other = mergeInto(u"b.study"_s, shuffled, shuffledSummary);
    QVERIFY(other);
    QCOMPARE(studyContent(*other), content);
    QStringList reversed(files.crbegin(), files.crend());
    auto backwards = mergeInto(u"c.study"_s, reversed, reversedSummary);
    QVERIFY(backwards);
    QCOMPARE(studyContent(*backwards), content);
    QVERIFY(reversedSummary.older > 0); // the orders really did take different paths

    // The whole set again changes nothing, and every file says so.
    Merger again(*inOrder);
    MergeSummary second;
    for (const QString &f : shuffled)
        second.add(again.mergeFile(f).outcome);
    QCOMPARE(second.unchanged, 200);
    QCOMPARE(studyContent(*inOrder), content);

    for (qsizetype i = 0; i < files.size(); ++i)
        QCOMPARE(QString::fromLatin1(sha256(files.at(i))), hashes.at(i));
    QCOMPARE(companionsIn(path(u"in"_s)), QStringList());
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
