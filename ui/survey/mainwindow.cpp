#include "ui/survey/mainwindow.h"
#include "ui/common/helpmenu.h"
#include "ui/common/languages.h"
#include "ui/common/otherwindows.h"
#include "ui/survey/pagewidgets.h"

#include "models/instrument/instrument.h"
#include "models/storage/filekind.h"
#include "models/survey/surveyentry.h"
#include "models/survey/surveysession.h"
#include "models/survey/workspace.h"
#include "models/surveyfile/surveyfile.h"
#include "ui/survey/positionmemory.h"
#include "ui/survey/startpage.h"
#include "ui/survey/submitflow.h"
#include "ui/survey/surveybanner.h"
#include "ui/survey/surveystatus.h"
#include "ui/survey/surveyview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaMethod>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// Texts of this file outside a class, translated under the context "panelist::MainWindow" (i18n/*.ts).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(panelist::MainWindow)
};

QString fileFilter()
{
    return Text::tr("Panelist responses (*.%1);;All files (*)").arg(Workspace::ResponseSuffix);
}

QString surveyFilter()
{
    return Text::tr("Panelist survey files (*.%1);;All files (*)").arg(SurveyFileSuffix);
}

QString downloadsFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return !folder.isEmpty() && QDir(folder).exists() ? folder : QDir::homePath();
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<SurveySession> session, Mode mode, QWidget *parent)
    : QMainWindow(parent)
    , m_mode(mode)
{
    m_submitPrompt = [this](const QString &suggested) {
        const QString filter = m_session && m_session->sealsResponses()
            ? tr("Sealed Panelist responses (*.%1);;All files (*)").arg(Workspace::SealedSuffix)
            : fileFilter();
        return QFileDialog::getSaveFileName(this, tr("Submit response as"), suggested, filter);
    };
    m_openPrompt = [this](const QString &folder) {
        return QFileDialog::getOpenFileName(this, tr("Open response file"), folder, fileFilter());
    };
    m_surveyPrompt = [this](const QString &folder) {
        return QFileDialog::getOpenFileName(this, tr("Open survey file"), folder, surveyFilter());
    };
    m_status = new SurveyStatus(statusBar());
    statusBar()->setSizeGripEnabled(true);
    createActions();
    fitToScreen();
    setSession(std::move(session));
}

// 1280×800 where there is room, else the screen the window opens on (the one under the mouse, as
// window managers place new windows), less room for the window manager's title bar and borders,
// which a window only knows once it is shown.
void MainWindow::fitToScreen()
{
    QScreen *screen = QGuiApplication::screenAt(QCursor::pos());
    if (!screen)
        screen = this->screen();
    if (!screen) {
        resize(PreferredSize);
        return;
    }
    setScreen(screen);
    const QRect available = screen->availableGeometry();
    const QSize decoration(8, qMax(40, style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this) + 8));
    const QSize size = PreferredSize.boundedTo(available.size() - decoration);
    resize(size);
    const QSize frame = size + decoration;
    move(available.topLeft()
        + QPoint(qMax(0, available.width() - frame.width()) / 2,
            qMax(0, available.height() - frame.height()) / 2));
}

MainWindow::~MainWindow()
{
    // A preview's position would outlive the preview in the settings.
    if (isPreview() && m_session)
        PositionMemory::forget(m_session->data().respondentId);
    // The view's models watch the session: take them down before the session goes.
    dropView();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *surveys = file->addAction(tr("&Your surveys…"), this, &MainWindow::showSurveys);
    surveys->setObjectName(u"yourSurveysAction"_s);
    QAction *openSurvey = file->addAction(tr("Open a &survey file…"), this, &MainWindow::openSurveyFile);
    openSurvey->setObjectName(u"openSurveyFileAction"_s);
    openSurvey->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *openAction = file->addAction(tr("&Open response file…"), this, &MainWindow::openResponse);
    openAction->setShortcut(QKeySequence::Open);
    QAction *newAction = file->addAction(tr("Start the &example study…"), this, &MainWindow::newResponse);
    newAction->setObjectName(u"exampleStudyAction"_s);
    newAction->setShortcut(QKeySequence::New);
    m_openActions = { surveys, openSurvey, openAction, newAction };
    file->addSeparator();
    m_submitAction = file->addAction(tr("&Submit…"), this, &MainWindow::submit);
    // Not Ctrl+S: answers save by themselves, and a habitual Ctrl+S should not open the submit dialog.
    m_submitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *previous = go->addAction(tr("&Previous page"), this, [this] {
        if (m_view)
            m_view->previousPage();
    });
    previous->setShortcuts(
        { QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return) });
    QAction *next = go->addAction(tr("&Next page"), this, [this] {
        if (m_view)
            m_view->nextPage();
    });
    // Window-wide shortcuts: they win over the scrolling that lists and text boxes would do with PgDn.
    next->setShortcuts({ QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Return),
        QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    QAction *review = go->addAction(tr("&Review and submit"), this, [this] {
        if (m_view)
            m_view->goToReview();
    });
    review->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));

    OtherWindows::addWindowMenu(this, OtherWindows::Kind::Survey, [] { return QString(); });
    HelpMenu::add(this, [this] { showKeyboardHelp(); });
}

void MainWindow::updateActions()
{
    m_submitAction->setEnabled(m_session && !isPreview() && !m_session->isReadOnly());
    for (QAction *a : std::as_const(m_openActions))
        a->setEnabled(!isPreview());
}

void MainWindow::dropView()
{
    if (m_view)
        m_view->commitEdits();
    if (QWidget *central = takeCentralWidget()) {
        // The start page or the Revise button may be the sender of the signal that replaces the
        // widget they are in: let it return first.
        auto *asking = qobject_cast<QWidget *>(sender());
        if (m_start || (asking && central->isAncestorOf(asking))) {
            central->hide();
            central->deleteLater();
        } else {
            delete central;
        }
    }
    m_view = nullptr;
    m_start = nullptr;
    m_banner = nullptr;
    m_status->setSession(nullptr);
}

QWidget *MainWindow::withBanner(QWidget *content)
{
    SurveyBanner *banner = nullptr;
    if (isPreview()) {
        banner = SurveyBanner::preview(this);
    } else if (m_session && m_session->isReadOnly()) {
        banner = SurveyBanner::readOnly(*m_session, this);
        connect(banner, &SurveyBanner::reviseRequested, this, &MainWindow::revise);
    }
    if (!banner)
        return content;
    m_banner = banner->title();
    return banner->above(content, this);
}

void MainWindow::setSession(std::unique_ptr<SurveySession> session)
{
    if (!session && !isPreview()) {
        showSurveys();
        return;
    }
    dropView();
    m_session = std::move(session);
    updateActions();
    if (!m_session)
        return;
    // A file that is not the expert's own working file is shown, never continued: it does not become
    // the one Panelist opens next.
    const bool readOnly = m_session->isReadOnly();
    if (!isPreview() && !readOnly)
        Workspace::setLastResponsePath(m_session->path());
    setWindowFilePath(isPreview() ? QString() : m_session->path());
    connect(m_session.get(), &SurveySession::languageChanged, this, &MainWindow::rebuildView,
        Qt::QueuedConnection);
    buildView();
}

void MainWindow::updateTitle()
{
    const QString title = m_session->title();
    setTitle(isPreview()              ? tr("Preview — %1").arg(title)
            : m_session->isReadOnly() ? tr("%1 (read only)").arg(title)
                                      : title);
}

void MainWindow::buildView()
{
    updateTitle();
    const bool readOnly = m_session->isReadOnly();
    m_view = new SurveyView(m_session.get(), this);
    if (isPreview())
        m_view->setSubmitEnabled(false, tr("A preview cannot be submitted"));
    else if (readOnly)
        m_view->setSubmitEnabled(false, tr("Read only: choose Revise to change and submit it again"));
    connect(m_view, &SurveyView::submitRequested, this, &MainWindow::submit);
    connect(m_view, &SurveyView::editPending, m_status, &SurveyStatus::setEditPending);
    setCentralWidget(withBanner(m_view));
    m_status->setSession(m_session.get(),
        isPreview()    ? SurveyStatus::Kept::Nothing
            : readOnly ? SurveyStatus::Kept::ReadOnly
                       : SurveyStatus::Kept::Everything);
    m_view->focusPage();
}

// The pages again, in the survey's new language (chosen on the profile page), on the same page.
void MainWindow::rebuildView()
{
    if (!m_session || !m_view)
        return;
    const int row = m_view->currentRow();
    dropView();
    buildView();
    m_view->goToRow(row, true);
}

void MainWindow::showSurveys()
{
    if (isPreview())
        return;
    dropView();
    m_session.reset();
    updateActions();
    m_start = new StartPage(this);
    connect(m_start, &StartPage::openRequested, this, &MainWindow::openResponsePath);
    connect(m_start, &StartPage::openSurveyFileRequested, this, &MainWindow::openSurveyFile);
    connect(m_start, &StartPage::exampleRequested, this, &MainWindow::newResponse);
    setCentralWidget(m_start);
    m_start->reload(Workspace::lastResponsePath());
    setTitle(tr("Your surveys"));
    setWindowFilePath({});
    m_start->focusList();
}

void MainWindow::newResponse()
{
    if (isPreview())
        return;
    if (m_session) {
        QMessageBox box(QMessageBox::Question, tr("Start the example study?"),
            tr("Start a new, empty response to the example study (Uuk et al. 2024)?"), QMessageBox::NoButton,
            this);
        box.setObjectName(u"confirmNew"_s);
        box.setInformativeText(tr("Your current answers stay saved in\n%1\nand are listed under File > Your "
                                  "surveys.")
                                   .arg(QDir::toNativeSeparators(m_session->path())));
        QAbstractButton *start = box.addButton(tr("Start new response"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != start)
            return;
    }
    const QString path = Workspace::newResponsePath();
    auto created = SurveySession::create(path, Instrument::bundled());
    if (!created) {
        QMessageBox::critical(this, tr("New response"),
            tr("Could not create a new response file at\n%1\n\n%2")
                .arg(QDir::toNativeSeparators(path), created.error()));
        return;
    }
    InterfaceLanguage::startResponseIn(**created);
    setSession(std::move(created).value());
}

void MainWindow::reportOpenFailure(const QString &title, const QString &path, const QString &error)
{
    QMessageBox box(QMessageBox::Critical, title,
        tr("Panelist cannot open\n%1").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, this);
    box.setObjectName(u"openFailed"_s);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(error);
    if (auto *informative = box.findChild<QLabel *>(u"qt_msgbox_informativelabel"_s))
        informative->setTextFormat(Qt::PlainText);
    box.exec();
}

// The title itself ends with the application's name (not only what a platform adds from
// QGuiApplication::applicationDisplayName, which xcb then leaves out: the title already ends with it).
void MainWindow::setTitle(const QString &text)
{
    setWindowTitle(tr("%1 — Panelist").arg(text));
}

void MainWindow::reportStudy(const QString &path)
{
    const bool opens = isSignalConnected(QMetaMethod::fromSignal(&MainWindow::openStudyRequested));
    QMessageBox box(QMessageBox::Information, tr("Open response file"),
        tr("%1 is a Panelist study: a coordinator's database of merged responses, not a response to "
           "answer.")
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::Ok, this);
    box.setObjectName(u"isAStudy"_s);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(opens ? tr("It opens in the coordinator's window.")
                                 : tr("Open it in the coordinator's window: panelist --study FILE."));
    box.exec();
    Q_EMIT openStudyRequested(path);
}

void MainWindow::openResponse()
{
    if (isPreview())
        return;
    const QString folder
        = m_session ? QFileInfo(m_session->path()).absolutePath() : Workspace::responsesFolder();
    const QString path = m_openPrompt(folder);
    if (!path.isEmpty())
        openResponsePath(path);
}

void MainWindow::openResponsePath(const QString &path)
{
    if (isPreview())
        return;
    if (m_session && QFileInfo(path) == QFileInfo(m_session->path()))
        return; // already open
    // Told apart by the header, whatever the file's name: a study renamed to .dat is still a study.
    if (const auto kind = identifyPanelistFile(path); kind && *kind != PanelistFileKind::Response) {
        if (*kind == PanelistFileKind::Study)
            reportStudy(path);
        else
            openSurveyFilePath(path);
        return;
    }
    if (m_view)
        m_view->commitEdits();
    auto opened = openResponseFile(path);
    if (!opened) {
        reportOpenFailure(tr("Open response file"), path, opened.error());
        return;
    }
    setSession(std::move(opened).value());
}

void MainWindow::openSurveyFile()
{
    if (isPreview())
        return;
    const QString path = m_surveyPrompt(downloadsFolder());
    if (!path.isEmpty())
        openSurveyFilePath(path);
}

void MainWindow::openSurveyFilePath(const QString &path)
{
    if (isPreview())
        return;
    if (m_view)
        m_view->commitEdits();
    const Result<SurveyFile> survey = readSurveyFile(path);
    if (!survey) {
        reportOpenFailure(tr("Open survey file"), path, survey.error());
        return;
    }
    if (m_session && !m_session->isReadOnly() && m_session->survey().surveyId == survey->details.surveyId)
        return; // already answering it here
    auto answer = answerSurvey(*survey);
    if (!answer) {
        reportOpenFailure(tr("Open survey file"), path, answer.error());
        return;
    }
    if (!answer->continued)
        InterfaceLanguage::startResponseIn(*answer->session);
    setSession(std::move(answer->session));
}

void MainWindow::revise()
{
    if (!m_session || !m_session->isReadOnly())
        return;
    auto revised = reviseResponse(*m_session);
    if (!revised) {
        reportOpenFailure(tr("Revise"), m_session->path(), revised.error());
        return;
    }
    setSession(std::move(revised->session));
}

void MainWindow::submit()
{
    if (!m_session || isPreview() || m_session->isReadOnly())
        return;
    if (m_view)
        m_view->commitEdits();
    const QList<MissingItem> missing = m_session->missingItems();
    if (!missing.isEmpty() && !SubmitFlow::confirmMissing(this, missing))
        return;
    QString path = m_submitPrompt(SubmitFlow::suggestedPath(*m_session));
    if (path.isEmpty())
        return;
    path = SubmitFlow::withSubmitSuffix(path, m_session->sealsResponses());
    if (QFileInfo(path) == QFileInfo(m_session->path())) {
        SubmitFlow::reportFailure(this, path,
            tr("This is the working file Panelist keeps your answers in; "
               "the submitted copy needs a different name."));
        return;
    }
    const Result<int> revision = m_session->submit(path);
    if (!revision) {
        SubmitFlow::reportFailure(this, path, revision.error());
        return;
    }
    SubmitFlow::reportSuccess(this, *revision, path, m_session->survey());
}

// One line per key, each key on one line only: what it does wherever it works.
void MainWindow::showKeyboardHelp()
{
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard"), tr("Panelist can be used with the keyboard alone."),
        QMessageBox::Ok, this);
    box.setObjectName(u"keyboardHelp"_s);
    box.setTextFormat(Qt::PlainText);
    QStringList lines {
        tr("Page Down or Ctrl+Enter: next page"),
        tr("Page Up or Ctrl+Shift+Enter: previous page"),
        tr("Ctrl+R: review and submit"),
        tr("Ctrl+Shift+S: submit…"),
        tr("Tab: next control"),
        tr("Shift+Tab: previous control"),
        tr("Arrow keys: move in the rating grid and in lists"),
    };
    lines << PageWidgets::ratingKeyLines(m_session ? m_session->instrument() : Instrument::bundled());
    lines << tr("Space: choose the current cell of the rating grid, or tick or untick a measure")
          << tr("Enter: choose the current cell of the rating grid, or open the chosen item of a list")
          << tr("Ctrl+Shift+O: open a survey file…") << tr("Ctrl+O: open a response file…")
          << tr("Ctrl+N: start the example study…") << tr("Ctrl+Q: quit") << tr("F1: this help");
    box.setInformativeText(lines.join(u'\n'));
    if (auto *informative = box.findChild<QLabel *>(u"qt_msgbox_informativelabel"_s))
        informative->setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_view)
        m_view->commitEdits();
    QMainWindow::closeEvent(event);
}

} // namespace panelist
