#pragma once

#include <QIODevice>
#include <QStringList>
#include <QTextStream>

namespace panelist {

// Where a command reads and writes. The app wires these to stdin/stdout/stderr; tests may use buffers.
struct CliIo
{
    QTextStream &out;
    QTextStream &err;
    QIODevice &in; // read when a file argument is "-"
};

// Exit codes of panelist-cli, as documented in docs/cli.md.
enum CliExit : int {
    ExitOk = 0,
    ExitRejected = 1, // the input was refused; the reason is on err
    ExitUsage = 2, // the command line was wrong; the usage is on err
};

// Runs one panelist-cli command line (arguments without the program name) and returns its exit code.
// Never touches the display: the tool runs under QCoreApplication.
int runCli(const QStringList &arguments, CliIo &io);

QString cliUsage();

} // namespace panelist
