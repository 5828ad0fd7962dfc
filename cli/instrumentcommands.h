#pragma once

#include "cli/cli.h"

#include <QString>

namespace panelist {

// `instrument validate FILE`: prints "FILE: ok, fingerprint <hex>, N areas, M measures".
int instrumentValidate(const QString &file, CliIo &io);
// `instrument show [FILE] [--json]`: the bundled instrument when file is empty.
int instrumentShow(const QString &file, bool json, CliIo &io);

} // namespace panelist
