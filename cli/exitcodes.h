#pragma once

namespace panelist {

// Exit codes of panelist-cli and panelist, as documented in docs/cli.md.
enum CliExit : int {
    ExitOk = 0,
    ExitRejected = 1, // the input was refused; the reason is on standard error
    ExitUsage = 2, // the command line was wrong; what was wrong and the usage are on standard error
};

} // namespace panelist
