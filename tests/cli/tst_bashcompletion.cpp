// panelist-cli's bash completion (cli/bashcompletion.h), as the build made it from the command table
// (packaging/CMakeLists.txt): sourced into bash, its function is called with COMP_WORDS and
// COMP_CWORD as bash would set them, and the test reads COMPREPLY.

#include "cli/bashcompletion.h"
#include "cli/commandtable.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace panelist;
using namespace Qt::StringLiterals;

namespace {

const QString Script = QStringLiteral(PANELIST_GENERATED_DIR "/panelist-cli.bash");

QString quoted(const QString &word)
{
    return u'\'' + QString(word).replace(u"'"_s, u"'\\''"_s) + u'\'';
}

struct Completed
{
    bool ran = false;
    QStringList words; // COMPREPLY, sorted
    QString errors;
};

// Calls the completion function on words (the last one being completed, "" for a new word), in dir.
Completed complete(const QStringList &words, const QString &dir)
{
    QStringList quotedWords;
    for (const QString &w : words)
        quotedWords.append(quoted(w));
    const QString line = words.join(u' ');
    const QString program = u"source "_s + quoted(Script) + u"\nCOMP_WORDS=("_s + quotedWords.join(u' ')
        + u")\nCOMP_CWORD=%1\nCOMP_LINE=%2\nCOMP_POINT=%3\n"_s.arg(words.size() - 1)
              .arg(quoted(line))
              .arg(line.size())
        + u"_panelist_cli panelist-cli\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"_s;
    QProcess bash;
    bash.setWorkingDirectory(dir);
    bash.start(u"bash"_s, { u"--norc"_s, u"--noprofile"_s, u"-c"_s, program });
    if (!bash.waitForFinished(30000) || bash.exitStatus() != QProcess::NormalExit)
        return {};
    QStringList reply = QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    reply.sort();
    return { true, reply, QString::fromUtf8(bash.readAllStandardError()) };
}

} // namespace

class TestBashCompletion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyNameHasAKind();
    void builtFromTheTable();
    void registered();
    void completes_data();
    void completes();

private:
    QTemporaryDir m_dir;
};

void TestBashCompletion::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!QStandardPaths::findExecutable(u"bash"_s).isEmpty());
    QVERIFY(QDir(m_dir.path()).mkpath(u"inbox"_s));
    QVERIFY(QDir(m_dir.path()).mkpath(u"in-progress"_s));
    for (const QString &name : { u"study.panelist-study"_s, u"instrument.json"_s }) {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
}

// Each argument's and value's name is decided as a word list, a file, a folder or nothing: a new
// name in the table needs a decision in completionKind().
void TestBashCompletion::everyNameHasAKind()
{
    for (const CommandSpec &c : cliCommands().commands) {
        for (const PositionalSpec &p : c.positionals)
            QVERIFY2(completionKind(p.name).has_value(), qPrintable(c.words.join(u' ') + u' ' + p.name));
        for (const OptionSpec &o : c.options) {
            if (!o.isFlag())
                QVERIFY2(completionKind(o.valueName).has_value(), qPrintable(o.valueName));
        }
    }
    QCOMPARE(completionKind(u"json|csv|html"_s), CompletionKind::Words);
    QCOMPARE(completionKind(u"DIR"_s), CompletionKind::Directory);
    QCOMPARE(completionKind(u"NAME.panelist-key"_s), CompletionKind::File);
    QCOMPARE(completionKind(u"N"_s), CompletionKind::Nothing);
}

void TestBashCompletion::builtFromTheTable()
{
    QFile file(Script);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), bashCompletion(cliCommands()));
    QProcess bash;
    bash.start(u"bash"_s, { u"-n"_s, Script });
    QVERIFY(bash.waitForFinished(30000));
    QCOMPARE(bash.readAllStandardError(), QByteArray());
    QCOMPARE(bash.exitCode(), 0);
}

void TestBashCompletion::registered()
{
    QProcess bash;
    bash.start(u"bash"_s,
        { u"--norc"_s, u"--noprofile"_s, u"-c"_s,
            u"source "_s + quoted(Script) + u"; complete -p panelist-cli"_s });
    QVERIFY(bash.waitForFinished(30000));
    QCOMPARE(bash.readAllStandardOutput(), QByteArray("complete -F _panelist_cli panelist-cli\n"));
}

void TestBashCompletion::completes_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QStringList &typed, const QStringList &expected) {
        QStringList sorted = expected;
        sorted.sort();
        QTest::newRow(name) << (QStringList { u"panelist-cli"_s } + typed) << sorted;
    };
    QStringList first;
    for (const CommandSpec &c : cliCommands().commands) {
        if (!first.contains(c.words.first()))
            first.append(c.words.first());
    }
    row("first word", { u""_s }, first + QStringList { u"help"_s });
    row("partial first word", { u"st"_s }, { u"study"_s });
    row("partial first words", { u"s"_s }, { u"simulate"_s, u"study"_s, u"survey"_s });
    row("second word", { u"study"_s, u""_s }, { u"create"_s, u"show"_s, u"verify"_s });
    row("partial second word", { u"study"_s, u"s"_s }, { u"show"_s });
    row("after help", { u"help"_s, u"keys"_s, u"c"_s }, { u"create"_s });
    row("program options", { u"-"_s }, { u"--help"_s, u"--version"_s });
    row("unknown command", { u"bogus"_s, u""_s }, {});
    row("a command's options", { u"merge"_s, u"study.panelist-study"_s, u"--"_s },
        { u"--key"_s, u"--passphrase-fd"_s, u"--quiet"_s, u"--watch"_s, u"--help"_s });
    row("options not given yet",
        { u"merge"_s, u"study.panelist-study"_s, u"--quiet"_s, u"--key"_s, u"k"_s, u"--"_s },
        { u"--passphrase-fd"_s, u"--watch"_s, u"--help"_s });
    row("a partial option", { u"report"_s, u"study.panelist-study"_s, u"--f"_s }, { u"--format"_s });
    row("a value's choices", { u"export"_s, u"study.panelist-study"_s, u"--format"_s, u""_s },
        { u"csv-long"_s, u"csv-wide"_s, u"json"_s, u"sav"_s, u"xlsx"_s });
    row("a partial choice", { u"report"_s, u"s"_s, u"--format"_s, u"c"_s }, { u"csv"_s });
    row("--name=value split by bash", { u"export"_s, u"s"_s, u"--format"_s, u"="_s, u"csv"_s },
        { u"csv-long"_s, u"csv-wide"_s });
    row("--name= split by bash", { u"report"_s, u"s"_s, u"--format"_s, u"="_s },
        { u"csv"_s, u"html"_s, u"json"_s });
    row("--name=value unsplit", { u"report"_s, u"s"_s, u"--format=h"_s }, { u"--format=html"_s });
    row("a folder", { u"merge"_s, u"study.panelist-study"_s, u"--watch"_s, u"in"_s },
        { u"in-progress"_s, u"inbox"_s });
    row("a file", { u"instrument"_s, u"validate"_s, u"inst"_s }, { u"instrument.json"_s });
    row("files and folders", { u"merge"_s, u"study.panelist-study"_s, u"inb"_s }, { u"inbox"_s });
    row("repeating files", { u"merge"_s, u"study.panelist-study"_s, u"inbox"_s, u"st"_s },
        { u"study.panelist-study"_s });
    row("a number", { u"simulate"_s, u"--experts"_s, u""_s }, {});
    row("no argument left", { u"study"_s, u"verify"_s, u"study.panelist-study"_s, u""_s }, { u"--help"_s });
    row("after --", { u"instrument"_s, u"validate"_s, u"--"_s, u"inst"_s }, { u"instrument.json"_s });
}

void TestBashCompletion::completes()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, expected);
    const Completed c = complete(words, m_dir.path());
    QVERIFY(c.ran);
    QCOMPARE(c.errors, QString());
    QCOMPARE(c.words, expected);
}

QTEST_GUILESS_MAIN(TestBashCompletion)
#include "tst_bashcompletion.moc"
