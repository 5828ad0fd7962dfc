// A response file that is not the expert's own working file (those live in the data folder) — a
// submitted copy, someone else's or the expert's own — opens read only, through real widgets
// offscreen: a banner says so, no key, click or text changes an answer, and nothing is written: the
// file's bytes, its folder's listing and the last response are as they were after opening, browsing
// and closing it. Revise continues in the expert's working copy of that respondent, or makes one in
// the data folder from the file, so the next submit is the file's revision + 1 for the same
// respondent.
#include "models/instrument/instrument.h"
#include "models/storage/responsestore.h"
#include "models/survey/responselist.h"
#include "models/survey/surveyoutlinemodel.h"
#include "models/survey/surveysession.h"
#include "models/survey/workspace.h"
#include "tests/common/privatefolders.h"
#include "tests/ui/survey/surveytesthelpers.h"
#include "ui/survey/mainwindow.h"
#include "ui/survey/surveyview.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::surveytest;

namespace {

// What opening a file must leave as it was.
struct Untouched
{
    QByteArray bytes;
    QStringList folder; // every file beside it, hidden ones too (-wal, -shm, -journal)
    QString lastResponse;

    static Untouched of(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return { f.readAll(),
            QFileInfo(path).dir().entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
            Workspace::lastResponsePath() };
    }
};

ResponseData load(const QString &path)
{
    auto store = ResponseStore::openReadOnly(path, true);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    auto data = (*store)->load();
    if (!data)
        qFatal("%s", qPrintable(data.error()));
    return *data;
}

bool inDataFolder(const QString &path)
{
    return QFileInfo(path).absolutePath() == QFileInfo(Workspace::responsesFolder()).absoluteFilePath();
}

} // namespace

class TestSubmittedFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void openingBrowsingAndClosingWritesNothing_data();
    void openingBrowsingAndClosingWritesNothing();
    void bannerAndEveryControlReadOnly();
    void reviseMakesAWorkingCopyThatSubmitsTheNextRevision();
    void reviseContinuesTheExpertsOwnWorkingCopy();

private:
    // Someone else's response, submitted twice: the file of revision 2, in an inbox folder.
    QString submittedByAnother();
    // Someone else's working file (write-ahead logging, revision 0), copied into the inbox.
    QString workingFileOfAnother();
    QTemporaryDir m_dir;
    Instrument m_ins = Instrument::bundled();
};

void TestSubmittedFile::initTestCase()
{
    PANELIST_REQUIRE_PRIVATE_FOLDERS();
    QCoreApplication::setOrganizationName(u"Panelist"_s);
    QCoreApplication::setApplicationName(u"panelist"_s);
    QVERIFY(m_dir.isValid());
}

void TestSubmittedFile::init()
{
    QDir(Workspace::responsesFolder()).removeRecursively();
    QDir(m_dir.filePath(u"inbox"_s)).removeRecursively();
    QSettings().clear();
}

QString TestSubmittedFile::submittedByAnother()
{
    QTemporaryDir laptop;
    QDir().mkpath(m_dir.filePath(u"inbox"_s));
    const QString target = m_dir.filePath(u"inbox/uuk2024-Grace.panelist-response"_s);
    auto created = SurveySession::create(laptop.filePath(u"working.panelist-response"_s), m_ins);
    if (!created)
        qFatal("%s", qPrintable(created.error()));
    SurveySession &s = **created;
    const QString m1 = m_ins.measures().at(0).id;
    if (!s.setExpertise({ u"cbrn"_s }) || !s.setProfile(u"Grace"_s, u"Navy"_s)
        || !s.setRating(m1, m_ins.areas().at(0).id, Rating::of(3)) || !s.setRating(m1, {}, Rating::unknown())
        || !s.setComment(m1, u"Grace's own words."_s)
        || !s.setPicked(m_ins.combinationScopes().at(0), m_ins.measures().at(1).id, true)
        || !s.submit(m_dir.filePath(u"inbox/first.panelist-response"_s)) || !s.submit(target))
        qFatal("could not make the submitted file");
    return target;
}

QString TestSubmittedFile::workingFileOfAnother()
{
    QTemporaryDir laptop;
    QDir().mkpath(m_dir.filePath(u"inbox"_s));
    const QString working = laptop.filePath(u"working.panelist-response"_s);
    {
        auto created = SurveySession::create(working, m_ins);
        if (!created
            || !(*created)->setRating(m_ins.measures().at(0).id, m_ins.areas().at(0).id, Rating::of(3))
            || !(*created)->setRating(m_ins.measures().at(0).id, {}, Rating::of(1))
            || !(*created)->setComment(m_ins.measures().at(0).id, u"Grace's own words."_s))
            qFatal("could not make the working file");
    }
    const QString target = m_dir.filePath(u"inbox/copied.panelist-response"_s);
    if (!QFile::copy(working, target))
        qFatal("could not copy the working file");
    return target;
}

void TestSubmittedFile::openingBrowsingAndClosingWritesNothing_data()
{
    QTest::addColumn<bool>("submitted");
    QTest::addColumn<int>("revision");
    QTest::newRow("submitted copy") << true << 2;
    QTest::newRow("someone's working file") << false << 0;
}

void TestSubmittedFile::openingBrowsingAndClosingWritesNothing()
{
    QFETCH(bool, submitted);
    QFETCH(int, revision);
    const QString path = submitted ? submittedByAnother() : workingFileOfAnother();
    {
        // The expert has a working file of their own, the last one open.
        auto own = SurveySession::create(Workspace::newResponsePath(), m_ins);
        QVERIFY(own);
        Workspace::setLastResponsePath((*own)->path());
    }
    const Untouched before = Untouched::of(path);
    QVERIFY(!before.lastResponse.isEmpty());
    {
        MainWindow w(nullptr);
        QVERIFY(showAndActivate(w));
        w.openResponsePath(path);
        QVERIFY(w.session());
        QVERIFY(w.surveyView());
        // Try to change everything a person could: a rating, a comment, a pick, the expertise.
        w.surveyView()->goToRow(1, true);
        QCOMPARE(focusName(), u"ratingGrid"_s);
        press(Qt::Key_5);
        press(Qt::Key_Delete);
        press(Qt::Key_Down);
        press(Qt::Key_D);
        press(Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), u"more"_s);
        QTest::qWait(500);
        w.surveyView()->goToRow(
            w.surveyView()->outlineModel()->rowForCombination(m_ins.combinationScopes().at(0)), true);
        press(Qt::Key_Space);
        press(Qt::Key_Down);
        press(Qt::Key_Space);
        w.surveyView()->goToRow(0, true);
        press(Qt::Key_Space);
        w.surveyView()->goToReview();
        // Nothing beside the file even while it is shown.
        QCOMPARE(Untouched::of(path).folder, before.folder);
        QVERIFY(w.close());
    }
    const Untouched after = Untouched::of(path);
    QCOMPARE(after.folder, before.folder);
    QVERIFY2(after.bytes == before.bytes, "the submitted file was changed");
    QCOMPARE(after.lastResponse, before.lastResponse);
    const ResponseData data = load(path);
    QCOMPARE(data.revision, revision);
    QCOMPARE(data.answeredRatingCount(), 2);
    QCOMPARE(data.comments.value(m_ins.measures().at(0).id), u"Grace's own words."_s);
    // Not among the expert's surveys either.
    for (const ResponseSummary &r : Workspace::responses())
        QVERIFY(QFileInfo(r.path) != QFileInfo(path));
}

void TestSubmittedFile::bannerAndEveryControlReadOnly()
{
    const QString path = submittedByAnother();
    MainWindow w(nullptr);
    QVERIFY(showAndActivate(w));
    w.openResponsePath(path);
    QVERIFY(w.session());
    auto *banner = w.findChild<QLabel *>(u"readOnlyBanner"_s);
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible()); // a new central widget shows once events run
    QCOMPARE(banner->text(), u"Submitted response — read only"_s);
    auto *revise = w.findChild<QPushButton *>(u"reviseButton"_s);
    QVERIFY(revise && revise->isVisible() && revise->isEnabled());
    QVERIFY(!revise->accessibleName().isEmpty());
    QVERIFY(!w.submitAction()->isEnabled());
    QVERIFY(w.windowTitle().contains(u"read only"_s));

    // Every control shows the answers and takes none.
    w.surveyView()->goToRow(1, true);
    auto *comment = w.findChild<QPlainTextEdit *>(u"commentEdit"_s);
    QVERIFY(comment->isReadOnly());
    QCOMPARE(comment->toPlainText(), u"Grace's own words."_s);
    press(Qt::Key_4);
    QCOMPARE(w.session()->rating(m_ins.measures().at(0).id, m_ins.areas().at(0).id)->value, 3);
    w.surveyView()->goToRow(0, true);
    for (QCheckBox *box : w.surveyView()->findChildren<QCheckBox *>())
        QVERIFY2(!box->isEnabled(), qPrintable(box->objectName()));
    QVERIFY(w.findChild<QLineEdit *>(u"nameEdit"_s)->isReadOnly());
    QCOMPARE(w.findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"Grace"_s);
    w.surveyView()->goToReview();
    QVERIFY(!w.findChild<QPushButton *>(u"submitButton"_s)->isEnabled());
    w.resize(1024, 600);
    w.surveyView()->goToRow(1, true);
    QTest::qWait(50);
    QVERIFY(w.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(u"read-only-1024.png"_s)));
    // The model refuses too, whatever a view would let through.
    QVERIFY(!w.session()->setRating(m_ins.measures().at(2).id, {}, Rating::of(1)));
    QVERIFY(!w.session()->setComment(m_ins.measures().at(2).id, u"x"_s));
    QVERIFY(!w.session()->setPicked(m_ins.combinationScopes().at(1), m_ins.measures().at(2).id, true));
    QVERIFY(!w.session()->setExpertise({}));
    QVERIFY(!w.session()->setProfile({}, {}));
}

void TestSubmittedFile::reviseMakesAWorkingCopyThatSubmitsTheNextRevision()
{
    const QString path = submittedByAnother();
    const Untouched before = Untouched::of(path);
    const ResponseData submitted = load(path);
    MainWindow w(nullptr);
    QVERIFY(showAndActivate(w));
    w.openResponsePath(path);
    auto *revise = w.findChild<QPushButton *>(u"reviseButton"_s);
    QVERIFY(revise);
    revise->click();

    // The working copy: in the data folder, the same respondent and revision, every answer.
    QVERIFY(w.session());
    const QString working = w.session()->path();
    QVERIFY2(inDataFolder(working), qPrintable(working));
    QCOMPARE(w.session()->data().respondentId, submitted.respondentId);
    QCOMPARE(w.session()->data().revision, 2);
    QVERIFY(w.session()->data().sameContent(submitted));
    QCOMPARE(Workspace::lastResponsePath(), working);
    QVERIFY(!w.findChild<QLabel *>(u"readOnlyBanner"_s));
    QVERIFY(w.submitAction()->isEnabled());
    QCOMPARE(w.session()->survey().surveyId, QString());

    // Answer one more by keyboard and submit: revision 3 of the same respondent.
    w.surveyView()->goToRow(2, true);
    QCOMPARE(focusName(), u"ratingGrid"_s);
    press(Qt::Key_2);
    const QString next = m_dir.filePath(u"inbox/uuk2024-Grace-3.panelist-response"_s);
    const auto revision = w.session()->submit(next);
    QVERIFY2(revision, qPrintable(revision.error()));
    QCOMPARE(*revision, 3);
    const ResponseData resubmitted = load(next);
    QCOMPARE(resubmitted.respondentId, submitted.respondentId);
    QCOMPARE(resubmitted.revision, 3);
    QCOMPARE(resubmitted.answeredRatingCount(), 3);
    QCOMPARE(resubmitted.name, u"Grace"_s);
    QCOMPARE(Untouched::of(path).bytes, before.bytes);

    // Revise on the same file again continues that working copy; no second one is made.
    w.openResponsePath(path);
    QVERIFY(w.findChild<QLabel *>(u"readOnlyBanner"_s));
    w.findChild<QPushButton *>(u"reviseButton"_s)->click();
    QCOMPARE(w.session()->path(), working);
    QCOMPARE(w.session()->data().revision, 3);
    QCOMPARE(
        QDir(Workspace::responsesFolder()).entryList({ u"*.panelist-response"_s }, QDir::Files).size(), 1);
}

void TestSubmittedFile::reviseContinuesTheExpertsOwnWorkingCopy()
{
    QString working;
    const QString mine = m_dir.filePath(u"mine.panelist-response"_s);
    {
        auto own = SurveySession::create(Workspace::newResponsePath(), m_ins);
        QVERIFY(own);
        working = (*own)->path();
        QVERIFY((*own)->setRating(m_ins.measures().at(0).id, {}, Rating::of(5)));
        QVERIFY((*own)->submit(mine));
        // Answered after submitting: only the working copy has it.
        QVERIFY((*own)->setRating(m_ins.measures().at(1).id, {}, Rating::of(1)));
    }
    MainWindow w(nullptr);
    QVERIFY(showAndActivate(w));
    w.openResponsePath(mine);
    QCOMPARE(w.session()->answeredCount(), 1);
    QVERIFY(w.findChild<QLabel *>(u"readOnlyBanner"_s));
    w.findChild<QPushButton *>(u"reviseButton"_s)->click();
    QCOMPARE(w.session()->path(), working);
    QCOMPARE(w.session()->answeredCount(), 2);
    QCOMPARE(
        QDir(Workspace::responsesFolder()).entryList({ u"*.panelist-response"_s }, QDir::Files).size(), 1);
}

QTEST_MAIN(TestSubmittedFile)
#include "tst_submittedfile.moc"
