#include "ui/survey/outlinedelegate.h"

#include "models/survey/surveyoutlinemodel.h"
#include "models/survey/surveysession.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

using Role = SurveyOutlineModel::Role;
using PageKind = SurveyOutlineModel::PageKind;

void drawState(QPainter *p, const QRectF &r, MeasureState state, const QColor &ink, const QColor &paper)
{
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(ink, 1.5));
    p->setBrush(Qt::NoBrush);
    switch (state) {
    case MeasureState::NotStarted:
        p->drawEllipse(r);
        break;
    case MeasureState::Partial: {
        p->drawEllipse(r);
        QPainterPath half;
        half.moveTo(r.center());
        half.arcTo(r, 90, 180); // left half, filled
        half.closeSubpath();
        p->setBrush(ink);
        p->drawPath(half);
        break;
    }
    case MeasureState::Complete: {
        p->setBrush(ink);
        p->drawEllipse(r);
        QPen tick(paper, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p->setPen(tick);
        QPainterPath path;
        path.moveTo(r.left() + r.width() * 0.27, r.top() + r.height() * 0.52);
        path.lineTo(r.left() + r.width() * 0.44, r.top() + r.height() * 0.70);
        path.lineTo(r.left() + r.width() * 0.74, r.top() + r.height() * 0.32);
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
        break;
    }
    }
}

} // namespace

void OutlineDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background, selection and focus from the style; text and marks drawn here.
    const QString text = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor ink = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor paper = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);

    const auto kind = PageKind(index.data(int(Role::PageKind)).toInt());
    const auto state = MeasureState(index.data(int(Role::State)).toInt());
    const int answered = index.data(int(Role::Answered)).toInt();
    const int total = index.data(int(Role::Total)).toInt();

    const int pad = 6;
    const int mark = opt.fontMetrics.height() - 2;
    QRect rect = opt.rect.adjusted(pad, 0, -pad, 0);
    painter->save();
    if (kind != PageKind::Review) {
        const QRectF markRect(rect.left(), rect.center().y() - mark / 2.0 + 0.5, mark, mark);
        drawState(painter, markRect.adjusted(1, 1, -1, -1), state, ink, paper);
    }
    rect.setLeft(rect.left() + mark + pad);

    painter->setPen(ink);
    // "3/5" for items on a page; the profile has no fixed number to reach (one expertise group is
    // enough), so its mark says all there is.
    QString count;
    if ((kind == PageKind::Measure || kind == PageKind::Combination) && total > 0)
        count = u"%1/%2"_s.arg(answered).arg(total);
    if (!count.isEmpty()) {
        const int w = opt.fontMetrics.horizontalAdvance(count);
        QColor dim = ink;
        dim.setAlphaF(selected ? 0.85 : 0.6);
        painter->setPen(dim);
        painter->drawText(
            QRect(rect.right() - w, rect.top(), w, rect.height()), Qt::AlignVCenter | Qt::AlignRight, count);
        rect.setRight(rect.right() - w - pad);
        painter->setPen(ink);
    }
    QFont font = opt.font;
    if (kind != PageKind::Measure)
        font.setBold(true);
    painter->setFont(font);
    const QString detail = index.data(int(Role::Detail)).toString();
    if (detail.isEmpty()) {
        const QString elided = QFontMetrics(font).elidedText(text, Qt::ElideRight, rect.width());
        painter->drawText(rect, Qt::AlignVCenter | Qt::AlignLeft, elided);
    } else {
        // Two lines: "Preferred combination" over the risk area, so the part that tells the pages
        // apart is not the part cut off.
        const QString heading = index.data(int(Role::Heading)).toString();
        const int line = opt.fontMetrics.height();
        const QRect top(rect.left(), rect.center().y() - line, rect.width(), line);
        painter->drawText(top, Qt::AlignVCenter | Qt::AlignLeft,
            QFontMetrics(font).elidedText(heading, Qt::ElideRight, rect.width()));
        painter->setFont(opt.font);
        const QRect bottom(rect.left(), rect.center().y(), rect.width(), line);
        painter->drawText(bottom, Qt::AlignVCenter | Qt::AlignLeft,
            opt.fontMetrics.elidedText(detail, Qt::ElideRight, rect.width()));
    }
    painter->restore();
}

QSize OutlineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int lines = index.data(int(Role::Detail)).toString().isEmpty() ? 1 : 2;
    size.setHeight(qMax(size.height(), lines * option.fontMetrics.height() + 10));
    // Titles are elided to the outline's width, never scrolled: ask for no width of its own.
    size.setWidth(1);
    return size;
}

} // namespace panelist
