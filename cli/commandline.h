#pragma once

#include "cli/commandspec.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace panelist {

// A command line that parsed against one row of a table: what a handler works from.
struct ParsedCommand
{
    const CommandTable *table = nullptr;
    const CommandSpec *spec = nullptr;
    QHash<QString, QStringList> positionals = {}; // by PositionalSpec::name
    QHash<QString, QString> values = {}; // valued options given, by OptionSpec::name; never empty
    QSet<QString> flags = {}; // flags given

    // The argument of the positional called name; empty when an optional one was left out.
    QString argument(const QString &name) const { return positionals.value(name).value(0); }
    QStringList arguments(const QString &name) const { return positionals.value(name); }
    bool isSet(const QString &option) const { return flags.contains(option) || values.contains(option); }
    QString value(const QString &option) const { return values.value(option); }
};

// What a command line asks for.
struct CommandLine
{
    enum class Action { Run, Help, Version, UsageError };
    Action action = Action::UsageError;
    ParsedCommand command = {}; // Run: the command to run
    // Help and UsageError: the command words the help or the usage is about (every row that starts
    // with them); none for the whole program.
    QStringList words = {};
    QString error = {}; // UsageError: what was wrong, for "program: <error>"
};

// Parses a command line (without the program name) against table:
// - the leading arguments name the command (its words); every other argument is for that command;
// - "--name VALUE" and "--name=VALUE" are the same; a value cannot start with "--" unless given as
//   --name=VALUE (so "--out --json" is a missing value, not a file called --json);
// - "--" ends the options: what follows is positional even if it starts with "-"; "-" alone is
//   positional (standard input);
// - an option given twice, an unknown option, a valued option without a value or with an empty one,
//   a flag given a value and a wrong number of positionals are usage errors, the first one found
//   reported;
// - "--help" or "-h" anywhere among a command's options asks for that command's help (even when the
//   rest of the line is wrong); "--help", "-h" or "help" first asks for the program's overview, or,
//   followed by command words, for those commands' help; "--version" alone asks for the version.
CommandLine parseCommandLine(const CommandTable &table, const QStringList &arguments);

// For a handler that finds a value it cannot use (an unknown --format): prints
// "program: <why>", a blank line and the usage of the command on io.err; returns ExitUsage.
int usageError(const ParsedCommand &command, CliIo &io, const QString &why);

} // namespace panelist
