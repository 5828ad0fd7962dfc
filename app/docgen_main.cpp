// panelist-docgen: writes the files made from the command tables at build time (packaging/
// CMakeLists.txt): the manual pages panelist(1) and panelist-cli(1) and panelist-cli's bash
// completion. Not installed. Its own line goes through the same parser as the two programs'.
#include "cli/bashcompletion.h"
#include "cli/commandhelp.h"
#include "cli/commandline.h"
#include "cli/commandtable.h"
#include "cli/exitcodes.h"
#include "cli/guicommandtable.h"
#include "cli/manpage.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace panelist;

namespace {

const CommandTable *tableOf(const QString &program)
{
    if (program == cliCommands().program)
        return &cliCommands();
    if (program == guiCommands().program)
        return &guiCommands();
    return nullptr;
}

int write(const ParsedCommand &command, CliIo &io, const QString &text)
{
    const QString out = command.argument(u"OUT"_s);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        io.err << "panelist-docgen: " << out << ": " << file.errorString() << '\n';
        return ExitRejected;
    }
    return ExitOk;
}

int runMan(const ParsedCommand &command, CliIo &io)
{
    const QString program = command.argument(u"PROGRAM"_s);
    const CommandTable *table = tableOf(program);
    if (!table)
        return usageError(command, io, u"no manual page for \"%1\""_s.arg(program));
    return write(command, io, manPage(*table, table == &cliCommands() ? cliManPageText() : guiManPageText()));
}

int runCompletion(const ParsedCommand &command, CliIo &io)
{
    const QString program = command.argument(u"PROGRAM"_s);
    const CommandTable *table = tableOf(program);
    if (!table || !table->hasCommands())
        return usageError(command, io, u"no bash completion for \"%1\""_s.arg(program));
    return write(command, io, bashCompletion(*table));
}

const CommandTable &docgenCommands()
{
    const PositionalSpec program { .name = u"PROGRAM"_s, .help = u"panelist or panelist-cli."_s };
    const PositionalSpec out { .name = u"OUT"_s, .help = u"The file to write (replaced)."_s };
    static const CommandTable table {
        .program = u"panelist-docgen"_s,
        .commands = {
            { .words = { u"man"_s },
                .group = u"Build files"_s,
                .positionals = { program, out },
                .description = u"Write PROGRAM's manual page (roff, section 1)."_s,
                .handler = &runMan },
            { .words = { u"bash-completion"_s },
                .group = u"Build files"_s,
                .positionals = { program, out },
                .description = u"Write PROGRAM's bash completion script."_s,
                .handler = &runCompletion },
        },
    };
    return table;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    CliIo io { out, err, in };
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const CommandLine line = parseCommandLine(docgenCommands(), arguments);
    if (const std::optional<int> answered = answerCommandLine(docgenCommands(), line, out, err))
        return *answered;
    return line.command.spec->handler(line.command, io);
}
