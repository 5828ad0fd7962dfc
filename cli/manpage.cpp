#include "cli/manpage.h"

#include "cli/commandhelp.h"

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// Text as roff reads it literally: a backslash as \e, every "-" as \- (Debian's groff prints that as
// the ASCII "-" a command line needs; a plain "-" may become a typographic hyphen), other characters
// than ASCII as \[uXXXX].
QString escaped(const QString &text)
{
    QString out;
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\\')
            out += u"\\e"_s;
        else if (c == U'-')
            out += u"\\-"_s;
        else if (c < 0x80)
            out += QChar(char16_t(c));
        else
            out += u"\\[u"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0') + u']';
    }
    return out;
}

// A line of running text: a leading "." or "'" would be read as a request.
QString textLine(const QString &text)
{
    const QString line = escaped(text);
    return (line.startsWith(u'.') || line.startsWith(u'\'') ? u"\\&"_s : QString()) + line + u'\n';
}

QString bold(const QString &text)
{
    return u"\\fB"_s + escaped(text) + u"\\fR"_s;
}

QString italic(const QString &text)
{
    return u"\\fI"_s + escaped(text) + u"\\fR"_s;
}

// "--name VALUE" joined by an unbreakable space (groff's \~): a synopsis never wraps between them.
QString optionLead(const OptionSpec &o)
{
    return o.isFlag() ? bold(u"--"_s + o.name) : bold(u"--"_s + o.name) + u"\\~"_s + italic(o.valueName);
}

QString positionalLead(const PositionalSpec &p)
{
    const QString name = italic(p.name) + (p.max == 1 ? QString() : u"..."_s);
    return p.min == 0 ? u'[' + name + u']' : name;
}

// The arguments and options of a row, in synopsis order, as inline roff.
QStringList argumentLeads(const CommandSpec &spec)
{
    QStringList parts;
    for (const PositionalSpec &p : spec.positionals)
        parts.append(positionalLead(p));
    for (const OptionSpec &o : spec.options)
        parts.append(o.required ? optionLead(o) : u'[' + optionLead(o) + u']');
    return parts;
}

QString paragraphs(const QStringList &texts)
{
    QString out;
    for (const QString &text : texts) {
        for (const QString &paragraph : text.split(u'\n', Qt::SkipEmptyParts))
            out += u".PP\n"_s + textLine(paragraph);
    }
    return out;
}

// ".TP" entries: a lead line (inline roff) and its text.
QString entry(const QString &lead, const QString &text)
{
    return u".TP\n"_s + lead + u'\n' + textLine(text);
}

QString synopsisSection(const CommandTable &table)
{
    QString out = u".SH SYNOPSIS\n"_s;
    for (const CommandSpec &c : table.commands) {
        out += u".SY \""_s + escaped((QStringList { table.program } + c.words).join(u' ')) + u"\"\n"_s;
        for (const QString &part : argumentLeads(c))
            out += part + u'\n';
        out += u".YS\n"_s;
    }
    if (table.hasCommands()) {
        for (const QString &line : { u"COMMAND --help"_s, u"--help"_s, u"--version"_s })
            out += u".SY "_s + escaped(table.program) + u'\n' + escaped(line) + u"\n.YS\n"_s;
    }
    return out;
}

// A row's arguments and options under its entry, indented one step further.
QString rowDetails(const CommandSpec &c)
{
    QString out;
    for (const PositionalSpec &p : c.positionals)
        out += entry(italic(p.name), p.help);
    for (const OptionSpec &o : c.options)
        out += entry(optionLead(o), o.help);
    return out.isEmpty() ? QString() : u".RS\n"_s + out + u".RE\n"_s;
}

QString commandsSection(const CommandTable &table)
{
    QString out = u".SH COMMANDS\n"_s;
    const QString *group = nullptr;
    for (const CommandSpec &c : table.commands) {
        if (!group || c.group != *group)
            out += u".SS "_s + escaped(c.group) + u'\n';
        group = &c.group;
        const QStringList lead = QStringList(bold(c.words.join(u' '))) + argumentLeads(c);
        out += entry(lead.join(u' '), c.description) + rowDetails(c);
    }
    return out;
}

QString optionsSection(const CommandTable &table)
{
    QString out;
    if (table.hasCommands()) {
        out += u".SH OPTIONS\n"_s;
        out += entry(bold(u"-h"_s) + u", "_s + bold(u"--help"_s),
            u"Print the overview of every command and exit; after command words (or as \"%1 help "
            u"COMMAND\"), that command's usage, description, arguments and options."_s.arg(table.program));
        return out + entry(bold(u"--version"_s), u"Print the version and exit."_s);
    }
    const CommandSpec &c = table.commands.first();
    if (!c.positionals.isEmpty()) {
        out += u".SH ARGUMENTS\n"_s;
        for (const PositionalSpec &p : c.positionals)
            out += entry(italic(p.name), p.help);
    }
    out += u".SH OPTIONS\n"_s;
    for (const OptionSpec &o : c.options)
        out += entry(optionLead(o), o.help);
    out += entry(bold(u"-h"_s) + u", "_s + bold(u"--help"_s), u"Print the help and exit."_s);
    return out + entry(bold(u"--version"_s), u"Print the version and exit."_s);
}

} // namespace

QString manPage(const CommandTable &table, const ManPageText &text)
{
    const QString version = versionText(table).trimmed();
    QString out
        = u".\\\" Made by panelist-docgen (app/docgen_main.cpp) from %1's command table; do not edit.\n"_s
              .arg(table.program);
    // Never hyphenated: HY is what groff's man macros set hyphenation to at every heading, so it is
    // set before .TH; and left-aligned, as the pages DocBook makes. A page of option names and paths
    // reads badly split at a hyphen ("-re-verse") or stretched to the margin.
    out += u".nr HY 0\n"_s;
    out += u".TH %1 1 \"\" \"%2\" \"User Commands\"\n"_s.arg(
        escaped(table.program.toUpper()), escaped(version));
    out += u".ad l\n.nh\n"_s;
    out += u".SH NAME\n"_s + escaped(table.program) + u" \\- "_s + escaped(text.summary) + u'\n';
    out += synopsisSection(table);
    QStringList description = text.description;
    if (!table.hasCommands())
        description.prepend(table.commands.first().description);
    out += u".SH DESCRIPTION\n"_s + paragraphs(description + QStringList(table.epilogue));
    if (table.hasCommands())
        out += commandsSection(table);
    out += optionsSection(table);
    for (const auto &[title, body] : text.sections)
        out += u".SH "_s + escaped(title) + u'\n' + paragraphs(body);
    if (!text.seeAlso.isEmpty()) {
        QStringList refs;
        for (const QString &ref : text.seeAlso) {
            const qsizetype paren = ref.indexOf(u'(');
            refs.append(paren < 0 ? italic(ref) : bold(ref.left(paren)) + escaped(ref.mid(paren)));
        }
        out += u".SH SEE ALSO\n"_s + refs.join(u",\n"_s) + u'\n';
    }
    return out;
}

} // namespace panelist
