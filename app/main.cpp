// panelist [RESPONSE_FILE]: the expert's survey window; --coordinator [--study STUDY]: the
// coordinator's window; --present STUDY: the presenter dashboard. Wiring only: open the files,
// build the sessions (the models) and inject them into the windows.
#include "models/coordinator/coordinatorsession.h"
#include "models/instrument/instrument.h"
#include "models/survey/surveysession.h"
#include "models/survey/workspace.h"
#include "models/presenter/studymonitor.h"
#include "ui/coordinator/coordinatorwindow.h"
#include "ui/dashboard/presenterwindow.h"
#include "ui/survey/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>

using namespace Qt::StringLiterals;
using namespace panelist;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

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
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Panelist"_s);
    QCoreApplication::setApplicationName(u"panelist"_s);
    QGuiApplication::setApplicationDisplayName(u"Panelist"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Answer an expert elicitation survey."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"RESPONSE_FILE"_s,
                                 tr("Response file to open; default: the one open last time, else a new one."));
    parser.addOption({u"coordinator"_s, tr("Open the study coordinator's window.")});
    parser.addOption({u"study"_s, tr("Open the coordinator's window on STUDY."), u"STUDY"_s});
    parser.addOption({u"present"_s, tr("Show the presenter's dashboard of STUDY full screen."), u"STUDY"_s});
    parser.process(app);
    if (parser.isSet(u"present"_s))
        return runPresenter(parser.value(u"present"_s));
    if (parser.isSet(u"coordinator"_s) || parser.isSet(u"study"_s))
        return runCoordinator(parser.value(u"study"_s));

    // The file named on the command line, else the one open last time, else a new response; a file
    // that is refused is reported and the next choice is tried.
    std::unique_ptr<SurveySession> session;
    const QString requested = parser.positionalArguments().value(0);
    const QString last = Workspace::lastResponsePath();
    if (!requested.isEmpty()) {
        session = openOrReport(requested, !last.isEmpty() && last != requested
                                              ? tr("Panelist continues with your last response instead.")
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
