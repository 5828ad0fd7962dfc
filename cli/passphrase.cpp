#include "cli/passphrase.h"

#include "cli/exitcodes.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

constexpr int MaxLineBytes = 4096;

// The terminal's settings while echo is off, for the signal handler to put back.
struct termios savedTerminal
{
};
volatile std::sig_atomic_t echoIsOff = 0;

// Ctrl+C (or a kill) while echo is off must not leave the terminal silent for the shell after us.
extern "C" void restoreEchoAndStop(int signal)
{
    if (echoIsOff)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

enum class LineEnd { Read, TooLong, Failed };

// One line from fd, byte by byte so that nothing after the line is taken from a shared descriptor.
LineEnd readLine(int fd, QByteArray &line)
{
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return LineEnd::Failed;
        if (n == 0 || c == '\n')
            break;
        if (line.size() >= MaxLineBytes)
            return LineEnd::TooLong;
        line.append(c);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return LineEnd::Read;
}

std::optional<QString> fromTerminal(CliIo &io, const QString &prompt)
{
    io.err << prompt << Qt::flush;
    if (::tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
        return std::nullopt;
    struct termios silent = savedTerminal;
    silent.c_lflag &= tcflag_t(~ECHO);
    silent.c_lflag |= ECHONL; // the line feed still shows, so the next output starts on its own line
    const auto previousInt = std::signal(SIGINT, restoreEchoAndStop);
    const auto previousTerm = std::signal(SIGTERM, restoreEchoAndStop);
    echoIsOff = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
    QByteArray line;
    const LineEnd end = readLine(STDIN_FILENO, line);
    if (echoIsOff)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    echoIsOff = 0;
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    if (end != LineEnd::Read)
        return std::nullopt;
    return QString::fromUtf8(line);
}

} // namespace

OptionSpec passphraseFdOption()
{
    return { .name = u"passphrase-fd"_s,
        .valueName = u"N"_s,
        .help = u"Read the passphrase as one line from file descriptor N (0 is standard input) instead of "
                u"asking for it on the terminal."_s };
}

PassphraseAnswer askPassphrase(
    const ParsedCommand &command, CliIo &io, const QString &prompt, AskTwice askTwice)
{
    if (command.isSet(u"passphrase-fd"_s)) {
        bool ok = false;
        const QString text = command.value(u"passphrase-fd"_s);
        const int fd = text.toInt(&ok);
        if (!ok || fd < 0 || text.startsWith(u'+'))
            return { std::nullopt,
                usageError(command, io,
                    u"--passphrase-fd: \"%1\" is not a file descriptor (a whole number from 0)"_s.arg(
                        text)) };
        QByteArray line;
        const LineEnd end = readLine(fd, line);
        if (end == LineEnd::Failed) {
            io.err << "panelist-cli: --passphrase-fd " << fd << ": cannot be read ("
                   << QString::fromLocal8Bit(std::strerror(errno)) << ")\n";
            return { std::nullopt, ExitRejected };
        }
        if (end == LineEnd::TooLong) {
            io.err << "panelist-cli: --passphrase-fd " << fd << ": the line is longer than " << MaxLineBytes
                   << " bytes\n";
            return { std::nullopt, ExitRejected };
        }
        return { QString::fromUtf8(line), ExitOk };
    }
    if (!::isatty(STDIN_FILENO))
        return { std::nullopt,
            usageError(command, io,
                u"no passphrase: standard input is not a terminal to ask on; give "
                u"--passphrase-fd N"_s) };
    const std::optional<QString> first = fromTerminal(io, prompt);
    if (!first) {
        io.err << "panelist-cli: no passphrase was read from the terminal\n";
        return { std::nullopt, ExitRejected };
    }
    if (askTwice == AskTwice::Yes) {
        const std::optional<QString> second = fromTerminal(io, u"The same passphrase again: "_s);
        if (!second || *second != *first) {
            io.err << "panelist-cli: the two passphrases differ; nothing was written\n";
            return { std::nullopt, ExitRejected };
        }
    }
    return { first, ExitOk };
}

} // namespace panelist
