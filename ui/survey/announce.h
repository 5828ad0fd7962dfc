#pragma once

#include <QString>

namespace panelist {

// Says text through the screen reader. Qt 6.4 has no announcement event, so the text becomes the
// accessible description of the object with the keyboard focus, followed by a DescriptionChanged
// event, which Orca speaks for the object it has in focus: a view's current item (through its
// model's Qt::AccessibleDescriptionRole, models/survey/itemnote.h), or else the focus widget, whose
// own description comes back when the focus leaves it. Nothing happens without a focus widget.
// Done from the event loop, after the focus events under way.
void announce(const QString &text);

} // namespace panelist
