#pragma once

// Checks of what the presenter dashboard draws as text, as a viewer at a projector would notice:
// a name missing, cut at an edge, drawn over another, or shortened without the whole of it on
// hover; a label or key given less room than its text needs. Built on TextRecorder.
#include "tests/ui/dashboard/textrecorder.h"
#include "ui/dashboard/swatchlegend.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QHelpEvent>
#include <QLabel>
#include <QToolTip>
#include <QWidget>

#include <functional>

namespace dashboardtest {

using namespace Qt::StringLiterals;

// The texts a chart view draws, in its viewport's coordinates.
inline QList<DrawnText> drawnTexts(QGraphicsView *view)
{
    TextRecorder recorder(view->viewport()->size());
    QPainter painter(&recorder);
    view->render(&painter);
    painter.end();
    return recorder.texts();
}

inline QList<DrawnText> drawnTexts(QWidget *widget)
{
    TextRecorder recorder(widget->size());
    widget->render(&recorder, QPoint(), QRegion(), QWidget::DrawChildren);
    return recorder.texts();
}

// What is wrong with texts drawn in a box of the given size: any text reaching past its edges
// (cut off on screen) and any two texts drawn over each other.
inline QStringList placementProblems(const QList<DrawnText> &texts, const QSizeF &size, const QString &where)
{
    QStringList problems;
    const QRectF bounds = QRectF(QPointF(0, 0), size).adjusted(-1, -1, 1, 1);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const DrawnText &a = texts.at(i);
        if (!bounds.contains(a.rect))
            problems << u"%1: \"%2\" is cut at the edge"_s.arg(where, a.text);
        for (qsizetype j = i + 1; j < texts.size(); ++j) {
            const QRectF both = a.rect.intersected(texts.at(j).rect);
            if (both.width() > 2 && both.height() > 2)
                problems << u"%1: \"%2\" and \"%3\" overlap"_s.arg(where, a.text, texts.at(j).text);
        }
    }
    return problems;
}

// Each name must be drawn whole (on one line or wrapped), or shortened with "…" keeping at least
// its first minimum letters, and then hovering the shortened text shows the whole name.
inline QStringList nameProblems(const QList<DrawnText> &texts, const QStringList &names, int minimum,
    const std::function<QString(const QPointF &)> &toolTipAt, const QString &where)
{
    QString everything;
    for (const DrawnText &t : texts)
        everything += squeezed(t.text);
    QStringList problems;
    for (const QString &name : names) {
        const QString whole = squeezed(name);
        if (everything.contains(whole))
            continue;
        bool shortened = false;
        for (const DrawnText &t : texts) {
            const qsizetype cut = t.text.indexOf(u'…');
            QString shown = squeezed(t.text.left(cut));
            while (!shown.isEmpty() && shown.front().isDigit() && !whole.front().isDigit())
                shown.remove(0, 1); // the number a tab title starts with is not part of the name
            if (cut < 0 || shown.size() < std::min<qsizetype>(minimum, whole.size())
                || !whole.startsWith(shown))
                continue;
            if (toolTipAt && toolTipAt(t.rect.center()).contains(name)) {
                shortened = true;
                break;
            }
        }
        if (!shortened)
            problems << u"%1: \"%2\" is not shown (nor shortened with the whole name on hover)"_s.arg(
                where, name);
    }
    return problems;
}

// Texts on a page that get less room than they need (cut off at the bottom or at the side), or that
// reach past the page: its labels and its keys.
inline QStringList clippedTexts(QWidget *page, const QString &where)
{
    QStringList problems;
    const auto check = [&](QWidget *w, const QString &what, int needed, int neededWidth) {
        if (!w->isVisible())
            return;
        if (w->height() + 1 < needed || w->width() + 1 < neededWidth)
            problems << u"%1: %2 gets %3 x %4, needs %5 x %6"_s.arg(where, what)
                            .arg(w->width())
                            .arg(w->height())
                            .arg(neededWidth)
                            .arg(needed);
        if (!page->rect().contains(QRect(w->mapTo(page, QPoint(0, 0)), w->size())))
            problems << u"%1: %2 reaches past the page"_s.arg(where, what);
    };
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (label->text().isEmpty())
            continue;
        const QString what = u"\"%1\""_s.arg(label->text().left(40));
        if (label->wordWrap())
            check(label, what, label->heightForWidth(label->width()), 0);
        else
            check(label, what, label->sizeHint().height(), label->sizeHint().width());
    }
    for (panelist::SwatchLegend *legend : page->findChildren<panelist::SwatchLegend *>())
        check(legend, u"the key"_s, legend->heightForWidth(legend->width()), 0);
    return problems;
}

inline QString toolTipInView(QGraphicsView *view, const QPointF &at)
{
    for (const QGraphicsItem *item : view->items(at.toPoint())) {
        if (!item->toolTip().isEmpty())
            return item->toolTip();
    }
    return {};
}

// What hovering at a point of a painted widget shows.
inline QString toolTipInWidget(QWidget *widget, const QPointF &at)
{
    QHelpEvent help(QEvent::ToolTip, at.toPoint(), widget->mapToGlobal(at.toPoint()));
    QCoreApplication::sendEvent(widget, &help);
    const QString text = QToolTip::text();
    QToolTip::hideText();
    return text;
}

} // namespace dashboardtest
