// panelist [FILE]: the expert's survey window (FILE a response or survey file; a response that is not
// the expert's own working file opens read only; a study opens the coordinator's window);
// --coordinator [--study STUDY]: the coordinator's window; --present STUDY: the presenter dashboard;
// --presenter: the dashboard of a study chosen in a file dialog (the desktop entry's "Presenter" action);
// --preview FILE: the survey window on an instrument, nothing kept; --lang LANG: the interface language.
// Wiring only: parse the command line, open the files, build the sessions (the models) and inject them
// into the windows.
#include "cli/commandhelp.h"
#include "cli/commandline.h"
#include "cli/exitcodes.h"
#include "cli/guicommandtable.h"
#include "models/coordinator/coordinatorsession.h"
#include "models/instrument/instrument.h"
#include "models/presenter/studymonitor.h"
#include "models/security/sealedfile.h"
#include "models/storage/filekind.h"
#include "models/survey/previewresponse.h"
#include "models/survey/responselist.h"
#include "models/survey/surveyentry.h"
#include "models/survey/surveysession.h"
#include "models/survey/workspace.h"
#include "ui/common/languages.h"
#include "ui/common/otherwindows.h"
#include "ui/coordinator/coordinatorwindow.h"
#include "ui/dashboard/presenterwindow.h"
#include "ui/survey/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace panelist;

namespace {

// The texts of this file, translated under the context "main" (i18n/*.ts).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

// A message box whose texts may come from a file sent by someone else: plain text only.
void showProblem(QMessageBox::Icon icon, const QString &text, const QString &details)
{
    QMessageBox box(icon, Text::tr("Panelist"), text);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(details);
    if (auto *informative = box.findChild<QLabel *>(u"qt_msgbox_informativelabel"_s))
        informative->setTextFormat(Qt::PlainText);
    box.exec();
}

// A response file: the expert's own working file to continue, any other read only (openResponseFile).
std::unique_ptr<SurveySession> openOrReport(const QString &path, const QString &fallback)
{
    auto opened = openResponseFile(path);
    if (opened)
        return std::move(opened).value();
    showProblem(QMessageBox::Warning,
        Text::tr("Panelist cannot open the response file\n%1").arg(QDir::toNativeSeparators(path)),
        opened.error() + u"\n\n"_s + fallback);
    return {};
}

// panelist --coordinator [--study STUDY]: the coordinator's window instead of the survey; a study that
// cannot be opened is said so (ui/common/otherwindows.h) and the window opens without one.
int runCoordinator(const QString &studyPath)
{
    OtherWindows::openCoordinator(nullptr, studyPath);
    return QApplication::exec();
}

// panelist --present STUDY: the presenter's dashboard, full screen, following the study live.
int runPresenter(const QString &studyPath)
{
    auto monitor = StudyMonitor::open(studyPath);
    if (!monitor) {
        QMessageBox::critical(nullptr, Text::tr("Panelist"), monitor.error());
        return 1;
    }
    PresenterWindow window((*monitor)->instrument());
    window.attach(std::move(monitor).value());
    window.showFullScreen();
    return QApplication::exec();
}

// panelist --preview FILE: the expert's window on a response in a temporary folder outside the data
// folder (PreviewResponse), removed when the window closes; it never becomes the last response.
int runPreview(const QString &path)
{
    auto preview = PreviewResponse::open(path);
    if (!preview) {
        showProblem(QMessageBox::Critical,
            Text::tr("Panelist cannot preview\n%1").arg(QDir::toNativeSeparators(path)), preview.error());
        return 1;
    }
    // Destroyed before the preview, so its file is closed when the folder is removed.
    MainWindow window((*preview)->takeSession(), MainWindow::Mode::Preview);
    window.show();
    return QApplication::exec();
}

// What panelist FILE opens: a response to continue, a survey file's response (found or started), or
// nothing (the problem was shown).
std::unique_ptr<SurveySession> openRequested(const QString &path, const QString &fallback)
{
    const auto kind = identifyPanelistFile(path);
    if (kind && *kind == PanelistFileKind::Response)
        return openOrReport(path, fallback);
    if (kind && *kind == PanelistFileKind::Survey) {
        auto answer = answerSurveyFile(path);
        if (answer && !answer->continued)
            InterfaceLanguage::startResponseIn(*answer->session);
        if (answer)
            return std::move(answer->session);
        showProblem(QMessageBox::Warning,
            Text::tr("Panelist cannot open the survey file\n%1").arg(QDir::toNativeSeparators(path)),
            answer.error() + u"\n\n"_s + fallback);
        return {};
    }
    QString problem = kind ? QString() : kind.error();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!SealedFile::keyFingerprintOf(path).isEmpty())
        problem += u"\n\n"_s
            + Text::tr(
                "This is a sealed response, for the study coordinator: merge it in the coordinator's window "
                "(panelist --coordinator, File > Import files…) with the coordinator key.");
    else if (suffix == u"json"_s || suffix == u"xlsx"_s || suffix == u"ods"_s)
        problem += u"\n\n"_s
            + Text::tr(
                "To see an instrument as experts will, use panelist --preview FILE; to send it to experts, "
                "make a survey file (panelist-cli survey make).");
    showProblem(QMessageBox::Warning,
        Text::tr("Panelist cannot open\n%1").arg(QDir::toNativeSeparators(path)),
        problem + u"\n\n"_s + fallback);
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    // Parsed before QApplication exists: --help, --version and a usage error need no display, and
    // QApplication aborts when there is none.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine line = parseCommandLine(guiCommands(), arguments);
    {
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (const std::optional<int> answered = answerCommandLine(guiCommands(), line, out, err))
            return *answered;
    }
    const ParsedCommand &options = line.command;
    const Result<QString> language = InterfaceLanguage::choose(options.value(u"lang"_s));
    if (!language) {
        QTextStream(stderr) << usageErrorText(guiCommands(), {}, language.error());
        return ExitUsage;
    }

    QApplication app(argc, argv);
    // Panelist's texts and Qt's standard dialogs in the interface language (ui/common/languages.h).
    if (const QString missing = InterfaceLanguage::install(*language); !missing.isEmpty())
        QTextStream(stderr) << "panelist: " << missing
                            << " not found: Qt's standard dialogs stay in English (Debian's "
                               "qt6-translations-l10n has them)\n";
    QCoreApplication::setOrganizationName(u"Panelist"_s);
    QCoreApplication::setApplicationName(u"panelist"_s);
    QGuiApplication::setApplicationDisplayName(u"Panelist"_s);
    // The installed desktop entry (packaging/org.panelist.Panelist.desktop, AppStream's <launchable>),
    // so a desktop groups the windows under its launcher; the icon is the one the entry names.
    QGuiApplication::setDesktopFileName(u"org.panelist.Panelist"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/org.panelist.Panelist.svg"_s));

    if (options.isSet(u"present"_s))
        return runPresenter(options.value(u"present"_s));
    if (options.isSet(u"presenter"_s)) {
        const QString study = OtherWindows::chooseStudyToPresent(nullptr);
        return study.isEmpty() ? 0 : runPresenter(study);
    }
    if (options.isSet(u"coordinator"_s) || options.isSet(u"study"_s))
        return runCoordinator(options.value(u"study"_s));
    if (options.isSet(u"preview"_s))
        return runPreview(options.value(u"preview"_s));

    // The file named on the command line (a study opens the coordinator's window); else the only
    // response there is; else the list of surveys ("Your surveys"), which is also where a file that
    // was refused leads.
    const QString requested = options.argument(u"FILE"_s);
    if (!requested.isEmpty()) {
        const auto kind = identifyPanelistFile(requested);
        if (kind && *kind == PanelistFileKind::Study)
            return runCoordinator(requested);
    }
    std::unique_ptr<SurveySession> session;
    if (!requested.isEmpty())
        session = openRequested(requested, Text::tr("Panelist shows your surveys instead."));
    if (!session && requested.isEmpty()) {
        const QList<ResponseSummary> responses = Workspace::responses();
        if (responses.size() == 1 && responses.first().problem.isEmpty())
            session = openOrReport(responses.first().path, Text::tr("Panelist shows your surveys instead."));
    }

    // Without a session the window shows "Your surveys". MainWindow records the session's file as
    // Workspace's last response.
    MainWindow window(std::move(session));
    // A study chosen in the survey window (File > Open response file…) opens beside it.
    QObject::connect(&window, &MainWindow::openStudyRequested, &window, [&window](const QString &path) {
        auto opened = CoordinatorSession::open(path);
        if (!opened) {
            showProblem(QMessageBox::Warning,
                Text::tr("Panelist cannot open the study\n%1").arg(QDir::toNativeSeparators(path)),
                opened.error());
            return;
        }
        auto *coordinator = new CoordinatorWindow(std::move(opened).value());
        coordinator->setAttribute(Qt::WA_DeleteOnClose);
        coordinator->show();
    });
    window.show();
    return app.exec();
}
