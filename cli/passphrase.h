#pragma once

#include "cli/commandline.h"

#include <QString>

#include <optional>

namespace panelist {

// The option every command that needs a passphrase has: --passphrase-fd N, one line read from file
// descriptor N (0 is standard input), for scripts and tests.
OptionSpec passphraseFdOption();

enum class AskTwice { No, Yes };

// A passphrase, or the exit code after saying why there is none (on io.err):
// - with --passphrase-fd N: one line read from N (up to a line feed or the end, a carriage return
//   before the line feed dropped), never repeated;
// - else, when standard input is a terminal: prompt on standard error and read standard input with
//   echo off (termios), twice when askTwice says so, the two having to match;
// - else a usage error: there is nobody to ask.
struct PassphraseAnswer
{
    std::optional<QString> passphrase;
    int exitCode = 0;
};
PassphraseAnswer askPassphrase(
    const ParsedCommand &command, CliIo &io, const QString &prompt, AskTwice askTwice = AskTwice::No);

} // namespace panelist
