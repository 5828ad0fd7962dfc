#include "ui/survey/mainwindow.h"

#include "models/instrument/instrument.h"
#include "models/survey/surveysession.h"
#include "models/survey/workspace.h"
#include "ui/survey/submitflow.h"
#include "ui/survey/surveystatus.h"
#include "ui/survey/surveyview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {
QString fileFilter()
{
    return QCoreApplication::translate("panelist::MainWindow", "Panelist responses (*.%1);;All files (*)")
        .arg(Workspace::ResponseSuffix);
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<SurveySession> session, QWidget *parent)
    : QMainWindow(parent)
{
    m_submitPrompt = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Submit response as"), suggested, fileFilter());
    };
    m_openPrompt = [this](const QString &folder) {
        return QFileDialog::getOpenFileName(this, tr("Open response file"), folder, fileFilter());
    };
    m_status = new SurveyStatus(statusBar());
    statusBar()->setSizeGripEnabled(true);
    createActions();
    resize(1280, 800);
    setSession(std::move(session));
}

MainWindow::~MainWindow()
{
    // The view's models watch the session: take them down before the session goes.
    dropView();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New response…"), this, &MainWindow::newResponse);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open response file…"), this, &MainWindow::openResponse);
    openAction->setShortcut(QKeySequence::Open);
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard…"), this, &MainWindow::showKeyboardHelp);
    keys->setShortcut(QKeySequence::HelpContents);
}

void MainWindow::dropView()
{
    if (m_view) {
        m_view->commitEdits();
        delete takeCentralWidget();
        m_view = nullptr;
    }
    m_status->setSession(nullptr);
}

void MainWindow::setSession(std::unique_ptr<SurveySession> session)
{
    dropView();
    m_session = std::move(session);
    if (!m_session)
        return;
    Workspace::setLastResponsePath(m_session->path());
    setWindowTitle(m_session->instrument().study().title);
    setWindowFilePath(m_session->path());
    m_view = new SurveyView(m_session.get(), this);
    connect(m_view, &SurveyView::submitRequested, this, &MainWindow::submit);
    setCentralWidget(m_view);
    m_status->setSession(m_session.get());
    m_view->focusPage();
}

void MainWindow::newResponse()
{
    QMessageBox box(QMessageBox::Question, tr("Start a new response?"),
        tr("Start a new, empty response to the bundled survey?"), QMessageBox::NoButton, this);
    box.setObjectName(u"confirmNew"_s);
    if (m_session) {
        box.setInformativeText(tr("Your current answers stay saved in\n%1\nand can be opened again with "
                                  "File > Open response file.")
                                   .arg(QDir::toNativeSeparators(m_session->path())));
    }
    QAbstractButton *start = box.addButton(tr("Start new response"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != start)
        return;

    const QString path = Workspace::newResponsePath();
    auto created = SurveySession::create(path, Instrument::bundled());
    if (!created) {
        QMessageBox::critical(this, tr("New response"),
            tr("Could not create a new response file at\n%1\n\n%2")
                .arg(QDir::toNativeSeparators(path), created.error()));
        return;
    }
    setSession(std::move(created).value());
}

void MainWindow::openResponse()
{
    const QString folder
        = m_session ? QFileInfo(m_session->path()).absolutePath() : Workspace::responsesFolder();
    const QString path = m_openPrompt(folder);
    if (path.isEmpty())
        return;
    if (m_session && QFileInfo(path) == QFileInfo(m_session->path()))
        return; // already open
    if (m_view)
        m_view->commitEdits();
    auto opened = SurveySession::open(path);
    if (!opened) {
        QMessageBox box(QMessageBox::Critical, tr("Open response file"),
            tr("Panelist cannot open\n%1").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, this);
        box.setObjectName(u"openFailed"_s);
        box.setInformativeText(opened.error());
        box.exec();
        return;
    }
    setSession(std::move(opened).value());
}

void MainWindow::submit()
{
    if (!m_session)
        return;
    if (m_view)
        m_view->commitEdits();
    const QList<MissingItem> missing = m_session->missingItems();
    if (!missing.isEmpty() && !SubmitFlow::confirmMissing(this, missing))
        return;
    QString path = m_submitPrompt(SubmitFlow::suggestedPath(*m_session));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + Workspace::ResponseSuffix;
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
    SubmitFlow::reportSuccess(this, *revision, path);
}

void MainWindow::showKeyboardHelp()
{
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard"), tr("Panelist can be used with the keyboard alone."),
        QMessageBox::Ok, this);
    box.setObjectName(u"keyboardHelp"_s);
    box.setInformativeText(
        tr("Tab / Shift+Tab: next / previous control\n"
           "PgDn / PgUp or Ctrl+Enter: next / previous page\n"
           "Ctrl+R: review and submit\n"
           "In the rating grid: 1–5 rate the current row, D or 0 = don't know, Delete clears, "
           "arrow keys move, Space rates the current cell\n"
           "In lists: arrow keys move, Space ticks, Enter opens\n"
           "Ctrl+Shift+S: submit…"));
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_view)
        m_view->commitEdits();
    QMainWindow::closeEvent(event);
}

} // namespace panelist
