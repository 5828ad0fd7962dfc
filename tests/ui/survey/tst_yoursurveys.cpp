// The expert's side of a coordinator's own study, driven through real widgets offscreen: the "Your
// surveys" start page (listing, keyboard, the empty page's survey file and example study), a submit
// named after the study and the expert that ends with the coordinator's return instructions, and
// the coordinator's preview (banner, Submit off, nothing kept). Grabs each new screen to PNG at
// 1280×800 and 1024×600; the README's pictures go into $PANELIST_SCREENSHOT_DIR when it is set, all
// others (and those when it is not) into the build folder.
#include "models/instrument/instrument.h"
#include "models/survey/previewresponse.h"
#include "models/survey/responselist.h"
#include "models/survey/responselistmodel.h"
#include "models/survey/surveyentry.h"
#include "models/survey/surveysession.h"
#include "models/survey/workspace.h"
#include "models/surveyfile/surveyfile.h"
#include "tests/common/dialogrobot.h"
#include "tests/common/privatefolders.h"
#include "tests/ui/survey/surveytesthelpers.h"
#include "ui/survey/mainwindow.h"
#include "ui/survey/reviewpage.h"
#include "ui/survey/startpage.h"
#include "ui/survey/surveyview.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::surveytest;
using panelist::testgui::DialogRobot;

namespace {

QStringList dataFolderFiles()
{
    return QDir(Workspace::responsesFolder()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

QStringList responseFiles()
{
    return QDir(Workspace::responsesFolder()).entryList({ u"*.panelist-response"_s }, QDir::Files);
}

QString shotsFolder()
{
    const QString folder = qEnvironmentVariableIsSet("PANELIST_SCREENSHOT_DIR")
        ? qEnvironmentVariable("PANELIST_SCREENSHOT_DIR")
        : QCoreApplication::applicationDirPath();
    QDir().mkpath(folder);
    return folder;
}

// The window at a laptop's size (for the README when it is one of its pictures) and at a small one
// (kept in the build folder), as PNG files to look at.
void shoot(QWidget &w, const QString &name, bool forReadme)
{
    for (const QSize size : { QSize(1280, 800), QSize(1024, 600) }) {
        w.resize(size);
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        const bool small = size.width() < 1280;
        const QString folder = forReadme && !small ? shotsFolder() : QCoreApplication::applicationDirPath();
        const QString file = QDir(folder).filePath(name + (small ? u"-1024.png"_s : u".png"_s));
        QVERIFY(w.grab().save(file));
        qInfo("screenshot: %s", qPrintable(file));
    }
    w.resize(1280, 800);
}

} // namespace

class TestYourSurveys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void startPageListsAndOpensByKeyboard();
    void emptyStartPageLeadsToTheSurveyFile();
    void submitNamesTheFileAndSaysWhereItGoes();
    void submitOfTheExampleStudy();
    void previewShowsBannerAndKeepsNothing();

private:
    QString writeSurvey(const QString &name, const QString &returnInstructions = {});
    QTemporaryDir m_dir;
};

void TestYourSurveys::initTestCase()
{
    PANELIST_REQUIRE_PRIVATE_FOLDERS();
    QCoreApplication::setOrganizationName(u"Panelist"_s);
    QCoreApplication::setApplicationName(u"panelist"_s);
    QVERIFY(m_dir.isValid());
}

void TestYourSurveys::init()
{
    QDir(Workspace::responsesFolder()).removeRecursively();
    QSettings().clear();
}

QString TestYourSurveys::writeSurvey(const QString &name, const QString &returnInstructions)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    const auto survey = makeSurvey(Instrument::bundled(),
        { .coordinatorName = u"Dr. Zoë Example"_s,
            .coordinatorContact = u"zoe@example.org"_s,
            .returnInstructions = returnInstructions,
            .deadline = QDate(2027, 1, 31),
            .studyId = u"rerun-2027"_s,
            .title = u"Mitigations for general-purpose AI, 2027 rerun"_s });
    if (!survey || !writeSurveyFile(path, *survey))
        return {};
    return path;
}

void TestYourSurveys::startPageListsAndOpensByKeyboard()
{
    const Instrument ins = Instrument::bundled();
    // Two responses in the data folder: one to a survey file (4 answered), one to the example study,
    // submitted. The survey's is the last response, so the page starts on it.
    QString surveyResponse, exampleResponse;
    {
        auto answer = answerSurveyFile(writeSurvey(u"rerun.panelist-survey"_s));
        QVERIFY2(answer, qPrintable(answer.error()));
        for (int a = 0; a < ins.areas().size(); ++a)
            QVERIFY(answer->session->setRating(ins.measures().at(0).id, ins.areas().at(a).id, Rating::of(4)));
        surveyResponse = answer->session->path();
        auto example = SurveySession::create(Workspace::newResponsePath(), ins);
        QVERIFY(example);
        QVERIFY((*example)->setRating(ins.measures().at(0).id, {}, Rating::of(2)));
        QVERIFY((*example)->submit(m_dir.filePath(u"example-submitted.panelist-response"_s)));
        exampleResponse = (*example)->path();
    }
    Workspace::setLastResponsePath(surveyResponse);

    MainWindow w(nullptr);
    QVERIFY(showAndActivate(w));
    StartPage *page = w.startPage();
    QVERIFY(page);
    QCOMPARE(w.windowTitle(), u"Your surveys — Panelist"_s);
    QTableView *table = page->table();
    QCOMPARE(table->model()->rowCount(), 2);
    const auto cell
        = [&](int row, int column) { return table->model()->index(row, column).data().toString(); };
    const int rerun = cell(0, 0) == ins.study().title ? 1 : 0;
    const int example = 1 - rerun;
    QCOMPARE(
        cell(rerun, ResponseListModel::StudyColumn), u"Mitigations for general-purpose AI, 2027 rerun"_s);
    QCOMPARE(cell(rerun, ResponseListModel::ProgressColumn), u"4 of 135 ratings answered"_s);
    QCOMPARE(cell(rerun, ResponseListModel::SubmittedColumn), u"Not submitted"_s);
    QVERIFY(!cell(rerun, ResponseListModel::SavedColumn).isEmpty());
    QCOMPARE(cell(example, ResponseListModel::StudyColumn), ins.study().title);
    QCOMPARE(cell(example, ResponseListModel::ProgressColumn), u"1 of 135 ratings answered"_s);
    QVERIFY2(cell(example, ResponseListModel::SubmittedColumn).startsWith(u"Submitted "_s),
        qPrintable(cell(example, ResponseListModel::SubmittedColumn)));
    QVERIFY(cell(example, ResponseListModel::SubmittedColumn).endsWith(u"(revision 1)"_s));
    // Nothing to start while there are surveys: the example button is for an empty page.
    QVERIFY(!w.findChild<QPushButton *>(u"exampleButton"_s)->isVisible());
    QVERIFY(!w.submitAction()->isEnabled());

    // The keyboard starts in the list, on the last response; Tab reaches the named buttons.
    QCOMPARE(focusName(), u"responseList"_s);
    QCOMPARE(table->currentIndex().row(), rerun);
    auto *open = w.findChild<QPushButton *>(u"openResponseButton"_s);
    QCOMPARE(open->text(), u"&Continue"_s);
    QStringList visited;
    for (int i = 0; i < 4; ++i) {
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused && !focused->accessibleName().isEmpty());
        visited << focused->objectName();
        if (i < 3)
            press(Qt::Key_Tab);
    }
    QCOMPARE(visited,
        (QStringList {
            u"responseList"_s, u"openResponseButton"_s, u"openSurveyFileButton"_s, u"responseList"_s }));
    shoot(w, u"start-page"_s, true);

    // Arrow to the example study's row (its button now reads Open: it was submitted), Enter opens it.
    QCOMPARE(focusName(), u"responseList"_s);
    press(rerun == 0 ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(table->currentIndex().row(), example);
    QCOMPARE(open->text(), u"&Open"_s);
    press(Qt::Key_Return);
    QVERIFY(w.session());
    QCOMPARE(QFileInfo(w.session()->path()), QFileInfo(exampleResponse));
    QVERIFY(w.surveyView());
    QCOMPARE(w.windowTitle(), ins.study().title + u" — Panelist"_s);
    QCOMPARE(w.findChild<QLabel *>(u"progressLabel"_s)->text(),
        u"1 of 135 ratings answered · 0 of 4 combinations · expertise not given"_s);
    QVERIFY(w.submitAction()->isEnabled());

    // File > Your surveys… comes back to the page, now on the response just left; Space on the
    // button continues the other one.
    w.findChild<QAction *>(u"yourSurveysAction"_s)->trigger();
    QVERIFY(w.startPage() && !w.session());
    QTRY_VERIFY(w.startPage()->table()->isVisible()); // a new central widget shows once events run
    QCOMPARE(w.startPage()->table()->currentIndex().row(), w.startPage()->model()->rowOf(exampleResponse));
    press(w.startPage()->model()->rowOf(surveyResponse) == 0 ? Qt::Key_Up : Qt::Key_Down);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"openResponseButton"_s);
    press(Qt::Key_Space);
    QVERIFY(w.session());
    QCOMPARE(QFileInfo(w.session()->path()), QFileInfo(surveyResponse));
    QCOMPARE(w.session()->answeredCount(), 4);
    QCOMPARE(responseFiles().size(), 2);
}

void TestYourSurveys::emptyStartPageLeadsToTheSurveyFile()
{
    const QString surveyPath = writeSurvey(u"invited.panelist-survey"_s);
    MainWindow w(nullptr);
    QString asked;
    w.setSurveyFilePrompt([&](const QString &folder) {
        asked = folder;
        return surveyPath;
    });
    QVERIFY(showAndActivate(w));
    QVERIFY(w.startPage());
    // A new expert sees what a survey file is and how to open it.
    QVERIFY(!w.startPage()->table()->isVisible());
    auto *empty = w.findChild<QLabel *>(u"startEmpty"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u".panelist-survey"_s));
    QVERIFY(w.findChild<QPushButton *>(u"exampleButton"_s)->isVisible());
    QCOMPARE(focusName(), u"openSurveyFileButton"_s);
    shoot(w, u"start-page-empty"_s, false);

    press(Qt::Key_Space);
    QVERIFY(!asked.isEmpty());
    QVERIFY(w.session());
    QCOMPARE(w.session()->survey().coordinatorName, u"Dr. Zoë Example"_s);
    QCOMPARE(w.windowTitle(), u"Mitigations for general-purpose AI, 2027 rerun — Panelist"_s);
    QCOMPARE(responseFiles().size(), 1);

    // Opening the same survey file again (File > Open a survey file…) keeps the same response.
    const QString first = w.session()->path();
    w.findChild<QAction *>(u"openSurveyFileAction"_s)->trigger();
    QCOMPARE(w.session()->path(), first);
    w.findChild<QAction *>(u"yourSurveysAction"_s)->trigger();
    QCOMPARE(w.startPage()->table()->model()->rowCount(), 1);
    QVERIFY(!w.findChild<QPushButton *>(u"exampleButton"_s)->isVisible());
    w.findChild<QAction *>(u"openSurveyFileAction"_s)->trigger();
    QCOMPARE(w.session()->path(), first);
    QCOMPARE(responseFiles().size(), 1);
}

void TestYourSurveys::submitNamesTheFileAndSaysWhereItGoes()
{
    // Return instructions that look like markup are shown as written, never as rich text or links.
    const QString instructions = u"Upload it at <a href=\"https://example.org\">the inbox</a>.\nThank you!"_s;
    auto answer = answerSurveyFile(writeSurvey(u"submit.panelist-survey"_s, instructions));
    QVERIFY2(answer, qPrintable(answer.error()));
    QVERIFY(answer->session->setProfile(u"Ada Lovelace"_s, {}));
    MainWindow w(std::move(answer->session));
    const QString target = m_dir.filePath(u"rerun-2027-Ada-Lovelace.panelist-response"_s);
    QString suggested;
    w.setSubmitPathPrompt([&](const QString &s) {
        suggested = s;
        return target;
    });
    QVERIFY(showAndActivate(w));
    DialogRobot robot;
    robot.expect(DialogRobot::click(u"submitAnyway"_s));
    robot.expect([&](QMessageBox *box) {
        box->adjustSize();
        QVERIFY(box->grab().save(QDir(shotsFolder()).filePath(u"submitted-with-instructions.png"_s)));
        DialogRobot::accept()(box);
    });
    press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(robot.done());
    QVERIFY2(suggested.endsWith(u"/rerun-2027-Ada-Lovelace.panelist-response"_s), qPrintable(suggested));
    QVERIFY(QFileInfo::exists(target));
    const auto &done = robot.seen().at(1);
    QCOMPARE(done.name, u"submitted"_s);
    QVERIFY(done.text.contains(u"revision 1"_s));
    QVERIFY2(done.informative.startsWith(instructions
                 + u"\n\nCoordinator: Dr. Zoë Example, zoe@example.org\n"
                   u"Deadline: "_s),
        qPrintable(done.informative));
    QVERIFY(done.informative.contains(u"2027"_s));
    QCOMPARE(done.informativeFormat, Qt::PlainText);
}

void TestYourSurveys::submitOfTheExampleStudy()
{
    auto created = SurveySession::create(Workspace::newResponsePath(), Instrument::bundled());
    QVERIFY(created);
    MainWindow w(std::move(created).value());
    w.setSubmitPathPrompt([&](const QString &) { return m_dir.filePath(u"example.panelist-response"_s); });
    QVERIFY(showAndActivate(w));
    DialogRobot robot;
    robot.expect(DialogRobot::click(u"submitAnyway"_s));
    robot.expect(DialogRobot::accept());
    press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(robot.done());
    QCOMPARE(robot.seen().at(1).name, u"submitted"_s);
    QVERIFY2(robot.seen().at(1).informative.startsWith(u"Send this file to the study coordinator"_s),
        qPrintable(robot.seen().at(1).informative));
    QVERIFY(!robot.seen().at(1).informative.contains(u"Coordinator:"_s));
}

void TestYourSurveys::previewShowsBannerAndKeepsNothing()
{
    const QString instrument = QStringLiteral(PANELIST_SOURCE_DIR "/resources/instruments/uuk2024.json");
    QString folder;
    {
        auto preview = PreviewResponse::open(instrument);
        QVERIFY2(preview, qPrintable(preview.error()));
        folder = (*preview)->folder();
        QVERIFY(!folder.startsWith(Workspace::responsesFolder()));
        MainWindow w((*preview)->takeSession(), MainWindow::Mode::Preview);
        QVERIFY(showAndActivate(w));
        QVERIFY(w.isPreview());
        QVERIFY(w.previewBanner() && w.previewBanner()->isVisible());
        QCOMPARE(w.previewBanner()->text(), u"Preview — answers are not kept"_s);
        QCOMPARE(w.windowTitle(), u"Preview — "_s + Instrument::bundled().study().title + u" — Panelist"_s);
        QVERIFY(!w.submitAction()->isEnabled());
        QVERIFY(!w.findChild<QAction *>(u"yourSurveysAction"_s)->isEnabled());
        QVERIFY(!w.findChild<QAction *>(u"openSurveyFileAction"_s)->isEnabled());

        // The survey answers like the real one; the status bar does not claim anything is kept.
        press(Qt::Key_PageDown);
        QCOMPARE(focusName(), u"ratingGrid"_s);
        press(Qt::Key_4);
        QCOMPARE(w.findChild<QLabel *>(u"progressLabel"_s)->text(),
            u"1 of 135 ratings answered · 0 of 4 combinations · expertise not given"_s);
        QCOMPARE(w.findChild<QLabel *>(u"savedLabel"_s)->text(), u"Preview: answers are not kept"_s);
        shoot(w, u"preview"_s, true);

        // Submit is off in the menu, on the review page and by its shortcut.
        press(Qt::Key_R, Qt::ControlModifier);
        auto *submit = w.findChild<QPushButton *>(u"submitButton"_s);
        QVERIFY(submit && !submit->isEnabled());
        DialogRobot robot;
        robot.expect(DialogRobot::accept());
        press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::qWait(300);
        QVERIFY(robot.seen().isEmpty());
        QVERIFY(w.close());
    }
    // Nothing in the data folder, no last response, and the preview's folder is gone.
    QVERIFY2(dataFolderFiles().isEmpty(), qPrintable(dataFolderFiles().join(u", "_s)));
    QCOMPARE(Workspace::lastResponsePath(), QString());
    QVERIFY(Workspace::responses().isEmpty());
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(QSettings().childGroups().filter(u"survey"_s).isEmpty()
        || QSettings().value(u"survey/position"_s).isNull());

    // A survey file previews as the experts will see it: its title.
    auto fromSurvey = PreviewResponse::open(writeSurvey(u"preview.panelist-survey"_s));
    QVERIFY2(fromSurvey, qPrintable(fromSurvey.error()));
    MainWindow w((*fromSurvey)->takeSession(), MainWindow::Mode::Preview);
    QCOMPARE(w.windowTitle(), u"Preview — Mitigations for general-purpose AI, 2027 rerun — Panelist"_s);
    QVERIFY(dataFolderFiles().isEmpty());

    // A file that is neither is refused with its problems.
    const QString broken = m_dir.filePath(u"broken.json"_s);
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "panelist-instrument", "version": 1})");
    f.close();
    auto refused = PreviewResponse::open(broken);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"broken.json: $.study"_s), qPrintable(refused.error()));
    const QString response = m_dir.filePath(u"someone.panelist-response"_s);
    QVERIFY(SurveySession::create(response, Instrument::bundled()));
    auto notAnInstrument = PreviewResponse::open(response);
    QVERIFY(!notAnInstrument);
    QCOMPARE(notAnInstrument.error(),
        response + u": a Panelist response file, not an instrument or a survey file"_s);
}

QTEST_MAIN(TestYourSurveys)
#include "tst_yoursurveys.moc"
