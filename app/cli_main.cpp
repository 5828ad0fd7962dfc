// panelist-cli: headless tool for instruments and response files. Wiring only; the commands live in
// cli/ so tests and other tools can call them. QCoreApplication: no display needed.
#include "cli/cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("panelist-cli"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err << "panelist-cli: cannot read standard input\n";
        return panelist::ExitRejected;
    }
    panelist::CliIo io { out, err, in };
    io.errIsTerminal = ::isatty(STDERR_FILENO) == 1;
    io.outIsTerminal = ::isatty(STDOUT_FILENO) == 1;

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return panelist::runCli(arguments, io);
}
