#include "ui/survey/pagewidgets.h"

#include "models/instrument/instrument.h"
#include "ui/survey/headinglabel.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLayout>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace panelist::PageWidgets {

namespace {
QLabel *withFontScale(QLabel *label, double scale, bool bold)
{
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    label->setFont(f);
    return label;
}
} // namespace

QLabel *heading(QWidget *parent)
{
    auto *label = withFontScale(new HeadingLabel(parent), 1.5, true);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *overline(QWidget *parent)
{
    auto *label = withFontScale(new QLabel(parent), 0.9, false);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *bodyText(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *hint(QWidget *parent)
{
    auto *label = withFontScale(new QLabel(parent), 0.9, false);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *problem(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // A fixed red reads as "something is wrong" on both light and dark palettes.
    label->setStyleSheet(u"color: #b3261e; font-weight: bold;"_s);
    label->hide();
    return label;
}

void setTags(QLayout *layout, const QStringList &tags, QWidget *parent)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &tag : tags) {
        auto *label = withFontScale(new QLabel(tag, parent), 0.85, false);
        label->setTextFormat(Qt::PlainText);
        label->setStyleSheet(u"QLabel { border: 1px solid palette(mid); border-radius: 8px;"
                             " padding: 1px 8px; background: palette(alternate-base); }"_s);
        label->setAccessibleName(QCoreApplication::translate("PageWidgets", "Tag: %1").arg(tag));
        layout->addWidget(label);
    }
    if (auto *box = qobject_cast<QBoxLayout *>(layout))
        box->addStretch(1);
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

namespace {

QList<const Scale *> ratingScales(const Instrument &instrument)
{
    QList<const Scale *> scales;
    if (instrument.effectiveness().enabled)
        scales << &instrument.effectivenessScale();
    if (instrument.feasibility().enabled)
        scales << &instrument.feasibilityScale();
    return scales;
}

// What the digit and "don't know" keys of the rating grid do for these scales (ui/survey/ratinggrid.cpp:
// a digit rates with the point of that value; D, and 0 unless a scale has a point 0, is "don't know").
struct RatingKeySet
{
    bool any = false;
    bool singleDigits = false; // every point is 0 to 9
    int low = 1;
    int high = 0;
    bool dontKnow = false;
    bool zeroIsAValue = false;
};

RatingKeySet ratingKeySet(const Instrument &instrument)
{
    RatingKeySet k;
    const QList<const Scale *> scales = ratingScales(instrument);
    for (const Scale *s : scales) {
        k.low = k.high < k.low ? s->minValue() : qMin(k.low, s->minValue());
        k.high = qMax(k.high, s->maxValue());
        k.dontKnow = k.dontKnow || s->allowDontKnow;
        k.zeroIsAValue = k.zeroIsAValue || s->contains(0);
    }
    k.any = !scales.isEmpty();
    k.singleDigits = k.any && k.low >= 0 && k.high <= 9;
    return k;
}

// Texts of this file outside a class, translated under the context "PageWidgets" (i18n/*.ts).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PageWidgets)
};

} // namespace

QString ratingKeys(const Instrument &instrument)
{
    const RatingKeySet k = ratingKeySet(instrument);
    QStringList keys;
    if (k.singleDigits)
        keys << Text::tr("%1–%2 rate the current row").arg(k.low).arg(k.high);
    else if (k.any)
        keys << Text::tr("digits rate the current row where the scale has that value");
    if (k.dontKnow)
        keys << (k.zeroIsAValue ? Text::tr("D = don't know") : Text::tr("D or 0 = don't know"));
    keys << Text::tr("Delete clears");
    return keys.join(u", "_s);
}

QStringList ratingKeyLines(const Instrument &instrument)
{
    const RatingKeySet k = ratingKeySet(instrument);
    QStringList lines;
    if (k.singleDigits)
        lines << Text::tr("%1–%2: rate the current row of the rating grid").arg(k.low).arg(k.high);
    else if (k.any)
        lines << Text::tr("Digits: rate the current row of the rating grid with the point of that value");
    if (k.dontKnow)
        lines << (k.zeroIsAValue ? Text::tr("D: don't know, in the rating grid")
                                 : Text::tr("D or 0: don't know, in the rating grid"));
    lines << Text::tr("Delete or Backspace: clear the current row of the rating grid");
    return lines;
}

QString ratingInstruction(const Instrument &instrument, const Measure &measure)
{
    QStringList parts;
    if (instrument.effectiveness().enabled && measure.askEffectiveness && !instrument.areas().isEmpty())
        parts << QString(instrument.effectiveness().prompt)
                     .replace(
                         u"{area}"_s, QCoreApplication::translate("PageWidgets", "each of the risks below"));
    if (instrument.feasibility().enabled && measure.askFeasibility)
        parts << instrument.feasibility().prompt;
    parts << QCoreApplication::translate("PageWidgets", "Choose one answer per row.");
    return parts.join(u' ');
}

} // namespace panelist::PageWidgets
