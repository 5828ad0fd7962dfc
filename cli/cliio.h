#pragma once

#include <QIODevice>
#include <QTextStream>

namespace panelist {

// Where a command reads and writes. The app wires these to stdin/stdout/stderr; tests may use buffers.
struct CliIo
{
    QTextStream &out;
    QTextStream &err;
    QIODevice &in; // read when a file argument is "-"
    // Whether standard error and standard output are terminals (app/cli_main.cpp asks isatty()):
    // progress is shown only on a terminal's standard error (cli/progress.h).
    bool errIsTerminal = false;
    bool outIsTerminal = false;
};

} // namespace panelist
