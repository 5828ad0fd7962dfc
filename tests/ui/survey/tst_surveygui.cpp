// The expert survey driven like an expert would: real widgets, keyboard events only (except where a
// test sets up state it is not about), offscreen.
#include "models/instrument/instrument.h"
#include "models/storage/responsestore.h"
#include "models/survey/ratingtablemodel.h"
#include "models/survey/surveysession.h"
#include "tests/common/dialogrobot.h"
#include "tests/ui/survey/surveytesthelpers.h"
#include "ui/survey/mainwindow.h"
#include "ui/survey/surveyview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::surveytest;
using panelist::testgui::DialogRobot;

class TestSurveyGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void completeWholeSurveyByKeyboard();
    void tabReachesNamedControls();
    void submitWithMissingItemsAsksFirst();
    void reviewItemLeadsToItsQuestion();
    void reopenRestoresAnswersAndPosition();
    void commentOnDiskWithinAFewHundredMilliseconds();
    void saveFailureShownInRed();

private:
    // Shows w, waits until it has the keyboard, checks nothing is left over.
    SurveyView *view(MainWindow &w) { return w.surveyView(); }
    QString pageKey(MainWindow &w) { return w.surveyView()->currentPageKey(); }

    QTemporaryDir m_dir;
};

void TestSurveyGui::initTestCase()
{
    QCoreApplication::setOrganizationName(u"Panelist"_s);
    QCoreApplication::setApplicationName(u"panelist"_s);
    QVERIFY(m_dir.isValid());
}

void TestSurveyGui::init()
{
    // Page positions are kept per respondent; start each test without any.
    QSettings().remove(u"survey/position"_s);
}

void TestSurveyGui::completeWholeSurveyByKeyboard()
{
    const Instrument instrument = Instrument::bundled();
    const QString working = m_dir.filePath(u"complete.panelist-response"_s);
    const QString target = m_dir.filePath(u"submitted/complete-response.panelist-response"_s);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"submitted"_s)));

    MainWindow w(newSession(working));
    QString suggested;
    int prompts = 0;
    w.setSubmitPathPrompt([&](const QString &s) {
        suggested = s;
        ++prompts;
        return target;
    });
    QVERIFY(showAndActivate(w));
    auto *progress = w.findChild<QLabel *>(u"progressLabel"_s);
    auto *saved = w.findChild<QLabel *>(u"savedLabel"_s);
    QVERIFY(progress && saved);
    QCOMPARE(progress->text(), u"0 of 135 ratings answered · 0 of 4 combinations · expertise not given"_s);

    // Profile: a fresh response starts there with the first expertise check box focused.
    QCOMPARE(pageKey(w), u"profile"_s);
    QCOMPARE(focusName(), u"expertise_ai_safety"_s);
    press(Qt::Key_Space); // AI safety
    press(Qt::Key_Tab); // critical infrastructure
    press(Qt::Key_Tab); // democratic processes
    press(Qt::Key_Tab); // CBRN
    QCOMPARE(focusName(), u"expertise_cbrn"_s);
    press(Qt::Key_Space);
    press(Qt::Key_Tab); // discrimination and bias
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"nameEdit"_s);
    type(u"Ada Lovelace"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"affiliationEdit"_s);
    type(u"Analytical Engines Ltd"_s);
    QVERIFY(saved->text().startsWith(u"All answers saved "_s));

    // Measures: digits rate the focused row, Down moves, D / 0 = don't know, PgDn = next measure.
    QMap<QString, QMap<QString, Rating>> effectiveness;
    QMap<QString, Rating> feasibility;
    QMap<QString, QString> comments;
    int answered = 0;
    for (int m = 0; m < instrument.measures().size(); ++m) {
        const Measure &measure = instrument.measures().at(m);
        press(Qt::Key_PageDown);
        QCOMPARE(pageKey(w), u"measure/"_s + measure.id);
        QCOMPARE(w.findChild<QLabel *>(u"measureName"_s)->text(), measure.name);
        QCOMPARE(focusName(), u"ratingGrid"_s);
        auto *grid = w.findChild<QTableView *>(u"ratingGrid"_s);
        QCOMPARE(grid->currentIndex().row(), 0);

        if (m == 0) {
            // A key off the scale is refused; Delete takes an answer back (the item is absent again).
            press(Qt::Key_7);
            QVERIFY(!w.session()->rating(measure.id, instrument.areas().at(0).id));
            press(Qt::Key_3);
            QVERIFY(w.session()->rating(measure.id, instrument.areas().at(0).id));
            press(Qt::Key_Delete);
            QVERIFY(!w.session()->rating(measure.id, instrument.areas().at(0).id));
            QCOMPARE(
                progress->text(), u"0 of 135 ratings answered · 0 of 4 combinations · expertise given"_s);
        }
        for (int row = 0; row <= instrument.areas().size(); ++row) {
            const int n = m * 5 + row;
            Rating rating;
            if (n % 13 == 4) {
                press(n % 2 ? Qt::Key_D : Qt::Key_0);
                rating = Rating::unknown();
            } else {
                const int value = (m + 2 * row) % 5 + 1;
                press(Qt::Key(Qt::Key_0 + value));
                rating = Rating::of(value);
            }
            if (row < instrument.areas().size())
                effectiveness[measure.id][instrument.areas().at(row).id] = rating;
            else
                feasibility[measure.id] = rating;
            ++answered;
            QVERIFY(progress->text().startsWith(u"%1 of 135 ratings answered · "_s.arg(answered)));
            if (row < instrument.areas().size())
                press(Qt::Key_Down);
        }
        if (m % 4 == 1) {
            press(Qt::Key_Tab);
            QCOMPARE(focusName(), u"commentEdit"_s);
            const QString text = u"Works only if \"independent\" auditors exist; measure %1."_s.arg(m + 1);
            type(text);
            comments[measure.id] = text;
        }
    }

    // Combination pages: Space ticks the current measure, the sixth pick is refused.
    QMap<QString, QStringList> combinations;
    const QStringList scopes = instrument.combinationScopes();
    for (int s = 0; s < scopes.size(); ++s) {
        press(Qt::Key_PageDown);
        QCOMPARE(pageKey(w), u"combination/"_s + scopes.at(s));
        QCOMPARE(focusName(), u"combinationList"_s);
        auto *count = w.findChild<QLabel *>(u"combinationCount"_s);
        auto *limit = w.findChild<QLabel *>(u"combinationLimit"_s);
        QCOMPARE(count->text(), u"0 of 5 chosen"_s);
        QStringList picks;
        for (int row = 0; row < 6; ++row) {
            for (int skip = 0; skip < s + 1; ++skip)
                press(Qt::Key_Down);
            press(Qt::Key_Space);
            const int measureRow = (row + 1) * (s + 1);
            if (row < 5)
                picks.append(instrument.measures().at(measureRow).id);
            if (row == 2)
                QCOMPARE(count->text(), u"3 of 5 chosen"_s);
        }
        QCOMPARE(count->text(), u"5 of 5 chosen"_s);
        QVERIFY(limit->isVisible());
        QVERIFY(limit->text().contains(u"maximum of 5"_s));
        QCOMPARE(w.session()->picks(scopes.at(s)), picks);
        combinations[scopes.at(s)] = picks;
    }

    // Review: nothing missing.
    press(Qt::Key_PageDown);
    QCOMPARE(pageKey(w), u"review"_s);
    auto *missing = w.findChild<QListView *>(u"missingList"_s);
    QCOMPARE(missing->model()->rowCount(), 0);
    QVERIFY(w.findChild<QLabel *>(u"reviewSummary"_s)->text().startsWith(u"Everything is answered"_s));
    QCOMPARE(progress->text(), u"135 of 135 ratings answered · 4 of 4 combinations · expertise given"_s);

    // Submit from the File menu's shortcut: no confirmation (nothing missing), then a message.
    DialogRobot robot;
    robot.expect(DialogRobot::accept());
    press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(robot.done());
    QCOMPARE(prompts, 1);
    // Named after the study and the expert.
    QVERIFY2(suggested.endsWith(u"/uuk2024-Ada-Lovelace.panelist-response"_s), qPrintable(suggested));
    QCOMPARE(robot.seen().size(), 1);
    QCOMPARE(robot.seen().at(0).name, u"submitted"_s);
    QVERIFY(robot.seen().at(0).text.contains(u"revision 1"_s));
    QVERIFY(robot.seen().at(0).text.contains(QDir::toNativeSeparators(target)));

    // The submitted file holds exactly what was typed.
    auto store = ResponseStore::openReadOnly(target);
    QVERIFY2(store, qPrintable(store.error()));
    auto data = (*store)->load();
    QVERIFY2(data, qPrintable(data.error()));
    QCOMPARE(data->revision, 1);
    QCOMPARE(data->instrumentFingerprint, instrument.fingerprint());
    QCOMPARE(data->expertise, (QStringList { u"ai_safety"_s, u"cbrn"_s }));
    QCOMPARE(data->name, u"Ada Lovelace"_s);
    QCOMPARE(data->affiliation, u"Analytical Engines Ltd"_s);
    QCOMPARE(data->effectiveness.keys(), effectiveness.keys());
    for (auto it = effectiveness.cbegin(); it != effectiveness.cend(); ++it) {
        const auto stored = data->effectiveness.value(it.key());
        QCOMPARE(stored.keys(), it->keys());
        for (auto a = it->cbegin(); a != it->cend(); ++a)
            QVERIFY2(stored.value(a.key()).sameAnswer(*a), qPrintable(QString(it.key() + u'/' + a.key())));
    }
    QCOMPARE(data->feasibility.keys(), feasibility.keys());
    for (auto it = feasibility.cbegin(); it != feasibility.cend(); ++it)
        QVERIFY2(data->feasibility.value(it.key()).sameAnswer(*it), qPrintable(it.key()));
    QCOMPARE(data->comments, comments);
    QCOMPARE(data->combinations, combinations);
    QCOMPARE(data->answeredRatingCount(), 135);
}

void TestSurveyGui::tabReachesNamedControls()
{
    MainWindow w(newSession(m_dir.filePath(u"tab.panelist-response"_s)));
    QVERIFY(showAndActivate(w));
    press(Qt::Key_PageDown); // first measure
    QCOMPARE(focusName(), u"ratingGrid"_s);

    QStringList visited;
    for (int i = 0; i < 40; ++i) {
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        QVERIFY2(!focused->accessibleName().isEmpty(),
            qPrintable(QString(u"no accessible name: "_s
                + QString::fromLatin1(focused->metaObject()->className()) + u' ' + focused->objectName())));
        if (visited.contains(focused->objectName()))
            break;
        visited.append(focused->objectName());
        press(Qt::Key_Tab);
    }
    // Tab goes through the grid's page in reading order and comes round again.
    QCOMPARE(visited,
        (QStringList {
            u"ratingGrid"_s, u"commentEdit"_s, u"previousButton"_s, u"nextButton"_s, u"outline"_s }));
}

void TestSurveyGui::submitWithMissingItemsAsksFirst()
{
    const Instrument instrument = Instrument::bundled();
    const QString working = m_dir.filePath(u"partial.panelist-response"_s);
    const QString target = m_dir.filePath(u"partial-submitted.panelist-response"_s);
    MainWindow w(newSession(working));
    int prompts = 0;
    w.setSubmitPathPrompt([&](const QString &) {
        ++prompts;
        return target;
    });
    QVERIFY(showAndActivate(w));
    const QString m1 = instrument.measures().at(0).id;
    press(Qt::Key_PageDown);
    press(Qt::Key_4);
    press(Qt::Key_Down);
    press(Qt::Key_D);
    const QList<MissingItem> missing = w.session()->missingItems();
    QCOMPARE(missing.size(), 1 + 135 - 2 + 4); // expertise, ratings, four combinations

    // "Go back" cancels: no path asked, nothing written.
    DialogRobot robot;
    robot.expect(DialogRobot::click(u"goBack"_s));
    press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(robot.done());
    QCOMPARE(prompts, 0);
    // A window manager gives the window back its activation when the dialog closes; offscreen does not.
    QVERIFY(showAndActivate(w));
    QVERIFY(!QFileInfo::exists(target));
    const auto &asked = robot.seen().at(0);
    QCOMPARE(asked.name, u"confirmMissing"_s);
    QVERIFY2(
        asked.text.startsWith(u"%1 items are not answered"_s.arg(missing.size())), qPrintable(asked.text));
    QVERIFY(asked.text.contains(missing.at(0).text));
    QVERIFY(asked.text.contains(missing.at(1).text));
    for (const MissingItem &item : missing)
        QVERIFY(asked.detailed.contains(item.text));

    // "Submit anyway": the skipped items stay absent in the submitted file.
    robot.expect(DialogRobot::click(u"submitAnyway"_s));
    robot.expect(DialogRobot::accept());
    press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(robot.done());
    QCOMPARE(prompts, 1);
    QCOMPARE(robot.seen().at(2).name, u"submitted"_s);
    auto store = ResponseStore::openReadOnly(target);
    QVERIFY2(store, qPrintable(store.error()));
    const auto data = (*store)->load();
    QVERIFY(data);
    QCOMPARE(data->answeredRatingCount(), 2);
    QVERIFY(data->effectiveness.value(m1).value(instrument.areas().at(0).id).sameAnswer(Rating::of(4)));
    QVERIFY(data->effectiveness.value(m1).value(instrument.areas().at(1).id).sameAnswer(Rating::unknown()));
    QVERIFY(data->feasibility.isEmpty());
    QVERIFY(data->expertise.isEmpty());
    QVERIFY(data->combinations.isEmpty());
}

void TestSurveyGui::reviewItemLeadsToItsQuestion()
{
    const Instrument instrument = Instrument::bundled();
    MainWindow w(newSession(m_dir.filePath(u"review.panelist-response"_s)));
    QVERIFY(showAndActivate(w));
    QVERIFY(w.session()->setExpertise({ u"ai_safety"_s }));
    press(Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(pageKey(w), u"review"_s);
    QCOMPARE(focusName(), u"missingList"_s);
    auto *list = w.findChild<QListView *>(u"missingList"_s);
    QCOMPARE(list->model()->rowCount(), 135 + 4);

    // Third missing item: the first measure's third area. Enter goes there with the cursor on it.
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    const Measure &m1 = instrument.measures().at(0);
    QCOMPARE(pageKey(w), u"measure/"_s + m1.id);
    QCOMPARE(focusName(), u"ratingGrid"_s);
    auto *grid = w.findChild<QTableView *>(u"ratingGrid"_s);
    QCOMPARE(grid->currentIndex().row(), 2);
    press(Qt::Key_5);
    QVERIFY(w.session()->rating(m1.id, instrument.areas().at(2).id)->sameAnswer(Rating::of(5)));

    // The last missing items are the combinations; a click on one opens its page.
    press(Qt::Key_R, Qt::ControlModifier);
    const int last = list->model()->rowCount() - 1;
    list->scrollTo(list->model()->index(last, 0));
    QTest::mouseClick(
        list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(last, 0)).center());
    QCOMPARE(pageKey(w), u"combination/"_s + instrument.combinationScopes().constLast());
}

void TestSurveyGui::reopenRestoresAnswersAndPosition()
{
    const Instrument instrument = Instrument::bundled();
    const QString working = m_dir.filePath(u"resume.panelist-response"_s);
    const Measure &m4 = instrument.measures().at(3);
    {
        MainWindow w(newSession(working));
        QVERIFY(showAndActivate(w));
        for (int i = 0; i < 4; ++i)
            press(Qt::Key_PageDown);
        QCOMPARE(pageKey(w), u"measure/"_s + m4.id);
        press(Qt::Key_4);
        press(Qt::Key_Down);
        press(Qt::Key_2);
        press(Qt::Key_Tab);
        type(u"Half-typed thought"_s);
        // Closing at once, before the idle timer fires, must not lose the comment.
        QVERIFY(w.close());
    }
    auto reopened = SurveySession::open(working);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    MainWindow w(std::move(reopened).value());
    QVERIFY(showAndActivate(w));
    QCOMPARE(pageKey(w), u"measure/"_s + m4.id);
    QCOMPARE(w.findChild<QLabel *>(u"measureName"_s)->text(), m4.name);
    QVERIFY(w.findChild<QLabel *>(u"progressLabel"_s)->text().startsWith(u"2 of 135 ratings answered · "_s));
    QCOMPARE(w.findChild<QPlainTextEdit *>(u"commentEdit"_s)->toPlainText(), u"Half-typed thought"_s);
    auto *grid = w.findChild<QTableView *>(u"ratingGrid"_s);
    auto *model = qobject_cast<RatingTableModel *>(grid->model());
    QVERIFY(model);
    QCOMPARE(model->chosenColumn(0), 3); // "4" is the fourth point
    QCOMPARE(model->chosenColumn(1), 1);
    QCOMPARE(model->chosenColumn(2), -1);
    // The cursor waits on the first unanswered row, so typing continues where the expert stopped.
    QCOMPARE(focusName(), u"ratingGrid"_s);
    QCOMPARE(grid->currentIndex().row(), 2);
}

void TestSurveyGui::saveFailureShownInRed()
{
    MainWindow w(newSession(m_dir.filePath(u"failing.panelist-response"_s)));
    QVERIFY(showAndActivate(w));
    auto *saved = w.findChild<QLabel *>(u"savedLabel"_s);
    Q_EMIT w.session()->saveFailed(u"disk full\nmore detail"_s);
    QCOMPARE(saved->text(), u"Not saved: disk full"_s);
    QVERIFY(saved->styleSheet().contains(u"#b3261e"_s));
    // The next successful write clears it.
    press(Qt::Key_PageDown);
    press(Qt::Key_3);
    QVERIFY(saved->text().startsWith(u"All answers saved "_s));
    QVERIFY(saved->styleSheet().isEmpty());
}

void TestSurveyGui::commentOnDiskWithinAFewHundredMilliseconds()
{
    const QString path = m_dir.filePath(u"quick-comment.panelist-response"_s);
    MainWindow w(newSession(path));
    QVERIFY(showAndActivate(w));
    const QString m1 = Instrument::bundled().measures().at(0).id;
    press(Qt::Key_PageDown);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"commentEdit"_s);
    type(u"Typed, then the laptop died"_s);
    // Between the last key and the write nothing is on disk, and the status bar does not claim it is.
    QCOMPARE(w.session()->comment(m1), QString());
    auto *saved = w.findChild<QLabel *>(u"savedLabel"_s);
    QCOMPARE(saved->text(), u"Saving comment…"_s);
    QCOMPARE(saved->accessibleName(), u"Saving comment…"_s);
    // Within a few hundred milliseconds it is written, without leaving the box.
    QTest::qWait(400);
    // Read through another connection, as Panelist started again after a crash would.
    auto store = ResponseStore::openReadOnly(path, true);
    QVERIFY2(store, qPrintable(store.error()));
    const auto data = (*store)->load();
    QVERIFY(data);
    QCOMPARE(data->comments.value(m1), u"Typed, then the laptop died"_s);
    QVERIFY2(saved->text().startsWith(u"All answers saved "_s), qPrintable(saved->text()));
    QCOMPARE(focusName(), u"commentEdit"_s);
}

QTEST_MAIN(TestSurveyGui)
#include "tst_surveygui.moc"
