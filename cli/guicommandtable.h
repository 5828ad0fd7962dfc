#pragma once

#include "cli/commandspec.h"

namespace panelist {

// The GUI program's command line (app/main.cpp), in the rows panelist-cli uses (cli/commandspec.h):
// one row, no command words. Qt's own options (those QGuiApplication, QApplication and the xcb
// platform take) are stepped over by the parser and left in argv for QApplication, which removes
// them. Here rather than in app/main.cpp so that panelist(1) is made from it (app/docgen_main.cpp).
const CommandTable &guiCommands();

} // namespace panelist
