#pragma once

#include <QStyledItemDelegate>

namespace panelist {

// Draws each rating cell as a radio indicator, checked when the model reports Qt::Checked for
// Qt::CheckStateRole; the current cell gets a visible focus ring so keyboard users see where digits
// will land. Never edits: RatingGrid turns clicks and keys into model calls, so the delegate's
// default check-box toggling (which could un-rate a cell) is switched off.
class RadioDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RadioDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
};

} // namespace panelist
