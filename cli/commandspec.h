#pragma once

#include "cli/cliio.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace panelist {

struct ParsedCommand;

// What runs a command once its line has parsed: the exit code (cli/exitcodes.h).
using CommandHandler = int (*)(const ParsedCommand &command, CliIo &io);

// "max" of a positional that may repeat ("FILE|DIR...").
inline constexpr int Unbounded = -1;

// One option of a command: "--name VALUE" (or "--name=VALUE"), or a flag "--name" when valueName is
// empty. Each option may be given once.
struct OptionSpec
{
    QString name = {}; // without the dashes: "format" is --format
    QString valueName = {}; // "PATH", "json|csv|html" as the synopsis shows it; empty for a flag
    QString help = {}; // one or two sentences for --help
    bool required = false;

    bool isFlag() const { return valueName.isEmpty(); }
};

// A run of positional arguments with one name: "STUDY" (exactly one), "[FILE]" (min 0, max 1),
// "FILE|DIR..." (min 1, max Unbounded). Given arguments fill a command's positionals in order, each
// its minimum first, then the extra ones in order up to each maximum.
struct PositionalSpec
{
    QString name = {};
    QString help = {};
    int min = 1;
    int max = 1;
};

// One row of a command table: a command (or one form of it) and everything the parser, --help and
// the documentation need to know about it.
struct CommandSpec
{
    QStringList words = {}; // "study", "create"; none for a program that has no commands (panelist)
    // Rows may share words: then the row whose selector option is on the line is the one parsed, and
    // the row without a selector otherwise (merge STUDY FILE|DIR... vs merge STUDY --watch DIR).
    QString selector = {};
    QString group = {}; // heading of the row in the program's overview
    QList<PositionalSpec> positionals = {};
    QList<OptionSpec> options = {}; // in synopsis order
    QString description = {}; // a paragraph; --help wraps it
    CommandHandler handler = nullptr;
};

// A program's command line: its name, its rows, and what its overview says after them.
struct CommandTable
{
    QString program = {}; // "panelist-cli": the first word of every synopsis and of every usage error
    QList<CommandSpec> commands = {};
    QString epilogue = {}; // rules common to every command, ending the overview
    // Options the parser steps over for someone else (Qt's -platform, -style...), with one dash or
    // two, with "=VALUE" or, when valueName is set, the next argument.
    QList<OptionSpec> passedOn = {};

    // A program without command words: the one row is the whole command line (panelist).
    bool hasCommands() const { return !(commands.size() == 1 && commands.first().words.isEmpty()); }
};

} // namespace panelist
