#include "cli/commandline.h"

#include "cli/commandhelp.h"
#include "cli/exitcodes.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

bool isHelp(const QString &argument)
{
    return argument == u"--help"_s || argument == u"-h"_s;
}

bool isOption(const QString &argument)
{
    return argument.startsWith(u'-') && argument != u"-"_s;
}

CommandLine failure(QStringList words, QString error)
{
    return { CommandLine::Action::UsageError, {}, std::move(words), std::move(error) };
}

CommandLine help(QStringList words)
{
    return { CommandLine::Action::Help, {}, std::move(words), {} };
}

const OptionSpec *findOption(const QList<OptionSpec> &options, const QString &name)
{
    for (const OptionSpec &o : options) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

// Steps over an option that is someone else's (CommandTable::passedOn) and its value; false when
// arguments[i] is not one of them.
bool skipPassedOn(const CommandTable &table, const QStringList &arguments, qsizetype &i)
{
    QString name = arguments.at(i).mid(arguments.at(i).startsWith(u"--"_s) ? 2 : 1);
    const qsizetype eq = name.indexOf(u'=');
    if (eq >= 0)
        name.truncate(eq);
    const OptionSpec *o = findOption(table.passedOn, name);
    if (!o)
        return false;
    if (eq < 0 && !o->isFlag() && i + 1 < arguments.size())
        ++i;
    return true;
}

// The longest run of leading arguments that is a row's words, or that starts some rows' words.
qsizetype matchedWords(const CommandTable &table, const QStringList &arguments, bool whole)
{
    qsizetype best = 0;
    for (const CommandSpec &c : table.commands) {
        for (qsizetype n = std::min(c.words.size(), arguments.size()); n > best; --n) {
            if ((!whole || n == c.words.size()) && c.words.first(n) == arguments.first(n)) {
                best = n;
                break;
            }
        }
    }
    return best;
}

// Which row of those with these words the rest of the line is for: the one whose selector option
// is given, else the one without a selector.
const CommandSpec *chooseRow(const CommandTable &table, const QStringList &words, const QStringList &rest)
{
    const CommandSpec *plain = nullptr;
    for (const CommandSpec &c : table.commands) {
        if (c.words != words)
            continue;
        if (c.selector.isEmpty()) {
            plain = &c;
            continue;
        }
        const QString option = u"--"_s + c.selector;
        for (const QString &a : rest) {
            if (a == u"--"_s)
                break;
            if (a == option || a.startsWith(option + u'='))
                return &c;
        }
    }
    return plain;
}

// Hands the positionals to the row's names (each its minimum, then the extras in order); the first
// problem, or an empty string.
QString assignPositionals(const CommandSpec &spec, const QStringList &given, ParsedCommand &command)
{
    qsizetype needed = 0;
    for (const PositionalSpec &p : spec.positionals) {
        needed += p.min;
        if (given.size() < needed)
            return u"missing "_s + p.name;
    }
    qsizetype extra = given.size() - needed;
    qsizetype next = 0;
    for (const PositionalSpec &p : spec.positionals) {
        const qsizetype room = p.max == Unbounded ? extra : std::min<qsizetype>(extra, p.max - p.min);
        const qsizetype take = p.min + room;
        extra -= room;
        if (take > 0)
            command.positionals.insert(p.name, given.mid(next, take));
        next += take;
    }
    if (next < given.size())
        return u"unexpected argument \"%1\""_s.arg(given.at(next));
    return {};
}

// Everything after the command words, against one row.
CommandLine parseRow(const CommandTable &table, const CommandSpec &spec, const QStringList &arguments)
{
    CommandLine line { CommandLine::Action::Run, { &table, &spec }, spec.words, {} };
    ParsedCommand &command = line.command;
    QString error;
    const auto fail = [&error](const QString &why) {
        if (error.isEmpty())
            error = why;
    };
    QStringList positionals;
    bool optionsEnded = false;
    bool wantsHelp = false;
    bool wantsVersion = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (optionsEnded || !isOption(a)) {
            positionals.append(a);
        } else if (a == u"--"_s) {
            optionsEnded = true;
        } else if (isHelp(a)) {
            wantsHelp = true;
        } else if (a == u"--version"_s && !table.hasCommands()) {
            wantsVersion = true;
        } else {
            const qsizetype eq = a.indexOf(u'=');
            const QString name = a.mid(2, eq < 0 ? -1 : eq - 2);
            const OptionSpec *o = a.startsWith(u"--"_s) ? findOption(spec.options, name) : nullptr;
            if (!o) {
                if (!skipPassedOn(table, arguments, i))
                    fail(u"unknown option "_s + (eq < 0 ? a : a.left(eq)));
                continue;
            }
            const QString dashed = u"--"_s + name;
            const bool twice = command.isSet(name);
            if (twice)
                fail(dashed + u" given twice"_s);
            if (o->isFlag()) {
                if (eq >= 0)
                    fail(dashed + u" takes no value"_s);
                command.flags.insert(name);
                continue;
            }
            QString value;
            if (eq >= 0)
                value = a.mid(eq + 1);
            else if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(u"--"_s))
                value = arguments.at(++i);
            if (value.isEmpty())
                fail(u"%1 needs a value (%2)"_s.arg(dashed, o->valueName));
            else if (!twice)
                command.values.insert(name, value);
        }
    }
    if (wantsHelp)
        return help(spec.words);
    if (wantsVersion)
        return { CommandLine::Action::Version, {}, {}, {} };
    if (error.isEmpty())
        error = assignPositionals(spec, positionals, command);
    for (const OptionSpec &o : spec.options) {
        if (o.required && !command.isSet(o.name))
            fail(u"missing --%1 %2"_s.arg(o.name, o.valueName));
    }
    if (!error.isEmpty())
        return failure(spec.words, error);
    return line;
}

// "help" (or --help, -h) followed by nothing, or by command words.
CommandLine parseHelpRequest(const CommandTable &table, const QStringList &words)
{
    if (words.isEmpty())
        return help({});
    const qsizetype n = matchedWords(table, words, false);
    if (n == words.size())
        return help(words);
    if (isHelp(words.at(n)))
        return help(words.first(n));
    return failure(words.first(n), u"unknown command \"%1\""_s.arg(words.first(n + 1).join(u' ')));
}

} // namespace

CommandLine parseCommandLine(const CommandTable &table, const QStringList &arguments)
{
    if (!table.hasCommands())
        return parseRow(table, table.commands.first(), arguments);
    if (arguments.isEmpty())
        return failure({}, u"no command given"_s);
    const QString &first = arguments.first();
    if (isHelp(first) || first == u"help"_s)
        return parseHelpRequest(table, arguments.mid(1));
    if (first == u"--version"_s) {
        if (arguments.size() == 1)
            return { CommandLine::Action::Version, {}, {}, {} };
        return failure({}, u"unexpected argument \"%1\" after --version"_s.arg(arguments.at(1)));
    }
    if (isOption(first))
        return failure(
            {}, u"expected a command before %1 (options come after the command words)"_s.arg(first));

    const qsizetype whole = matchedWords(table, arguments, true);
    if (whole > 0) {
        const QStringList words = arguments.first(whole);
        const QStringList rest = arguments.mid(whole);
        if (const CommandSpec *row = chooseRow(table, words, rest))
            return parseRow(table, *row, rest);
    }
    // No row has these words: say how far they got.
    const qsizetype known = matchedWords(table, arguments, false);
    const QStringList words = arguments.first(known);
    if (known == arguments.size() || isOption(arguments.at(known))) {
        if (known < arguments.size() && isHelp(arguments.at(known)))
            return help(words);
        return failure(words, u"incomplete command \"%1\""_s.arg(words.join(u' ')));
    }
    return failure(words, u"unknown command \"%1\""_s.arg(arguments.first(known + 1).join(u' ')));
}

int usageError(const ParsedCommand &command, CliIo &io, const QString &why)
{
    io.err << usageErrorText(*command.table, command.spec->words, why);
    return ExitUsage;
}

} // namespace panelist
