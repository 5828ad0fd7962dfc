#pragma once

#include "cli/commandline.h"

#include <QTextStream>

#include <optional>

namespace panelist {

// What the rows of a command table look like to a person. Everything here is built from the table,
// so the help, the usage errors and the documentation's lists cannot drift from what is parsed.

// "panelist-cli report STUDY --format json|csv|html [--out PATH] [--group G]": an optional
// positional or option in brackets, a repeating positional followed by "...". One line, as the
// documentation lists it; help and usage wrap a long one at 100 columns.
QString synopsis(const CommandTable &table, const CommandSpec &spec);

// "Usage: " and the synopsis of every row whose words start with words, each on its own lines; with no
// words, every row and the program's --help and --version.
QString usageText(const CommandTable &table, const QStringList &words);

// "program: <why>", a blank line, usageText(table, words): every usage error reads this way.
QString usageErrorText(const CommandTable &table, const QStringList &words, const QString &why);

// --help: for command words, usageText then each row's description, arguments and options; with no
// words, the program's overview (every row's synopsis and description under its group, then the
// table's epilogue).
QString helpText(const CommandTable &table, const QStringList &words);

// "program <version>", the version being the project's (CMakeLists.txt, project(VERSION)).
QString versionText(const CommandTable &table);

// Prints what a line that is not to be run asked for (help or version on out, a usage error on err)
// and returns its exit code; nullopt when the line's command is to be run.
std::optional<int> answerCommandLine(
    const CommandTable &table, const CommandLine &line, QTextStream &out, QTextStream &err);

} // namespace panelist
