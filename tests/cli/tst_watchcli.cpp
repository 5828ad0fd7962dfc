// `panelist-cli merge STUDY --watch DIR` as a user runs it: the real binary, files copied into the
// inbox while it runs, one line per file as it happens, a clean stop on SIGTERM and on SIGINT.
#include "tests/common/coordinatortesthelpers.h"

#include "models/storage/studystore.h"

#include <QProcess>
#include <QTemporaryDir>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace panelist;

class TestWatchCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesAsFilesArriveAndStopsOnSignal_data();
    void mergesAsFilesArriveAndStopsOnSignal();
    void usageErrors();
};

void TestWatchCli::mergesAsFilesArriveAndStopsOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<bool>("withRejected");
    QTest::addColumn<bool>("equalsForm"); // --watch=DIR rather than --watch DIR
    QTest::newRow("SIGTERM, one rejected") << int(SIGTERM) << true << false;
    QTest::newRow("SIGINT, all merged, --watch=DIR") << int(SIGINT) << false << true;
}

void TestWatchCli::mergesAsFilesArriveAndStopsOnSignal()
{
    QFETCH(int, signalNumber);
    QFETCH(bool, withRejected);
    QFETCH(bool, equalsForm);
    QTemporaryDir staging, inbox, studyDir;
    const QString study = QDir(studyDir.path()).filePath(u"watch.panelist-study"_s);
    QVERIFY(StudyStore::create(study, Instrument::bundled()).ok());
    const QStringList files = CoordinatorTest::simulatedFiles(staging.path(), 2);

    QProcess cli;
    cli.start(QStringLiteral(PANELIST_CLI),
        equalsForm ? QStringList { u"merge"_s, study, u"--watch="_s + inbox.path() }
                   : QStringList { u"merge"_s, study, u"--watch"_s, inbox.path() });
    QVERIFY(cli.waitForStarted(10000));
    QByteArray out, err;
    connect(&cli, &QProcess::readyReadStandardOutput, this, [&] { out += cli.readAllStandardOutput(); });
    connect(&cli, &QProcess::readyReadStandardError, this, [&] { err += cli.readAllStandardError(); });
    QTRY_VERIFY_WITH_TIMEOUT(err.contains("watching"), 15000);

    QVERIFY(QFile::copy(files.at(0), QDir(inbox.path()).filePath(u"first.panelist-response"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(out.contains("first.panelist-response: merged"), 20000);
    if (withRejected)
        CoordinatorTest::notAResponseFile(inbox.path(), u"junk.txt"_s);
    QVERIFY(QFile::copy(files.at(1), QDir(inbox.path()).filePath(u"second.panelist-response"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(out.contains("second.panelist-response: merged"), 20000);
    if (withRejected)
        QTRY_VERIFY_WITH_TIMEOUT(out.contains("junk.txt: rejected: "), 20000);
    QVERIFY(cli.state() == QProcess::Running); // still watching

    ::kill(pid_t(cli.processId()), signalNumber);
    QVERIFY(cli.waitForFinished(15000));
    out += cli.readAllStandardOutput();
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), withRejected ? 1 : 0);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), withRejected ? 4 : 3);
    QCOMPARE(QString::fromUtf8(lines.last()),
        withRejected ? u"merged 2, unchanged 0, replaced 0, older 0, conflicts 0, rejected 1"_s
                     : u"merged 2, unchanged 0, replaced 0, older 0, conflicts 0, rejected 0"_s);

    auto ro = StudyStore::openReadOnly(study);
    QVERIFY2(ro.ok(), qPrintable(ro.error()));
    QCOMPARE((*ro)->currentResponses()->size(), 2);
}

void TestWatchCli::usageErrors()
{
    QTemporaryDir dir;
    for (const QStringList &args : { QStringList { u"merge"_s, u"--watch"_s },
             QStringList { u"merge"_s, u"a"_s, u"b"_s, u"--watch"_s, dir.path() },
             QStringList { u"merge"_s, u"a"_s, u"--watch"_s, dir.path(), u"--json"_s } }) {
        QProcess cli;
        cli.start(QStringLiteral(PANELIST_CLI), args);
        QVERIFY(cli.waitForFinished(15000));
        QCOMPARE(cli.exitCode(), 2);
    }
    // A missing study is refused before watching anything.
    QProcess cli;
    cli.start(QStringLiteral(PANELIST_CLI),
        { u"merge"_s, QDir(dir.path()).filePath(u"none.panelist-study"_s), u"--watch"_s, dir.path() });
    QVERIFY(cli.waitForFinished(15000));
    QCOMPARE(cli.exitCode(), 1);
}

QTEST_GUILESS_MAIN(TestWatchCli)
#include "tst_watchcli.moc"
