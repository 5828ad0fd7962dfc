#include "cli/keycommands.h"

#include "cli/exitcodes.h"
#include "cli/passphrase.h"

#include "models/security/keybackup.h"
#include "models/security/keyencoding.h"
#include "models/security/keyfile.h"
#include "models/security/qrcode.h"
#include "models/storage/sqliteheader.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

int rejected(CliIo &io, const QString &message)
{
    io.err << message << '\n';
    return ExitRejected;
}

// Refused before any passphrase is asked for, so nobody types one for nothing.
bool exists(const QString &path)
{
    return QFileInfo(path).exists() || QFileInfo(path).isSymLink();
}

QString alreadyExists(const QString &path)
{
    return displayPath(path) + u": already exists; choose another name (nothing was written)"_s;
}

std::optional<int> checkKeyFileName(const ParsedCommand &command, CliIo &io, const QString &out)
{
    if (!out.endsWith(KeyFile::Suffix))
        return usageError(command, io, u"--out: \"%1\" does not end in %2"_s.arg(out, KeyFile::Suffix));
    if (exists(out))
        return rejected(io, alreadyExists(out));
    return std::nullopt;
}

// A new passphrase, asked for twice on a terminal and checked.
std::optional<QString> newPassphrase(const ParsedCommand &command, CliIo &io, int &exitCode)
{
    const PassphraseAnswer answer
        = askPassphrase(command, io, u"New passphrase for the key file: "_s, AskTwice::Yes);
    exitCode = answer.exitCode;
    if (!answer.passphrase)
        return std::nullopt;
    if (Status s = checkNewPassphrase(*answer.passphrase); !s) {
        exitCode = rejected(io, u"panelist-cli: "_s + s.error() + u"; nothing was written"_s);
        return std::nullopt;
    }
    return answer.passphrase;
}

void printKeep(CliIo &io, const QString &file)
{
    io.out << "\nKeep " << file << " and its passphrase safe. Without both, no response sealed to this key\n"
           << "can ever be opened again: not by you, not by the experts, not by anyone. Make a printed\n"
           << "backup now and keep it offline:\n"
           << "  panelist-cli keys backup " << file << " --out BACKUP.txt   (or BACKUP.png for a QR code)\n";
}

} // namespace

int runKeysCreate(const ParsedCommand &command, CliIo &io)
{
    const QString out = command.value(u"out"_s);
    if (const std::optional<int> refused = checkKeyFileName(command, io, out))
        return *refused;
    int exitCode = ExitOk;
    const std::optional<QString> passphrase = newPassphrase(command, io, exitCode);
    if (!passphrase)
        return exitCode;
    const Result<CoordinatorKey> key = createCoordinatorKey(out, *passphrase);
    if (!key)
        return rejected(io, key.error());
    io.out << displayPath(out) << ": coordinator key created\n"
           << "Fingerprint: " << key->fingerprint() << '\n'
           << "Experts can compare this fingerprint with the one their Panelist shows for your survey.\n";
    printKeep(io, displayPath(out));
    return ExitOk;
}

int runKeysShow(const ParsedCommand &command, CliIo &io)
{
    const QString file = command.argument(u"FILE"_s);
    const Result<KeyFileInfo> info = readKeyFileInfo(file);
    if (!info)
        return rejected(io, info.error());
    io.out << "Key file: " << displayPath(file) << '\n'
           << "Fingerprint: " << info->fingerprint << '\n'
           << "Created: " << info->createdAt.toString(Qt::ISODateWithMs) << '\n'
           << "Public key: " << toBase64(info->publicKey) << '\n'
           << "Passphrase: Argon2id, " << info->kdfOpsLimit << " passes over "
           << info->kdfMemLimit / (1024 * 1024) << " MiB\n";
    return ExitOk;
}

int runKeysBackup(const ParsedCommand &command, CliIo &io)
{
    const QString file = command.argument(u"FILE"_s);
    const QString out = command.value(u"out"_s);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != u"txt"_s && suffix != u"png"_s && suffix != u"svg"_s)
        return usageError(command, io, u"--out: \"%1\" does not end in .txt, .png or .svg"_s.arg(out));
    if (exists(out))
        return rejected(io, alreadyExists(out));
    if (const Result<KeyFileInfo> info = readKeyFileInfo(file); !info)
        return rejected(io, info.error());
    const PassphraseAnswer answer = askPassphrase(command, io, u"Passphrase of the key file: "_s);
    if (!answer.passphrase)
        return answer.exitCode;
    const Result<CoordinatorKey> key = unlockKeyFile(file, *answer.passphrase);
    if (!key)
        return rejected(io, key.error());
    const Status written
        = suffix == u"txt"_s ? KeyBackup::writeTextBackup(out, *key) : QrCode::writeQrBackup(out, *key);
    if (!written)
        return rejected(io, written.error());
    io.out << displayPath(out) << ": backup of the key " << key->fingerprint()
           << (suffix == u"txt"_s ? u" (18 groups of four characters)"_s : u" (a QR code)"_s)
           << " written\n\n"
           << "Anyone who has this backup can open every response sealed to this key. Print it, keep the\n"
           << "paper somewhere safe and offline, and delete " << displayPath(out) << ".\n"
           << "To make a key file from it: panelist-cli keys restore BACKUP.txt --out NAME.panelist-key\n";
    return ExitOk;
}

int runKeysRestore(const ParsedCommand &command, CliIo &io)
{
    const QString backup = command.argument(u"BACKUP.txt"_s);
    const QString out = command.value(u"out"_s);
    if (const std::optional<int> refused = checkKeyFileName(command, io, out))
        return *refused;
    const Result<CoordinatorKey> key = KeyBackup::restoreFromBackupFile(backup);
    if (!key)
        return rejected(io, key.error());
    int exitCode = ExitOk;
    const std::optional<QString> passphrase = newPassphrase(command, io, exitCode);
    if (!passphrase)
        return exitCode;
    if (Status s = writeKeyFile(out, *key, *passphrase); !s)
        return rejected(io, s.error());
    io.out << displayPath(out) << ": coordinator key restored from " << displayPath(backup) << '\n'
           << "Fingerprint: " << key->fingerprint() << '\n'
           << "Check that it is the fingerprint of the key your survey was sealed to.\n";
    printKeep(io, displayPath(out));
    return ExitOk;
}

} // namespace panelist
