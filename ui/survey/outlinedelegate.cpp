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

    const int pad = 6;
    const int mark = opt.fontMetrics.height() - 2;
    QRect rect = opt.rect.adjusted(pad, 0, -pad, 0);
    painter->save();
    if (kind != PageKind::Review) {
        const QRectF markRect(rect.left(), rect.center().y() - mark / 2.0 + 0.5, mark, mark);
        drawState(painter, markRect.adjusted(1, 1, -1, -1), state, ink, paper);
    }
    rect.setLeft(rect.left() + mark + pad);

    QFont font = opt.font;
    if (kind != PageKind::Measure)
        font.setBold(true);
    const QFontMetrics titleMetrics(font);
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(small);
    const QString detail = index.data(int(Role::Detail)).toString();
    const QString heading = detail.isEmpty() ? text : index.data(int(Role::Heading)).toString();
    const int line = opt.fontMetrics.height();
    // The title's line: the whole row, or on a two-line row ("Preferred combination" over the risk
    // area) the upper half, so the part that tells the pages apart is not the part cut off.
    QRect top = detail.isEmpty() ? rect : QRect(rect.left(), rect.center().y() - line, rect.width(), line);

    // What the page's numbers mean, in words, where the mark alone does not say it: how many of a
    // measure's questions are rated while it is partly answered ("3 of 5 rated"), how many measures a
    // combination page has chosen ("4 chosen, up to 5", or "4 chosen" where that does not fit). "4/5"
    // read as unfinished on a combination page, where a single pick answers it.
    const int answered = index.data(int(Role::Answered)).toInt();
    const int total = index.data(int(Role::Total)).toInt();
    QString count;
    if (kind == PageKind::Measure && answered > 0 && answered < total)
        count = index.data(int(Role::Count)).toString();
    if (kind == PageKind::Combination && answered > 0) {
        count = index.data(int(Role::Count)).toString();
        if (titleMetrics.horizontalAdvance(heading) + pad + smallMetrics.horizontalAdvance(count)
            > top.width())
            count = tr("%1 chosen").arg(answered);
    }
    if (!count.isEmpty()) {
        const int w = smallMetrics.horizontalAdvance(count);
        QColor dim = ink;
        dim.setAlphaF(selected ? 0.85 : 0.6);
        painter->setPen(dim);
        painter->setFont(small);
        painter->drawText(
            QRect(top.right() - w, top.top(), w, top.height()), Qt::AlignVCenter | Qt::AlignRight, count);
        top.setRight(top.right() - w - pad);
    }
    painter->setPen(ink);
    painter->setFont(font);
    painter->drawText(
        top, Qt::AlignVCenter | Qt::AlignLeft, titleMetrics.elidedText(heading, Qt::ElideRight, top.width()));
    if (!detail.isEmpty()) {
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
