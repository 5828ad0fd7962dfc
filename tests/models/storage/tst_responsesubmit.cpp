// Submit: one self-contained file at the chosen path, revision counting, and failures that leave
// the target and its folder exactly as they were.

#include "storetesthelpers.h"

#include "models/instrument/instrument.h"
#include "models/storage/studystore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::storagetest;

class TestResponseSubmit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void submitWritesOneSelfContainedFile();
    void submitAgainIncrementsRevision();
    void missingFolderLeavesNothing();
    void refusesUnsafeTargets_data();
    void refusesUnsafeTargets();
    void staleTemporariesAreRemoved_data();
    void staleTemporariesAreRemoved();

private:
    std::unique_ptr<QTemporaryDir> m_work;
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<ResponseStore> m_store;
};

void TestResponseSubmit::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    m_out = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid() && m_out->isValid());
    auto store = ResponseStore::create(m_work->filePath(u"working.panelist-response"_s),
        sampleInstrumentJson(), sampleFingerprint(), QUuid::createUuid());
    QVERIFY2(store, qPrintable(store.error()));
    m_store = std::move(store).value();
    QVERIFY(m_store->setExpertise({ u"technical"_s }));
    QVERIFY(m_store->setRating(u"m01"_s, u"cbrn"_s, Rating::of(4)));
    QVERIFY(m_store->setRating(u"m01"_s, QString(), Rating::unknown()));
    QVERIFY(m_store->setComment(u"m01"_s, longComment()));
    QVERIFY(m_store->setPicks(u"cbrn"_s, { u"m03"_s, u"m01"_s }));
}

void TestResponseSubmit::submitWritesOneSelfContainedFile()
{
    const QString target = m_out->filePath(u"expert-7.panelist-response"_s);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto revision = m_store->submit(target);
    QVERIFY2(revision, qPrintable(revision.error()));
    QCOMPARE(*revision, 1);

    // Exactly one file in the chosen folder: no -wal/-shm/-journal, no temporary left over.
    QCOMPARE(filesIn(m_out->path()), QStringList { u"expert-7.panelist-response"_s });
    const QByteArray header = readAll(target).left(100);
    QCOMPARE(int(header.at(18)), 1); // rollback-journal mode: readable without companions
    QCOMPARE(int(header.at(19)), 1);

    auto copy = ResponseStore::openReadOnly(target);
    QVERIFY2(copy, qPrintable(copy.error()));
    const auto submitted = (*copy)->load();
    QVERIFY(submitted);
    QCOMPARE(submitted->revision, 1);
    QVERIFY(submitted->submittedAt >= before && submitted->submittedAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(submitted->comments[u"m01"_s], longComment());
    QCOMPARE(submitted->combinations[u"cbrn"_s], (QStringList { u"m03"_s, u"m01"_s }));
    QCOMPARE((*copy)->instrumentJson(), sampleInstrumentJson());
    const auto working = m_store->load();
    QVERIFY(working->sameContent(*submitted));
    QCOMPARE(working->submittedAt, submitted->submittedAt);
    copy = Result<std::unique_ptr<ResponseStore>>(nullptr);
    QCOMPARE(filesIn(m_out->path()), QStringList { u"expert-7.panelist-response"_s }); // reading left nothing
}

void TestResponseSubmit::submitAgainIncrementsRevision()
{
    const QString target = m_out->filePath(u"response.panelist-response"_s);
    QCOMPARE(*m_store->submit(target), 1);
    // The working file stays editable after a submit.
    QVERIFY(m_store->setRating(u"m01"_s, u"cbrn"_s, Rating::of(2)));
    QVERIFY(m_store->setRating(u"m02"_s, u"bias"_s, Rating::of(5)));
    const auto second = m_store->submit(target);
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(*second, 2);
    QCOMPARE(filesIn(m_out->path()), QStringList { u"response.panelist-response"_s });
    auto copy = ResponseStore::openReadOnly(target);
    QVERIFY2(copy, qPrintable(copy.error()));
    const auto d = (*copy)->load();
    QCOMPARE(d->revision, 2);
    QVERIFY(d->effectiveness[u"m01"_s][u"cbrn"_s].sameAnswer(Rating::of(2)));
    QVERIFY(d->effectiveness[u"m02"_s][u"bias"_s].sameAnswer(Rating::of(5)));
    // A submitted copy can itself be reopened for editing.
    copy = Result<std::unique_ptr<ResponseStore>>(nullptr);
    auto editable = ResponseStore::open(target);
    QVERIFY2(editable, qPrintable(editable.error()));
    QVERIFY((*editable)->setRating(u"m03"_s, u"cbrn"_s, Rating::of(1)));
}

void TestResponseSubmit::missingFolderLeavesNothing()
{
    const QString target = m_out->filePath(u"no-such-folder/response.panelist-response"_s);
    const auto failed = m_store->submit(target);
    QVERIFY(!failed);
    QVERIFY2(failed.error().contains(target) && failed.error().contains(u"does not exist"_s),
        qPrintable(failed.error()));
    QVERIFY(filesIn(m_out->path()).isEmpty());
    // Beside the working file only its own live companions, no temporary copy.
    const QStringList allowed = { u"working.panelist-response"_s, u"working.panelist-response-shm"_s,
        u"working.panelist-response-wal"_s };
    for (const QString &name : filesIn(m_work->path()))
        QVERIFY2(allowed.contains(name), qPrintable(name));
    // Nothing was submitted, so the revision did not move: the next submit is still the first.
    QCOMPARE(m_store->load()->revision, 0);
    QVERIFY(m_store->load()->submittedAt.isNull());
    QCOMPARE(*m_store->submit(m_out->filePath(u"ok.panelist-response"_s)), 1);
}

void TestResponseSubmit::refusesUnsafeTargets_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("the working file itself") << u"self"_s << u"working file itself"_s;
    QTest::newRow("stale -journal beside") << u"journal"_s << u"-journal exists"_s;
    QTest::newRow("stale -wal beside") << u"wal"_s << u"-wal exists"_s;
    QTest::newRow("a folder") << u"folder"_s << u"is a folder"_s;
}

void TestResponseSubmit::refusesUnsafeTargets()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QString target = m_out->filePath(u"earlier.panelist-response"_s);
    QVERIFY(writeAll(target, "an earlier submission"));
    if (kind == u"self")
        target = m_store->path();
    else if (kind == u"journal")
        QVERIFY(writeAll(target + u"-journal"_s, "stale journal"));
    else if (kind == u"wal")
        QVERIFY(writeAll(target + u"-wal"_s, "stale wal"));
    else if (kind == u"folder")
        target = m_out->path();
    const QByteArray before = sha256(target);
    const QStringList outBefore = filesIn(m_out->path());
    const QStringList workBefore = filesIn(m_work->path());

    const auto result = m_store->submit(target);
    QVERIFY(!result);
    QVERIFY2(result.error().contains(target) && result.error().contains(message), qPrintable(result.error()));
    QCOMPARE(sha256(target), before);
    QCOMPARE(filesIn(m_out->path()), outBefore);
    QCOMPARE(filesIn(m_work->path()), workBefore);
    QCOMPARE(m_store->load()->revision, 0);
    QVERIFY(m_store->setRating(u"m09"_s, u"cbrn"_s, Rating::of(3)));
}

void TestResponseSubmit::staleTemporariesAreRemoved_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("submit") << u"submit"_s;
    QTest::newRow("create response") << u"create response"_s;
    QTest::newRow("create study") << u"create study"_s;
}

// A crash while creating or submitting leaves a hidden temporary beside the file; the next write of
// the same file removes those older than an hour, and nothing else.
void TestResponseSubmit::staleTemporariesAreRemoved()
{
    QFETCH(QString, how);
    const QString name = u"expert-7.panelist-response"_s;
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
    const auto plant = [this](const QString &file, const QDateTime &modified) {
        QFile f(m_out->filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("left over") > 0 && f.flush());
        QVERIFY(f.setFileTime(modified, QFileDevice::FileModificationTime));
    };
    const QStringList stale
        = { u"."_s + name + u".tmp-0123456789ab"_s, u"."_s + name + u".tmp-0123456789ab-journal"_s };
    const QStringList kept = {
        u"."_s + name + u".tmp-abcdefabcdef"_s, // being written right now, by all it shows
        u"."_s + name + u".tmp-notours"_s, // not one of our names
        u".other.panelist-response.tmp-0123456789ab"_s, // another file's
        u"."_s + name + u".tmp-0123456789ab.bak"_s, // not a companion
        u"."_s + name.toUpper() + u".tmp-0123456789ab"_s, // another name, differing only in case
    };
    for (const QString &file : stale)
        plant(file, old);
    plant(kept.at(0), QDateTime::currentDateTimeUtc());
    for (qsizetype i = 1; i < kept.size(); ++i)
        plant(kept.at(i), old);

    const QString target = m_out->filePath(name);
    if (how == u"submit"_s) {
        const auto revision = m_store->submit(target);
        QVERIFY2(revision, qPrintable(revision.error()));
    } else if (how == u"create response"_s) {
        auto store
            = ResponseStore::create(target, sampleInstrumentJson(), sampleFingerprint(), QUuid::createUuid());
        QVERIFY2(store, qPrintable(store.error()));
    } else {
        auto study = StudyStore::create(target, Instrument::bundled());
        QVERIFY2(study, qPrintable(study.error()));
    }
    QStringList expected = kept;
    expected << name;
    expected.sort();
    QStringList files = filesIn(m_out->path());
    files.removeAll(name + u"-wal"_s); // an open store keeps its WAL
    files.removeAll(name + u"-shm"_s);
    QCOMPARE(files, expected);
}

QTEST_GUILESS_MAIN(TestResponseSubmit)
#include "tst_responsesubmit.moc"
