#pragma once

#include "cli/cli.h"

#include <QString>

namespace panelist {

// `response from-json IN OUT [--instrument FILE]`: in may be "-" (standard input); instrumentFile empty
// means the bundled instrument. Refuses an existing OUT and leaves nothing behind on failure.
int responseFromJson(const QString &in, const QString &out, const QString &instrumentFile, CliIo &io);
// `response to-json FILE`: the interchange JSON, indented, on out.
int responseToJson(const QString &file, CliIo &io);

} // namespace panelist
