#pragma once

#include "models/instrument/instrument.h"

#include <QRandomGenerator>
#include <QString>

namespace panelist {

// A plausible comment on measure m, drawn with g: one or two sentences, some with commas, double
// quotes, line breaks (LF and CRLF), non-ASCII text or SQL-looking text, never longer than maxLength
// and never empty.
QString simulatedComment(QRandomGenerator &g, const Measure &m, int maxLength);

} // namespace panelist
