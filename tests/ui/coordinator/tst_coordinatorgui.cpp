// The coordinator window driven like a coordinator would: keyboard shortcuts, the injected file
// prompts, a drop of files onto the window, clicks in the conflicts tab; offscreen. Ends by grabbing
// the window to coordinator.png (into $PANELIST_SCREENSHOT_DIR when set, else the build folder).
#include "tests/common/coordinatortesthelpers.h"
#include "tests/common/filebytes.h"
#include "tests/common/privatefolders.h"

#include "models/coordinator/conflictsmodel.h"
#include "models/coordinator/coordinatorsession.h"
#include "models/coordinator/importlogmodel.h"
#include "models/coordinator/responsestablemodel.h"
#include "models/storage/responsefilewriter.h"
#include "ui/coordinator/conflictstab.h"
#include "ui/coordinator/coordinatorwindow.h"
#include "ui/coordinator/responsestab.h"
#include "ui/coordinator/surveyfiledialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace panelist;

namespace {

const QString BundledJson = QStringLiteral(PANELIST_SOURCE_DIR "/resources/instruments/uuk2024.json");

void clickTab(QTabWidget *tabs, int index)
{
    auto *bar = tabs->findChild<QTabBar *>();
    QVERIFY(bar);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(tabs->currentIndex(), index);
}

void clickRow(QTableView *table, int row)
{
    const QRect r = table->visualRect(table->model()->index(row, 1));
    QVERIFY(r.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, r.center());
}

// The outcome and reason columns of the log row for fileName.
QPair<QString, QString> logFor(const QTableView *log, const QString &fileName)
{
    const QAbstractItemModel *m = log->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, ImportLogModel::FileColumn).data().toString() == fileName)
            return { m->index(r, ImportLogModel::OutcomeColumn).data().toString(),
                m->index(r, ImportLogModel::ReasonColumn).data().toString() };
    }
    return {};
}

// A window on a new study in studyDir, its prompts answering as a coordinator would; imports
// whatever *toImport holds when Ctrl+I is pressed.
void openNewStudy(CoordinatorWindow &window, const QString &studyDir, const QStringList *toImport)
{
    const QString studyPath = QDir(studyDir).filePath(u"study.panelist-study"_s);
    window.setMessageSink([](const QString &, const QString &text) { QFAIL(qPrintable(text)); });
    window.setInstrumentPrompt([](const QString &) { return BundledJson; });
    window.setNewStudyPrompt([studyPath](const QString &) { return studyPath; });
    window.setSurveyRequestPrompt([](const QString &, const SurveyRequest &) { return std::nullopt; });
    window.setImportPrompt([toImport] { return *toImport; });
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(window.session());
}

void importWithKeyboard(CoordinatorWindow &window)
{
    QSignalSpy finished(window.session(), &CoordinatorSession::batchFinished);
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    QVERIFY(finished.wait(60000));
}

int columnTitled(const QAbstractItemModel *model, const QString &title)
{
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == title)
            return c;
    }
    return -1;
}

} // namespace

class TestCoordinatorGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void coordinatorWorkflow();
    void newStudyMakesTheSurveyFile();
    void newStudyListsEveryProblemOfTheInstrument();
    void surveyFileDialogByKeyboard();
    void responsesShowAndFindNames();
    void importLogShowsTheNewestRows();
};

void TestCoordinatorGui::init()
{
    PANELIST_REQUIRE_PRIVATE_FOLDERS();
    QSettings().clear();
}

void TestCoordinatorGui::coordinatorWorkflow()
{
    QTemporaryDir received, late, inbox, work, studyDir;
    const QStringList files = CoordinatorTest::simulatedFiles(received.path(), 8);
    const QString rejected = CoordinatorTest::notAResponseFile(received.path(), u"shopping-list.txt"_s);
    const QString conflict = CoordinatorTest::conflictingCopy(
        files.first(), QDir(late.path()).filePath(u"expert-0001-again.panelist-response"_s), work.path());
    const QString studyPath = QDir(studyDir.path()).filePath(u"uuk-rerun.panelist-study"_s);

    CoordinatorWindow window;
    QStringList messages;
    window.setMessageSink([&](const QString &, const QString &text) { messages.append(text); });
    window.setInstrumentPrompt([&](const QString &) { return BundledJson; });
    window.setNewStudyPrompt([&](const QString &suggested) {
        [&] { QVERIFY(suggested.endsWith(u"/uuk2024.panelist-study"_s)); }();
        return studyPath;
    });
    window.setSurveyRequestPrompt([](const QString &, const SurveyRequest &) { return std::nullopt; });
    window.setImportPrompt([&] { return files.mid(0, 6) + QStringList { rejected }; });
    window.setWatchPrompt([&](const QString &) { return inbox.path(); });
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // File > New study (Ctrl+N): the instrument's JSON, an empty study; the survey file is not made yet.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(window.session());
    QVERIFY(QFileInfo::exists(studyPath));
    CoordinatorSession *session = window.session();
    session->setWatchTiming(400, 100, 500);
    QCOMPARE(window.statusSummary(), u"0 respondents · 0 files rejected"_s);

    // File > Import files… (Ctrl+I): six responses and a file that is not one.
    QSignalSpy finished(session, &CoordinatorSession::batchFinished);
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    QVERIFY(window.progressBar()->isVisible());
    QVERIFY(finished.wait(60000));
    QVERIFY(!window.progressBar()->isVisible());
    QTableView *responses = window.responsesTab()->table();
    QCOMPARE(responses->model()->rowCount(), 6);
    QCOMPARE(window.statusSummary(), u"6 respondents · 1 file rejected · 6 unsigned"_s);
    // A rejection brings the import log forward, with the reason.
    QCOMPARE(window.tabs()->currentWidget(), window.importLogTable());
    const auto [outcome, reason] = logFor(window.importLogTable(), u"shopping-list.txt"_s);
    QCOMPARE(outcome, u"rejected"_s);
    QVERIFY2(reason.contains(u"SQLite"_s, Qt::CaseInsensitive), qPrintable(reason));
    QCOMPARE(logFor(window.importLogTable(), QFileInfo(files.at(2)).fileName()).first, u"merged"_s);

    // Two more files and a conflicting copy dropped onto the window.
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(files.at(6)), QUrl::fromLocalFile(files.at(7)),
        QUrl::fromLocalFile(conflict) });
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(finished.wait(60000));
    QCOMPARE(logFor(window.importLogTable(), u"expert-0001-again.panelist-response"_s).first, u"conflict"_s);
    // expert-0001 has two answers for one revision: left out until decided.
    QCOMPARE(responses->model()->rowCount(), 7);
    QCOMPARE(
        window.statusSummary(), u"7 respondents · 1 file rejected · 1 conflict to decide · 7 unsigned"_s);

    // Conflicts tab: pick the dropped copy; the choice counts and is logged.
    clickTab(window.tabs(), 2);
    ConflictsTab *conflicts = window.conflictsTab();
    QCOMPARE(conflicts->table()->model()->rowCount(), 2);
    QVERIFY(!conflicts->useButton()->isEnabled());
    int copyRow = -1;
    for (int r = 0; r < 2; ++r) {
        if (conflicts->table()->model()->index(r, ConflictsModel::SourceColumn).data().toString()
            == u"expert-0001-again.panelist-response"_s)
            copyRow = r;
    }
    QVERIFY(copyRow >= 0);
    clickRow(conflicts->table(), copyRow);
    QVERIFY(conflicts->useButton()->isEnabled());
    QSignalSpy resolved(session, &CoordinatorSession::conflictResolved);
    QTest::mouseClick(conflicts->useButton(), Qt::LeftButton);
    QVERIFY(resolved.wait(10000));
    QCOMPARE(conflicts->table()->model()->index(copyRow, ConflictsModel::StateColumn).data().toString(),
        u"counts"_s);
    QCOMPARE(responses->model()->rowCount(), 8);
    QCOMPARE(logFor(window.importLogTable(), u"expert-0001-again.panelist-response"_s).first, u"conflict"_s);
    QCOMPARE(outcomeName(session->importLogModel()->rows().last().outcome), u"resolved"_s);

    // Responses tab: sort and filter as typed.
    clickTab(window.tabs(), 0);
    QLineEdit *filter = window.responsesTab()->filter();
    QTest::mouseClick(filter, Qt::LeftButton);
    QTest::keyClicks(filter, u"expert-0003"_s);
    QCOMPARE(responses->model()->rowCount(), 1);
    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Backspace);
    QCOMPARE(responses->model()->rowCount(), 8);
    QVERIFY(responses->model()
                ->index(0, ResponsesTableModel::CompletenessColumn)
                .data()
                .toString()
                .contains(u" of 135"_s));

    // File > Watch inbox…: a file copied into the inbox shows up without any further action.
    QSignalSpy watching(session, &CoordinatorSession::watchingChanged);
    window.findChild<QAction *>(u"watchAction"_s)->trigger();
    QVERIFY(watching.wait(5000));
    QVERIFY2(window.statusSummary().endsWith(u"watching "_s + QDir::toNativeSeparators(inbox.path())),
        qPrintable(window.statusSummary()));
    const QStringList more = CoordinatorTest::simulatedFiles(work.path() + u"/more"_s, 1, 99);
    QVERIFY(QFile::copy(more.first(), QDir(inbox.path()).filePath(u"arrived.panelist-response"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(responses->model()->rowCount(), 9, 15000);
    QCOMPARE(logFor(window.importLogTable(), u"arrived.panelist-response"_s).first, u"merged"_s);
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));

    // File > Export > CSV, one row per answer: the file and its codebook, from the same study.
    const QString csv = QDir(studyDir.path()).filePath(u"answers.csv"_s);
    window.setExportPrompt([&](const QString &suggested) {
        [&] { QVERIFY2(suggested.endsWith(u"uuk-rerun-long.csv"_s), qPrintable(suggested)); }();
        return csv;
    });
    window.findChild<QAction *>(u"export-csv-long"_s)->trigger();
    QVERIFY(QFileInfo(csv).size() > 1000);
    QVERIFY(QFileInfo::exists(codebookPath(csv)));
    QVERIFY2(window.findChild<QLabel *>(u"lastEvent"_s)->text().startsWith(u"Exported 9 respondents"_s),
        qPrintable(window.findChild<QLabel *>(u"lastEvent"_s)->text()));
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));

    // The Export menu, spreadsheet first (looked at while developing; kept in the build folder).
    auto *exportMenu = window.findChild<QMenu *>(u"exportMenu"_s);
    QVERIFY(exportMenu);
    QCOMPARE(exportMenu->actions().first()->objectName(), u"export-xlsx"_s);
    exportMenu->popup(window.mapToGlobal(QPoint(40, 40)));
    QTest::qWait(100);
    QVERIFY(exportMenu->grab().save(
        QDir(QCoreApplication::applicationDirPath()).filePath(u"coordinator-export-menu.png"_s)));
    exportMenu->hide();

    // File > Export > Spreadsheet (.xlsx): one workbook, no codebook beside it.
    const QString xlsx = QDir(studyDir.path()).filePath(u"answers.xlsx"_s);
    window.setExportPrompt([&](const QString &suggested) {
        [&] { QVERIFY2(suggested.endsWith(u"uuk-rerun.xlsx"_s), qPrintable(suggested)); }();
        return xlsx;
    });
    window.findChild<QAction *>(u"export-xlsx"_s)->trigger();
    QVERIFY(QFileInfo(xlsx).size() > 1000);
    QCOMPARE(window.findChild<QLabel *>(u"lastEvent"_s)->text(), u"Exported 9 respondents to answers.xlsx"_s);
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));

    // The README picture: the responses tab, sorted, with the status line.
    responses->sortByColumn(ResponsesTableModel::ExpertiseColumn, Qt::AscendingOrder);
    QTest::qWait(200);
    const QString shots = qEnvironmentVariableIsSet("PANELIST_SCREENSHOT_DIR")
        ? qEnvironmentVariable("PANELIST_SCREENSHOT_DIR")
        : QCoreApplication::applicationDirPath();
    QDir().mkpath(shots);
    const QString png = QDir(shots).filePath(u"coordinator.png"_s);
    QVERIFY(window.grab().save(png));
    qInfo("screenshot: %s", qPrintable(png));

    // The import log as the coordinator sees it (looked at while developing; kept in the build folder).
    clickTab(window.tabs(), 1);
    QTest::qWait(100);
    QVERIFY(
        window.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(u"coordinator-log.png"_s)));

    // Stop watching: the status line says so.
    window.findChild<QAction *>(u"stopWatchAction"_s)->trigger();
    QVERIFY(watching.wait(5000));
    QVERIFY(!window.statusSummary().contains(u"watching"_s));
}

// New study… from an instrument file, then the survey file for the experts, written where chosen and
// read back as an expert's Panelist reads it; File > Make survey file… makes another for the same study.
void TestCoordinatorGui::newStudyMakesTheSurveyFile()
{
    QTemporaryDir dir;
    const QString instrument = dir.filePath(u"my-study.json"_s);
    QVERIFY(QFile::copy(BundledJson, instrument));
    const QString studyPath = dir.filePath(u"my-study.panelist-study"_s);
    const QString surveyPath = dir.filePath(u"for-experts.panelist-survey"_s);
    CoordinatorWindow window;
    QStringList messages, headings;
    QString suggestedStudy, suggestedSurvey;
    window.setMessageSink([&](const QString &, const QString &text) { messages.append(text); });
    window.setInstrumentPrompt([&](const QString &) { return instrument; });
    window.setNewStudyPrompt([&](const QString &suggested) {
        suggestedStudy = suggested;
        return studyPath;
    });
    window.setSurveyRequestPrompt([&](const QString &heading, const SurveyRequest &suggested) {
        headings.append(heading);
        SurveyRequest r = suggested;
        if (r.coordinatorName.isEmpty()) {
            r.coordinatorName = u"Dr. Zoë Example"_s;
            r.coordinatorContact = u"zoe@example.org"_s;
            r.deadline = QDate(2027, 1, 31);
        }
        return std::optional<SurveyRequest>(r);
    });
    window.setSurveyFilePrompt([&](const QString &suggested) {
        suggestedSurvey = suggested;
        return surveyPath;
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    QVERIFY(window.session());
    // The study is named after the instrument's study id, beside the instrument.
    QCOMPARE(suggestedStudy, dir.filePath(u"uuk2024.panelist-study"_s));
    QCOMPARE(headings.size(), 1);
    QVERIFY2(headings.first().contains(u"is created"_s), qPrintable(headings.first()));
    QCOMPARE(suggestedSurvey, dir.filePath(u"my-study.panelist-survey"_s));
    const auto survey = readSurveyFile(surveyPath);
    QVERIFY2(survey, qPrintable(survey.error()));
    QCOMPARE(survey->details.coordinatorName, u"Dr. Zoë Example"_s);
    QCOMPARE(survey->details.returnInstructions, u"Send the response file to zoe@example.org."_s);
    QCOMPARE(survey->details.deadline, QDate(2027, 1, 31));
    QCOMPARE(survey->instrument.fingerprint(), window.session()->instrument().fingerprint());
    QVERIFY(window.findChild<QLabel *>(u"lastEvent"_s)->text().contains(u"for-experts.panelist-survey"_s));

    // Afterwards, for the open study: the name and contact given last time are offered again.
    const QString second = dir.filePath(u"second.panelist-survey"_s);
    SurveyRequest offered;
    window.setSurveyRequestPrompt([&](const QString &, const SurveyRequest &suggested) {
        offered = suggested;
        return std::optional<SurveyRequest>(suggested);
    });
    window.setSurveyFilePrompt([&](const QString &) { return second; });
    window.findChild<QAction *>(u"makeSurveyFileAction"_s)->trigger();
    QCOMPARE(offered.coordinatorName, u"Dr. Zoë Example"_s);
    QCOMPARE(offered.coordinatorContact, u"zoe@example.org"_s);
    const auto again = readSurveyFile(second);
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(again->details.surveyId != survey->details.surveyId);

    // A survey file is never written over: the first stays as it was.
    const QByteArray before = testfiles::readAll(surveyPath);
    window.setSurveyFilePrompt([&](const QString &) { return surveyPath; });
    window.findChild<QAction *>(u"makeSurveyFileAction"_s)->trigger();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(u"already exists"_s), qPrintable(messages.first()));
    QCOMPARE(testfiles::readAll(surveyPath), before);
}

void TestCoordinatorGui::newStudyListsEveryProblemOfTheInstrument()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(u"broken.json"_s);
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "panelist-instrument", "version": 1, "colour": "red"})");
    f.close();
    CoordinatorWindow window;
    QStringList messages;
    int studyPrompts = 0;
    window.setMessageSink([&](const QString &, const QString &text) { messages.append(text); });
    window.setInstrumentPrompt([&](const QString &) { return broken; });
    window.setNewStudyPrompt([&](const QString &) {
        ++studyPrompts;
        return dir.filePath(u"never.panelist-study"_s);
    });
    window.findChild<QAction *>(u"newStudyAction"_s)->trigger();
    QVERIFY(!window.session());
    QCOMPARE(studyPrompts, 0);
    QCOMPARE(messages.size(), 1);
    const QString expected = Instrument::fromFile(broken).error();
    const QStringList problems = expected.split(u'\n');
    QVERIFY(problems.size() >= 3);
    for (const QString &problem : problems)
        QVERIFY2(messages.first().contains(problem), qPrintable(problem));
    QVERIFY(messages.first().contains(u"$.colour: unknown key"_s));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"broken.json"_s });
    // Cancelling the instrument's file dialog changes nothing either.
    window.setInstrumentPrompt([](const QString &) { return QString(); });
    window.findChild<QAction *>(u"newStudyAction"_s)->trigger();
    QCOMPARE(messages.size(), 1);
}

// The dialog a coordinator fills in, by keyboard: the return instructions follow the contact until
// edited, the deadline is optional, and Make is off until name and contact are given.
void TestCoordinatorGui::surveyFileDialogByKeyboard()
{
    SurveyFileDialog dialog(
        u"The study \"Effective Mitigations\" is created. Make the survey file you send the "
        u"experts now?"_s,
        {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *make = dialog.findChild<QPushButton *>(u"makeSurveyButton"_s);
    auto *instructions = dialog.findChild<QPlainTextEdit *>(u"returnInstructionsEdit"_s);
    QVERIFY(make && instructions);
    QVERIFY(!make->isEnabled());
    QCOMPARE(QApplication::focusWidget()->objectName(), u"coordinatorNameEdit"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"Dr. Zoe Example"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"coordinatorContactEdit"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"zoe@example.org"_s);
    QVERIFY(make->isEnabled());
    QCOMPARE(instructions->toPlainText(), u"Send the response file to zoe@example.org."_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), instructions);
    QTest::keyClick(instructions, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(instructions, u" Thank you!"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"deadlineCheck"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (w->focusPolicy() != Qt::NoFocus && w->isVisible() && qobject_cast<QAbstractButton *>(w) == nullptr
            && !qobject_cast<QLabel *>(w))
            QVERIFY2(
                !w->accessibleName().isEmpty() || w->parentWidget() != &dialog, qPrintable(w->objectName()));
    }
    const QString shots = qEnvironmentVariableIsSet("PANELIST_SCREENSHOT_DIR")
        ? qEnvironmentVariable("PANELIST_SCREENSHOT_DIR")
        : QCoreApplication::applicationDirPath();
    QVERIFY(dialog.grab().save(QDir(shots).filePath(u"survey-file-dialog.png"_s)));
    const SurveyRequest r = dialog.request();
    QCOMPARE(r.coordinatorName, u"Dr. Zoe Example"_s);
    QCOMPARE(r.coordinatorContact, u"zoe@example.org"_s);
    QCOMPARE(r.returnInstructions, u"Send the response file to zoe@example.org. Thank you!"_s);
    QVERIFY(r.deadline.isValid());
    QCOMPARE(dialog.findChild<QDateEdit *>(u"deadlineEdit"_s)->date(), r.deadline);
    // Editing the contact now leaves the edited instructions alone.
    auto *contact = dialog.findChild<QLineEdit *>(u"coordinatorContactEdit"_s);
    contact->setFocus();
    QTest::keyClicks(contact, u".uk"_s);
    QCOMPARE(instructions->toPlainText(), u"Send the response file to zoe@example.org. Thank you!"_s);
    dialog.findChild<QCheckBox *>(u"deadlineCheck"_s)->setChecked(false);
    QVERIFY(!dialog.request().deadline.isValid());
}

// The name and affiliation an expert gave are columns of the Responses tab, and its filter finds
// them; an anonymous respondent's cells stay empty.
void TestCoordinatorGui::responsesShowAndFindNames()
{
    QTemporaryDir received, studyDir;
    const Instrument ins = Instrument::bundled();
    ResponseData named = simulateResponse(ins, 11, 0);
    named.name = u"Zoë O'Brien-Ngata"_s;
    named.affiliation = u"Institute of Examples"_s;
    const QString namedFile = QDir(received.path()).filePath(u"zoe.panelist-response"_s);
    const Status written = writeNewResponseFile(namedFile, named, ins);
    QVERIFY2(written, qPrintable(written.error()));
    const QString anonymousFile = QDir(received.path()).filePath(u"anonymous.panelist-response"_s);
    QVERIFY(writeNewResponseFile(anonymousFile, simulateResponse(ins, 11, 1), ins));

    CoordinatorWindow window;
    const QStringList files { namedFile, anonymousFile };
    openNewStudy(window, studyDir.path(), &files);
    importWithKeyboard(window);
    QTableView *table = window.responsesTab()->table();
    QCOMPARE(table->model()->rowCount(), 2);
    const int name = columnTitled(table->model(), u"Name"_s);
    const int affiliation = columnTitled(table->model(), u"Affiliation"_s);
    QVERIFY(name >= 0);
    QVERIFY(affiliation >= 0);
    QVERIFY(!table->isColumnHidden(name) && table->columnWidth(name) > 40);
    QStringList names, affiliations;
    for (int r = 0; r < 2; ++r) {
        names << table->model()->index(r, name).data().toString();
        affiliations << table->model()->index(r, affiliation).data().toString();
    }
    names.sort();
    affiliations.sort();
    QCOMPARE(names, QStringList({ QString(), u"Zoë O'Brien-Ngata"_s }));
    QCOMPARE(affiliations, QStringList({ QString(), u"Institute of Examples"_s }));

    QLineEdit *filter = window.responsesTab()->filter();
    QTest::mouseClick(filter, Qt::LeftButton);
    for (const QString &typed : { u"o'brien"_s, u"institute of"_s }) {
        filter->clear();
        QTest::keyClicks(filter, typed);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, name).data().toString(), u"Zoë O'Brien-Ngata"_s);
    }
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 2);
}

// A long import log: after an import with a rejection the log is brought forward scrolled to the
// rows that import added, and those rows are selected, so the reason is in view.
void TestCoordinatorGui::importLogShowsTheNewestRows()
{
    QTemporaryDir received, studyDir;
    const QStringList responses = CoordinatorTest::simulatedFiles(received.path(), 8);
    const QString rejected = CoordinatorTest::notAResponseFile(studyDir.path(), u"notes.txt"_s);

    CoordinatorWindow window;
    window.resize(900, 420);
    QStringList files = responses;
    openNewStudy(window, studyDir.path(), &files);
    for (int round = 0; round < 4; ++round) // merged, then unchanged three times: 32 rows
        importWithKeyboard(window);
    QTableView *log = window.importLogTable();
    QCOMPARE(log->model()->rowCount(), 32);

    files = { responses.at(0), rejected, responses.at(1) };
    importWithKeyboard(window);
    QCOMPARE(window.tabs()->currentWidget(), log);
    QCOMPARE(log->model()->rowCount(), 35);
    QTest::qWait(50); // scrolling is laid out on the next event-loop turn
    QList<int> selected;
    for (const QModelIndex &index : log->selectionModel()->selectedRows())
        selected.append(index.row());
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selected, QList<int>({ 32, 33, 34 }));
    for (int row = 32; row < 35; ++row) {
        const QRect cell = log->visualRect(log->model()->index(row, ImportLogModel::ReasonColumn));
        QVERIFY2(
            log->viewport()->rect().contains(cell.center()), qPrintable(u"row %1 is out of view"_s.arg(row)));
    }
    QCOMPARE(log->model()->index(33, ImportLogModel::OutcomeColumn).data().toString(), u"rejected"_s);
}

QTEST_MAIN(TestCoordinatorGui)
#include "tst_coordinatorgui.moc"
