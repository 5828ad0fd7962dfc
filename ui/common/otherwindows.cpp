#include "ui/common/otherwindows.h"

#include "models/coordinator/coordinatorsession.h"
#include "models/presenter/studymonitor.h"
#include "models/survey/surveysession.h"
#include "ui/coordinator/coordinatorwindow.h"
#include "ui/dashboard/presenterwindow.h"
#include "ui/survey/mainwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace panelist::OtherWindows {

namespace {

// The texts of this file, translated under the context "OtherWindows" (i18n/*.ts).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OtherWindows)
};

void problem(QWidget *from, const QString &what, const QString &path, const QString &why)
{
    QMessageBox box(QMessageBox::Warning, Text::tr("Panelist"), what.arg(QDir::toNativeSeparators(path)),
        QMessageBox::Ok, from);
    box.setObjectName(u"windowProblem"_s);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(why);
    box.exec();
}

template<typename Window> Window *topLevel(Window *w)
{
    w->setAttribute(Qt::WA_DeleteOnClose);
    return w;
}

} // namespace

QMainWindow *openCoordinator(QWidget *from, const QString &studyPath)
{
    std::unique_ptr<CoordinatorSession> session;
    if (!studyPath.isEmpty()) {
        auto opened = CoordinatorSession::open(studyPath);
        if (opened)
            session = std::move(opened).value();
        else
            problem(from, Text::tr("Panelist cannot open the study\n%1"), studyPath, opened.error());
    }
    auto *w = topLevel(new CoordinatorWindow(std::move(session)));
    w->show();
    return w;
}

QMainWindow *openPresenter(QWidget *from, const QString &studyPath)
{
    auto monitor = StudyMonitor::open(studyPath);
    if (!monitor) {
        problem(from, Text::tr("Panelist cannot present the study\n%1"), studyPath, monitor.error());
        return nullptr;
    }
    auto *w = topLevel(new PresenterWindow((*monitor)->instrument()));
    w->attach(std::move(monitor).value());
    w->showMaximized();
    return w;
}

QString chooseStudyToPresent(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, Text::tr("Present a study"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        Text::tr("Panelist studies (*.panelist-study);;All files (*)"));
}

QMainWindow *openSurvey(QWidget *)
{
    auto *w = topLevel(new MainWindow(nullptr));
    w->show();
    return w;
}

QMenu *addWindowMenu(QMainWindow *window, Kind self, std::function<QString()> currentStudy)
{
    QMenu *menu = window->menuBar()->addMenu(Text::tr("&Window"));
    menu->setObjectName(u"windowMenu"_s);
    if (self != Kind::Survey) {
        QAction *a = menu->addAction(Text::tr("Expert's &survey"), window, [window] { openSurvey(window); });
        a->setObjectName(u"openSurveyWindowAction"_s);
    }
    if (self != Kind::Coordinator) {
        QAction *a = menu->addAction(self == Kind::Presenter ? Text::tr("&Coordinator window on this study")
                                                             : Text::tr("&Coordinator window"),
            window, [window, currentStudy] { openCoordinator(window, currentStudy()); });
        a->setObjectName(u"openCoordinatorAction"_s);
    }
    if (self != Kind::Presenter) {
        QAction *a = menu->addAction(
            self == Kind::Coordinator ? Text::tr("&Present this study") : Text::tr("&Present a study…"),
            window, [window, currentStudy] {
                QString path = currentStudy();
                if (path.isEmpty())
                    path = chooseStudyToPresent(window);
                if (!path.isEmpty())
                    openPresenter(window, path);
            });
        a->setObjectName(u"presentStudyAction"_s);
        a->setShortcut(QKeySequence(Qt::Key_F5));
    }
    return menu;
}

} // namespace panelist::OtherWindows
