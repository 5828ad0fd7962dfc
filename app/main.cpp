// panelist [RESPONSE_FILE]: the expert's survey window; --coordinator [--study STUDY]: the
// coordinator's window; --present STUDY: the presenter dashboard. Wiring only: parse the command
// line, open the files, build the sessions (the models) and inject them into the windows.
#include "cli/commandhelp.h"
#include "cli/commandline.h"
#include "models/coordinator/coordinatorsession.h"
#include "models/instrument/instrument.h"
#include "models/presenter/studymonitor.h"
#include "models/survey/surveysession.h"
#include "models/survey/workspace.h"
#include "ui/coordinator/coordinatorwindow.h"
#include "ui/dashboard/presenterwindow.h"
#include "ui/survey/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace panelist;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

// The program's command line, in the rows panelist-cli uses (cli/commandspec.h): one row, no command
// words. Qt's own options (those QGuiApplication, QApplication and the xcb platform take) are stepped
// over here and left in argv for QApplication, which removes them.
// clang-format off
const CommandTable &commandLine()
{
    static const CommandTable table {
        .program = u"panelist"_s,
        .commands = { {
            .positionals = { { .name = u"RESPONSE_FILE"_s,
                               .help = u"Response file to open; default: the one open last time, else a "
                                       u"new one."_s,
                               .min = 0 } },
            .options = { { .name = u"coordinator"_s, .help = u"Open the study coordinator's window."_s },
                         { .name = u"study"_s,
                           .valueName = u"STUDY"_s,
                           .help = u"Open the coordinator's window on STUDY."_s },
                         { .name = u"present"_s,
                           .valueName = u"STUDY"_s,
                           .help = u"Show the presenter's dashboard of STUDY full screen."_s } },
            .description = u"Answer an expert elicitation survey."_s,
        } },
        .epilogue = u"Qt's own options (-platform NAME, -style NAME, -stylesheet FILE, -reverse, ...) are "
                    u"passed on to Qt."_s,
        .passedOn = {
            { .name = u"platform"_s, .valueName = u"NAME"_s },
            { .name = u"platformpluginpath"_s, .valueName = u"PATH"_s },
            { .name = u"platformtheme"_s, .valueName = u"NAME"_s },
            { .name = u"plugin"_s, .valueName = u"NAME"_s },
            { .name = u"qmljsdebugger"_s }, // only ever -qmljsdebugger=SETTINGS
            { .name = u"qwindowgeometry"_s, .valueName = u"GEOMETRY"_s },
            { .name = u"qwindowicon"_s, .valueName = u"ICON"_s },
            { .name = u"qwindowtitle"_s, .valueName = u"TITLE"_s },
            { .name = u"session"_s, .valueName = u"SESSION"_s },
            { .name = u"display"_s, .valueName = u"DISPLAY"_s },
            { .name = u"geometry"_s, .valueName = u"GEOMETRY"_s },
            { .name = u"title"_s, .valueName = u"TITLE"_s },
            { .name = u"icon"_s, .valueName = u"ICON"_s },
            { .name = u"name"_s, .valueName = u"NAME"_s },
            { .name = u"nograb"_s },
            { .name = u"dograb"_s },
            { .name = u"style"_s, .valueName = u"NAME"_s },
            { .name = u"stylesheet"_s, .valueName = u"FILE"_s },
            { .name = u"reverse"_s },
            { .name = u"widgetcount"_s },
        },
    };
    return table;
}
// clang-format on

void showRefused(const QString &path, const QString &problem, const QString &fallback)
{
    QMessageBox box(QMessageBox::Warning, tr("Panelist"),
        tr("Panelist cannot open the response file\n%1").arg(QDir::toNativeSeparators(path)));
    box.setInformativeText(problem + u"\n\n"_s + fallback);
    box.exec();
}

std::unique_ptr<SurveySession> openOrReport(const QString &path, const QString &fallback)
{
    auto opened = SurveySession::open(path);
    if (opened)
        return std::move(opened).value();
    showRefused(path, opened.error(), fallback);
    return {};
}

// panelist --coordinator [--study STUDY]: the coordinator's window instead of the survey.
int runCoordinator(const QString &studyPath)
{
    std::unique_ptr<CoordinatorSession> session;
    if (!studyPath.isEmpty()) {
        auto opened = CoordinatorSession::open(studyPath);
        if (opened)
            session = std::move(opened).value();
        else
            QMessageBox::warning(nullptr, tr("Panelist"), opened.error());
    }
    CoordinatorWindow window(std::move(session));
    window.show();
    return QApplication::exec();
}

// panelist --present STUDY: the presenter's dashboard, full screen, following the study live.
int runPresenter(const QString &studyPath)
{
    auto monitor = StudyMonitor::open(studyPath);
    if (!monitor) {
        QMessageBox::critical(nullptr, tr("Panelist"), monitor.error());
        return 1;
    }
    PresenterWindow window((*monitor)->instrument());
    window.attach(std::move(monitor).value());
    window.showFullScreen();
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    // Parsed before QApplication exists: --help, --version and a usage error need no display, and
    // QApplication aborts when there is none.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine line = parseCommandLine(commandLine(), arguments);
    {
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (const std::optional<int> answered = answerCommandLine(commandLine(), line, out, err))
            return *answered;
    }
    const ParsedCommand &options = line.command;

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Panelist"_s);
    QCoreApplication::setApplicationName(u"panelist"_s);
    QGuiApplication::setApplicationDisplayName(u"Panelist"_s);

    if (options.isSet(u"present"_s))
        return runPresenter(options.value(u"present"_s));
    if (options.isSet(u"coordinator"_s) || options.isSet(u"study"_s))
        return runCoordinator(options.value(u"study"_s));

    // The file named on the command line, else the one open last time, else a new response; a file
    // that is refused is reported and the next choice is tried.
    std::unique_ptr<SurveySession> session;
    const QString requested = options.argument(u"RESPONSE_FILE"_s);
    const QString last = Workspace::lastResponsePath();
    if (!requested.isEmpty()) {
        session = openOrReport(requested,
            !last.isEmpty() && last != requested ? tr("Panelist continues with your last response instead.")
                                                 : tr("Panelist starts a new response instead."));
    }
    if (!session && !last.isEmpty() && last != requested)
        session = openOrReport(last, tr("Panelist starts a new response instead."));
    if (!session) {
        const QString path = Workspace::newResponsePath();
        auto created = SurveySession::create(path, Instrument::bundled());
        if (!created) {
            QMessageBox::critical(nullptr, tr("Panelist"),
                tr("Panelist cannot create a response file at\n%1\n\n%2")
                    .arg(QDir::toNativeSeparators(path), created.error()));
            return 1;
        }
        session = std::move(created).value();
    }

    // MainWindow records the session's file as Workspace's last response.
    MainWindow window(std::move(session));
    window.show();
    return app.exec();
}
