#pragma once

#include <QString>
#include <QStringList>

class QLabel;
class QWidget;
class QLayout;

namespace panelist {
class Instrument;
struct Measure;
} // namespace panelist

namespace panelist::PageWidgets {

// Small factories so every page uses the same typography; each returns a child of parent.
QLabel *heading(QWidget *parent); // page title: larger, bold, a heading to screen readers
QLabel *overline(QWidget *parent); // small caption above a heading ("Measure 5 of 27")
QLabel *bodyText(QWidget *parent); // word-wrapped paragraph
QLabel *hint(QWidget *parent); // secondary, smaller text (keyboard hints, explanations)
QLabel *problem(QWidget *parent); // a message the expert must notice (red), hidden when empty
// Replaces the children of layout with one small rounded label per tag.
void setTags(QLayout *layout, const QStringList &tags, QWidget *parent);
// Shows text on a problem() label, or hides it when text is empty.
void showProblem(QLabel *label, const QString &text);
// What the rating grid's keys do, for this instrument's scales: "1–7 rate the current row" for a
// 1 to 7 scale, "D or 0 = don't know" only where "don't know" is offered, and so on.
QString ratingKeys(const Instrument &instrument);
// The same as lines of the keyboard help, one key (or keys that mean the same) per line: "1–5: rate
// the current row of the rating grid", "D or 0: don't know, in the rating grid", ...
QStringList ratingKeyLines(const Instrument &instrument);
// The rating grid's instruction for one measure, from the instrument's own prompts.
QString ratingInstruction(const Instrument &instrument, const Measure &measure);

} // namespace panelist::PageWidgets
