// The coordinator's sealed study through the real binary (docs/security.md, docs/cli.md): keys create,
// survey make --key, survey show, study create --survey, an expert's sealed and signed submit (through
// the survey model, as Panelist makes it), then merge: without --key, with a wrong passphrase, with
// another key, with the right one; an unsigned file refused where signatures are required; study
// verify; usage errors for --passphrase-fd without --key and --instrument with --survey. Nothing new
// appears in the folder the files came from.

#include "models/instrument/instrument.h"
#include "models/survey/surveyentry.h"
#include "models/survey/surveysession.h"
#include "models/survey/workspace.h"
#include "tests/common/clirun.h"
#include "tests/common/filebytes.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;

namespace {

const QByteArray Passphrase = "a long passphrase for tests";

using panelist::testcli::cli;
using panelist::testcli::Run;

QString fingerprintIn(const QString &text)
{
    static const QRegularExpression form(u"[0-9A-F]{4}(-[0-9A-F]{4}){4}"_s);
    return form.match(text).captured(0);
}

} // namespace

class TestCliSealed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void surveyCarriesTheKey();
    void studyForTheSurvey();
    void mergeNeedsTheKeyAndItsPassphrase();
    void unsignedFileRefused();
    void usageErrors();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_fingerprint;
    QString m_sealed;
};

void TestCliSealed::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Panelist"_s);
    QCoreApplication::setApplicationName(u"panelist-cli-sealed-test"_s);
    QDir(Workspace::dataFolder()).removeRecursively();
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkdir(u"inbox"_s));
    for (const QString &key : { u"study.panelist-key"_s, u"other.panelist-key"_s }) {
        const Run r = cli({ u"keys"_s, u"create"_s, u"--out"_s, path(key), u"--passphrase-fd"_s, u"0"_s },
            Passphrase + "\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        if (m_fingerprint.isEmpty())
            m_fingerprint = fingerprintIn(r.out);
    }
    QVERIFY(!m_fingerprint.isEmpty());
    QVERIFY(testfiles::writeAll(path(u"instrument.json"_s), Instrument::bundled().canonicalJson()));
}

void TestCliSealed::surveyCarriesTheKey()
{
    const Run made = cli({ u"survey"_s, u"make"_s, u"--instrument"_s, path(u"instrument.json"_s), u"--out"_s,
        path(u"sealed.panelist-survey"_s), u"--coordinator"_s, u"Dr. Zoë Example"_s, u"--contact"_s,
        u"zoe@example.org"_s, u"--key"_s, path(u"study.panelist-key"_s) });
    QVERIFY2(made.code == 0, qPrintable(made.err));
    QVERIFY2(
        made.out.contains(u"sealed to the coordinator key %1"_s.arg(m_fingerprint)), qPrintable(made.out));
    const Run shown = cli({ u"survey"_s, u"show"_s, path(u"sealed.panelist-survey"_s) });
    QVERIFY2(shown.code == 0, qPrintable(shown.err));
    QVERIFY2(
        shown.out.contains(u"Responses: sealed to the coordinator key %1 and signed\n"_s.arg(m_fingerprint)),
        qPrintable(shown.out));

    // The expert's Panelist answers it and submits: sealed, signed.
    auto answer = answerSurveyFile(path(u"sealed.panelist-survey"_s));
    QVERIFY2(answer, qPrintable(answer ? QString() : answer.error()));
    QVERIFY(answer->session->setRating(u"m01"_s, u"cbrn"_s, Rating::of(5)));
    m_sealed = path(u"inbox/ada.panelist-sealed"_s);
    const auto revision = answer->session->submit(m_sealed);
    QVERIFY2(revision, qPrintable(revision ? QString() : revision.error()));
}

void TestCliSealed::studyForTheSurvey()
{
    const Run r = cli({ u"study"_s, u"create"_s, path(u"study.panelist-study"_s), u"--survey"_s,
        path(u"sealed.panelist-survey"_s) });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Responses come sealed to the coordinator key %1 and signed; unsigned files are "
                            u"refused"_s.arg(m_fingerprint)),
        qPrintable(r.out));
}

void TestCliSealed::mergeNeedsTheKeyAndItsPassphrase()
{
    const QString study = path(u"study.panelist-study"_s);
    const QStringList inboxBefore = QDir(path(u"inbox"_s)).entryList(QDir::Files | QDir::Hidden);
    const Run noKey = cli({ u"merge"_s, study, m_sealed });
    QCOMPARE(noKey.code, 1);
    QVERIFY2(noKey.out.contains(u"rejected"_s)
            && noKey.out.contains(
                u"sealed to the coordinator key %1; merging it needs that key"_s.arg(m_fingerprint)),
        qPrintable(noKey.out));

    const Run wrongPassphrase = cli({ u"merge"_s, study, m_sealed, u"--key"_s, path(u"study.panelist-key"_s),
                                        u"--passphrase-fd"_s, u"0"_s },
        "not the passphrase\n");
    QCOMPARE(wrongPassphrase.code, 1);
    QVERIFY2(wrongPassphrase.err.contains(u"wrong passphrase or damaged key file; nothing was merged"_s),
        qPrintable(wrongPassphrase.err));

    const Run otherKey = cli({ u"merge"_s, study, m_sealed, u"--key"_s, path(u"other.panelist-key"_s),
                                 u"--passphrase-fd"_s, u"0"_s },
        Passphrase + "\n");
    QCOMPARE(otherKey.code, 1);
    QVERIFY2(otherKey.err.contains(
                 u"is not this study's coordinator key (%1); nothing was merged"_s.arg(m_fingerprint)),
        qPrintable(otherKey.err));

    const Run merged = cli({ u"merge"_s, study, m_sealed, u"--key"_s, path(u"study.panelist-key"_s),
                               u"--passphrase-fd"_s, u"0"_s },
        Passphrase + "\n");
    QVERIFY2(merged.code == 0, qPrintable(merged.err + merged.out));
    QVERIFY2(merged.out.contains(u"merged 1, unchanged 0"_s), qPrintable(merged.out));
    // The clear response was never written anywhere near the inbox.
    QCOMPARE(QDir(path(u"inbox"_s)).entryList(QDir::Files | QDir::Hidden), inboxBefore);

    const Run verified = cli({ u"study"_s, u"verify"_s, study });
    QVERIFY2(verified.code == 0, qPrintable(verified.err + verified.out));

    // The study view and the report say that signatures are required and that none is missing.
    const Run shown = cli({ u"study"_s, u"show"_s, study });
    QVERIFY2(shown.out.contains(u"Signatures: required, sealed to the coordinator key %1; 0 of 1 counting "
                                u"responses unsigned\n"_s.arg(m_fingerprint)),
        qPrintable(shown.out));
    QVERIFY2(shown.out.contains(u"revision 1 counts (%1, signed by "_s.arg(QFileInfo(m_sealed).fileName())),
        qPrintable(shown.out));
    const Run report = cli({ u"report"_s, study, u"--format"_s, u"json"_s });
    const QJsonObject signatures
        = QJsonDocument::fromJson(report.out.toUtf8()).object().value(u"signatures"_s).toObject();
    QCOMPARE(signatures.value(u"required"_s), QJsonValue(true));
    QCOMPARE(signatures.value(u"coordinator_key"_s), QJsonValue(m_fingerprint));
    QCOMPARE(signatures.value(u"counting"_s), QJsonValue(1));
    QCOMPARE(signatures.value(u"unsigned"_s), QJsonValue(0));
    const Run html = cli({ u"report"_s, study, u"--format"_s, u"html"_s });
    QVERIFY2(html.out.contains(u"Responses that count: 1; unsigned: 0."_s), qPrintable(html.out.right(2000)));
}

void TestCliSealed::unsignedFileRefused()
{
    const QString json = path(u"unsigned.json"_s);
    // A response made from interchange JSON is unsigned: the study for a sealed survey refuses it.
    const QByteArray interchange = QByteArray(R"({"format":"panelist-response","version":1,"instrument":")")
        + Instrument::bundled().fingerprint().toLatin1()
        + R"(","respondent":{"id":"33333333-3333-4333-8333-333333333333","expertise":[]},"revision":1,)"
          R"("submitted_at":null,"effectiveness":{"m01":{"cbrn":4}},"feasibility":{},"comments":{},)"
          R"("combinations":{}})";
    QVERIFY(testfiles::writeAll(json, interchange));
    const Run made = cli({ u"response"_s, u"from-json"_s, json, path(u"unsigned.panelist-response"_s) });
    QVERIFY2(made.code == 0, qPrintable(made.err));
    const Run r = cli({ u"merge"_s, path(u"study.panelist-study"_s), path(u"unsigned.panelist-response"_s) });
    QCOMPARE(r.code, 1);
    QVERIFY2(
        r.out.contains(u"not signed: this study accepts only responses signed by the expert's Panelist"_s),
        qPrintable(r.out));
}

void TestCliSealed::usageErrors()
{
    const Run fdWithoutKey
        = cli({ u"merge"_s, path(u"study.panelist-study"_s), m_sealed, u"--passphrase-fd"_s, u"0"_s });
    QCOMPARE(fdWithoutKey.code, 2);
    QVERIFY2(fdWithoutKey.err.contains(u"--passphrase-fd: only with --key"_s), qPrintable(fdWithoutKey.err));
    const Run both = cli({ u"study"_s, u"create"_s, path(u"two.panelist-study"_s), u"--survey"_s,
        path(u"sealed.panelist-survey"_s), u"--instrument"_s, path(u"instrument.json"_s) });
    QCOMPARE(both.code, 2);
    QVERIFY(!QFileInfo::exists(path(u"two.panelist-study"_s)));
}

QTEST_GUILESS_MAIN(TestCliSealed)
#include "tst_cli_sealed.moc"
