// Runs the real panelist-cli binary for `study create`, `merge` and `study show`: the lines a
// coordinator reads, the exit codes, and that the study says what happened.

#include "tests/common/clirun.h"
#include "tests/models/merge/mergetesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace panelist;
using namespace panelist::mergetest;
using namespace Qt::StringLiterals;
using panelist::testcli::cli;
using panelist::testcli::Run;

class TestCliMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createRefusesExisting();
    void mergeFolderAndFiles();
    void mergeAgainChangesNothing();
    void showText();
    void showJson();
    void usageErrors();
    void controlCharactersAreEscaped();

private:
    QTemporaryDir m_dir;
    QString m_study, m_inbox, m_good1, m_good2, m_bad;
};

void TestCliMerge::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_study = m_dir.filePath(u"study.panelist-study"_s);
    m_inbox = m_dir.filePath(u"inbox"_s);
    QVERIFY(QDir().mkpath(m_inbox));
    QRandomGenerator rng(42);
    m_good1 = QDir(m_inbox).filePath(u"alice.panelist-response"_s);
    m_good2 = QDir(m_inbox).filePath(u"bob.panelist-response"_s);
    m_bad = QDir(m_inbox).filePath(u"notes.txt"_s);
    QVERIFY(writeResponse(m_good1, generateResponse(rng, QUuid::createUuid(), 1)));
    QVERIFY(writeResponse(m_good2, generateResponse(rng, QUuid::createUuid(), 1)));
    QVERIFY(writeAll(m_bad, "not a response\n"));

    const Run r = cli({ u"study"_s, u"create"_s, m_study });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"study created"_s), qPrintable(r.out));
    QVERIFY(QFileInfo::exists(m_study));
}

void TestCliMerge::createRefusesExisting()
{
    const QByteArray before = sha256(m_study);
    const Run r = cli({ u"study"_s, u"create"_s, m_study });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"already exists"_s), qPrintable(r.err));
    QCOMPARE(sha256(m_study), before);
    const Run bad = cli({ u"study"_s, u"create"_s, m_dir.filePath(u"x.study"_s), u"--instrument"_s, m_bad });
    QCOMPARE(bad.code, 1);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"x.study"_s)));
}

void TestCliMerge::mergeFolderAndFiles()
{
    const QByteArray badBefore = sha256(m_bad);
    const Run r = cli({ u"merge"_s, m_study, m_inbox });
    QCOMPARE(r.code, 1); // one file was rejected
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), m_good1 + u": merged"_s);
    QCOMPARE(lines.at(1), m_good2 + u": merged"_s);
    QCOMPARE(lines.at(2), m_bad + u": rejected: not a Panelist response file (not SQLite)"_s);
    QCOMPARE(lines.at(3), u"merged 2, unchanged 0, replaced 0, older 0, conflicts 0, rejected 1"_s);
    QVERIFY2(r.err.contains(u"1 file(s) rejected"_s), qPrintable(r.err));
    QCOMPARE(sha256(m_bad), badBefore);
}

void TestCliMerge::mergeAgainChangesNothing()
{
    const Run r = cli({ u"merge"_s, m_study, m_good1, m_good2 });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.endsWith(u"merged 0, unchanged 2, replaced 0, older 0, conflicts 0, rejected 0\n"_s),
        qPrintable(r.out));
    const Run missing = cli({ u"merge"_s, m_dir.filePath(u"nostudy"_s), m_good1 });
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.contains(u"file not found"_s), qPrintable(missing.err));
}

void TestCliMerge::showText()
{
    const Run r = cli({ u"study"_s, u"show"_s, m_study });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Respondents: 2 (2 with a version that counts), versions 2, conflicts 0"_s),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(u"revision 1 counts (alice.panelist-response, unsigned)"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Signatures: not required; 2 of 2 counting responses unsigned\n"_s),
        qPrintable(r.out));
    QVERIFY(r.out.contains(u"notes.txt: rejected: not a Panelist response file (not SQLite)"_s));
    QCOMPARE(r.out.count(u": unchanged"_s), 2);
}

void TestCliMerge::showJson()
{
    const Run r = cli({ u"study"_s, u"show"_s, m_study, u"--json"_s });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(
        o.value(u"instrument"_s).toObject().value(u"fingerprint"_s).toString(), instrument().fingerprint());
    const QJsonArray respondents = o.value(u"respondents"_s).toArray();
    QCOMPARE(respondents.size(), 2);
    for (const QJsonValue &v : respondents) {
        const QJsonArray versions = v.toObject().value(u"versions"_s).toArray();
        QCOMPARE(versions.size(), 1);
        QCOMPARE(v.toObject().value(u"current_version"_s), versions.at(0).toObject().value(u"version_id"_s));
        QCOMPARE(versions.at(0).toObject().value(u"source_sha256"_s).toString().size(), 64);
        QVERIFY(versions.at(0).toObject().value(u"signer"_s).isNull());
    }
    const QJsonObject signatures = o.value(u"signatures"_s).toObject();
    QCOMPARE(signatures.value(u"required"_s), QJsonValue(false));
    QCOMPARE(signatures.value(u"unsigned"_s), QJsonValue(2));
    QCOMPARE(signatures.value(u"counting"_s), QJsonValue(2));
    const QJsonArray log = o.value(u"import_log"_s).toArray();
    QCOMPARE(log.size(), 5);
    QCOMPARE(log.at(2).toObject().value(u"outcome"_s).toString(), u"rejected"_s);
    QCOMPARE(log.at(2).toObject().value(u"sha256"_s).toString(), QString::fromLatin1(sha256(m_bad)));
    QCOMPARE(o.value(u"conflicts"_s).toArray().size(), 0);
}

void TestCliMerge::usageErrors()
{
    QCOMPARE(cli({ u"merge"_s, m_study }).code, 2);
    QCOMPARE(cli({ u"study"_s, u"show"_s }).code, 2);
    QCOMPARE(cli({ u"study"_s, u"show"_s, m_study, u"--frobnicate"_s }).code, 2);
    QCOMPARE(cli({ u"study"_s, u"create"_s, m_study, u"--json"_s }).code, 2);
    QCOMPARE(cli({ u"study"_s, u"destroy"_s, m_study }).code, 2);
}

// A file name (and an id quoted in a reason) can hold control characters: an escape sequence would
// reach the coordinator's terminal raw. Found by an external fuzzing run.
void TestCliMerge::controlCharactersAreEscaped()
{
    QTemporaryDir dir;
    const QString study = dir.filePath(u"s.panelist-study"_s);
    QCOMPARE(cli({ u"study"_s, u"create"_s, study }).code, 0);
    const QString evil = dir.filePath(u"in/evil\x1b[2J\u202e.panelist-response"_s);
    QVERIFY(QDir().mkpath(dir.filePath(u"in"_s)));
    QVERIFY(writeAll(evil, "\x1b]0;owned\x07 not a response"));
    const Run merged = cli({ u"merge"_s, study, dir.filePath(u"in"_s) });
    QCOMPARE(merged.code, 1);
    QVERIFY2(
        !merged.out.contains(QChar(0x1b)) && !merged.out.contains(QChar(0x202e)), qPrintable(merged.out));
    QVERIFY2(
        merged.out.contains(u"evil\\x1b[2J\\u202e.panelist-response: rejected"_s), qPrintable(merged.out));
    const Run shown = cli({ u"study"_s, u"show"_s, study });
    QCOMPARE(shown.code, 0);
    QVERIFY(!shown.out.contains(QChar(0x1b)));
    QVERIFY2(shown.out.contains(u"evil\\x1b[2J\\u202e.panelist-response: rejected"_s), qPrintable(shown.out));
}

QTEST_GUILESS_MAIN(TestCliMerge)
#include "tst_cli_merge.moc"
