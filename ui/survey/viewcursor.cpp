#include "ui/survey/viewcursor.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QEvent>
#include <QSignalBlocker>

namespace panelist {

ViewCursor::ViewCursor(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    view->installEventFilter(this);
    connect(view->model(), &QAbstractItemModel::dataChanged, this, &ViewCursor::sendChecked);
}

void ViewCursor::setCurrent(const QModelIndex &index)
{
    if (m_view->hasFocus()) {
        m_view->setCurrentIndex(index);
        return;
    }
    m_waiting = index;
    m_view->selectionModel()->clearCurrentIndex();
    if (m_view->selectionMode() != QAbstractItemView::NoSelection)
        m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
}

QModelIndex ViewCursor::current() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current : QModelIndex(m_waiting);
}

bool ViewCursor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view)
        return false;
    if (event->type() == QEvent::FocusIn && m_waiting.isValid()) {
        // Before the view's own focusInEvent, which would otherwise pick the first item; quietly, as
        // Qt would tell the screen reader about the item before the view it is in, which Qt says has
        // the focus only after this event: the item follows once the view has said so.
        {
            const QSignalBlocker quiet(m_view->selectionModel());
            m_view->selectionModel()->setCurrentIndex(m_waiting, QItemSelectionModel::NoUpdate);
        }
        m_view->scrollTo(m_waiting);
        m_view->viewport()->update();
        m_waiting = QPersistentModelIndex();
        QMetaObject::invokeMethod(this, &ViewCursor::sendFocus, Qt::QueuedConnection);
    } else if (event->type() == QEvent::FocusOut) {
        m_waiting = m_view->currentIndex();
        m_view->selectionModel()->clearCurrentIndex();
    }
    return false;
}

void ViewCursor::sendFocus()
{
    const QModelIndex current = m_view->currentIndex();
    if (!QAccessible::isActive() || !m_view->hasFocus() || !current.isValid())
        return;
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_view);
    QAccessibleTableInterface *table = iface ? iface->tableInterface() : nullptr;
    QAccessibleInterface *cell = table ? table->cellAt(current.row(), current.column()) : nullptr;
    if (!cell)
        return;
    QAccessibleEvent event(m_view, QAccessible::Focus);
    event.setChild(iface->indexOfChild(cell));
    QAccessible::updateAccessibility(&event);
}

void ViewCursor::sendChecked(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!QAccessible::isActive() || (!roles.isEmpty() && !roles.contains(Qt::CheckStateRole)))
        return;
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_view);
    QAccessibleTableInterface *table = iface ? iface->tableInterface() : nullptr;
    if (!table)
        return;
    QAccessible::State checked;
    checked.checked = true;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        for (int column = topLeft.column(); column <= bottomRight.column(); ++column) {
            QAccessibleInterface *cell = table->cellAt(row, column);
            if (!cell)
                continue;
            QAccessibleStateChangeEvent event(m_view, checked);
            event.setChild(iface->indexOfChild(cell));
            QAccessible::updateAccessibility(&event);
        }
    }
}

} // namespace panelist
