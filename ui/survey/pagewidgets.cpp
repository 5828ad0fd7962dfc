#include "ui/survey/pagewidgets.h"

#include "models/instrument/instrument.h"

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
    auto *label = withFontScale(new QLabel(parent), 1.5, true);
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
        label->setAccessibleName(QCoreApplication::translate("panelist::PageWidgets", "Tag: %1").arg(tag));
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

} // namespace

QString ratingKeys(const Instrument &instrument)
{
    const QList<const Scale *> scales = ratingScales(instrument);
    int low = 1, high = 0;
    bool dontKnow = false, zeroIsAValue = false;
    for (const Scale *s : scales) {
        low = high < low ? s->minValue() : qMin(low, s->minValue());
        high = qMax(high, s->maxValue());
        dontKnow = dontKnow || s->allowDontKnow;
        zeroIsAValue = zeroIsAValue || s->contains(0);
    }
    QStringList keys;
    // A digit key rates with the point of that value (ui/survey/ratinggrid.cpp).
    if (!scales.isEmpty() && low >= 0 && high <= 9)
        keys << QCoreApplication::translate("PageWidgets", "%1–%2 rate the current row").arg(low).arg(high);
    else if (!scales.isEmpty())
        keys << QCoreApplication::translate(
            "PageWidgets", "digits rate the current row where the scale has that value");
    if (dontKnow)
        keys << (zeroIsAValue ? QCoreApplication::translate("PageWidgets", "D = don't know")
                              : QCoreApplication::translate("PageWidgets", "D or 0 = don't know"));
    keys << QCoreApplication::translate("PageWidgets", "Delete clears");
    return keys.join(u", "_s);
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
