#include "ui/coordinator/coordinatorwindow.h"

#include "models/authoring/instrumentsource.h"
#include "models/coordinator/coordinatorsession.h"
#include "models/coordinator/importlogmodel.h"
#include "models/instrument/instrument.h"
#include "ui/common/helpmenu.h"
#include "ui/common/otherwindows.h"
#include "ui/coordinator/conflictstab.h"
#include "ui/coordinator/coordinatorsettings.h"
#include "ui/coordinator/responsestab.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

QString exportEnding(ExportFormat format)
{
    switch (format) {
    case ExportFormat::CsvLong:
        return u"-long.csv"_s;
    case ExportFormat::CsvWide:
        return u"-wide.csv"_s;
    case ExportFormat::Json:
        return u".json"_s;
    case ExportFormat::Xlsx:
        return u".xlsx"_s;
    case ExportFormat::Sav:
        break;
    }
    return u".sav"_s;
}

// The newest count rows of the import log (a batch adds one row per file, at the end): selected,
// and scrolled into view with the batch's first rejection on screen, so its reason can be read.
void showNewestRows(QTableView *log, int count)
{
    const QAbstractItemModel *model = log->model();
    const int last = model->rowCount() - 1;
    const int first = std::max(0, last - count + 1);
    if (last < 0 || count <= 0)
        return;
    log->selectionModel()->select(
        QItemSelection(model->index(first, 0), model->index(last, model->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    int rejected = first;
    while (rejected < last
        && model->index(rejected, 0).data(int(ImportLogModel::Role::Outcome)).toString()
            != outcomeName(ImportOutcome::Rejected))
        ++rejected;
    log->selectionModel()->setCurrentIndex(model->index(rejected, 0), QItemSelectionModel::NoUpdate);
    log->scrollTo(model->index(last, 0));
    log->scrollTo(model->index(first, 0), QAbstractItemView::EnsureVisible);
    log->scrollTo(model->index(rejected, 0), QAbstractItemView::EnsureVisible);
}

using CoordinatorSettings::documentsFolder;

} // namespace

CoordinatorWindow::CoordinatorWindow(std::unique_ptr<CoordinatorSession> session, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"coordinatorWindow"_s);
    setAcceptDrops(true);
    resize(1000, 640);

    installDialogPrompts(); // native dialogs; tests replace them

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"statusSummary"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("%v of %m files"));
    m_progress->hide();
    // No showMessage(): it would hide the summary. The last event has its own label instead.
    m_lastEvent = new QLabel(this);
    m_lastEvent->setObjectName(u"lastEvent"_s);
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_lastEvent);
    statusBar()->addPermanentWidget(m_progress);

    createActions();
    setSession(std::move(session));
}

CoordinatorWindow::~CoordinatorWindow()
{
    // The tabs point into the session's models: drop them first.
    delete takeCentralWidget();
}

void CoordinatorWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *a = file->addAction(tr("&New study…"), this, &CoordinatorWindow::newStudy);
    a->setObjectName(u"newStudyAction"_s);
    a->setShortcut(QKeySequence::New);
    a = file->addAction(
        tr("New e&xample study (Uuk et al. 2024)…"), this, &CoordinatorWindow::newExampleStudy);
    a->setObjectName(u"newExampleStudyAction"_s);
    a = file->addAction(tr("&Open study…"), this, &CoordinatorWindow::openStudy);
    a->setObjectName(u"openStudyAction"_s);
    a->setShortcut(QKeySequence::Open);
    file->addSeparator();
    a = file->addAction(tr("&Make survey file…"), this, &CoordinatorWindow::makeSurveyFile);
    a->setObjectName(u"makeSurveyFileAction"_s);
    m_studyActions.append(a);
    file->addSeparator();
    a = file->addAction(tr("&Import files…"), this, &CoordinatorWindow::importFiles);
    a->setObjectName(u"importAction"_s);
    a->setShortcut(Qt::CTRL | Qt::Key_I);
    m_studyActions.append(a);
    m_watchAction = file->addAction(tr("&Watch inbox…"), this, &CoordinatorWindow::watchInbox);
    m_watchAction->setObjectName(u"watchAction"_s);
    m_studyActions.append(m_watchAction);
    m_stopWatchAction = file->addAction(tr("&Stop watching"), this, &CoordinatorWindow::stopWatching);
    m_stopWatchAction->setObjectName(u"stopWatchAction"_s);
    a = file->addAction(tr("Coordinator &key…"), this, &CoordinatorWindow::unlockKey);
    a->setObjectName(u"unlockKeyAction"_s);
    a->setToolTip(tr("Open your coordinator key, so sealed response files can be imported"));
    m_studyActions.append(a);
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(u"exportMenu"_s);
    const QList<std::pair<ExportFormat, QString>> formats {
        { ExportFormat::Xlsx, tr("Spreadsheet (.&xlsx)…") },
        { ExportFormat::CsvLong, tr("CSV, one row per &answer…") },
        { ExportFormat::CsvWide, tr("CSV, one row per &respondent…") },
        { ExportFormat::Json, tr("&JSON (interchange)…") },
        { ExportFormat::Sav, tr("&SPSS (.sav)…") },
    };
    for (const auto &[format, label] : formats) {
        a = exportMenu->addAction(label, this, [this, f = format] { exportAs(f); });
        a->setObjectName(u"export-"_s + exportFormatName(format));
        m_studyActions.append(a);
    }
    file->addSeparator();
    a = file->addAction(tr("&Quit"), this, &QWidget::close);
    a->setShortcut(QKeySequence::Quit);

    QMenu *windows = OtherWindows::addWindowMenu(
        this, OtherWindows::Kind::Coordinator, [this] { return m_session ? m_session->path() : QString(); });
    m_studyActions.append(windows->findChild<QAction *>(u"presentStudyAction"_s));
    HelpMenu::add(this, [this] {
        HelpMenu::showKeys(this, tr("The coordinator's window can be used with the keyboard alone."),
            HelpMenu::shortcutLines(this)
                << tr("Ctrl+Tab, Ctrl+Shift+Tab: next and previous tab") << tr("Tab: next control")
                << tr("Arrow keys: move in a table; Alt+U in the Conflicts tab: use the selected version"));
    });
}

void CoordinatorWindow::setSession(std::unique_ptr<CoordinatorSession> session)
{
    delete takeCentralWidget(); // tabs of the previous session, before the session goes
    m_tabs = nullptr;
    m_responsesTab = nullptr;
    m_logTable = nullptr;
    m_conflictsTab = nullptr;
    m_session = std::move(session);
    if (m_session) {
        buildTabs();
        CoordinatorSession *s = m_session.get();
        connect(s, &CoordinatorSession::reloaded, this, &CoordinatorWindow::updateStatus);
        connect(s, &CoordinatorSession::settingsChanged, this, &CoordinatorWindow::updateStatus);
        connect(s, &CoordinatorSession::keyChanged, this, &CoordinatorWindow::updateStatus);
        connect(s, &CoordinatorSession::watchingChanged, this, &CoordinatorWindow::updateStatus);
        connect(s, &CoordinatorSession::busyChanged, this, [this](bool busy) {
            m_progress->setVisible(busy);
            if (busy)
                m_progress->setRange(0, 0); // until the worker says how many
        });
        connect(s, &CoordinatorSession::progress, this, [this](int done, int total) {
            m_progress->setRange(0, qMax(total, 1));
            m_progress->setValue(done);
        });
        connect(s, &CoordinatorSession::batchFinished, this, &CoordinatorWindow::onBatchFinished);
        connect(s, &CoordinatorSession::problem, this,
            [this](const QString &message) { showMessage(tr("Panelist"), message); });
        setWindowTitle(tr("%1 — Panelist coordinator").arg(QFileInfo(s->path()).fileName()));
    } else {
        auto *placeholder
            = new QLabel(tr("Create a study with File ▸ New study…, or open one with File ▸ Open "
                            "study…\nThen import response files or drop them onto this window."),
                this);
        placeholder->setAlignment(Qt::AlignCenter);
        setCentralWidget(placeholder);
        setWindowTitle(tr("Panelist coordinator"));
    }
    m_progress->hide();
    m_lastEvent->clear();
    updateStatus();
}

void CoordinatorWindow::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"coordinatorTabs"_s);
    m_responsesTab = new ResponsesTab(m_session->responsesModel(), m_tabs);
    m_responsesTab->setLanguageShown(m_session->instrument().languages().size() > 1);
    m_tabs->addTab(m_responsesTab, tr("Responses"));

    m_logTable = new QTableView(m_tabs);
    m_logTable->setObjectName(u"importLogTable"_s);
    m_logTable->setModel(m_session->importLogModel());
    m_logTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logTable->setWordWrap(false);
    m_logTable->verticalHeader()->hide();
    m_logTable->horizontalHeader()->setStretchLastSection(true);
    m_logTable->setColumnWidth(ImportLogModel::TimeColumn, 150);
    m_logTable->setColumnWidth(ImportLogModel::FileColumn, 230);
    m_logTable->setColumnWidth(ImportLogModel::OutcomeColumn, 110);
    m_tabs->addTab(m_logTable, tr("Import log"));

    m_conflictsTab = new ConflictsTab(m_session.get(), m_tabs);
    m_tabs->addTab(m_conflictsTab, tr("Conflicts"));
    setCentralWidget(m_tabs);
}

QString CoordinatorWindow::statusSummary() const
{
    return m_summary->text();
}

void CoordinatorWindow::updateStatus()
{
    updateActions();
    if (!m_session) {
        m_summary->setText(tr("No study open"));
        return;
    }
    // Plurals the Qt way: i18n/panelist_en.ts gives the English forms of "%n file(s)".
    const int respondents = m_session->respondentCount();
    const int rejected = m_session->rejectedCount();
    QStringList parts { tr("%n respondent(s)", nullptr, respondents),
        tr("%n file(s) rejected", nullptr, rejected) };
    if (const int open = m_session->unresolvedConflictCount(); open > 0)
        parts.append(tr("%n conflict(s) to decide", nullptr, open));
    if (const int unsignedCount = m_session->unsignedCount(); unsignedCount > 0)
        parts.append(tr("%n unsigned", nullptr, unsignedCount));
    if (const QString key = m_session->unlockedKeyFingerprint(); !key.isEmpty())
        parts.append(tr("key %1 open").arg(key));
    else if (const QString needed = m_session->settings().coordinatorKeyFingerprint; !needed.isEmpty())
        parts.append(tr("sealed to key %1").arg(needed));
    if (!m_session->watchedFolder().isEmpty())
        parts.append(tr("watching %1").arg(QDir::toNativeSeparators(m_session->watchedFolder())));
    m_summary->setText(parts.join(u" · "_s));
    if (m_tabs) {
        m_tabs->setTabText(0, tr("Responses (%1)").arg(m_session->respondentCount()));
        m_tabs->setTabText(1, tr("Import log (%1)").arg(m_session->importLogModel()->rowCount()));
        const int open = m_session->unresolvedConflictCount();
        m_tabs->setTabText(2, open > 0 ? tr("Conflicts (%1)").arg(open) : tr("Conflicts"));
    }
}

void CoordinatorWindow::updateActions()
{
    for (QAction *a : std::as_const(m_studyActions))
        a->setEnabled(m_session != nullptr);
    const bool watching = m_session && !m_session->watchedFolder().isEmpty();
    m_stopWatchAction->setEnabled(watching);
}

void CoordinatorWindow::showMessage(const QString &title, const QString &text)
{
    if (m_messages)
        m_messages(title, text);
}

void CoordinatorWindow::newStudy()
{
    const QString source = m_instrumentPrompt(documentsFolder());
    if (source.isEmpty())
        return;
    const Result<Instrument> instrument = loadInstrumentSource(source);
    if (!instrument) {
        showMessage(tr("New study"),
            tr("The instrument %1 cannot be used:\n%2")
                .arg(QDir::toNativeSeparators(source), instrument.error()));
        return;
    }
    createStudy(*instrument, QFileInfo(source).absolutePath());
}

void CoordinatorWindow::newExampleStudy()
{
    createStudy(Instrument::bundled(), documentsFolder());
}

void CoordinatorWindow::createStudy(const Instrument &instrument, const QString &suggestedFolder)
{
    const QString path
        = m_newPrompt(QDir(suggestedFolder).filePath(instrument.study().id + u".panelist-study"_s));
    if (path.isEmpty())
        return;
    auto created = CoordinatorSession::create(path, instrument);
    if (!created) {
        showMessage(tr("New study"), created.error());
        return;
    }
    setSession(std::move(created).value());
    writeSurveyFile(tr("The study \"%1\" is created. Make the survey file you send the experts now? File ▸ "
                       "Make survey file… makes one at any time.")
                        .arg(m_session->instrument().study().title));
}

void CoordinatorWindow::openStudy()
{
    const QString path = m_openPrompt(documentsFolder());
    if (path.isEmpty())
        return;
    auto opened = CoordinatorSession::open(path);
    if (!opened) {
        showMessage(tr("Open study"), opened.error());
        return;
    }
    setSession(std::move(opened).value());
}

void CoordinatorWindow::importFiles()
{
    if (!m_session)
        return;
    importPaths(m_importPrompt());
}

void CoordinatorWindow::importPaths(const QStringList &paths)
{
    if (!m_session || paths.isEmpty())
        return;
    unlockKeyFor(paths);
    m_lastEvent->setText(tr("Importing…"));
    m_session->importFiles(paths);
}

void CoordinatorWindow::onBatchFinished(const MergeSummary &summary)
{
    if (summary.total() > 0)
        m_lastEvent->setText(tr("Last import: %1").arg(summary.line()));
    if (summary.rejected > 0 && m_tabs) {
        m_tabs->setCurrentWidget(m_logTable); // show why
        showNewestRows(m_logTable, summary.total());
    }
}

void CoordinatorWindow::watchInbox()
{
    if (!m_session)
        return;
    const QString folder = m_watchPrompt(documentsFolder());
    if (folder.isEmpty())
        return;
    // Sealed files will arrive while nobody is asked: open the key first.
    if (m_session->unlockedKeyFingerprint().isEmpty() && !m_session->settings().coordinatorKey.isEmpty())
        unlockKey();
    m_session->watch(folder);
}

void CoordinatorWindow::stopWatching()
{
    if (m_session)
        m_session->stopWatching();
}

void CoordinatorWindow::exportAs(ExportFormat format)
{
    if (!m_session)
        return;
    const QFileInfo study(m_session->path());
    const QString path
        = m_exportPrompt(study.dir().filePath(study.completeBaseName() + exportEnding(format)));
    if (path.isEmpty())
        return;
    const auto responses = m_session->currentResponses();
    if (!responses) {
        showMessage(tr("Export"), responses.error());
        return;
    }
    const auto written = exportResponses(format, m_session->instrument(), *responses, path);
    if (!written) {
        showMessage(tr("Export"), written.error());
        return;
    }
    // The short form in the status bar; every file written (and any note) in its tooltip.
    QString text = tr("Exported %n respondent(s) to %1", nullptr, written->respondents)
                       .arg(QFileInfo(path).fileName());
    if (written->files.size() > 1)
        text += tr(" and its codebook");
    QStringList details = written->files;
    for (QString &f : details)
        f = QDir::toNativeSeparators(f);
    m_lastEvent->setText(text);
    m_lastEvent->setToolTip((details + written->notes).join(u'\n'));
}

void CoordinatorWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_session && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void CoordinatorWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (!m_session || paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

} // namespace panelist
