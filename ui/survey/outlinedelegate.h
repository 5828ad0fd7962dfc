#pragma once

#include <QStyledItemDelegate>

namespace panelist {

// Draws a row of the survey outline (SurveyOutlineModel) with its completion state in front of the
// name: an empty circle (not started), a half-filled circle (partly answered), a filled circle with a
// check mark (answered), and at the right edge, where the mark alone does not say it, what is
// answered in words ("3 of 5 rated", "4 chosen, up to 5").
class OutlineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace panelist
