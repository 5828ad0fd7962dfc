// Read-only commands (`study show`, `report`, `export`, `response to-json`) on a file that has a
// -wal beside it but no -shm (a copy taken while Panelist had it open, or a writer that was killed):
// they read what the -wal holds, and leave the file, its -wal and its folder exactly as they were
// (an external fuzzing run found a -shm left behind).
#include "tests/common/clirun.h"
#include "tests/models/merge/mergetesthelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace panelist;
using namespace panelist::mergetest;
using namespace Qt::StringLiterals;
using panelist::testcli::cli;

class TestCliReadOnly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leavesNothingBehind_data();
    void leavesNothingBehind();
};

namespace {

// Every file of a folder with the SHA-256 of its bytes.
QStringList snapshot(const QString &folder)
{
    QStringList out;
    for (const QFileInfo &f : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name))
        out << f.fileName() + u' '
                + QString::fromLatin1(
                    QCryptographicHash::hash(readAll(f.filePath()), QCryptographicHash::Sha256).toHex());
    return out;
}

// Copies path and its -wal while a connection holds committed changes in the -wal: the copy has a
// -wal that no writer uses, and no -shm.
bool copyWithWal(const QString &path, const QString &copy, const QString &change)
{
    const QString name = u"copy-with-wal"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(u"PRAGMA journal_mode = WAL"_s) && q.exec(u"PRAGMA wal_autocheckpoint = 0"_s)
                && q.exec(change) && QFile::copy(path, copy)
                && QFile::copy(path + u"-wal"_s, copy + u"-wal"_s);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

void TestCliReadOnly::leavesNothingBehind_data()
{
    QTest::addColumn<QStringList>("command"); // FILE stands for the copied file
    QTest::addColumn<QString>("expected"); // a fragment of standard output that the -wal holds
    QTest::newRow("study show") << QStringList { u"study"_s, u"show"_s, u"FILE"_s } << u"Respondents: 1"_s;
    QTest::newRow("report") << QStringList { u"report"_s, u"FILE"_s, u"--format"_s, u"json"_s }
                            << u"\"respondents\": 1"_s;
    QTest::newRow("export") << QStringList { u"export"_s, u"FILE"_s, u"--format"_s, u"csv-wide"_s, u"--out"_s,
        u"OUT"_s } << u"Exported 1 respondent"_s;
    QTest::newRow("response to-json")
        << QStringList { u"response"_s, u"to-json"_s, u"FILE"_s } << u"\"name\": \"Dr. Wal\""_s;
}

void TestCliReadOnly::leavesNothingBehind()
{
    QFETCH(QStringList, command);
    QFETCH(QString, expected);
    QTemporaryDir dir, out;
    QRandomGenerator rng(3);
    const QString response = dir.filePath(u"r.panelist-response"_s);
    QVERIFY(writeResponse(response, generateResponse(rng, QUuid::createUuid(), 1)));
    QString original = response;
    QString change = u"INSERT OR REPLACE INTO meta (key, value) VALUES ('name', 'Dr. Wal')"_s;
    if (command.first() != u"response"_s) {
        original = dir.filePath(u"s.panelist-study"_s);
        QVERIFY(cli({ u"study"_s, u"create"_s, original }).code == 0);
        QVERIFY(cli({ u"merge"_s, original, response }).code == 0);
        change = u"UPDATE import_log SET reason = 'from the wal'"_s;
    }
    const QString copy = out.filePath(QFileInfo(original).fileName());
    QVERIFY(copyWithWal(original, copy, change));
    QVERIFY(!QFileInfo::exists(copy + u"-shm"_s));
    const QStringList before = snapshot(out.path());
    QStringList args = command;
    args.replace(args.indexOf(u"FILE"_s), copy);
    if (args.contains(u"OUT"_s))
        args.replace(args.indexOf(u"OUT"_s), dir.filePath(u"export.csv"_s));
    const auto run = cli(args);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out.left(400)));
    QCOMPARE(snapshot(out.path()), before); // no -shm, the file and its -wal untouched
}

QTEST_GUILESS_MAIN(TestCliReadOnly)
#include "tst_cli_readonly.moc"
