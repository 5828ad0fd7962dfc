#pragma once

#include "models/instrument/instrument.h"

#include <QJsonObject>
#include <QString>

namespace panelist {

// What `instrument show --json` prints: fingerprint, title, areas, measures, expertise groups, the
// rating scale, the combination question, thresholds and the number of rating items (docs/cli.md).
QJsonObject instrumentSummaryJson(const Instrument &ins);
// The same for a person reading a terminal.
QString instrumentSummaryText(const Instrument &ins);

} // namespace panelist
