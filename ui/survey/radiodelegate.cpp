#include "ui/survey/radiodelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace panelist {

void RadioDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // A cell without a point on its row's scale (mixed scales) is left blank.
    const QVariant checkState = index.data(Qt::CheckStateRole);
    if (!checkState.isValid())
        return;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const auto *view = qobject_cast<const QAbstractItemView *>(widget);
    const bool currentRow = view && view->currentIndex().row() == index.row();
    const bool hasFocus = option.state & QStyle::State_HasFocus;

    painter->save();
    // A faint band marks the row that digits will rate.
    if (currentRow && view->hasFocus()) {
        QColor band = option.palette.color(QPalette::Highlight);
        band.setAlpha(28);
        painter->fillRect(option.rect, band);
    }
    if (hasFocus) {
        QPen pen(option.palette.color(QPalette::Highlight), 2);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->drawRoundedRect(QRectF(option.rect).adjusted(2, 2, -2, -2), 4, 4);
    }

    QStyleOptionButton radio;
    radio.initFrom(widget);
    const int w = style->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, &radio, widget);
    const int h = style->pixelMetric(QStyle::PM_ExclusiveIndicatorHeight, &radio, widget);
    radio.rect = QRect(0, 0, w, h);
    radio.rect.moveCenter(option.rect.center());
    radio.state = QStyle::State_Enabled;
    const bool checked = checkState.toInt() == Qt::Checked;
    radio.state |= checked ? QStyle::State_On : QStyle::State_Off;
    if (option.state & QStyle::State_MouseOver)
        radio.state |= QStyle::State_MouseOver;
    style->drawPrimitive(QStyle::PE_IndicatorRadioButton, &radio, painter, widget);
    painter->restore();
}

QSize RadioDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return { line * 4, line * 2 + 6 };
}

bool RadioDelegate::editorEvent(
    QEvent *, QAbstractItemModel *, const QStyleOptionViewItem &, const QModelIndex &)
{
    return false;
}

} // namespace panelist
