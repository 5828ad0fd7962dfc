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
};

} // namespace panelist
