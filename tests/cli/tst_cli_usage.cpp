// The command line as a user meets it, through the real binaries: --help and --version of both
// programs (the GUI one with no display at all), and usage errors of every kind reading
// "panelist-cli: <what was wrong>", a blank line and that command's usage, with exit status 2.

#include "tests/common/clirun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace panelist::testcli;
using namespace Qt::StringLiterals;

namespace {

// The program run with no display to be had: no DISPLAY, no WAYLAND_DISPLAY and no QT_QPA_PLATFORM
// (so not the offscreen platform CTest sets), where QApplication would abort.
Run withoutDisplay(const QString &program, const QStringList &args, const QString &folder = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : { u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s })
        env.remove(name);
    QProcess p;
    p.setProcessEnvironment(env);
    if (!folder.isEmpty())
        p.setWorkingDirectory(folder);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {};
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

// The usage lines of a command: the first paragraph of its --help.
QString usageOf(const QStringList &words)
{
    const Run help = cli(words + QStringList { u"--help"_s });
    return help.out.left(help.out.indexOf(u"\n\n"_s) + 1);
}

const QString Version = QStringLiteral(PANELIST_VERSION);

} // namespace

class TestCliUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandHelp_data();
    void commandHelp();
    void overview();
    void version();
    void usageErrors_data();
    void usageErrors();
    void valueTheCommandRefuses_data();
    void valueTheCommandRefuses();
    void valueSpellingsAgree_data();
    void valueSpellingsAgree();
    void doubleDash();
    void gui_data();
    void gui();

private:
    QTemporaryDir m_dir; // where nothing exists: every path the commands are given is in it
};

void TestCliUsage::commandHelp_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("usage"); // the first lines of the help
    const auto row = [](const QStringList &words, const QString &usage) {
        QTest::newRow(qPrintable(words.join(u' '))) << words << usage;
    };
    row({ u"instrument"_s, u"validate"_s }, u"Usage: panelist-cli instrument validate FILE\n"_s);
    row({ u"instrument"_s, u"show"_s }, u"Usage: panelist-cli instrument show [FILE] [--json]\n"_s);
    row({ u"response"_s, u"from-json"_s },
        u"Usage: panelist-cli response from-json IN.json OUT [--instrument FILE]\n"_s);
    row({ u"response"_s, u"to-json"_s }, u"Usage: panelist-cli response to-json FILE\n"_s);
    row({ u"simulate"_s },
        u"Usage: panelist-cli simulate --experts N --seed S --out DIR [--instrument FILE] [--quiet]\n"_s);
    row({ u"study"_s, u"create"_s },
        u"Usage: panelist-cli study create STUDY [--instrument FILE] [--survey FILE]\n"_s);
    row({ u"merge"_s },
        u"Usage: panelist-cli merge STUDY FILE|DIR... [--key FILE] [--passphrase-fd N] [--quiet]\n"
        u"       panelist-cli merge STUDY --watch DIR [--key FILE] [--passphrase-fd N] [--quiet]\n"_s);
    row({ u"study"_s, u"show"_s }, u"Usage: panelist-cli study show STUDY [--json]\n"_s);
    row({ u"export"_s },
        u"Usage: panelist-cli export STUDY --format csv-long|csv-wide|json|sav|xlsx --out PATH\n"_s);
    row({ u"report"_s },
        u"Usage: panelist-cli report STUDY --format json|csv|html [--out PATH] [--group G]\n"_s);
}

// COMMAND --help, COMMAND -h, help COMMAND and --help after a wrong line all print the same help.
void TestCliUsage::commandHelp()
{
    QFETCH(QStringList, words);
    QFETCH(QString, usage);
    const Run r = cli(words + QStringList { u"--help"_s });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString());
    QVERIFY2(r.out.startsWith(usage + u'\n'), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"\nOptions:\n"_s) && r.out.contains(u"  -h, --help "_s), qPrintable(r.out));
    QVERIFY2(!r.out.contains(u"panelist-cli instrument validate"_s) || words.first() == u"instrument"_s,
        qPrintable(r.out)); // this command's help, not the overview
    for (const QStringList &args : { words + QStringList { u"-h"_s }, QStringList { u"help"_s } + words,
             words + QStringList { u"--no-such-option"_s, u"--help"_s } }) {
        const Run same = cli(args);
        QCOMPARE(same.code, 0);
        QCOMPARE(same.out, r.out);
        QCOMPARE(same.err, QString());
    }
}

void TestCliUsage::overview()
{
    for (const QString &arg : { u"--help"_s, u"-h"_s, u"help"_s }) {
        const Run r = cli({ arg });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QVERIFY2(r.out.startsWith(u"Usage: panelist-cli COMMAND [ARGUMENTS] [OPTIONS]\n\nInstruments:\n"
                                  u"  panelist-cli instrument validate FILE\n"_s),
            qPrintable(r.out));
        QVERIFY(r.out.contains(
            u"\n  panelist-cli merge STUDY --watch DIR [--key FILE] [--passphrase-fd N] [--quiet]\n"_s));
        QVERIFY(r.out.contains(u"\nExit status: 0 done; 1 input rejected"_s));
    }
}

void TestCliUsage::version()
{
    QVERIFY(!Version.isEmpty());
    const Run r = cli({ u"--version"_s });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"panelist-cli "_s + Version + u'\n');
    QCOMPARE(r.err, QString());
}

void TestCliUsage::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message"); // after "panelist-cli: "
    QTest::addColumn<QStringList>("words"); // whose usage follows; none: every command's

    const QString s = u"s.panelist-study"_s;
    QTest::newRow("option given twice")
        << QStringList { u"report"_s, s, u"--format"_s, u"json"_s, u"--format=csv"_s }
        << u"--format given twice"_s << QStringList { u"report"_s };
    QTest::newRow("flag given twice")
        << QStringList { u"instrument"_s, u"show"_s, u"--json"_s, u"--json"_s } << u"--json given twice"_s
        << QStringList { u"instrument"_s, u"show"_s };
    QTest::newRow("unknown option") << QStringList { u"export"_s, s, u"--colour"_s, u"red"_s }
                                    << u"unknown option --colour"_s << QStringList { u"export"_s };
    QTest::newRow("unknown short option") << QStringList { u"study"_s, u"show"_s, s, u"-j"_s }
                                          << u"unknown option -j"_s << QStringList { u"study"_s, u"show"_s };
    QTest::newRow("missing value") << QStringList { u"simulate"_s, u"--experts"_s, u"2"_s, u"--seed"_s }
                                   << u"--seed needs a value (S)"_s << QStringList { u"simulate"_s };
    QTest::newRow("empty value") << QStringList { u"study"_s, u"create"_s, s, u"--instrument="_s }
                                 << u"--instrument needs a value (FILE)"_s
                                 << QStringList { u"study"_s, u"create"_s };
    QTest::newRow("an option for a value")
        << QStringList { u"report"_s, s, u"--out"_s, u"--format"_s, u"json"_s }
        << u"--out needs a value (PATH)"_s << QStringList { u"report"_s };
    QTest::newRow("value for a flag") << QStringList { u"study"_s, u"show"_s, s, u"--json=no"_s }
                                      << u"--json takes no value"_s << QStringList { u"study"_s, u"show"_s };
    QTest::newRow("too many positionals")
        << QStringList { u"response"_s, u"to-json"_s, u"a"_s, u"b"_s } << u"unexpected argument \"b\""_s
        << QStringList { u"response"_s, u"to-json"_s };
    QTest::newRow("too few positionals")
        << QStringList { u"merge"_s, s } << u"missing FILE|DIR"_s << QStringList { u"merge"_s };
    QTest::newRow("files and --watch") << QStringList { u"merge"_s, s, u"a"_s, u"--watch"_s, u"d"_s }
                                       << u"unexpected argument \"a\""_s << QStringList { u"merge"_s };
    QTest::newRow("missing option") << QStringList { u"export"_s, s, u"--out"_s, u"x.csv"_s }
                                    << u"missing --format csv-long|csv-wide|json|sav|xlsx"_s
                                    << QStringList { u"export"_s };
    QTest::newRow("incomplete command")
        << QStringList { u"response"_s } << u"incomplete command \"response\""_s
        << QStringList { u"response"_s };
    QTest::newRow("unknown command") << QStringList { u"study"_s, u"destroy"_s, s }
                                     << u"unknown command \"study destroy\""_s << QStringList { u"study"_s };
    QTest::newRow("no command") << QStringList {} << u"no command given"_s << QStringList {};
    QTest::newRow("nothing known") << QStringList { u"frobnicate"_s } << u"unknown command \"frobnicate\""_s
                                   << QStringList {};
}

void TestCliUsage::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QFETCH(QStringList, words);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out, QString());
    if (words.isEmpty()) {
        QVERIFY2(r.err.startsWith(
                     u"panelist-cli: "_s + message + u"\n\nUsage: panelist-cli instrument validate FILE\n"_s),
            qPrintable(r.err));
        QVERIFY2(r.err.endsWith(u"\n       panelist-cli --version\n"_s), qPrintable(r.err));
        return;
    }
    const QString usage = usageOf(words);
    QVERIFY2(usage.startsWith(u"Usage: panelist-cli "_s + words.join(u' ') + u' '), qPrintable(usage));
    QCOMPARE(r.err, u"panelist-cli: "_s + message + u"\n\n"_s + usage);
}

// A value the parser passes and the command cannot use is a usage error of the same shape.
void TestCliUsage::valueTheCommandRefuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("value"); // named in the message
    QTest::addColumn<QStringList>("words");
    QTest::newRow("report --format") << QStringList { u"report"_s, u"s"_s, u"--format=pdf"_s } << u"pdf"_s
                                     << QStringList { u"report"_s };
    QTest::newRow("export --format") << QStringList { u"export"_s, u"s"_s, u"--format"_s, u"ods"_s,
        u"--out"_s, u"x"_s } << u"ods"_s
                                     << QStringList { u"export"_s };
    QTest::newRow("simulate --experts")
        << QStringList { u"simulate"_s, u"--experts=0"_s, u"--seed"_s, u"1"_s, u"--out"_s, u"x"_s }
        << u"--experts must be a whole number from 1 to 1000000, got \"0\""_s
        << QStringList { u"simulate"_s };
}

void TestCliUsage::valueTheCommandRefuses()
{
    QFETCH(QStringList, args);
    QFETCH(QString, value);
    QFETCH(QStringList, words);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out, QString());
    const qsizetype blank = r.err.indexOf(u"\n\n"_s);
    QVERIFY2(r.err.startsWith(u"panelist-cli: "_s) && r.err.left(blank).contains(value), qPrintable(r.err));
    QCOMPARE(r.err.mid(blank + 2), usageOf(words));
}

// The same command line with the values spelled --name=VALUE and --name VALUE: the same output.
void TestCliUsage::valueSpellingsAgree_data()
{
    QTest::addColumn<QStringList>("spaced");
    QTest::addColumn<QStringList>("joined");
    const auto at = [this](const QString &name) { return m_dir.filePath(name); };
    const QString study = at(u"s.panelist-study"_s);
    QTest::newRow("report --group --out --format") << QStringList { u"report"_s, study, u"--group"_s,
        u"cbrn"_s, u"--out"_s, at(u"r.json"_s), u"--format"_s, u"json"_s }
                                                   << QStringList { u"report"_s, study, u"--group=cbrn"_s,
                                                          u"--out="_s + at(u"r.json"_s), u"--format=json"_s };
    QTest::newRow("export --format --out")
        << QStringList { u"export"_s, study, u"--format"_s, u"sav"_s, u"--out"_s, at(u"x.sav"_s) }
        << QStringList { u"export"_s, study, u"--format=sav"_s, u"--out="_s + at(u"x.sav"_s) };
    QTest::newRow("simulate --seed (refused)")
        << QStringList { u"simulate"_s, u"--experts"_s, u"2"_s, u"--seed"_s, u"-1"_s, u"--out"_s, at(u"x"_s) }
        << QStringList { u"simulate"_s, u"--experts=2"_s, u"--seed=-1"_s, u"--out="_s + at(u"x"_s) };
    QTest::newRow("study create --instrument")
        << QStringList { u"study"_s, u"create"_s, at(u"new.panelist-study"_s), u"--instrument"_s,
               at(u"i.json"_s) }
        << QStringList { u"study"_s, u"create"_s, at(u"new.panelist-study"_s),
               u"--instrument="_s + at(u"i.json"_s) };
    QTest::newRow("response from-json --instrument")
        << QStringList { u"response"_s, u"from-json"_s, at(u"in.json"_s), at(u"out"_s), u"--instrument"_s,
               at(u"i.json"_s) }
        << QStringList { u"response"_s, u"from-json"_s, at(u"in.json"_s), at(u"out"_s),
               u"--instrument="_s + at(u"i.json"_s) };
    QTest::newRow("merge --watch") << QStringList { u"merge"_s, study, u"--watch"_s, at(u"inbox"_s) }
                                   << QStringList { u"merge"_s, study, u"--watch="_s + at(u"inbox"_s) };
}

void TestCliUsage::valueSpellingsAgree()
{
    QFETCH(QStringList, spaced);
    QFETCH(QStringList, joined);
    const Run a = cli(spaced);
    const Run b = cli(joined);
    QVERIFY2(a.code == 1 || a.code == 2, qPrintable(a.err)); // refused: nothing is written anywhere
    QCOMPARE(b.code, a.code);
    QCOMPARE(b.out, a.out);
    QCOMPARE(b.err, a.err);
    QVERIFY(QDir(m_dir.path()).isEmpty());
}

// After --, an argument that starts with "-" is a file name.
void TestCliUsage::doubleDash()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(QStringLiteral(PANELIST_SOURCE_DIR "/resources/instruments/uuk2024.json"),
        dir.filePath(u"-draft.json"_s)));
    Run r = withoutDisplay(QStringLiteral(PANELIST_CLI),
        { u"instrument"_s, u"validate"_s, u"--"_s, u"-draft.json"_s }, dir.path());
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(u"-draft.json: ok, fingerprint "_s), qPrintable(r.out));
    r = withoutDisplay(
        QStringLiteral(PANELIST_CLI), { u"instrument"_s, u"validate"_s, u"-draft.json"_s }, dir.path());
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(u"panelist-cli: unknown option -draft.json\n\n"_s), qPrintable(r.err));
}

// panelist with no display at all: what is answered from the command line never needs one.
void TestCliUsage::gui_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("out"); // the start of standard output
    QTest::addColumn<QString>("err"); // the start of standard error

    const QString usage = u"Usage: panelist [FILE] [--coordinator] [--study STUDY] [--present STUDY] "
                          u"[--presenter] [--lang LANG]\n"
                          u"                [--preview FILE]\n"_s;
    QTest::newRow("--version") << QStringList { u"--version"_s } << 0 << u"panelist "_s + Version + u'\n'
                               << QString();
    QTest::newRow("--help") << QStringList { u"--help"_s } << 0
                            << usage + u"\nAnswer an expert elicitation survey.\n"_s << QString();
    QTest::newRow("-h after a file") << QStringList { u"answers.panelist"_s, u"-h"_s } << 0 << usage
                                     << QString();
    QTest::newRow("--help with Qt's option")
        << QStringList { u"-platform"_s, u"xcb"_s, u"--help"_s } << 0 << usage << QString();
    QTest::newRow("unknown option") << QStringList { u"--frobnicate"_s } << 2 << QString()
                                    << u"panelist: unknown option --frobnicate\n\n"_s + usage;
    QTest::newRow("unknown option after Qt's") << QStringList { u"-style"_s, u"fusion"_s,
        u"--frob"_s } << 2 << QString() << u"panelist: unknown option --frob\n\n"_s + usage;
    QTest::newRow("two files") << QStringList { u"a.panelist"_s, u"b.panelist"_s } << 2 << QString()
                               << u"panelist: unexpected argument \"b.panelist\"\n\n"_s + usage;
    QTest::newRow("missing value") << QStringList { u"--coordinator"_s, u"--study"_s } << 2 << QString()
                                   << u"panelist: --study needs a value (STUDY)\n\n"_s + usage;
    QTest::newRow("--lang with no such language")
        << QStringList { u"--lang"_s, u"xx"_s } << 2 << QString()
        << u"panelist: --lang: no interface language 'xx' (there are: en, de, fr)\n\n"_s + usage;
    QTest::newRow("--preview without FILE") << QStringList { u"--preview"_s } << 2 << QString()
                                            << u"panelist: --preview needs a value (FILE)\n\n"_s + usage;
    QTest::newRow("option given twice") << QStringList { u"--present"_s, u"a"_s, u"--present=b"_s } << 2
                                        << QString() << u"panelist: --present given twice\n\n"_s + usage;
    QTest::newRow("flag given a value") << QStringList { u"--coordinator=yes"_s } << 2 << QString()
                                        << u"panelist: --coordinator takes no value\n\n"_s + usage;
}

void TestCliUsage::gui()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, out);
    QFETCH(QString, err);
    const Run r = withoutDisplay(QStringLiteral(PANELIST_GUI), args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.out.startsWith(out) && (out.isEmpty() == r.out.isEmpty()), qPrintable(r.out));
    QCOMPARE(r.err, err);
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
