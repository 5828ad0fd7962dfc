// What the survey window says, offscreen: the status bar and the review page count the same things
// and say which; the outline says what its numbers are; a study chosen as a response is called a
// study; every title ends with "— Panelist"; the keyboard help names each key once.
#include "models/instrument/instrument.h"
#include "models/storage/studystore.h"
#include "models/survey/missingitemsmodel.h"
#include "models/survey/surveyoutlinemodel.h"
#include "models/survey/surveysession.h"
#include "tests/common/dialogrobot.h"
#include "tests/ui/survey/surveytesthelpers.h"
#include "ui/survey/mainwindow.h"
#include "ui/survey/surveyview.h"

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::surveytest;
using panelist::testgui::DialogRobot;

class TestSurveyWording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void statusBarAndReviewCountTheSameThings();
    void outlineSaysWhatItCounts();
    void studyFileIsCalledAStudy();
    void titleEndsWithPanelist();
    void keyboardHelpNamesEachKeyOnce();

private:
    QTemporaryDir m_dir;
};

void TestSurveyWording::initTestCase()
{
    QCoreApplication::setOrganizationName(u"Panelist"_s);
    QCoreApplication::setApplicationName(u"panelist"_s);
    QVERIFY(m_dir.isValid());
}

void TestSurveyWording::init()
{
    // Page positions are kept per respondent; start each test without any.
    QSettings().remove(u"survey/position"_s);
}

void TestSurveyWording::statusBarAndReviewCountTheSameThings()
{
    const Instrument ins = Instrument::bundled();
    MainWindow w(newSession(m_dir.filePath(u"counts.panelist-response"_s)));
    QVERIFY(showAndActivate(w));
    SurveySession *s = w.session();
    QVERIFY(s->setRating(ins.measures().at(0).id, ins.areas().at(0).id, Rating::of(4)));
    QVERIFY(s->setRating(ins.measures().at(0).id, {}, Rating::unknown()));
    QVERIFY(s->setPicked(ins.combinationScopes().at(0), ins.measures().at(3).id, true));
    QVERIFY(s->setPicked(ins.combinationScopes().at(2), ins.measures().at(4).id, true));
    auto *progress = w.findChild<QLabel *>(u"progressLabel"_s);
    QCOMPARE(progress->text(), u"2 of 135 ratings answered · 2 of 4 combinations · expertise not given"_s);
    QCOMPARE(progress->accessibleName(), progress->text());

    // The review lists exactly what the status bar says is left, and its heading says how many of each.
    press(Qt::Key_R, Qt::ControlModifier);
    auto *list = w.findChild<QListView *>(u"missingList"_s);
    auto *summary = w.findChild<QLabel *>(u"reviewSummary"_s);
    QMap<int, int> kinds;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        ++kinds[list->model()->index(row, 0).data(int(MissingItemsModel::Role::Kind)).toInt()];
    QCOMPARE(
        kinds.value(int(MissingItem::Kind::Effectiveness)) + kinds.value(int(MissingItem::Kind::Feasibility)),
        135 - 2);
    QCOMPARE(kinds.value(int(MissingItem::Kind::Combination)), 4 - 2);
    QCOMPARE(kinds.value(int(MissingItem::Kind::Expertise)), 1);
    QVERIFY2(
        summary->text().startsWith(u"Not answered yet: 133 ratings, 2 combinations and your expertise."_s),
        qPrintable(summary->text()));

    // The expertise given: both say so at once.
    w.surveyView()->goToRow(0, true);
    press(Qt::Key_Space);
    QCOMPARE(progress->text(), u"2 of 135 ratings answered · 2 of 4 combinations · expertise given"_s);
    QVERIFY2(summary->text().startsWith(u"Not answered yet: 133 ratings and 2 combinations."_s),
        qPrintable(summary->text()));
    QCOMPARE(list->model()->rowCount(), 133 + 2);
}

void TestSurveyWording::outlineSaysWhatItCounts()
{
    const Instrument ins = Instrument::bundled();
    MainWindow w(newSession(m_dir.filePath(u"outline.panelist-response"_s)));
    QVERIFY(showAndActivate(w));
    SurveySession *s = w.session();
    const Measure &m1 = ins.measures().at(0);
    QVERIFY(s->setRating(m1.id, ins.areas().at(0).id, Rating::of(4)));
    QVERIFY(s->setRating(m1.id, ins.areas().at(1).id, Rating::of(2)));
    QVERIFY(s->setRating(m1.id, {}, Rating::of(3)));
    const QString scope = ins.combinationScopes().at(1);
    for (int m : { 2, 5, 7, 9 })
        QVERIFY(s->setPicked(scope, ins.measures().at(m).id, true));
    const SurveyOutlineModel *outline = w.surveyView()->outlineModel();
    const QModelIndex measure = outline->index(outline->rowForMeasure(m1.id));
    QCOMPARE(measure.data(Qt::AccessibleTextRole).toString(), u"1. %1, 3 of 5 rated"_s.arg(m1.name));
    QCOMPARE(measure.data(int(SurveyOutlineModel::Role::State)).toInt(), int(MeasureState::Partial));
    const QModelIndex combination = outline->index(outline->rowForCombination(scope));
    QCOMPARE(combination.data(Qt::AccessibleTextRole).toString(),
        u"Preferred combination — %1, 4 chosen, up to 5"_s.arg(ins.areas().at(1).name));
    // Answered with one pick or more: the full mark, and nothing that reads as "4 of 5 done".
    QCOMPARE(combination.data(int(SurveyOutlineModel::Role::State)).toInt(), int(MeasureState::Complete));
    QVERIFY(!combination.data(Qt::ToolTipRole).toString().contains(u"4 of 5"_s));
    const QModelIndex untouched = outline->index(outline->rowForCombination(ins.combinationScopes().at(0)));
    QCOMPARE(untouched.data(Qt::AccessibleTextRole).toString(),
        u"Preferred combination — %1, none chosen, up to 5"_s.arg(ins.areas().at(0).name));
    QVERIFY(w.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(u"outline-counts.png"_s)));
}

void TestSurveyWording::studyFileIsCalledAStudy()
{
    // A study renamed to .dat is still recognised by its header.
    const QString study = m_dir.filePath(u"renamed-study.dat"_s);
    QVERIFY(StudyStore::create(study, Instrument::bundled()));
    MainWindow w(newSession(m_dir.filePath(u"not-a-study.panelist-response"_s)));
    const QString working = w.session()->path();
    QVERIFY(showAndActivate(w));
    QSignalSpy studyRequested(&w, SIGNAL(openStudyRequested(QString)));
    DialogRobot robot;
    robot.expect(DialogRobot::accept());
    w.openResponsePath(study);
    QTRY_VERIFY(robot.done());
    const auto &said = robot.seen().at(0);
    QVERIFY2(said.text.contains(u"study"_s) && !said.text.contains(u"another application"_s)
            && !said.informative.contains(u"another application"_s),
        qPrintable(said.text + u'\n' + said.informative));
    // The coordinator's window is asked for; the survey stays as it was.
    QVERIFY(studyRequested.isValid());
    QCOMPARE(studyRequested.size(), 1);
    QCOMPARE(studyRequested.at(0).at(0).toString(), study);
    QCOMPARE(w.session()->path(), working);
}

void TestSurveyWording::titleEndsWithPanelist()
{
    const Instrument ins = Instrument::bundled();
    MainWindow w(newSession(m_dir.filePath(u"title.panelist-response"_s)));
    QCOMPARE(w.windowTitle(), ins.study().title + u" — Panelist"_s);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.windowHandle()->title(), ins.study().title + u" — Panelist"_s);
}

void TestSurveyWording::keyboardHelpNamesEachKeyOnce()
{
    MainWindow w(newSession(m_dir.filePath(u"keys.panelist-response"_s)));
    QVERIFY(showAndActivate(w));
    DialogRobot robot;
    robot.expect([](QMessageBox *box) {
        box->adjustSize();
        QVERIFY(
            box->grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(u"keyboard-help.png"_s)));
        DialogRobot::accept()(box);
    });
    press(Qt::Key_F1);
    QTRY_VERIFY(robot.done());
    const QStringList lines = robot.seen().at(0).informative.split(u'\n', Qt::SkipEmptyParts);
    QMap<QString, QString> meaningOf;
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u": "_s);
        QVERIFY2(colon > 0, qPrintable(line));
        const QString meaning = line.mid(colon + 2);
        // One meaning per line: no "next / previous" that leaves the reader to pair keys and meanings.
        QVERIFY2(!meaning.contains(u'/'), qPrintable(line));
        for (const QString &key : line.left(colon).split(u" or "_s)) {
            QVERIFY2(!meaningOf.contains(key),
                qPrintable(u"%1 means \"%2\" and \"%3\""_s.arg(key, meaningOf.value(key), meaning)));
            meaningOf.insert(key, meaning);
        }
    }
    // Every way to change page is there, with its direction.
    QVERIFY2(meaningOf.value(u"Page Down"_s).startsWith(u"next page"_s), qPrintable(lines.join(u'\n')));
    QVERIFY(meaningOf.value(u"Ctrl+Enter"_s).startsWith(u"next page"_s));
    QVERIFY(meaningOf.value(u"Page Up"_s).startsWith(u"previous page"_s));
    QVERIFY(meaningOf.value(u"Ctrl+Shift+Enter"_s).startsWith(u"previous page"_s));
    QVERIFY(meaningOf.value(u"Ctrl+Shift+S"_s).startsWith(u"submit"_s));
    QVERIFY(meaningOf.value(u"Ctrl+R"_s).startsWith(u"review"_s));
    QVERIFY(meaningOf.contains(u"1–5"_s));
    QVERIFY(meaningOf.contains(u"Tab"_s) && meaningOf.contains(u"Shift+Tab"_s));
}

QTEST_MAIN(TestSurveyWording)
#include "tst_surveywording.moc"
