// An expert answers a survey file that carries the coordinator's key, through real widgets offscreen:
// the review page says the response will be sealed and shows the key's fingerprint; Submit suggests
// a .panelist-sealed name (and turns a .panelist-response name into one); the file written is sealed,
// leaves no clear copy anywhere, is signed with the identity Panelist made in its data folder (mode
// 0600), and the confirmation names both keys. The coordinator's study, made from the same survey
// file, merges it with the key and keeps the expert's public key. Screens are grabbed at 1280×800 and
// 1024×600 into the build folder.

#include "models/merge/merger.h"
#include "models/security/coordinatorkey.h"
#include "models/security/identitykey.h"
#include "models/security/sealedfile.h"
#include "models/storage/studystore.h"
#include "models/survey/surveyentry.h"
#include "models/survey/surveysession.h"
#include "models/survey/workspace.h"
#include "models/surveyfile/surveyfile.h"
#include "tests/common/dialogrobot.h"
#include "tests/common/filebytes.h"
#include "tests/common/privatefolders.h"
#include "ui/survey/mainwindow.h"
#include "ui/survey/reviewpage.h"

#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace panelist;
using panelist::testgui::DialogRobot;

namespace {

void shoot(QWidget &w, const QString &name)
{
    for (const QSize size : { QSize(1280, 800), QSize(1024, 600) }) {
        w.resize(size);
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        const QString file = QDir(QCoreApplication::applicationDirPath())
                                 .filePath(name + (size.width() < 1280 ? u"-1024.png"_s : u".png"_s));
        QVERIFY(w.grab().save(file));
        qInfo("screenshot: %s", qPrintable(file));
    }
    w.resize(1280, 800);
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestSealedSubmit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sealedAndSignedFromTheSurveyToTheStudy();

private:
    QTemporaryDir m_dir;
};

void TestSealedSubmit::initTestCase()
{
    PANELIST_REQUIRE_PRIVATE_FOLDERS();
    QCoreApplication::setOrganizationName(u"Panelist"_s);
    QCoreApplication::setApplicationName(u"panelist"_s);
    QVERIFY(m_dir.isValid());
    QDir(Workspace::dataFolder()).removeRecursively();
    QSettings().clear();
}

void TestSealedSubmit::sealedAndSignedFromTheSurveyToTheStudy()
{
    const auto key = CoordinatorKey::generate();
    QVERIFY(key);
    const auto survey = makeSurvey(Instrument::bundled(),
        { .coordinatorName = u"Dr. Zoë Example"_s,
            .coordinatorContact = u"zoe@example.org"_s,
            .studyId = u"sealed-2027"_s,
            .coordinatorKey = key->publicKey() });
    QVERIFY2(survey, qPrintable(survey ? QString() : survey.error()));
    const QString surveyPath = m_dir.filePath(u"sealed.panelist-survey"_s);
    QVERIFY(writeSurveyFile(surveyPath, *survey));

    auto answer = answerSurveyFile(surveyPath);
    QVERIFY2(answer, qPrintable(answer ? QString() : answer.error()));
    QVERIFY(answer->session->sealsResponses());
    QVERIFY(answer->session->setProfile(u"Ada Lovelace"_s, {}));
    QVERIFY(answer->session->setRating(u"m01"_s, u"cbrn"_s, Rating::of(4)));
    MainWindow w(std::move(answer->session));
    const QString chosen = m_dir.filePath(u"ada.panelist-response"_s); // the plain suffix, by habit
    QString suggested;
    w.setSubmitPathPrompt([&](const QString &s) {
        suggested = s;
        return chosen;
    });
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));

    // The review page says what will happen, with the fingerprint to compare.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::ControlModifier);
    auto *note = w.findChild<QLabel *>(u"sealingNote"_s);
    QVERIFY(note);
    QTRY_VERIFY(note->isVisible());
    QVERIFY2(note->text().contains(key->fingerprint()), qPrintable(note->text()));
    shoot(w, u"sealed-review"_s);

    DialogRobot robot;
    robot.expect(DialogRobot::click(u"submitAnyway"_s));
    robot.expect(DialogRobot::accept());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(robot.done());
    QVERIFY2(suggested.endsWith(u"/sealed-2027-Ada-Lovelace.panelist-sealed"_s), qPrintable(suggested));
    const QString written = m_dir.filePath(u"ada.panelist-sealed"_s);
    QVERIFY(!QFileInfo::exists(chosen));
    const QByteArray sealed = testfiles::readAll(written);
    QVERIFY(SealedFile::looksSealed(sealed));

    // The confirmation names the coordinator's key and the expert's own.
    const auto identity = IdentityKey::loadOrCreate(Workspace::dataFolder());
    QVERIFY(identity);
    QVERIFY(!identity->created()); // made by the submit, not here
    const auto &done = robot.seen().at(1);
    QCOMPARE(done.name, u"submitted"_s);
    QVERIFY2(done.informative.contains(u"only the coordinator's key %1 opens it"_s.arg(key->fingerprint())),
        qPrintable(done.informative));
    QVERIFY2(done.informative.contains(u"signed by your Panelist (key %1)"_s.arg(identity->fingerprint())),
        qPrintable(done.informative));
    struct stat st
    {
    };
    QCOMPARE(
        ::stat(QFile::encodeName(Workspace::dataFolder() + u'/' + IdentityKey::FileName).constData(), &st),
        0);
    QCOMPARE(int(st.st_mode & 0777), 0600);

    // Nothing in clear beside the sealed file, and no clear copy left with the working file.
    QCOMPARE(filesIn(m_dir.path()), QStringList({ u"ada.panelist-sealed"_s, u"sealed.panelist-survey"_s }));
    QCOMPARE(filesIn(Workspace::responsesFolder()).filter(u".tmp"_s), QStringList());

    // The coordinator's study for this survey requires signatures and opens the file with the key.
    StudySettings settings;
    settings.requireSignatures = true;
    settings.coordinatorKey = survey->details.coordinatorKey;
    settings.coordinatorKeyFingerprint = key->fingerprint();
    settings.surveyId = survey->details.surveyId;
    auto study
        = StudyStore::create(m_dir.filePath(u"study.panelist-study"_s), Instrument::bundled(), settings);
    QVERIFY(study);
    Merger merger(**study);
    merger.setCoordinatorKey(*key);
    const ImportedFile r = merger.mergeFile(written);
    QCOMPARE(outcomeName(r.outcome), u"merged"_s);
    const auto summaries = (*study)->currentSummaries();
    QVERIFY(summaries);
    QCOMPARE(summaries->size(), 1);
    QCOMPARE(summaries->first().signerKey, identity->publicKeyBase64());
    QCOMPARE(summaries->first().name, u"Ada Lovelace"_s);
    QCOMPARE(testfiles::readAll(written), sealed);
}

QTEST_MAIN(TestSealedSubmit)
#include "tst_sealedsubmit.moc"
