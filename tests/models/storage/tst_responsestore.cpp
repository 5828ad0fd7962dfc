// Round trip of every field through a response file, overwrite and clear, reopen, read-only use.

#include "storetesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::storagetest;

class TestResponseStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createStartsEmpty();
    void roundTripEveryField();
    void overwriteAndClear();
    void replaceAllRoundTrip();
    void replaceAllRefusesOtherInstrument();
    void createRefusesExistingFile();
    void readOnlyNeverWrites();
    void twoInstancesOnOneThread();
    void busyWriterGivesClearError();
    void sameContent_data();
    void sameContent();
    void answeredRatingCount();

private:
    std::unique_ptr<ResponseStore> createStore(const QString &name = u"answers.panelist-response"_s);
    static void fillEveryField(ResponseStore &store);
    std::unique_ptr<QTemporaryDir> m_dir;
    QUuid m_respondent = QUuid::createUuid();
};

std::unique_ptr<ResponseStore> TestResponseStore::createStore(const QString &name)
{
    auto store = ResponseStore::create(
        m_dir->filePath(name), sampleInstrumentJson(), sampleFingerprint(), m_respondent);
    if (!store) {
        qWarning("%s", qPrintable(store.error()));
        return {};
    }
    return std::move(store).value();
}

void TestResponseStore::fillEveryField(ResponseStore &store)
{
    QVERIFY(store.setExpertise({ u"technical"_s, u"policy"_s }));
    QVERIFY(store.setProfile(u"Zoë O'Brien"_s, u"Université \"Libre\" — 東京"_s));
    QVERIFY(store.setRating(u"m01"_s, u"cbrn"_s, Rating::of(4)));
    QVERIFY(store.setRating(u"m01"_s, u"democracy"_s, Rating::unknown()));
    QVERIFY(store.setRating(u"m02"_s, u"cbrn"_s, Rating::of(1)));
    QVERIFY(store.setRating(u"m01"_s, QString(), Rating::of(2))); // feasibility
    QVERIFY(store.setRating(u"m02"_s, QString(), Rating::unknown())); // feasibility, don't know
    QVERIFY(store.setComment(u"m01"_s, longComment()));
    QVERIFY(store.setComment(u"m02"_s, u"short"_s));
    // Pick order is the expert's order, not alphabetical.
    QVERIFY(store.setPicks(u"cbrn"_s, { u"m27"_s, u"m03"_s, u"m11"_s }));
    QVERIFY(store.setPicks(u"democracy"_s, { u"m02"_s }));
}

void TestResponseStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestResponseStore::createStartsEmpty()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto store = createStore();
    QVERIFY(store);
    QCOMPARE(store->instrumentJson(), sampleInstrumentJson());
    QCOMPARE(store->instrumentFingerprint(), sampleFingerprint());
    const auto data = store->load();
    QVERIFY2(data, qPrintable(data.error()));
    QCOMPARE(data->respondentId, m_respondent);
    QCOMPARE(data->instrumentFingerprint, sampleFingerprint());
    QCOMPARE(data->revision, 0);
    QVERIFY(data->submittedAt.isNull());
    QVERIFY(data->createdAt >= before && data->createdAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(data->expertise.isEmpty() && data->effectiveness.isEmpty() && data->feasibility.isEmpty());
    QVERIFY(data->comments.isEmpty() && data->combinations.isEmpty());
    // While editing the file is in WAL mode (header bytes 18/19 == 2).
    const QByteArray header = readAll(store->path()).left(100);
    QCOMPARE(int(header.at(18)), 2);
}

void TestResponseStore::roundTripEveryField()
{
    auto store = createStore();
    QVERIFY(store);
    fillEveryField(*store);
    const QString path = store->path();
    const auto inMemory = store->load();
    QVERIFY(inMemory);
    store.reset();

    auto reopened = ResponseStore::open(path);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    const auto loaded = (*reopened)->load();
    QVERIFY2(loaded, qPrintable(loaded.error()));
    const ResponseData &d = *loaded;
    QCOMPARE(d.expertise, (QStringList { u"technical"_s, u"policy"_s }));
    QCOMPARE(d.name, u"Zoë O'Brien"_s);
    QCOMPARE(d.affiliation, u"Université \"Libre\" — 東京"_s);
    QCOMPARE(d.effectiveness.size(), 2);
    QCOMPARE(d.effectiveness[u"m01"_s].size(), 2);
    QVERIFY(d.effectiveness[u"m01"_s][u"cbrn"_s].sameAnswer(Rating::of(4)));
    QVERIFY(!d.effectiveness[u"m01"_s][u"cbrn"_s].sameAnswer(Rating::of(3)));
    QVERIFY(d.effectiveness[u"m01"_s][u"democracy"_s].dontKnow);
    QVERIFY(d.effectiveness[u"m02"_s][u"cbrn"_s].sameAnswer(Rating::of(1)));
    QCOMPARE(d.feasibility.size(), 2);
    QVERIFY(d.feasibility[u"m01"_s].sameAnswer(Rating::of(2)));
    QVERIFY(d.feasibility[u"m02"_s].dontKnow);
    const Rating &r = d.effectiveness[u"m01"_s][u"cbrn"_s];
    QVERIFY(r.answeredAt.isValid());
    QCOMPARE(r.answeredAt.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(r.answeredAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(d.comments.size(), 2);
    QCOMPARE(d.comments[u"m01"_s].size(), longComment().size());
    QCOMPARE(d.comments[u"m01"_s], longComment());
    QCOMPARE(d.comments[u"m02"_s], u"short"_s);
    QCOMPARE(d.combinations[u"cbrn"_s], (QStringList { u"m27"_s, u"m03"_s, u"m11"_s }));
    QCOMPARE(d.combinations[u"democracy"_s], QStringList { u"m02"_s });
    QCOMPARE(d.answeredRatingCount(), 5);
    QVERIFY(d.sameContent(*inMemory));
    QCOMPARE(d.createdAt, inMemory->createdAt);
}

void TestResponseStore::overwriteAndClear()
{
    auto store = createStore();
    QVERIFY(store);
    fillEveryField(*store);
    QVERIFY(store->setRating(u"m01"_s, u"cbrn"_s, Rating::of(5)));
    QVERIFY(store->setRating(u"m01"_s, u"democracy"_s, Rating::of(3))); // don't know -> value
    QVERIFY(store->setRating(u"m01"_s, QString(), Rating::unknown())); // value -> don't know
    QVERIFY(store->clearRating(u"m02"_s, u"cbrn"_s));
    QVERIFY(store->clearRating(u"m02"_s, QString()));
    QVERIFY(store->setComment(u"m01"_s, QString()));
    QVERIFY(store->setComment(u"m02"_s, u"changed\nmind"_s));
    QVERIFY(store->setPicks(u"cbrn"_s, { u"m11"_s, u"m27"_s }));
    QVERIFY(store->setPicks(u"democracy"_s, {}));
    QVERIFY(store->setExpertise({}));
    QVERIFY(store->setProfile(QString(), QString()));
    const QString path = store->path();
    store.reset();

    auto reopened = ResponseStore::open(path);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    const auto d = (*reopened)->load();
    QVERIFY(d);
    QVERIFY(d->effectiveness[u"m01"_s][u"cbrn"_s].sameAnswer(Rating::of(5)));
    QVERIFY(d->effectiveness[u"m01"_s][u"democracy"_s].sameAnswer(Rating::of(3)));
    QVERIFY(!d->effectiveness.contains(u"m02"_s)); // cleared items are absent, not a default value
    QVERIFY(d->feasibility[u"m01"_s].dontKnow);
    QVERIFY(!d->feasibility.contains(u"m02"_s));
    QCOMPARE(d->comments, (QMap<QString, QString> { { u"m02"_s, u"changed\nmind"_s } }));
    QCOMPARE(d->combinations, (QMap<QString, QStringList> { { u"cbrn"_s, { u"m11"_s, u"m27"_s } } }));
    QVERIFY(d->expertise.isEmpty());
    QVERIFY(d->name.isEmpty() && d->affiliation.isEmpty());
    QCOMPARE(d->answeredRatingCount(), 3);
}

void TestResponseStore::replaceAllRoundTrip()
{
    auto source = createStore(u"source.panelist-response"_s);
    QVERIFY(source);
    fillEveryField(*source);
    auto data = source->load();
    QVERIFY(data);
    data->revision = 3;
    data->submittedAt = QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7, 890), Qt::UTC);
    data->createdAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
    data->respondentId = QUuid::createUuid();

    auto target = createStore(u"target.panelist-response"_s);
    QVERIFY(target);
    QVERIFY(target->setRating(u"stale"_s, u"cbrn"_s, Rating::of(1))); // replaced, not merged
    const Status s = target->replaceAll(*data);
    QVERIFY2(s, qPrintable(s.error()));
    const QString path = target->path();
    target.reset();
    auto reopened = ResponseStore::openReadOnly(path);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    const auto back = (*reopened)->load();
    QVERIFY(back);
    QVERIFY(back->sameContent(*data));
    QVERIFY(!back->effectiveness.contains(u"stale"_s));
    QCOMPARE(back->revision, 3);
    QCOMPARE(back->submittedAt, data->submittedAt);
    QCOMPARE(back->createdAt, data->createdAt);
    QCOMPARE(back->respondentId, data->respondentId);
}

void TestResponseStore::replaceAllRefusesOtherInstrument()
{
    auto store = createStore();
    QVERIFY(store);
    QVERIFY(store->setRating(u"m01"_s, u"cbrn"_s, Rating::of(2)));
    ResponseData other;
    other.instrumentFingerprint = u"0000"_s;
    other.feasibility.insert(u"m05"_s, Rating::of(5));
    const Status s = store->replaceAll(other);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(m_dir->filePath(u"answers.panelist-response"_s)), qPrintable(s.error()));
    QVERIFY2(s.error().contains(u"0000"_s), qPrintable(s.error()));
    const auto d = store->load();
    QVERIFY(d->effectiveness[u"m01"_s][u"cbrn"_s].sameAnswer(Rating::of(2)));
    QVERIFY(d->feasibility.isEmpty());
}

void TestResponseStore::createRefusesExistingFile()
{
    const QString path = m_dir->filePath(u"taken.panelist-response"_s);
    QVERIFY(writeAll(path, "keep me"));
    const auto store = ResponseStore::create(path, sampleInstrumentJson(), sampleFingerprint(), m_respondent);
    QVERIFY(!store);
    QVERIFY2(store.error().contains(path) && store.error().contains(u"already exists"_s),
        qPrintable(store.error()));
    QCOMPARE(readAll(path), QByteArray("keep me"));
    QCOMPARE(filesIn(m_dir->path()), QStringList { u"taken.panelist-response"_s }); // no temporary left
}

void TestResponseStore::readOnlyNeverWrites()
{
    auto store = createStore();
    QVERIFY(store);
    fillEveryField(*store);
    const QString path = store->path();
    store.reset();
    const QByteArray hash = sha256(path);
    {
        auto ro = ResponseStore::openReadOnly(path);
        QVERIFY2(ro, qPrintable(ro.error()));
        const auto d = (*ro)->load();
        QVERIFY(d);
        QCOMPARE(d->comments[u"m01"_s], longComment());
        const Status s = (*ro)->setRating(u"m01"_s, u"cbrn"_s, Rating::of(1));
        QVERIFY(!s);
        QVERIFY2(s.error().contains(u"read-only"_s), qPrintable(s.error()));
        QVERIFY(!(*ro)->submit(m_dir->filePath(u"copy"_s)));
    }
    QCOMPARE(sha256(path), hash);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"copy"_s)));
}

void TestResponseStore::twoInstancesOnOneThread()
{
    auto a = createStore();
    QVERIFY(a);
    auto b = ResponseStore::open(a->path());
    QVERIFY2(b, qPrintable(b.error()));
    QVERIFY((*b)->setRating(u"m01"_s, u"cbrn"_s, Rating::of(3)));
    b = Result<std::unique_ptr<ResponseStore>>(nullptr); // destroying one connection leaves the other working
    QVERIFY(a->setRating(u"m02"_s, u"cbrn"_s, Rating::of(4)));
    const auto d = a->load();
    QVERIFY(d);
    QCOMPARE(d->answeredRatingCount(), 2);
}

void TestResponseStore::busyWriterGivesClearError()
{
    auto store = createStore();
    QVERIFY(store);
    QVERIFY(store->setRating(u"m01"_s, u"cbrn"_s, Rating::of(3)));
    // Another program holds the write lock longer than the busy timeout.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
    db.setDatabaseName(store->path());
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
    const Status s = store->setRating(u"m01"_s, u"cbrn"_s, Rating::of(5));
    QVERIFY(!s);
    QVERIFY2(s.error().contains(store->path()) && s.error().contains(u"m01"_s), qPrintable(s.error()));
    QVERIFY(q.exec(u"ROLLBACK"_s));
    q = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"locker"_s);
    // The failed write changed nothing, and the store still works afterwards.
    QVERIFY(store->load()->effectiveness[u"m01"_s][u"cbrn"_s].sameAnswer(Rating::of(3)));
    QVERIFY(store->setRating(u"m01"_s, u"cbrn"_s, Rating::of(5)));
    QVERIFY(store->load()->effectiveness[u"m01"_s][u"cbrn"_s].sameAnswer(Rating::of(5)));
}

void TestResponseStore::sameContent_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("same");
    QTest::newRow("nothing") << u"nothing"_s << true;
    QTest::newRow("answer times") << u"times"_s << true;
    QTest::newRow("empty pick list vs none") << u"emptyPicks"_s << true;
    QTest::newRow("rating value") << u"value"_s << false;
    QTest::newRow("rating to don't know") << u"dontKnow"_s << false;
    QTest::newRow("extra feasibility") << u"feasibility"_s << false;
    QTest::newRow("comment") << u"comment"_s << false;
    QTest::newRow("pick order") << u"pickOrder"_s << false;
    QTest::newRow("expertise") << u"expertise"_s << false;
    QTest::newRow("revision") << u"revision"_s << false;
    QTest::newRow("respondent") << u"respondent"_s << false;
    QTest::newRow("name") << u"name"_s << false;
}

void TestResponseStore::sameContent()
{
    QFETCH(QString, change);
    QFETCH(bool, same);
    ResponseData a;
    a.instrumentFingerprint = sampleFingerprint();
    a.respondentId = m_respondent;
    a.expertise = { u"policy"_s };
    a.effectiveness[u"m01"_s][u"cbrn"_s] = Rating::of(4);
    a.feasibility[u"m01"_s] = Rating::unknown();
    a.comments[u"m01"_s] = u"text"_s;
    a.combinations[u"cbrn"_s] = { u"m01"_s, u"m02"_s };
    ResponseData b = a;
    if (change == u"times") {
        b.effectiveness[u"m01"_s][u"cbrn"_s].answeredAt = QDateTime::currentDateTimeUtc();
        b.createdAt = QDateTime::currentDateTimeUtc();
    } else if (change == u"emptyPicks") {
        b.combinations[u"overall"_s] = {};
    } else if (change == u"value") {
        b.effectiveness[u"m01"_s][u"cbrn"_s] = Rating::of(5);
    } else if (change == u"dontKnow") {
        b.effectiveness[u"m01"_s][u"cbrn"_s] = Rating::unknown();
    } else if (change == u"feasibility") {
        b.feasibility[u"m02"_s] = Rating::of(1);
    } else if (change == u"comment") {
        b.comments[u"m01"_s] = u"text "_s;
    } else if (change == u"pickOrder") {
        b.combinations[u"cbrn"_s] = { u"m02"_s, u"m01"_s };
    } else if (change == u"expertise") {
        b.expertise << u"technical"_s;
    } else if (change == u"revision") {
        b.revision = 1;
    } else if (change == u"respondent") {
        b.respondentId = QUuid::createUuid();
    } else if (change == u"name") {
        b.name = u"X"_s;
    }
    QCOMPARE(a.sameContent(b), same);
    QCOMPARE(b.sameContent(a), same);
}

void TestResponseStore::answeredRatingCount()
{
    ResponseData d;
    QCOMPARE(d.answeredRatingCount(), 0);
    d.effectiveness[u"m01"_s][u"cbrn"_s] = Rating::of(1);
    d.effectiveness[u"m01"_s][u"bias"_s] = Rating::unknown(); // don't know counts as answered
    d.effectiveness[u"m02"_s][u"cbrn"_s] = Rating::of(5);
    d.feasibility[u"m01"_s] = Rating::of(3);
    d.comments[u"m01"_s] = u"comments are not ratings"_s;
    QCOMPARE(d.answeredRatingCount(), 4);
}

QTEST_GUILESS_MAIN(TestResponseStore)
#include "tst_responsestore.moc"
