// Files that are not ours, newer, damaged or incomplete are refused with a message naming the file
// and the problem, and stay byte-identical (no -wal/-shm left beside them either).

#include "storetesthelpers.h"

#include "models/storage/sqliteheader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::storagetest;

class TestResponseRefusal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refused_data();
    void refused();
    void acceptedFileKeepsIdentity();

private:
    QString validFile(const QString &name);
    QString forge(const QString &kind);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestResponseRefusal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// A real response file with enough content to span several pages, closed cleanly.
QString TestResponseRefusal::validFile(const QString &name)
{
    const QString path = m_dir->filePath(name);
    auto store
        = ResponseStore::create(path, sampleInstrumentJson(), sampleFingerprint(), QUuid::createUuid());
    if (!store)
        return {};
    for (int i = 0; i < 40; ++i)
        (*store)->setRating(u"m%1"_s.arg(i), u"cbrn"_s, Rating::of(1 + i % 5));
    (*store)->setComment(u"m01"_s, longComment());
    return path;
}

QString TestResponseRefusal::forge(const QString &kind)
{
    const QString path = m_dir->filePath(u"file.panelist-response"_s);
    if (kind == u"missing")
        return path;
    if (kind == u"empty")
        return writeAll(path, {}) ? path : QString();
    if (kind == u"text")
        return writeAll(path, "respondent,answer\nalice,5\n") ? path : QString();
    if (kind == u"shortMagic")
        return writeAll(path, QByteArray("SQLite format 3\0\x10\x00", 18)) ? path : QString();
    if (kind == u"truncated") {
        const QString p = validFile(u"file.panelist-response"_s);
        QFile f(p);
        return f.resize(2 * 4096) ? p : QString();
    }
    if (kind == u"corruptPage") {
        const QString p = validFile(u"file.panelist-response"_s);
        const QStringList root = sqlite(p, { u"SELECT rootpage FROM sqlite_schema WHERE name = 'rating'"_s });
        const qint64 page = root.value(0).toLongLong();
        // An invalid b-tree page type where the rating table starts.
        return page > 1 && patch(p, (page - 1) * 4096, QByteArray(16, '\xFF')) ? p : QString();
    }
    if (kind == u"corruptWithWal") {
        // A crash snapshot: the main file and its -wal as they were while a store had them open.
        const QString live = validFile(u"live.panelist-response"_s);
        auto store = ResponseStore::open(live);
        if (!store || !(*store)->setRating(u"late"_s, u"cbrn"_s, Rating::of(2)))
            return {};
        if (!QFile::copy(live, path) || !QFile::copy(live + u"-wal"_s, path + u"-wal"_s))
            return {};
        store = Result<std::unique_ptr<ResponseStore>>(nullptr);
        QFile::remove(live);
        return patch(path, 4096, QByteArray(16, '\xFF')) ? path : QString();
    }
    if (kind == u"newer") {
        const QString p = validFile(u"file.panelist-response"_s);
        return patch(p, 60, bigEndian32(7)) ? p : QString();
    }
    if (kind == u"foreign") {
        sqlite(path, { u"PRAGMA application_id = 305419896"_s, u"CREATE TABLE t (x)"_s }); // 0x12345678
        return path;
    }
    if (kind == u"plainSqlite") {
        sqlite(path, { u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"_s });
        return path;
    }
    if (kind == u"incomplete") {
        sqlite(path,
            { u"PRAGMA application_id = %1"_s.arg(ResponseStore::ApplicationId),
                u"CREATE TABLE meta (k)"_s });
        return path;
    }
    if (kind == u"otherLayout") {
        sqlite(path,
            { u"PRAGMA application_id = %1"_s.arg(ResponseStore::ApplicationId), u"PRAGMA user_version = 1"_s,
                u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"_s });
        return path;
    }
    if (kind == u"trigger") {
        const QString p = validFile(u"file.panelist-response"_s);
        sqlite(p, { u"CREATE TRIGGER t AFTER INSERT ON rating BEGIN DELETE FROM comment; END"_s });
        return p;
    }
    return {};
}

void TestResponseRefusal::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << u"missing"_s << u"file not found"_s;
    QTest::newRow("zero bytes") << u"empty"_s << u"empty file"_s;
    QTest::newRow("plain text") << u"text"_s << u"not a Panelist response file (not SQLite)"_s;
    QTest::newRow("shorter than a header") << u"shortMagic"_s << u"truncated"_s;
    QTest::newRow("truncated SQLite file") << u"truncated"_s << u"truncated"_s;
    QTest::newRow("corrupted page") << u"corruptPage"_s << u"damaged"_s;
    QTest::newRow("corrupted page, -wal beside") << u"corruptWithWal"_s << u"damaged"_s;
    QTest::newRow("newer schema") << u"newer"_s
                                  << u"written by a newer Panelist (schema 7; this version reads up to 1)"_s;
    QTest::newRow("foreign application_id")
        << u"foreign"_s << u"belongs to another application (application_id 0x12345678)"_s;
    QTest::newRow("plain SQLite database") << u"plainSqlite"_s << u"a plain SQLite database"_s;
    QTest::newRow("schema version 0") << u"incomplete"_s << u"incomplete"_s;
    QTest::newRow("our id, other tables") << u"otherLayout"_s << u"table \"instrument\" is missing"_s;
    QTest::newRow("added trigger") << u"trigger"_s << u"trigger"_s;
}

void TestResponseRefusal::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString path = forge(kind);
    QVERIFY2(!path.isEmpty(), "could not forge the file");
    const QByteArray before = sha256(path);
    const QByteArray walBefore = sha256(path + u"-wal"_s);
    const QStringList filesBefore = filesIn(m_dir->path());

    for (const bool readOnly : { false, true }) {
        const auto store = readOnly ? ResponseStore::openReadOnly(path) : ResponseStore::open(path);
        QVERIFY(!store);
        QVERIFY2(store.error().contains(displayPath(path)), qPrintable(store.error()));
        QVERIFY2(store.error().contains(message), qPrintable(store.error()));
    }
    QCOMPARE(sha256(path), before); // empty for the missing file: it is not created either
    QCOMPARE(sha256(path + u"-wal"_s), walBefore); // a pending -wal is neither applied nor removed
    QStringList filesAfter = filesIn(m_dir->path());
    // With a -wal already beside it, SQLite has to build the -shm index to read the file, and
    // only a connection that may checkpoint removes it. The -shm holds no data (it is rebuilt from
    // the -wal), so it is the one companion allowed to appear.
    if (kind == u"corruptWithWal")
        filesAfter.removeAll(u"file.panelist-response-shm"_s);
    QCOMPARE(filesAfter, filesBefore);
}

// The counterpart of the table above: a good file is accepted, and after editing (WAL mode) the
// main file's own header still carries our application_id and schema version.
void TestResponseRefusal::acceptedFileKeepsIdentity()
{
    const QString path = validFile(u"ok.panelist-response"_s);
    QVERIFY(!path.isEmpty());
    auto store = ResponseStore::open(path);
    QVERIFY2(store, qPrintable(store.error()));
    QVERIFY((*store)->setRating(u"m99"_s, u"cbrn"_s, Rating::of(5)));
    for (const bool open : { true, false }) {
        if (!open)
            store = Result<std::unique_ptr<ResponseStore>>(nullptr);
        const QByteArray header = readAll(path).left(100);
        QCOMPARE(header.mid(60, 4), bigEndian32(ResponseStore::SchemaVersion));
        QCOMPARE(header.mid(68, 4), bigEndian32(ResponseStore::ApplicationId));
        auto again = ResponseStore::openReadOnly(path); // the header check passes while it is open, too
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY((*again)->load()->effectiveness[u"m99"_s][u"cbrn"_s].sameAnswer(Rating::of(5)));
    }
}

QTEST_GUILESS_MAIN(TestResponseRefusal)
#include "tst_responserefusal.moc"
