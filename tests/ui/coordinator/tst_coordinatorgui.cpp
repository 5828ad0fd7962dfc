// The coordinator window driven like a coordinator would: keyboard shortcuts, the injected file
// prompts, a drop of files onto the window, clicks in the conflicts tab; offscreen. Ends by grabbing
// the window to coordinator.png (into $PANELIST_SCREENSHOT_DIR when set, else the build folder).
#include "tests/common/coordinatortesthelpers.h"

#include "models/coordinator/conflictsmodel.h"
#include "models/coordinator/coordinatorsession.h"
#include "models/coordinator/importlogmodel.h"
#include "models/coordinator/responsestablemodel.h"
#include "models/storage/responsefilewriter.h"
#include "ui/coordinator/conflictstab.h"
#include "ui/coordinator/coordinatorwindow.h"
#include "ui/coordinator/responsestab.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
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
    window.setNewStudyPrompt([studyPath](const QString &) { return studyPath; });
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
    void coordinatorWorkflow();
    void responsesShowAndFindNames();
    void importLogShowsTheNewestRows();
};

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
    window.setNewStudyPrompt([&](const QString &suggested) {
        [&] { QVERIFY(suggested.endsWith(u".panelist-study"_s)); }();
        return studyPath;
    });
    window.setImportPrompt([&] { return files.mid(0, 6) + QStringList { rejected }; });
    window.setWatchPrompt([&](const QString &) { return inbox.path(); });
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // File > New study (Ctrl+N): the bundled instrument, an empty study.
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
    QCOMPARE(window.statusSummary(), u"6 respondents · 1 file rejected"_s);
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
    QCOMPARE(window.statusSummary(), u"7 respondents · 1 file rejected · 1 conflict to decide"_s);

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
