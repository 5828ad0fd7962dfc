// The manual pages panelist(1) and panelist-cli(1) (cli/manpage.h): made at build time from the
// command tables (packaging/CMakeLists.txt), they list every command, argument and option, are
// plain ASCII roff, and man(1) renders them without a warning.

#include "cli/commandhelp.h"
#include "cli/commandtable.h"
#include "cli/guicommandtable.h"
#include "cli/manpage.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace panelist;
using namespace Qt::StringLiterals;

namespace {

QString builtPage(const QString &program)
{
    QFile file(QStringLiteral(PANELIST_GENERATED_DIR) + u'/' + program + u".1"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Runs of white space as one space: the rendering wraps and pads lines.
QString simplified(const QString &text)
{
    return QString(text).replace(QRegularExpression(u"\\s+"_s), u" "_s).trimmed();
}

struct Rendered
{
    int code = -1;
    QString text;
    QString warnings;
};

// What `MANWIDTH=80 man --warnings -l FILE` shows, as Debian's lintian runs it.
Rendered render(const QString &program)
{
    const QString man = QStandardPaths::findExecutable(u"man"_s);
    if (man.isEmpty())
        return {};
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MANWIDTH"_s, u"80"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"MAN_KEEP_FORMATTING"_s, u""_s);
    env.remove(u"MANPAGER"_s);
    env.insert(u"PAGER"_s, u"cat"_s);
    p.setProcessEnvironment(env);
    p.start(
        man, { u"--warnings"_s, u"-l"_s, QStringLiteral(PANELIST_GENERATED_DIR) + u'/' + program + u".1"_s });
    if (!p.waitForFinished(60000))
        return {};
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace

class TestManPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtFromTheTables();
    void asciiOnly();
    void cliPageListsEveryCommand();
    void guiPageListsEveryOption();
    void rendersWithoutWarnings_data();
    void rendersWithoutWarnings();
};

// The pages the build made (and the package installs) are the ones the tables make now.
void TestManPage::builtFromTheTables()
{
    QCOMPARE(builtPage(u"panelist-cli"_s), manPage(cliCommands(), cliManPageText()));
    QCOMPARE(builtPage(u"panelist"_s), manPage(guiCommands(), guiManPageText()));
}

void TestManPage::asciiOnly()
{
    for (const QString &program : { u"panelist-cli"_s, u"panelist"_s }) {
        const QString page = builtPage(program);
        QVERIFY(!page.isEmpty());
        for (const QChar c : page)
            QVERIFY2(c.unicode() < 0x80, qPrintable(program + u": "_s + c));
        // Every "-" is \- (a minus, as typed), never a bare hyphen, outside comments and requests' names.
        for (const QString &line : page.split(u'\n')) {
            if (line.startsWith(u".\\\""_s))
                continue;
            QVERIFY2(!QString(line).remove(u"\\-"_s).contains(u'-'), qPrintable(line));
        }
    }
}

void TestManPage::cliPageListsEveryCommand()
{
    const QString page = builtPage(u"panelist-cli"_s);
    const auto roff = [](QString text) { return text.replace(u'-', u"\\-"_s); };
    for (const CommandSpec &c : cliCommands().commands) {
        const QString words = c.words.join(u' ');
        QVERIFY2(page.contains(u".SY \"panelist\\-cli "_s + roff(words) + u"\"\n"_s), qPrintable(words));
        QVERIFY2(
            page.contains(u".TP\n\\fB"_s + roff(words) + u"\\fR"_s), qPrintable(words)); // under COMMANDS
        for (const OptionSpec &o : c.options)
            QVERIFY2(page.contains(u"\\fB\\-\\-"_s + roff(o.name) + u"\\fR"_s),
                qPrintable(words + u" --"_s + o.name));
        for (const PositionalSpec &p : c.positionals)
            QVERIFY2(page.contains(u"\\fI"_s + p.name + u"\\fR"_s), qPrintable(words + u' ' + p.name));
    }
    for (const QString &section :
        { u"NAME"_s, u"SYNOPSIS"_s, u"DESCRIPTION"_s, u"COMMANDS"_s, u"OPTIONS"_s, u"SEE ALSO"_s })
        QVERIFY2(page.contains(u"\n.SH "_s + section + u'\n'), qPrintable(section));
}

void TestManPage::guiPageListsEveryOption()
{
    const QString page = builtPage(u"panelist"_s);
    const CommandSpec &row = guiCommands().commands.first();
    for (const OptionSpec &o : row.options)
        QVERIFY2(page.contains(u".TP\n\\fB\\-\\-"_s + o.name + u"\\fR"_s), qPrintable(o.name));
    QVERIFY(page.contains(u".SH ARGUMENTS\n.TP\n\\fIFILE\\fR\n"_s));
    QVERIFY(page.contains(u".SH EXIT STATUS\n"_s));
}

void TestManPage::rendersWithoutWarnings_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("panelist-cli") << u"panelist-cli"_s;
    QTest::newRow("panelist") << u"panelist"_s;
}

// Rendered, the page says every synopsis and description of the table, within 80 columns.
void TestManPage::rendersWithoutWarnings()
{
    QFETCH(QString, program);
    if (QStandardPaths::findExecutable(u"man"_s).isEmpty())
        QFAIL("man(1) is missing: scripts/deps installs man-db");
    const Rendered r = render(program);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.warnings, QString());
    const CommandTable &table = program == u"panelist"_s ? guiCommands() : cliCommands();
    const QString text = simplified(r.text);
    QVERIFY2(text.startsWith(program.toUpper() + u"(1) User Commands "_s), qPrintable(r.text.left(200)));
    for (const CommandSpec &c : table.commands) {
        QVERIFY2(text.contains(simplified(synopsis(table, c))), qPrintable(synopsis(table, c)));
        QVERIFY2(text.contains(simplified(c.description)), qPrintable(c.description));
        for (const OptionSpec &o : c.options)
            QVERIFY2(text.contains(simplified(o.help)), qPrintable(o.help));
    }
    for (const QString &line : r.text.split(u'\n'))
        QVERIFY2(line.size() <= 80, qPrintable(line));
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
