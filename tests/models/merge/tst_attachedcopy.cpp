// The private copy of an incoming file as the study connection sees it: attached in memory under
// SQLite's defences, read-only, answers copied into the study exactly as they were checked.

#include "mergetesthelpers.h"

#include "models/merge/attachedcopy.h"
#include "models/merge/incomingcopy.h"
#include "models/merge/merger.h"
#include "models/storage/sqliteconnection.h"
#include "models/storage/studystore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::mergetest;

class TestAttachedCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void copyIsReadOnly();
    void defencesAreOn();
    void answersAreStoredAsChecked();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StudyStore> m_study;
    QString m_file;
    ResponseData m_data;
};

namespace {

// Runs sql on the study connection; SQLite's error text, or empty when it succeeded.
QString run(StudyStore &study, const QString &sql)
{
    QSqlQuery q(study.connection().db());
    return q.exec(sql) ? QString() : q.lastError().text();
}

QString firstValue(StudyStore &study, const QString &sql)
{
    QSqlQuery q(study.connection().db());
    return q.exec(sql) && q.next() ? q.value(0).toString() : u"ERROR: "_s + q.lastError().text();
}

} // namespace

void TestAttachedCopy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto study = StudyStore::create(path(u"study.panelist-study"_s), instrument());
    QVERIFY2(study, qPrintable(study.error()));
    m_study = std::move(*study);
    QRandomGenerator rng(7);
    m_data = generateResponse(rng, QUuid::createUuid(), 1);
    m_file = path(u"r.panelist-response"_s);
    QVERIFY(writeResponse(m_file, m_data));
}

void TestAttachedCopy::copyIsReadOnly()
{
    const Status defences = enableAttachDefences(m_study->connection());
    QVERIFY2(defences, qPrintable(defences.error()));
    IncomingCopy in = readIncomingCopy(m_file);
    QVERIFY2(in.ok(), qPrintable(in.status.error()));
    const QByteArray before = in.bytes;
    {
        const AttachedCopy attached(m_study->connection(), in.bytes);
        QVERIFY2(attached.status(), qPrintable(attached.status().error()));
        const QString ratings = firstValue(*m_study, u"SELECT count(*) FROM incoming.rating"_s);
        QVERIFY2(ratings.toInt() > 100, qPrintable(ratings));
        for (const QString &sql :
            { u"DELETE FROM incoming.rating"_s, u"UPDATE incoming.meta SET value = 'x'"_s,
                u"INSERT INTO incoming.comment VALUES ('m01', 'x', 'y')"_s, u"DROP TABLE incoming.pick"_s,
                u"CREATE TABLE incoming.extra (x)"_s }) {
            const QString error = run(*m_study, sql);
            QVERIFY2(error.contains(u"not authorized"_s), qPrintable(sql + u" -> "_s + error));
        }
        QCOMPARE(firstValue(*m_study, u"SELECT count(*) FROM incoming.rating"_s), ratings);
        // The study itself is still written as usual while the copy is attached.
        QCOMPARE(run(*m_study, u"INSERT INTO meta (key, value) VALUES ('probe', '1')"_s), QString());
    }
    QCOMPARE(in.bytes, before);
    QVERIFY(
        firstValue(*m_study, u"SELECT count(*) FROM incoming.rating"_s).startsWith(u"ERROR"_s)); // detached
}

void TestAttachedCopy::defencesAreOn()
{
    // Without defensive mode, writable_schema would let any statement rewrite the schema.
    QCOMPARE(run(*m_study, u"PRAGMA writable_schema = ON"_s), QString());
    const Status defences = enableAttachDefences(m_study->connection());
    QVERIFY2(defences, qPrintable(defences.error()));
    QVERIFY(!run(*m_study, u"DELETE FROM sqlite_schema WHERE name = 'import_log'"_s).isEmpty());
    QCOMPARE(firstValue(*m_study, u"PRAGMA cell_size_check"_s), u"1"_s);
    // One attached copy at a time, and no ATTACH of files by name beyond that.
    IncomingCopy in = readIncomingCopy(m_file);
    const AttachedCopy attached(m_study->connection(), in.bytes);
    QVERIFY2(attached.status(), qPrintable(attached.status().error()));
    QVERIFY(run(*m_study, u"ATTACH DATABASE ':memory:' AS other"_s).contains(u"too many attached"_s));
    // Triggers in a database's schema do not fire (SQLite still runs TEMP triggers, which only this
    // connection could create).
    QCOMPARE(run(*m_study,
                 u"CREATE TRIGGER spy AFTER INSERT ON meta BEGIN "
                 u"UPDATE meta SET value = 'fired' WHERE key = 'probe'; END"_s),
        QString());
    QCOMPARE(run(*m_study, u"INSERT INTO meta (key, value) VALUES ('probe', '1')"_s), QString());
    QCOMPARE(firstValue(*m_study, u"SELECT value FROM meta WHERE key = 'probe'"_s), u"1"_s);
}

void TestAttachedCopy::answersAreStoredAsChecked()
{
    // Pick and expertise positions with gaps and a tie: stored renumbered in the order the reader saw.
    QCOMPARE(
        sqlite(m_file,
            { u"UPDATE pick SET position = position * 10 + 5"_s, u"UPDATE expertise SET position = 7"_s }),
        {});
    QCOMPARE(Merger(*m_study).mergeFile(m_file).outcome, ImportOutcome::Merged);
    const auto current = m_study->currentResponses();
    QVERIFY(current);
    QCOMPARE(current->size(), 1);
    const ResponseData &stored = current->at(0).data;
    QVERIFY(stored.sameContent(m_data));
    QCOMPARE(stored.combinations, m_data.combinations);
    QCOMPARE(stored.expertise, m_data.expertise);
    // Every rating row, answer time included, is copied as the file has it.
    const QString rows
        = u"SELECT group_concat(line, '|') FROM (SELECT measure || '.' || area || '=' || dont_know || "
          u"ifnull(value, '-') || '@' || answered_at AS line FROM rating ORDER BY measure, area)"_s;
    const QStringList inFile = sqlite(m_file, { rows });
    QCOMPARE(sqlite(path(u"study.panelist-study"_s), { rows }), inFile);
    QVERIFY2(inFile.value(0).count(u'@') > 100, qPrintable(inFile.value(0).left(200)));
    const QStringList positions = sqlite(path(u"study.panelist-study"_s),
        { u"SELECT group_concat(position) FROM (SELECT position FROM pick ORDER BY scope, position)"_s });
    QVERIFY2(positions.value(0).startsWith(u"0,1,2"_s), qPrintable(positions.value(0)));
}

QTEST_GUILESS_MAIN(TestAttachedCopy)
#include "tst_attachedcopy.moc"
