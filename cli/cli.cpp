#include "cli/cli.h"

#include "cli/commandhelp.h"
#include "cli/commandline.h"
#include "cli/commandtable.h"

namespace panelist {

int runCli(const QStringList &arguments, CliIo &io)
{
    const CommandTable &table = cliCommands();
    const CommandLine line = parseCommandLine(table, arguments);
    if (const std::optional<int> answered = answerCommandLine(table, line, io.out, io.err))
        return *answered;
    return line.command.spec->handler(line.command, io);
}

} // namespace panelist
