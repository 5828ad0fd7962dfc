#pragma once

#include <QString>

namespace panelist {

// Says text through the screen reader. Qt 6.4 has no announcement event, so the text becomes the
// accessible description of the object with the keyboard focus, followed by a DescriptionChanged
// event for the object the screen reader has in focus. Orca 43 speaks such an event's text, but Qt
// 6.4's AT-SPI bridge sends the object instead of the text, so Orca speaks the description only
// when it presents the object (arriving on a page, moving to an item). The object: a view's current item
// (through its model's Qt::AccessibleDescriptionRole, models/survey/itemnote.h), or else the focus widget,
// whose own description comes back when the focus leaves it. Nothing happens without a focus widget. Done
// from the event loop, after the focus events under way.
void announce(const QString &text);

} // namespace panelist
