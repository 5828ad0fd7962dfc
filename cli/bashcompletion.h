#pragma once

#include "cli/commandspec.h"

#include <QString>

#include <optional>

namespace panelist {

// What the shell offers for an argument or an option's value, judged by the name the synopsis gives
// it: Words for a list of lowercase choices ("json|csv|html"), Directory for DIR, File for a file
// ("FILE", "STUDY", "NAME.panelist-key", "FILE|DIR"), Nothing for a number, a name or a text.
// nullopt for a name not seen before: tst_bashcompletion asks for a decision on each new one.
enum class CompletionKind { Nothing, Words, File, Directory };
std::optional<CompletionKind> completionKind(const QString &valueName);

// A bash completion script for a program with command words (panelist-cli), made from its table:
// the command words one at a time, then the command's options (those not given yet, and --help),
// an option's value by its kind, and the command's arguments by theirs. Defines
// _panelist_cli (after the program's name) and registers it with `complete`. Plain bash: it needs
// neither the bash-completion package's helpers nor any other file.
QString bashCompletion(const CommandTable &table);

} // namespace panelist
