#include "cli/mergekey.h"

#include "cli/exitcodes.h"
#include "cli/passphrase.h"
#include "models/merge/merger.h"
#include "models/security/keyfile.h"
#include "models/storage/sqliteheader.h"
#include "models/storage/studystore.h"

using namespace Qt::StringLiterals;

namespace panelist {

OptionSpec mergeKeyOption()
{
    return { .name = u"key"_s,
        .valueName = u"FILE"_s,
        .help = u"The coordinator key file (keys create) that opens sealed response files; its passphrase "
                u"is asked without echo, or read from --passphrase-fd. The clear files never touch the "
                u"disk."_s };
}

int useMergeKey(const ParsedCommand &command, const StudyStore &study, Merger &merger, CliIo &io)
{
    if (!command.isSet(u"key"_s)) {
        if (command.isSet(u"passphrase-fd"_s))
            return usageError(command, io, u"--passphrase-fd: only with --key"_s);
        return ExitOk;
    }
    const QString file = command.value(u"key"_s);
    const Result<KeyFileInfo> info = readKeyFileInfo(file);
    if (!info) {
        io.err << info.error() << '\n';
        return ExitRejected;
    }
    const QString expected = study.settings().coordinatorKeyFingerprint;
    if (!expected.isEmpty() && info->fingerprint != expected) {
        io.err << displayPath(file) << ": the key " << info->fingerprint
               << " is not this study's coordinator key (" << expected << "); nothing was merged\n";
        return ExitRejected;
    }
    const PassphraseAnswer answer = askPassphrase(command, io, u"Passphrase of the key file: "_s);
    if (!answer.passphrase)
        return answer.exitCode;
    const Result<CoordinatorKey> key = unlockKeyFile(file, *answer.passphrase);
    if (!key) {
        io.err << key.error() << "; nothing was merged\n";
        return ExitRejected;
    }
    merger.setCoordinatorKey(*key);
    return ExitOk;
}

} // namespace panelist
