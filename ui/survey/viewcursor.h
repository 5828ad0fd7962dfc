#pragma once

#include <QObject>
#include <QPersistentModelIndex>

class QAbstractItemView;

namespace panelist {

// What a screen reader is told about one item view of the survey window:
// - It has a current item only while it has the keyboard focus. Qt 6.4 reports a view's current item
//   as focused (in its accessible state, and with a Focus event from QListView's and QTableView's
//   currentChanged) whether or not the view has the focus, so the page list, the rating grid, the
//   combination list and the hidden review list all claimed the focus at once. Without the focus the
//   view's item waits here (setCurrent, current) and becomes current again when the focus comes
//   back, which is when Qt tells the screen reader about it.
// - An item whose check state changes sends a state-change event (Qt sends none for items), so
//   choosing a rating or ticking a measure is confirmed.
// Owned by the view; the view's model is set before.
class ViewCursor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewCursor)

public:
    explicit ViewCursor(QAbstractItemView *view);

    // The view's current item now if it has the focus, else when it gets it (selected meanwhile).
    void setCurrent(const QModelIndex &index);
    // The current item, or the one waiting for the focus.
    QModelIndex current() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sendFocus(); // the current item's Focus event
    void sendChecked(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    QAbstractItemView *m_view;
    QPersistentModelIndex m_waiting;
};

} // namespace panelist
