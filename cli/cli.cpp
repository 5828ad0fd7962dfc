#include "cli/cli.h"

#include "cli/exportcommands.h"
#include "cli/instrumentcommands.h"
#include "cli/reportcommand.h"
#include "cli/responsecommands.h"
#include "cli/studycommands.h"
#include "cli/watchcommand.h"

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

// The command line split into positionals and the options this tool knows. Options may come anywhere
// after the command words; "--" ends option parsing; "-" is a positional (standard input).
struct ParsedArgs
{
    QStringList positional;
    bool json = false;
    QString instrument; // --instrument FILE
    bool hasInstrument = false;
    QString error;
};

ParsedArgs parseArgs(const QStringList &args)
{
    ParsedArgs p;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (optionsEnded || a == u"-"_s || !a.startsWith(u'-')) {
            p.positional.append(a);
        } else if (a == u"--"_s) {
            optionsEnded = true;
        } else if (a == u"--json"_s) {
            p.json = true;
        } else if (a == u"--instrument"_s) {
            if (i + 1 >= args.size()) {
                p.error = u"--instrument needs a FILE"_s;
                return p;
            }
            p.instrument = args.at(++i);
            p.hasInstrument = true;
        } else if (a.startsWith(u"--instrument="_s)) {
            p.instrument = a.mid(13);
            p.hasInstrument = true;
        } else {
            p.error = u"unknown option "_s + a;
            return p;
        }
    }
    if (p.hasInstrument && p.instrument.isEmpty())
        p.error = u"--instrument needs a FILE"_s;
    return p;
}

int usageError(CliIo &io, const QString &why)
{
    io.err << "panelist-cli: " << why << "\n\n" << cliUsage();
    return ExitUsage;
}

} // namespace

QString cliUsage()
{
    return u"Usage:\n"
           u"  panelist-cli instrument validate FILE\n"
           u"      Check an instrument document; prints its fingerprint and size.\n"
           u"  panelist-cli instrument show [FILE] [--json]\n"
           u"      Describe an instrument (the bundled Uuk et al. 2024 one when FILE is omitted).\n"
           u"  panelist-cli response from-json IN.json OUT [--instrument FILE]\n"
           u"      Create the response file OUT from interchange JSON (IN may be - for standard input),\n"
           u"      after checking it against the instrument (the bundled one by default).\n"
           u"      OUT must not exist yet.\n"
           u"  panelist-cli response to-json FILE\n"
           u"      Print a response file as interchange JSON.\n"_s
           + exportCommandsUsage()
           + studyCommandsUsage()
           + reportCommandUsage()
           + watchCommandUsage()
           + u"  panelist-cli --help\n"
           u"\n"
           u"Exit status: 0 ok, 1 input rejected (reason on standard error), 2 usage error.\n"
           u"Formats: docs/cli.md and docs/interchange.md.\n"_s;
}

int runCli(const QStringList &arguments, CliIo &io)
{
    if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
        io.out << cliUsage();
        return ExitOk;
    }
    if (isExportCommand(arguments)) // export, simulate: cli/exportcommands.h
        return runExportCommand(arguments, io);
    if (isStudyCommand(arguments)) // study create/show, merge: cli/studycommands.h
        return runStudyCommand(arguments, io);
    if (isReportCommand(arguments)) // report: cli/reportcommand.h
        return runReportCommand(arguments, io);
    if (isWatchCommand(arguments)) // merge STUDY --watch DIR: cli/watchcommand.h
        return runWatchCommand(arguments, io);
    const ParsedArgs a = parseArgs(arguments);
    if (!a.error.isEmpty())
        return usageError(io, a.error);
    const QStringList &pos = a.positional;
    if (pos.size() < 2)
        return usageError(io, pos.isEmpty() ? u"no command given"_s : u"incomplete command"_s);

    const QString command = pos.at(0) + u' ' + pos.at(1);
    const QStringList rest = pos.mid(2);
    const bool onlyInstrumentOption = !a.json;
    const bool noOptions = !a.json && !a.hasInstrument;

    if (command == u"instrument validate"_s) {
        if (rest.size() != 1 || !noOptions)
            return usageError(io, u"instrument validate takes exactly one FILE and no options"_s);
        return instrumentValidate(rest.at(0), io);
    }
    if (command == u"instrument show"_s) {
        if (rest.size() > 1 || a.hasInstrument)
            return usageError(io, u"instrument show takes at most one FILE and only --json"_s);
        return instrumentShow(rest.value(0), a.json, io);
    }
    if (command == u"response from-json"_s) {
        if (rest.size() != 2 || !onlyInstrumentOption)
            return usageError(io, u"response from-json takes IN.json and OUT, and only --instrument FILE"_s);
        return responseFromJson(rest.at(0), rest.at(1), a.instrument, io);
    }
    if (command == u"response to-json"_s) {
        if (rest.size() != 1 || !noOptions)
            return usageError(io, u"response to-json takes exactly one FILE and no options"_s);
        return responseToJson(rest.at(0), io);
    }
    return usageError(io, u"unknown command \""_s + command + u'"');
}

} // namespace panelist
