#pragma once

#include "cli/commandline.h"

namespace panelist {

// `keys create --out NAME.panelist-key`: a new coordinator key, locked with a passphrase.
int runKeysCreate(const ParsedCommand &command, CliIo &io);
// `keys show FILE`: what a key file says without its passphrase.
int runKeysShow(const ParsedCommand &command, CliIo &io);
// `keys backup FILE --out BACKUP.txt|BACKUP.png|BACKUP.svg`: the printable backup of the secret key.
int runKeysBackup(const ParsedCommand &command, CliIo &io);
// `keys restore BACKUP.txt --out NAME.panelist-key`: a key file again from its backup.
int runKeysRestore(const ParsedCommand &command, CliIo &io);

} // namespace panelist
