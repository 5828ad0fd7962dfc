// Between the windows (docs: README "Workflows"): the coordinator's window opens its study in the
// presenter's dashboard and the dashboard opens the coordinator's window on the study it shows; the
// expert's survey reaches both; every window has a Help menu whose Keyboard box lists its keys and
// whose About box names the version; the dashboard quits with Ctrl+Q and lists its keys in menus.
#include "tests/common/coordinatortesthelpers.h"
#include "tests/common/dialogrobot.h"
#include "tests/common/privatefolders.h"

#include "models/coordinator/coordinatorsession.h"
#include "models/presenter/studymonitor.h"
#include "models/storage/studystore.h"
#include "models/survey/surveysession.h"
#include "ui/common/helpmenu.h"
#include "ui/coordinator/coordinatorwindow.h"
#include "ui/dashboard/presenterwindow.h"
#include "ui/survey/mainwindow.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace panelist;
using panelist::testgui::DialogRobot;

namespace {

// The top-level window of type W that is visible and not in before.
template<typename W> W *newWindow(const QWidgetList &before)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<W *>(w); found && found->isVisible() && !before.contains(w))
            return found;
    }
    return nullptr;
}

QAction *action(const QMainWindow *window, const QString &name)
{
    return window->findChild<QAction *>(name);
}

// Every action of the window's menus, submenus included.
QList<QAction *> menuActions(const QMainWindow *window)
{
    QList<QAction *> out;
    QList<QMenu *> menus;
    for (QAction *a : window->menuBar()->actions())
        if (a->menu())
            menus.append(a->menu());
    while (!menus.isEmpty()) {
        for (QAction *a : menus.takeFirst()->actions()) {
            if (a->menu())
                menus.append(a->menu());
            else if (!a->isSeparator())
                out.append(a);
        }
    }
    return out;
}

QStringList menuTitles(const QMainWindow *window)
{
    QStringList titles;
    for (QAction *a : window->menuBar()->actions())
        titles.append(a->text().remove(u'&'));
    return titles;
}

// Opens Help ▸ Keyboard… and Help ▸ About with F1 and the action; returns the two boxes' texts.
QStringList helpTexts(QMainWindow *window)
{
    window->activateWindow(); // keys reach the shortcuts of the active window only
    if (!QTest::qWaitForWindowActive(window))
        return {};
    DialogRobot robot;
    robot.expect(DialogRobot::accept());
    QTest::keyClick(window, Qt::Key_F1);
    robot.expect(DialogRobot::accept());
    action(window, u"aboutAction"_s)->trigger();
    if (robot.seen().size() != 2)
        return {};
    return { robot.seen().at(0).text + u'\n' + robot.seen().at(0).informative, robot.seen().at(1).text };
}

} // namespace

class TestBetweenWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void coordinatorAndPresenterOpenEachOther();
    void surveyReachesTheOthers();
    void presenterKeysAreInMenus();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_study;
};

void TestBetweenWindows::init()
{
    PANELIST_REQUIRE_PRIVATE_FOLDERS();
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_study = m_dir->filePath(u"study.panelist-study"_s);
    auto session = CoordinatorSession::create(m_study, Instrument::bundled());
    QVERIFY2(session, qPrintable(session.error()));
}

void TestBetweenWindows::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<QMainWindow *>(w))
            w->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_dir.reset();
}

void TestBetweenWindows::coordinatorAndPresenterOpenEachOther()
{
    auto session = CoordinatorSession::open(m_study);
    QVERIFY(session);
    auto *coordinator = new CoordinatorWindow(std::move(session).value());
    coordinator->setAttribute(Qt::WA_DeleteOnClose);
    coordinator->show();
    QVERIFY(QTest::qWaitForWindowActive(coordinator));
    QCOMPARE(menuTitles(coordinator), (QStringList { u"File"_s, u"Window"_s, u"Help"_s }));

    // F5: the study in the presenter's dashboard, following it live.
    QWidgetList before = QApplication::topLevelWidgets();
    QTest::keyClick(coordinator, Qt::Key_F5);
    auto *presenter = newWindow<PresenterWindow>(before);
    QVERIFY(presenter);
    QVERIFY(presenter->monitor());
    QCOMPARE(presenter->monitor()->studyPath(), m_study);
    QVERIFY(presenter->testAttribute(Qt::WA_DeleteOnClose));

    // The dashboard's Window menu: the coordinator's window on that study.
    before = QApplication::topLevelWidgets();
    action(presenter, u"openCoordinatorAction"_s)->trigger();
    auto *second = newWindow<CoordinatorWindow>(before);
    QVERIFY(second);
    QVERIFY(second->session());
    QCOMPARE(second->session()->path(), m_study);

    // Ctrl+Q closes the dashboard (it deletes itself); the coordinator windows stay.
    QPointer<PresenterWindow> gone(presenter);
    presenter->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(presenter));
    QTest::keyClick(presenter, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(gone.isNull());
    QVERIFY(coordinator->isVisible() && second->isVisible());

    // Help: the keys of the window, each once, and the version.
    const QStringList help = helpTexts(coordinator);
    QCOMPARE(help.size(), 2);
    QVERIFY2(
        help.at(0).contains(u"F5: Present this study"_s) && help.at(0).contains(u"Ctrl+I: Import files"_s),
        qPrintable(help.at(0)));
    QVERIFY2(help.at(1).contains(u"Panelist " PANELIST_TEST_VERSION ""_s), qPrintable(help.at(1)));
}

void TestBetweenWindows::surveyReachesTheOthers()
{
    auto *survey = new MainWindow(nullptr);
    survey->setAttribute(Qt::WA_DeleteOnClose);
    survey->show();
    QVERIFY(QTest::qWaitForWindowActive(survey));
    QCOMPARE(menuTitles(survey), (QStringList { u"File"_s, u"Go"_s, u"Window"_s, u"Help"_s }));
    const QWidgetList before = QApplication::topLevelWidgets();
    action(survey, u"openCoordinatorAction"_s)->trigger();
    auto *coordinator = newWindow<CoordinatorWindow>(before);
    QVERIFY(coordinator);
    QVERIFY(!coordinator->session()); // no study yet: File ▸ Open study…
    QVERIFY(action(survey, u"presentStudyAction"_s));
    const QStringList help = helpTexts(survey);
    QCOMPARE(help.size(), 2);
    QVERIFY2(help.at(0).contains(u"Page Down"_s), qPrintable(help.at(0)));
    QVERIFY2(help.at(1).contains(u"Panelist " PANELIST_TEST_VERSION ""_s), qPrintable(help.at(1)));

    // And back: the coordinator's Window menu opens the expert's survey.
    const QWidgetList again = QApplication::topLevelWidgets();
    action(coordinator, u"openSurveyWindowAction"_s)->trigger();
    QVERIFY(newWindow<MainWindow>(again));
}

// Every key of the dashboard is an action in one of its menus, shown in the Keyboard box once.
void TestBetweenWindows::presenterKeysAreInMenus()
{
    auto monitor = StudyMonitor::open(m_study);
    QVERIFY(monitor);
    PresenterWindow presenter((*monitor)->instrument());
    presenter.attach(std::move(monitor).value());
    presenter.show();
    QVERIFY(QTest::qWaitForWindowActive(&presenter));
    QCOMPARE(menuTitles(&presenter), (QStringList { u"File"_s, u"View"_s, u"Go"_s, u"Window"_s, u"Help"_s }));
    QStringList keys;
    for (QAction *a : menuActions(&presenter))
        for (const QKeySequence &k : a->shortcuts())
            keys.append(k.toString());
    for (const QString &key : { u"C"_s, u"H"_s, u"L"_s, u"F11"_s, u"Ctrl+E"_s, u"Ctrl+Q"_s, u"Ctrl+Tab"_s,
             u"Ctrl+Shift+Backtab"_s, u"1"_s, u"5"_s, u"F1"_s })
        QVERIFY2(keys.contains(key), qPrintable(key + u" is in no menu: "_s + keys.join(u", "_s)));
    QCOMPARE(keys.removeDuplicates(), 0);

    // The keys still do what they did: 3 shows the third page, L turns on large text.
    QTest::keyClick(&presenter, Qt::Key_3);
    QCOMPARE(presenter.tabs()->currentIndex(), 2);
    QTest::keyClick(&presenter, Qt::Key_L);
    QVERIFY(presenter.largeTextAction()->isChecked());
    QTest::keyClick(&presenter, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(presenter.tabs()->currentIndex(), 3);

    const QStringList help = helpTexts(&presenter);
    QCOMPARE(help.size(), 2);
    for (const QString &line : { u"C: Auto-cycle"_s, u"Ctrl+Q: Quit"_s, u"2: "_s,
             u"Ctrl+Shift+Tab: Previous page"_s, u"Esc: leave full screen"_s })
        QVERIFY2(help.at(0).contains(line), qPrintable(line + u" not in: "_s + help.at(0)));
    presenter.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(u"presenter-menus.png"_s));
    presenter.resize(1024, 600); // a small laptop: the menus and the controls share one row
    QTest::qWait(100);
    QMenuBar *bar = presenter.menuBar();
    const QWidget *controls = bar->cornerWidget(Qt::TopRightCorner);
    QVERIFY(controls);
    const auto *folded = bar->findChild<QWidget *>(u"qt_menubar_ext_button"_s); // Qt's "»"
    QVERIFY2(!folded || !folded->isVisible(), "menus are folded behind \"»\" at 1024 pixels");
    for (QAction *menu : bar->actions()) {
        const QRect r = bar->actionGeometry(menu);
        QVERIFY2(!r.isEmpty() && bar->rect().contains(r) && !r.intersects(controls->geometry()),
            qPrintable(menu->text() + u" is hidden at 1024 pixels"_s));
    }
    presenter.grab().save(
        QDir(QCoreApplication::applicationDirPath()).filePath(u"presenter-menus-small.png"_s));
}

QTEST_MAIN(TestBetweenWindows)
#include "tst_betweenwindows.moc"
