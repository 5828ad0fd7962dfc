#include "ui/survey/announce.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QEvent>

namespace panelist {

namespace {

constexpr char OwnDescription[] = "panelistOwnDescription";

// Gives a widget its own description back when the focus leaves it (the event then goes to an
// object the screen reader no longer has in focus, so nothing is said).
class DescriptionRestorer final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut) {
            auto *widget = static_cast<QWidget *>(watched);
            widget->removeEventFilter(this);
            widget->setAccessibleDescription(widget->property(OwnDescription).toString());
            widget->setProperty(OwnDescription, QVariant());
        }
        return false;
    }
};

// The same text again would be no change to the screen reader, and not be heard again.
QString changed(const QString &before, const QString &text)
{
    return before == text ? text + u' ' : text;
}

bool announceOnItem(QAbstractItemView *view, const QString &text)
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return false;
    const QString before = current.data(Qt::AccessibleDescriptionRole).toString();
    if (!view->model()->setData(current, changed(before, text), Qt::AccessibleDescriptionRole))
        return false;
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    QAccessibleTableInterface *table = iface ? iface->tableInterface() : nullptr;
    QAccessibleInterface *cell = table ? table->cellAt(current.row(), current.column()) : nullptr;
    if (!cell)
        return true;
    QAccessibleEvent event(view, QAccessible::DescriptionChanged);
    event.setChild(iface->indexOfChild(cell));
    QAccessible::updateAccessibility(&event);
    return true;
}

void announceOnWidget(QWidget *widget, const QString &text)
{
    if (!widget->property(OwnDescription).isValid()) {
        widget->setProperty(OwnDescription, widget->accessibleDescription());
        static auto *restorer = new DescriptionRestorer(qApp);
        widget->installEventFilter(restorer);
    }
    widget->setAccessibleDescription(changed(widget->accessibleDescription(), text));
}

void announceNow(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || text.isEmpty())
        return;
    if (auto *view = qobject_cast<QAbstractItemView *>(focus); view && announceOnItem(view, text))
        return;
    announceOnWidget(focus, text);
}

} // namespace

void announce(const QString &text)
{
    // After the focus events already on their way (ui/survey/viewcursor.h), so that it goes to
    // the object the screen reader will have in focus.
    QMetaObject::invokeMethod(
        qApp, [text] { announceNow(text); }, Qt::QueuedConnection);
}

} // namespace panelist
