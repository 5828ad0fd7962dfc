// The command-line parser over panelist-cli's table (cli/commandtable.h) and over a table like the GUI
// program's: what each kind of line parses to, that both spellings of every valued option agree, that
// the table is well formed, and that README.md and docs/cli.md list exactly the table's commands.

#include "cli/commandhelp.h"
#include "cli/commandline.h"
#include "cli/commandtable.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace panelist;
using namespace Qt::StringLiterals;

namespace {

// A line's outcome as one string, so a data row can state it: "run merge: STUDY=s FILE|DIR=a,b",
// "run merge --watch: STUDY=s --watch=d", "help report", "version", "error report: <message>".
QString describe(const CommandLine &line)
{
    switch (line.action) {
    case CommandLine::Action::Help:
        return QString(u"help "_s + line.words.join(u' ')).trimmed();
    case CommandLine::Action::Version:
        return u"version"_s;
    case CommandLine::Action::UsageError:
        return u"error %1: %2"_s.arg(line.words.join(u' '), line.error);
    case CommandLine::Action::Run:
        break;
    }
    const ParsedCommand &c = line.command;
    QStringList parts { c.spec->words.join(u' ') };
    if (!c.spec->selector.isEmpty())
        parts.append(u"--"_s + c.spec->selector);
    QStringList given;
    for (const PositionalSpec &p : c.spec->positionals) {
        if (c.positionals.contains(p.name))
            given.append(p.name + u'=' + c.arguments(p.name).join(u','));
    }
    for (const OptionSpec &o : c.spec->options) {
        if (c.flags.contains(o.name))
            given.append(u"--"_s + o.name);
        else if (c.values.contains(o.name))
            given.append(u"--%1=%2"_s.arg(o.name, c.value(o.name)));
    }
    return QString(u"run "_s + parts.join(u' ')).trimmed() + u": "_s + given.join(u' ');
}

// A program without command words, like panelist (app/main.cpp), with two of Qt's options passed on.
const CommandTable &programTable()
{
    static const CommandTable table {
        .program = u"prog"_s,
        .commands = { { .positionals = { { .name = u"FILE"_s, .help = u"A file."_s, .min = 0 } },
            .options = { { .name = u"coordinator"_s, .help = u"A flag."_s },
                { .name = u"study"_s, .valueName = u"STUDY"_s, .help = u"A value."_s } },
            .description = u"Does things."_s } },
        .epilogue = u"Qt's options pass."_s,
        .passedOn = { { .name = u"platform"_s, .valueName = u"NAME"_s }, { .name = u"reverse"_s } },
    };
    return table;
}

// The lines of the first ``` block after heading in a Markdown file, without "# comments".
QStringList codeBlockAfter(const QString &file, const QString &heading)
{
    QFile f(QStringLiteral(PANELIST_SOURCE_DIR "/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return { u"cannot read "_s + file };
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype at = text.indexOf(heading);
    const qsizetype open = text.indexOf(u"```"_s, at);
    const qsizetype start = text.indexOf(u'\n', open) + 1;
    const qsizetype close = text.indexOf(u"\n```"_s, start);
    if (at < 0 || open < 0 || close < 0)
        return { u"no code block after "_s + heading };
    QStringList lines;
    for (QString line : text.mid(start, close - start).split(u'\n')) {
        line.remove(QRegularExpression(u"\\s+#.*$"_s));
        lines.append(line.trimmed());
    }
    return lines;
}

QStringList tableSynopses()
{
    QStringList lines;
    for (const CommandSpec &c : cliCommands().commands)
        lines.append(synopsis(cliCommands(), c));
    return lines;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void program_data();
    void program();
    void valueSpellingsAgree_data();
    void valueSpellingsAgree();
    void synopses();
    void tableIsWellFormed();
    void readmeAndDocsListTheTable();
    void helpFitsTheTerminal();
    void usageErrorText();
    void programHelpText();
};

void TestCommandLine::parse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");

    // The command and its arguments.
    QTest::newRow("optional FILE left out")
        << QStringList { u"instrument"_s, u"show"_s } << u"run instrument show: "_s;
    QTest::newRow("flag before the positional") << QStringList { u"instrument"_s, u"show"_s, u"--json"_s,
        u"f.json"_s } << u"run instrument show: FILE=f.json --json"_s;
    QTest::newRow("- is a positional") << QStringList { u"response"_s, u"from-json"_s, u"-"_s, u"out"_s }
                                       << u"run response from-json: IN.json=- OUT=out"_s;
    QTest::newRow("option first, = form")
        << QStringList { u"response"_s, u"from-json"_s, u"--instrument=i.json"_s, u"-"_s, u"out"_s }
        << u"run response from-json: IN.json=- OUT=out --instrument=i.json"_s;
    QTest::newRow("-- then a dash name") << QStringList { u"instrument"_s, u"validate"_s, u"--"_s,
        u"-x.json"_s } << u"run instrument validate: FILE=-x.json"_s;
    QTest::newRow("-- then --help is a file") << QStringList { u"instrument"_s, u"validate"_s, u"--"_s,
        u"--help"_s } << u"run instrument validate: FILE=--help"_s;
    QTest::newRow("-- then -- is a file") << QStringList { u"instrument"_s, u"validate"_s, u"--"_s, u"--"_s }
                                          << u"run instrument validate: FILE=--"_s;
    QTest::newRow("repeating positional") << QStringList { u"merge"_s, u"s"_s, u"a"_s, u"b"_s, u"dir"_s }
                                          << u"run merge: STUDY=s FILE|DIR=a,b,dir"_s;
    QTest::newRow("--watch picks the watch form") << QStringList { u"merge"_s, u"s"_s, u"--watch"_s, u"d"_s }
                                                  << u"run merge --watch: STUDY=s --watch=d"_s;
    QTest::newRow("--watch=DIR picks it too")
        << QStringList { u"merge"_s, u"--watch=d"_s, u"s"_s } << u"run merge --watch: STUDY=s --watch=d"_s;
    QTest::newRow("--watch after -- is a file") << QStringList { u"merge"_s, u"s"_s, u"--"_s, u"--watch"_s }
                                                << u"run merge: STUDY=s FILE|DIR=--watch"_s;
    QTest::newRow("a lone - is a value") << QStringList { u"report"_s, u"s"_s, u"--out"_s, u"-"_s,
        u"--format"_s, u"json"_s } << u"run report: STUDY=s --format=json --out=-"_s;
    QTest::newRow("a value may start with one dash") << QStringList { u"report"_s, u"--format"_s, u"csv"_s,
        u"--out"_s, u"-x"_s, u"s"_s } << u"run report: STUDY=s --format=csv --out=-x"_s;
    QTest::newRow("a value starting with -- in the = form") << QStringList { u"report"_s, u"s"_s,
        u"--format=json"_s, u"--out=--x"_s } << u"run report: STUDY=s --format=json --out=--x"_s;

    // Help and version.
    QTest::newRow("--help") << QStringList { u"--help"_s } << u"help"_s;
    QTest::newRow("-h") << QStringList { u"-h"_s } << u"help"_s;
    QTest::newRow("help") << QStringList { u"help"_s } << u"help"_s;
    QTest::newRow("help COMMAND") << QStringList { u"help"_s, u"study"_s, u"show"_s } << u"help study show"_s;
    QTest::newRow("--help COMMAND") << QStringList { u"--help"_s, u"report"_s } << u"help report"_s;
    QTest::newRow("COMMAND --help") << QStringList { u"report"_s, u"--help"_s } << u"help report"_s;
    QTest::newRow("--help wins over a wrong line")
        << QStringList { u"report"_s, u"s"_s, u"--colour"_s, u"--format"_s, u"--help"_s } << u"help report"_s;
    QTest::newRow("--help of the watch form is merge's")
        << QStringList { u"merge"_s, u"s"_s, u"--watch"_s, u"d"_s, u"--help"_s } << u"help merge"_s;
    QTest::newRow("half a command --help")
        << QStringList { u"instrument"_s, u"--help"_s } << u"help instrument"_s;
    QTest::newRow("--version") << QStringList { u"--version"_s } << u"version"_s;

    // Usage errors: what was wrong, and whose usage follows.
    QTest::newRow("nothing") << QStringList {} << u"error : no command given"_s;
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s }
                                     << u"error : unknown command \"frobnicate\""_s;
    QTest::newRow("unknown second word") << QStringList { u"instrument"_s, u"frobnicate"_s }
                                         << u"error instrument: unknown command \"instrument frobnicate\""_s;
    QTest::newRow("half a command") << QStringList { u"study"_s }
                                    << u"error study: incomplete command \"study\""_s;
    QTest::newRow("half a command, then an option")
        << QStringList { u"study"_s, u"--json"_s } << u"error study: incomplete command \"study\""_s;
    QTest::newRow("help for nothing known")
        << QStringList { u"help"_s, u"frobnicate"_s } << u"error : unknown command \"frobnicate\""_s;
    QTest::newRow("option before the command") << QStringList { u"--json"_s, u"study"_s, u"show"_s,
        u"s"_s } << u"error : expected a command before --json (options come after the command words)"_s;
    QTest::newRow("--version and more")
        << QStringList { u"--version"_s, u"x"_s } << u"error : unexpected argument \"x\" after --version"_s;
    QTest::newRow("valued option twice") << QStringList { u"report"_s, u"s"_s, u"--format"_s, u"json"_s,
        u"--format=csv"_s } << u"error report: --format given twice"_s;
    QTest::newRow("flag twice") << QStringList { u"study"_s, u"show"_s, u"s"_s, u"--json"_s, u"--json"_s }
                                << u"error study show: --json given twice"_s;
    QTest::newRow("unknown option") << QStringList { u"report"_s, u"s"_s, u"--format"_s, u"json"_s,
        u"--colour"_s, u"red"_s } << u"error report: unknown option --colour"_s;
    QTest::newRow("unknown option, = form") << QStringList { u"report"_s, u"s"_s, u"--colour=red"_s }
                                            << u"error report: unknown option --colour"_s;
    QTest::newRow("unknown short option")
        << QStringList { u"report"_s, u"s"_s, u"-f"_s, u"json"_s } << u"error report: unknown option -f"_s;
    QTest::newRow("another command's option") << QStringList { u"study"_s, u"create"_s, u"s"_s, u"--json"_s }
                                              << u"error study create: unknown option --json"_s;
    QTest::newRow("no value at the end") << QStringList { u"report"_s, u"s"_s, u"--format"_s }
                                         << u"error report: --format needs a value (json|csv|html)"_s;
    QTest::newRow("empty value, = form") << QStringList { u"report"_s, u"s"_s, u"--format="_s }
                                         << u"error report: --format needs a value (json|csv|html)"_s;
    QTest::newRow("empty value") << QStringList { u"report"_s, u"s"_s, u"--format"_s, QString() }
                                 << u"error report: --format needs a value (json|csv|html)"_s;
    QTest::newRow("an option where the value goes") << QStringList { u"report"_s, u"s"_s, u"--format"_s,
        u"--out"_s, u"x"_s } << u"error report: --format needs a value (json|csv|html)"_s;
    QTest::newRow("flag given a value") << QStringList { u"instrument"_s, u"show"_s, u"--json=yes"_s }
                                        << u"error instrument show: --json takes no value"_s;
    QTest::newRow("too many positionals") << QStringList { u"instrument"_s, u"validate"_s, u"a"_s, u"b"_s }
                                          << u"error instrument validate: unexpected argument \"b\""_s;
    QTest::newRow("too few positionals") << QStringList { u"response"_s, u"from-json"_s, u"in.json"_s }
                                         << u"error response from-json: missing OUT"_s;
    QTest::newRow("none of a repeating positional")
        << QStringList { u"merge"_s, u"s"_s } << u"error merge: missing FILE|DIR"_s;
    QTest::newRow("files with --watch") << QStringList { u"merge"_s, u"s"_s, u"a"_s, u"--watch"_s, u"d"_s }
                                        << u"error merge: unexpected argument \"a\""_s;
    QTest::newRow("--watch without DIR")
        << QStringList { u"merge"_s, u"s"_s, u"--watch"_s } << u"error merge: --watch needs a value (DIR)"_s;
    QTest::newRow("required option missing")
        << QStringList { u"report"_s, u"s"_s } << u"error report: missing --format json|csv|html"_s;
    QTest::newRow("positional before option problems") << QStringList { u"simulate"_s, u"x"_s, u"--experts"_s,
        u"1"_s } << u"error simulate: unexpected argument \"x\""_s;
    QTest::newRow("-- makes an option a positional") << QStringList { u"report"_s, u"--format"_s, u"json"_s,
        u"--"_s, u"s"_s, u"--out"_s } << u"error report: unexpected argument \"--out\""_s;
}

void TestCommandLine::parse()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QCOMPARE(describe(parseCommandLine(cliCommands(), args)), expected);
}

void TestCommandLine::program_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing") << QStringList {} << u"run: "_s;
    QTest::newRow("file and options") << QStringList { u"--study"_s, u"s"_s, u"f"_s, u"--coordinator"_s }
                                      << u"run: FILE=f --coordinator --study=s"_s;
    QTest::newRow("\"help\" is a file name here") << QStringList { u"help"_s } << u"run: FILE=help"_s;
    QTest::newRow("--help") << QStringList { u"f"_s, u"--help"_s } << u"help"_s;
    QTest::newRow("--version anywhere") << QStringList { u"f"_s, u"--version"_s } << u"version"_s;
    QTest::newRow("Qt's option with its value")
        << QStringList { u"-platform"_s, u"offscreen"_s, u"f"_s } << u"run: FILE=f"_s;
    QTest::newRow("Qt's option, two dashes, =")
        << QStringList { u"--platform=offscreen"_s, u"f"_s } << u"run: FILE=f"_s;
    QTest::newRow("Qt's flag") << QStringList { u"-reverse"_s, u"f"_s } << u"run: FILE=f"_s;
    QTest::newRow("not one of Qt's") << QStringList { u"-style"_s, u"fusion"_s }
                                     << u"error : unknown option -style"_s;
    QTest::newRow("two files") << QStringList { u"a"_s, u"b"_s } << u"error : unexpected argument \"b\""_s;
    QTest::newRow("missing value") << QStringList { u"--study"_s }
                                   << u"error : --study needs a value (STUDY)"_s;
}

void TestCommandLine::program()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QCOMPARE(describe(parseCommandLine(programTable(), args)), expected);
}

// For every valued option of every command: "--name VALUE" and "--name=VALUE" give the same command,
// with VALUE intact (one leading dash, an "=" and a space in it).
void TestCommandLine::valueSpellingsAgree_data()
{
    QTest::addColumn<QStringList>("spaced");
    QTest::addColumn<QStringList>("joined");
    QTest::addColumn<QString>("option");
    const QString value = u"-v a=b"_s;
    for (const CommandSpec &c : cliCommands().commands) {
        QStringList base = c.words;
        for (const PositionalSpec &p : c.positionals) {
            for (int i = 0; i < p.min; ++i)
                base.append(p.name.toLower() + QString::number(i));
        }
        for (const OptionSpec &o : c.options) {
            if (o.isFlag())
                continue;
            QStringList others;
            for (const OptionSpec &r : c.options) {
                if (r.required && r.name != o.name)
                    others << u"--"_s + r.name << u"given"_s;
            }
            const QString name = c.words.join(u' ') + u" --"_s + o.name;
            QTest::newRow(qPrintable(name))
                << base + others + QStringList { u"--"_s + o.name, value }
                << base + others + QStringList { u"--%1=%2"_s.arg(o.name, value) } << o.name;
        }
    }
}

void TestCommandLine::valueSpellingsAgree()
{
    QFETCH(QStringList, spaced);
    QFETCH(QStringList, joined);
    QFETCH(QString, option);
    const CommandLine a = parseCommandLine(cliCommands(), spaced);
    const CommandLine b = parseCommandLine(cliCommands(), joined);
    QCOMPARE(describe(a).left(4), u"run "_s);
    QCOMPARE(describe(b), describe(a));
    QCOMPARE(a.command.value(option), u"-v a=b"_s);
    QCOMPARE(b.command.value(option), u"-v a=b"_s);
}

void TestCommandLine::synopses()
{
    QCOMPARE(tableSynopses(),
        (QStringList {
            u"panelist-cli instrument validate FILE"_s,
            u"panelist-cli instrument show [FILE] [--json]"_s,
            u"panelist-cli instrument template OUT [--instrument FILE]"_s,
            u"panelist-cli instrument import WORKBOOK --out INSTRUMENT.json"_s,
            u"panelist-cli keys create --out NAME.panelist-key [--passphrase-fd N]"_s,
            u"panelist-cli keys show FILE"_s,
            u"panelist-cli keys backup FILE --out BACKUP.txt|BACKUP.png|BACKUP.svg [--passphrase-fd N]"_s,
            u"panelist-cli keys restore BACKUP.txt --out NAME.panelist-key [--passphrase-fd N]"_s,
            u"panelist-cli survey make --instrument FILE --out NAME.panelist-survey --coordinator NAME "
            u"--contact TEXT [--return TEXT] [--deadline YYYY-MM-DD] [--study-id ID] [--key NAME.panelist-key]"_s,
            u"panelist-cli survey show FILE [--json]"_s,
            u"panelist-cli response from-json IN.json OUT [--instrument FILE]"_s,
            u"panelist-cli response to-json FILE"_s,
            u"panelist-cli simulate --experts N --seed S --out DIR [--instrument FILE] [--quiet]"_s,
            u"panelist-cli study create STUDY [--instrument FILE] [--survey FILE]"_s,
            u"panelist-cli merge STUDY FILE|DIR... [--key FILE] [--passphrase-fd N] [--quiet]"_s,
            u"panelist-cli merge STUDY --watch DIR [--key FILE] [--passphrase-fd N] [--quiet]"_s,
            u"panelist-cli study show STUDY [--json]"_s,
            u"panelist-cli study verify STUDY"_s,
            u"panelist-cli export STUDY --format csv-long|csv-wide|json|sav|xlsx --out PATH"_s,
            u"panelist-cli report STUDY --format json|csv|html [--out PATH] [--group G]"_s,
        }));
}

// What the parser and the help rely on and cannot check while running.
void TestCommandLine::tableIsWellFormed()
{
    const QList<CommandSpec> &rows = cliCommands().commands;
    QStringList groupsSeen;
    for (const CommandSpec &c : rows) {
        const QString name = c.words.join(u' ') + (c.selector.isEmpty() ? QString() : u" --"_s + c.selector);
        QVERIFY2(!c.words.isEmpty() && c.handler, qPrintable(name));
        QVERIFY2(!c.description.isEmpty() && !c.group.isEmpty(), qPrintable(name));
        // Rows of one group are together, so the overview shows each heading once.
        if (groupsSeen.isEmpty() || groupsSeen.last() != c.group) {
            QVERIFY2(!groupsSeen.contains(c.group), qPrintable(name));
            groupsSeen.append(c.group);
        }
        // Optional or repeating positionals come last: their arguments are the ones left over.
        for (qsizetype i = 0; i < c.positionals.size(); ++i) {
            const PositionalSpec &p = c.positionals.at(i);
            QVERIFY2(!p.help.isEmpty(), qPrintable(name + u' ' + p.name));
            QVERIFY2(p.min == 0 || p.min == 1, qPrintable(name + u' ' + p.name));
            QVERIFY2(p.max == 1 || p.max == Unbounded, qPrintable(name + u' ' + p.name));
            QVERIFY2((p.min == 1 && p.max == 1) || i == c.positionals.size() - 1,
                qPrintable(name + u' ' + p.name));
        }
        QStringList optionNames;
        for (const OptionSpec &o : c.options) {
            QVERIFY2(!o.help.isEmpty(), qPrintable(name + u" --"_s + o.name));
            QVERIFY2(!optionNames.contains(o.name), qPrintable(name + u" --"_s + o.name));
            QVERIFY2(o.name != u"help"_s && o.name != u"version"_s, qPrintable(name));
            QVERIFY2(!o.name.contains(u'='), qPrintable(name + u" --"_s + o.name));
            optionNames.append(o.name);
        }
        if (!c.selector.isEmpty())
            QVERIFY2(optionNames.contains(c.selector), qPrintable(name));
        // Every set of words has one row without a selector, the one parsed by default.
        qsizetype plain = 0;
        for (const CommandSpec &other : rows)
            plain += other.words == c.words && other.selector.isEmpty() ? 1 : 0;
        QVERIFY2(plain == 1, qPrintable(name));
        // No command's words start another's, so the longest match is never ambiguous.
        for (const CommandSpec &other : rows) {
            if (other.words.size() > c.words.size())
                QVERIFY2(other.words.first(c.words.size()) != c.words, qPrintable(name));
        }
    }
}

void TestCommandLine::readmeAndDocsListTheTable()
{
    QCOMPARE(codeBlockAfter(u"README.md"_s, u"## Command line"_s), tableSynopses());
    const QStringList helpLines { u"panelist-cli COMMAND --help"_s, u"panelist-cli --help"_s,
        u"panelist-cli --version"_s };
    QCOMPARE(codeBlockAfter(u"docs/cli.md"_s, u"# panelist-cli"_s), tableSynopses() + helpLines);
    // docs/cli.md has a section for every command.
    QFile docs(QStringLiteral(PANELIST_SOURCE_DIR "/docs/cli.md"));
    QVERIFY(docs.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(docs.readAll());
    for (const QString &line : tableSynopses()) {
        const QString heading = u"\n## `"_s + line.mid(u"panelist-cli "_s.size()) + u"`\n"_s;
        QVERIFY2(text.contains(heading), qPrintable(heading.trimmed()));
    }
}

void TestCommandLine::helpFitsTheTerminal()
{
    QStringList texts { helpText(cliCommands(), {}), helpText(programTable(), {}),
        usageText(cliCommands(), {}) };
    for (const CommandSpec &c : cliCommands().commands)
        texts.append(helpText(cliCommands(), c.words));
    for (const QString &text : texts) {
        QVERIFY(text.endsWith(u'\n'));
        for (const QString &line : text.split(u'\n')) {
            QVERIFY2(line.size() <= 100, qPrintable(line));
            QVERIFY2(!line.endsWith(u' '), qPrintable(line));
        }
    }
}

void TestCommandLine::usageErrorText()
{
    QCOMPARE(panelist::usageErrorText(cliCommands(), { u"merge"_s }, u"missing FILE|DIR"_s),
        u"panelist-cli: missing FILE|DIR\n"
        u"\n"
        u"Usage: panelist-cli merge STUDY FILE|DIR... [--key FILE] [--passphrase-fd N] [--quiet]\n"
        u"       panelist-cli merge STUDY --watch DIR [--key FILE] [--passphrase-fd N] [--quiet]\n"_s);
    // A synopsis wider than the terminal breaks between options, under the first argument.
    QCOMPARE(panelist::usageErrorText(cliCommands(), { u"survey"_s }, u"incomplete command \"survey\""_s),
        u"panelist-cli: incomplete command \"survey\"\n"
        u"\n"
        u"Usage: panelist-cli survey make --instrument FILE --out NAME.panelist-survey --coordinator NAME\n"
        u"                                --contact TEXT [--return TEXT] [--deadline YYYY-MM-DD]\n"
        u"                                [--study-id ID] [--key NAME.panelist-key]\n"
        u"       panelist-cli survey show FILE [--json]\n"_s);
    QCOMPARE(panelist::usageErrorText(programTable(), {}, u"unknown option -style"_s),
        u"prog: unknown option -style\n\nUsage: prog [FILE] [--coordinator] [--study STUDY]\n"_s);
}

void TestCommandLine::programHelpText()
{
    QCOMPARE(helpText(programTable(), {}),
        u"Usage: prog [FILE] [--coordinator] [--study STUDY]\n"
        u"\n"
        u"Does things.\n"
        u"\n"
        u"Arguments:\n"
        u"  FILE  A file.\n"
        u"\n"
        u"Options:\n"
        u"  --coordinator  A flag.\n"
        u"  --study STUDY  A value.\n"
        u"  -h, --help     Print this help and exit.\n"
        u"  --version      Print the version and exit.\n"
        u"\n"
        u"Qt's options pass.\n"_s);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
