#include "cli/commandhelp.h"

#include "cli/exitcodes.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// Help lines fit a 100-column terminal, as the rest of the tool's output does.
constexpr qsizetype Width = 100;
// The help of an argument or option starts at most this far right; a longer name puts it below.
constexpr qsizetype MaxColumn = 30;

using Entry = std::pair<QString, QString>; // "--out PATH", its help

// text in lines of at most Width columns, each indented by indent spaces; "\n" in text starts a line.
QString wrapped(const QString &text, qsizetype indent)
{
    QString out;
    const QString pad(indent, u' ');
    for (const QString &paragraph : text.split(u'\n')) {
        QString line;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && indent + line.size() + 1 + word.size() > Width) {
                out += pad + line + u'\n';
                line.clear();
            }
            if (!line.isEmpty())
                line += u' ';
            line += word;
        }
        out += (line.isEmpty() ? QString() : pad + line) + u'\n';
    }
    return out;
}

// "  --out PATH    Write the report to PATH ...", the help wrapped under itself.
QString entries(const QList<Entry> &list)
{
    qsizetype column = 0;
    for (const Entry &e : list)
        column = std::max(column, e.first.size() + 4);
    column = std::min(column, MaxColumn);
    QString text;
    for (const auto &[left, help] : list) {
        const QString head = u"  "_s + left;
        const QString body = wrapped(help, column);
        text += head.size() + 2 <= column ? QString(head + body.mid(head.size()))
                                          : QString(head + u'\n' + body);
    }
    return text;
}

// The program, the command words, then one part per positional and option.
QStringList synopsisParts(const CommandTable &table, const CommandSpec &spec)
{
    QStringList parts { table.program };
    parts += spec.words;
    for (const PositionalSpec &p : spec.positionals) {
        const QString name = p.max == 1 ? p.name : QString(p.name + u"..."_s);
        parts.append(p.min == 0 ? QString(u'[' + name + u']') : name);
    }
    for (const OptionSpec &o : spec.options) {
        const QString option = o.isFlag() ? QString(u"--"_s + o.name) : u"--%1 %2"_s.arg(o.name, o.valueName);
        parts.append(o.required ? option : QString(u'[' + option + u']'));
    }
    return parts;
}

// lead ("Usage: ", "  ") and the synopsis in lines of at most Width columns, never breaking inside an
// option; the lines after the first start under the first argument.
QString wrappedSynopsis(const QString &lead, const CommandTable &table, const CommandSpec &spec)
{
    const QStringList parts = synopsisParts(table, spec);
    const qsizetype head = 1 + spec.words.size();
    QString line = lead + parts.mid(0, head).join(u' ');
    const qsizetype indent = line.size() + 1;
    bool lineHasArguments = false;
    QString out;
    for (qsizetype i = head; i < parts.size(); ++i) {
        if (lineHasArguments && line.size() + 1 + parts.at(i).size() > Width) {
            out += line + u'\n';
            line = QString(indent - 1, u' ');
        }
        line += u' ' + parts.at(i);
        lineHasArguments = true;
    }
    return out + line + u'\n';
}

QList<const CommandSpec *> rowsStartingWith(const CommandTable &table, const QStringList &words)
{
    QList<const CommandSpec *> rows;
    for (const CommandSpec &c : table.commands) {
        if (c.words.size() >= words.size() && c.words.first(words.size()) == words)
            rows.append(&c);
    }
    return rows;
}

// A row's description, then its arguments and options, each with its help.
QString details(const CommandSpec &c)
{
    QString text = wrapped(c.description, 0);
    QList<Entry> arguments;
    for (const PositionalSpec &p : c.positionals)
        arguments.append({ p.name, p.help });
    QList<Entry> options;
    for (const OptionSpec &o : c.options)
        options.append(
            { o.isFlag() ? QString(u"--"_s + o.name) : u"--%1 %2"_s.arg(o.name, o.valueName), o.help });
    options.append({ u"-h, --help"_s, u"Print this help and exit."_s });
    if (c.words.isEmpty())
        options.append({ u"--version"_s, u"Print the version and exit."_s });
    if (!arguments.isEmpty())
        text += u"\nArguments:\n"_s + entries(arguments);
    return text + u"\nOptions:\n"_s + entries(options);
}

QString overview(const CommandTable &table)
{
    const QString &program = table.program;
    QString text = u"Usage: %1 COMMAND [ARGUMENTS] [OPTIONS]\n"_s.arg(program);
    const QString *group = nullptr;
    for (const CommandSpec &c : table.commands) {
        if (!group || c.group != *group)
            text += u'\n' + c.group + u":\n"_s;
        group = &c.group;
        text += wrappedSynopsis(u"  "_s, table, c) + wrapped(c.description, 6);
    }
    text += u"\nHelp:\n"_s;
    text += u"  %1 COMMAND --help\n"_s.arg(program)
        + wrapped(u"Describe a command: its arguments and options. \"%1 help COMMAND\" does the same."_s.arg(
                      program),
            6);
    text += u"  %1 --help\n"_s.arg(program) + wrapped(u"This overview."_s, 6);
    text += u"  %1 --version\n"_s.arg(program) + wrapped(u"Print the version."_s, 6);
    if (!table.epilogue.isEmpty())
        text += u'\n' + wrapped(table.epilogue, 0);
    return text;
}

} // namespace

QString synopsis(const CommandTable &table, const CommandSpec &spec)
{
    return synopsisParts(table, spec).join(u' ');
}

QString usageText(const CommandTable &table, const QStringList &words)
{
    QString text;
    QString lead = u"Usage: "_s;
    for (const CommandSpec *c : rowsStartingWith(table, words)) {
        text += wrappedSynopsis(lead, table, *c);
        lead = u"       "_s;
    }
    if (words.isEmpty() && table.hasCommands()) {
        for (const QString &help : { u"COMMAND --help"_s, u"--help"_s, u"--version"_s }) {
            text += lead + table.program + u' ' + help + u'\n';
            lead = u"       "_s;
        }
    }
    return text;
}

QString usageErrorText(const CommandTable &table, const QStringList &words, const QString &why)
{
    return table.program + u": "_s + why + u"\n\n"_s + usageText(table, words);
}

QString helpText(const CommandTable &table, const QStringList &words)
{
    if (words.isEmpty() && table.hasCommands())
        return overview(table);
    const QList<const CommandSpec *> rows = rowsStartingWith(table, words);
    QString text = usageText(table, words);
    for (const CommandSpec *c : rows) {
        text += u'\n';
        if (rows.size() > 1)
            text += wrappedSynopsis(QString(), table, *c);
        text += details(*c);
    }
    if (!table.hasCommands() && !table.epilogue.isEmpty())
        text += u'\n' + wrapped(table.epilogue, 0);
    return text;
}

QString versionText(const CommandTable &table)
{
    return table.program + u' ' + QStringLiteral(PANELIST_VERSION) + u'\n';
}

std::optional<int> answerCommandLine(
    const CommandTable &table, const CommandLine &line, QTextStream &out, QTextStream &err)
{
    switch (line.action) {
    case CommandLine::Action::Run:
        return std::nullopt;
    case CommandLine::Action::Help:
        out << helpText(table, line.words);
        return ExitOk;
    case CommandLine::Action::Version:
        out << versionText(table);
        return ExitOk;
    case CommandLine::Action::UsageError:
        err << usageErrorText(table, line.words, line.error);
        return ExitUsage;
    }
    return ExitUsage;
}

} // namespace panelist
