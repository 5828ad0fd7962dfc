#pragma once

#include <QString>

namespace panelist {

// Text that came from outside (file names, ids and values quoted in reasons) as it may be shown on a
// terminal or in a table: control characters (U+0000–U+001F, U+007F–U+009F) and the characters that
// reorder a line's display (bidirectional embeddings, overrides and isolates) are written as
// \xNN or \uNNNN, so a hostile name can neither send escape sequences to a terminal nor make a line
// read as something it is not. Everything else is unchanged; text without such characters comes back
// as it was. keepNewlines leaves '\n' as it is (for messages of several lines).
QString printable(const QString &text, bool keepNewlines = false);

} // namespace panelist
