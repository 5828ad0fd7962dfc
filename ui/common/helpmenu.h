#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QMainWindow;
class QMenu;
class QWidget;

namespace panelist::HelpMenu {

// Adds the window's Help menu: "Keyboard…" (F1), which calls showKeys, and "About Panelist", which
// shows the version, the Qt version and the licence. Every window of Panelist has one.
QMenu *add(QMainWindow *window, const std::function<void()> &showKeys);

// "Keyboard" box for window: intro, then one line per key.
void showKeys(QWidget *window, const QString &intro, const QStringList &lines);

// One line per action of window that has a shortcut, "Ctrl+Q: Quit", in menu order, each key once.
QStringList shortcutLines(const QMainWindow *window);

// The About box: Panelist's version (the one `panelist --version` prints), Qt's, the licence.
void showAbout(QWidget *parent);
QString aboutText();

} // namespace panelist::HelpMenu
