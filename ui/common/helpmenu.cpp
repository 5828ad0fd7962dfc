#include "ui/common/helpmenu.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>

using namespace Qt::StringLiterals;

namespace panelist::HelpMenu {

namespace {

// The texts of this file, translated under the context "HelpMenu" (i18n/*.ts).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HelpMenu)
};

// The actions of menu and its submenus, in order.
void collect(const QMenu *menu, QList<QAction *> &out)
{
    for (QAction *a : menu->actions()) {
        if (a->menu())
            collect(a->menu(), out);
        else if (!a->isSeparator())
            out.append(a);
    }
}

} // namespace

QMenu *add(QMainWindow *window, const std::function<void()> &showKeys)
{
    QMenu *help = window->menuBar()->addMenu(Text::tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    QAction *keys = help->addAction(Text::tr("&Keyboard…"), window, showKeys);
    keys->setObjectName(u"keyboardHelpAction"_s);
    keys->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(Text::tr("&About Panelist"), window, [window] { showAbout(window); });
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    return help;
}

void showKeys(QWidget *window, const QString &intro, const QStringList &lines)
{
    QMessageBox box(QMessageBox::NoIcon, Text::tr("Keyboard"), intro, QMessageBox::Ok, window);
    box.setObjectName(u"keyboardHelp"_s);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(lines.join(u'\n'));
    box.exec();
}

QStringList shortcutLines(const QMainWindow *window)
{
    QList<QAction *> actions;
    for (QAction *a : window->menuBar()->actions()) {
        if (a->menu())
            collect(a->menu(), actions);
    }
    QStringList lines;
    QSet<QString> seen;
    for (const QAction *a : std::as_const(actions)) {
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts()) {
            // Qt names Shift+Tab with Ctrl "Ctrl+Shift+Backtab"; people know it as Ctrl+Shift+Tab.
            const QString key = k.toString(QKeySequence::NativeText).replace(u"Backtab"_s, u"Tab"_s);
            if (!key.isEmpty() && !seen.contains(key)) {
                seen.insert(key);
                keys.append(key);
            }
        }
        if (!keys.isEmpty())
            lines.append(Text::tr("%1: %2", "a key and what it does")
                             .arg(keys.join(Text::tr(" or ")), a->text().remove(u'&').remove(u"…"_s)));
    }
    return lines;
}

QString aboutText()
{
    return Text::tr(
        "Panelist %1\n\nExpert elicitation surveys: experts answer offline, coordinators merge and "
        "export, presenters show live charts.\n\nBuilt with Qt %2 (running on Qt %3).\n\nFree "
        "software under the GNU General Public License, version 3 or later.")
        .arg(QStringLiteral(PANELIST_VERSION), QStringLiteral(QT_VERSION_STR),
            QString::fromLatin1(qVersion()));
}

void showAbout(QWidget *parent)
{
    QMessageBox box(
        QMessageBox::Information, Text::tr("About Panelist"), aboutText(), QMessageBox::Ok, parent);
    box.setObjectName(u"aboutBox"_s);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace panelist::HelpMenu
