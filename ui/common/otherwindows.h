#pragma once

#include <QString>

#include <functional>

class QMainWindow;
class QMenu;
class QWidget;

namespace panelist::OtherWindows {

// Panelist's three windows, each reachable from the others' Window menu: the expert's survey, the
// coordinator's window and the presenter's dashboard. A window opened this way is a top-level window
// of its own that deletes itself when closed; the application quits when the last one closes.

enum class Kind { Survey, Coordinator, Presenter };

// The coordinator's window, on studyPath when given (else with no study open). A study that cannot be
// opened is said in a message naming the file; the window then opens without it.
QMainWindow *openCoordinator(QWidget *from, const QString &studyPath);
// The presenter's dashboard following studyPath live, maximised. nullptr (and a message naming the
// file) when the study cannot be read.
QMainWindow *openPresenter(QWidget *from, const QString &studyPath);
// Asks for a study to present (a file dialog in the documents folder); empty when none was chosen.
QString chooseStudyToPresent(QWidget *parent);
// The expert's survey window, on the list of the expert's surveys.
QMainWindow *openSurvey(QWidget *from);

// Adds the Window menu of a window of kind self: the other two windows. currentStudy gives the study
// the window shows (empty: none); the presenter entry asks for a study when there is none.
QMenu *addWindowMenu(QMainWindow *window, Kind self, std::function<QString()> currentStudy);

} // namespace panelist::OtherWindows
