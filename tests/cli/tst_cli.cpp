// Runs the real panelist-cli binary: exit codes, output formats, and that nothing is left behind when
// an input is refused.

#include "models/instrument/instrument.h"
#include "tests/models/response/responsedocs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace panelist;
using namespace panelist::testdocs;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QByteArray &input = {},
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PANELIST_CLI), args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

QString dataPath(const QString &name)
{
    return QStringLiteral(PANELIST_TEST_DATA "/") + name;
}

QString strictInstrumentPath()
{
    return QStringLiteral(PANELIST_SOURCE_DIR "/tests/models/response/data/strict.json");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QStringList entries(const QString &dir)
{
    QStringList names
        = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

QStringList sorted(QStringList names)
{
    names.sort();
    return names;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void usage_data();
    void usage();
    void runsWithoutDisplay();
    void showBundledJson();
    void showBundledText();
    void showFileJson();
    void validateGood();
    void validateBad_data();
    void validateBad();
    void roundTrip_data();
    void roundTrip();
    void rejected_data();
    void rejected();
    void refusesExistingOut_data();
    void refusesExistingOut();
    void instrumentOption();
    void unusablePaths_data();
    void unusablePaths();
    void toJsonBad_data();
    void toJsonBad();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    Instrument m_bundled;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(PANELIST_CLI)), PANELIST_CLI);
    m_bundled = Instrument::bundled();
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message"); // exit 2: after "panelist-cli: "; exit 0: the usage on stdout

    QTest::newRow("--help") << QStringList { u"--help"_s } << 0 << QString();
    QTest::newRow("-h after a command")
        << QStringList { u"response"_s, u"from-json"_s, u"-h"_s } << 0 << QString();
    QTest::newRow("nothing") << QStringList {} << 2 << u"no command given"_s;
    QTest::newRow("half a command") << QStringList { u"instrument"_s } << 2
                                    << u"incomplete command \"instrument\""_s;
    QTest::newRow("unknown command") << QStringList { u"instrument"_s, u"frobnicate"_s } << 2
                                     << u"unknown command \"instrument frobnicate\""_s;
    QTest::newRow("validate without file")
        << QStringList { u"instrument"_s, u"validate"_s } << 2 << u"missing FILE"_s;
    QTest::newRow("validate two files") << QStringList { u"instrument"_s, u"validate"_s, u"a"_s, u"b"_s } << 2
                                        << u"unexpected argument \"b\""_s;
    QTest::newRow("unknown option") << QStringList { u"instrument"_s, u"show"_s, u"--yaml"_s } << 2
                                    << u"unknown option --yaml"_s;
    QTest::newRow("from-json without OUT")
        << QStringList { u"response"_s, u"from-json"_s, u"in.json"_s } << 2 << u"missing OUT"_s;
    QTest::newRow("--instrument without FILE") << QStringList { u"response"_s, u"from-json"_s, u"a"_s, u"b"_s,
        u"--instrument"_s } << 2 << u"--instrument needs a value (FILE)"_s;
    QTest::newRow("--json on from-json") << QStringList { u"response"_s, u"from-json"_s, u"a"_s, u"b"_s,
        u"--json"_s } << 2 << u"unknown option --json"_s;
    QTest::newRow("to-json without FILE")
        << QStringList { u"response"_s, u"to-json"_s } << 2 << u"missing FILE"_s;
}

void TestCli::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = cli(args);
    QCOMPARE(r.code, code);
    if (code == 0) {
        QVERIFY(r.out.startsWith("Usage:"));
        QVERIFY(r.out.contains("response from-json IN.json OUT [--instrument FILE]"));
        QVERIFY(r.err.isEmpty());
        return;
    }
    QVERIFY(r.out.isEmpty());
    const QByteArray expected = "panelist-cli: " + message.toUtf8() + "\n\nUsage: panelist-cli ";
    QVERIFY2(r.err.startsWith(expected), r.err.constData());
}

// A GUI application would abort here: no display, and a platform plugin that needs one.
void TestCli::runsWithoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    const Run r = cli({ u"instrument"_s, u"show"_s, u"--json"_s }, {}, env);
    QCOMPARE(r.code, 0);
    QCOMPARE(parseObject(r.out).value(u"fingerprint"_s).toString(), m_bundled.fingerprint());
}

void TestCli::showBundledJson()
{
    const Run r = cli({ u"instrument"_s, u"show"_s, u"--json"_s });
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

    QCOMPARE(o.value(u"fingerprint"_s).toString(), m_bundled.fingerprint());
    QCOMPARE(o.value(u"fingerprint"_s).toString().size(), 64);
    QCOMPARE(o.value(u"title"_s).toString(),
        u"Effective Mitigations for Systemic Risks from General-Purpose AI"_s);
    QCOMPARE(o.value(u"items"_s).toInt(), 135);

    const QJsonArray areas = o.value(u"areas"_s).toArray();
    QCOMPARE(areas.size(), 4);
    QCOMPARE(areas.at(2).toObject().value(u"id"_s).toString(), u"cbrn"_s);
    QVERIFY(!areas.at(2).toObject().value(u"name"_s).toString().isEmpty());
    const QJsonArray measures = o.value(u"measures"_s).toArray();
    QCOMPARE(measures.size(), 27);
    QCOMPARE(measures.at(14).toObject().value(u"id"_s).toString(), u"m15"_s);
    QCOMPARE(measures.at(14).toObject().value(u"name"_s).toString(),
        u"Safety incident reports and security information sharing"_s);
    const QJsonArray expertise = o.value(u"expertise"_s).toArray();
    QCOMPARE(expertise.size(), 5);
    QCOMPARE(expertise.at(0).toObject().value(u"id"_s).toString(), u"ai_safety"_s);

    const QJsonObject scale = o.value(u"scale"_s).toObject();
    QCOMPARE(scale.value(u"points"_s).toArray(), (QJsonArray { 1, 2, 3, 4, 5 }));
    QCOMPARE(scale.value(u"labels"_s).toArray().first().toString(), u"Strongly disagree"_s);
    QCOMPARE(scale.value(u"labels"_s).toArray().last().toString(), u"Strongly agree"_s);
    QCOMPARE(scale.value(u"dont_know"_s), QJsonValue(true));
    QCOMPARE(o.value(u"combination"_s).toObject(),
        (QJsonObject { { u"scope"_s, u"per-area"_s }, { u"max"_s, 5 } }));
    QCOMPARE(o.value(u"thresholds"_s).toObject(),
        (QJsonObject { { u"agreement"_s, 0.6 }, { u"selection"_s, 0.4 } }));
}

void TestCli::showBundledText()
{
    const Run r = cli({ u"instrument"_s, u"show"_s });
    QCOMPARE(r.code, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.startsWith(u"Effective Mitigations for Systemic Risks from General-Purpose AI\n"_s));
    QVERIFY(text.contains(u"Fingerprint: "_s + m_bundled.fingerprint()));
    QVERIFY(text.contains(u"Measures (27):"_s));
    QVERIFY(text.contains(u"  m27  "_s));
    QVERIFY(text.contains(u"Preferred combination: per risk area, at most 5 measures"_s));
    QVERIFY(text.contains(u"Rating items: 135"_s));
}

void TestCli::showFileJson()
{
    const auto strict = Instrument::fromFile(strictInstrumentPath());
    QVERIFY(strict.ok());
    const Run r = cli({ u"instrument"_s, u"show"_s, strictInstrumentPath(), u"--json"_s });
    QCOMPARE(r.code, 0);
    const QJsonObject o = parseObject(r.out);
    QCOMPARE(o.value(u"fingerprint"_s).toString(), strict->fingerprint());
    QVERIFY(strict->fingerprint() != m_bundled.fingerprint());
    QCOMPARE(o.value(u"measures"_s).toArray().size(), 2);
    QCOMPARE(o.value(u"scale"_s).toObject().value(u"points"_s).toArray(), (QJsonArray { 1, 2, 3, 4 }));
    QCOMPARE(o.value(u"scale"_s).toObject().value(u"dont_know"_s), QJsonValue(false));
    QCOMPARE(o.value(u"combination"_s).toObject(),
        (QJsonObject { { u"scope"_s, u"overall"_s }, { u"max"_s, 2 } }));
    QCOMPARE(o.value(u"items"_s).toInt(), 5); // alpha: 2 areas + feasibility; beta: 2 areas
}

void TestCli::validateGood()
{
    const QString file = QStringLiteral(PANELIST_SOURCE_DIR "/resources/instruments/uuk2024.json");
    const Run r = cli({ u"instrument"_s, u"validate"_s, file });
    QCOMPARE(r.code, 0);
    QCOMPARE(QString::fromUtf8(r.out),
        file + u": ok, fingerprint "_s + m_bundled.fingerprint() + u", 4 areas, 27 measures\n"_s);
    QVERIFY(r.err.isEmpty());
}

void TestCli::validateBad_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("part"); // besides the file name
    QTest::newRow("unknown key") << dataPath(u"bad-instrument.json"_s) << u"$.measures[0]"_s;
    QTest::newRow("truncated") << dataPath(u"truncated-instrument.json"_s) << QString();
    QTest::newRow("missing") << dataPath(u"no-such-instrument.json"_s) << QString();
    QTest::newRow("a response, not an instrument") << strictInstrumentPath() + u"-not-there"_s << QString();
}

void TestCli::validateBad()
{
    QFETCH(QString, file);
    QFETCH(QString, part);
    for (const QString &command : { u"validate"_s, u"show"_s }) {
        const Run r = cli({ u"instrument"_s, command, file });
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(file), qPrintable(err));
        QVERIFY2(err.contains(part), qPrintable(err));
    }
}

void TestCli::roundTrip_data()
{
    QTest::addColumn<QJsonObject>("doc");
    QTest::addColumn<bool>("viaStdin");
    QTest::addColumn<QString>("outName");

    const QJsonObject full = fullDoc(Instrument::bundled(), awkwardText(20000));
    QTest::newRow("full, 20,000-character comment") << full << false << u"response.panelist"_s;
    QTest::newRow("from standard input") << full << true << u"stdin response.db"_s;
    QTest::newRow("nothing answered, odd name") << emptyDoc(Instrument::bundled()) << false << u"Antwort é"_s;
}

// from-json then to-json gives back the same document; only IN and OUT are left in the folder.
void TestCli::roundTrip()
{
    QFETCH(QJsonObject, doc);
    QFETCH(bool, viaStdin);
    QFETCH(QString, outName);
    QVERIFY(doc.value(u"comments"_s).toObject().isEmpty()
        || doc.value(u"comments"_s).toObject().value(u"m01"_s).toString().size() > 20000);

    const QString in = path(u"in.json"_s);
    const QString out = path(outName);
    QVERIFY(writeFile(in, bytes(doc)));
    const Run made = viaStdin ? cli({ u"response"_s, u"from-json"_s, u"-"_s, out }, bytes(doc))
                              : cli({ u"response"_s, u"from-json"_s, in, out });
    QVERIFY2(made.code == 0, made.err.constData());
    QVERIFY2(made.out.contains("created"), made.out.constData());
    QCOMPARE(entries(m_dir->path()), sorted({ u"in.json"_s, outName }));
    QVERIFY(readFile(out).startsWith("SQLite format 3"));

    const Run back = cli({ u"response"_s, u"to-json"_s, out });
    QVERIFY2(back.code == 0, back.err.constData());
    QJsonParseError error;
    const QJsonObject got = QJsonDocument::fromJson(back.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(got, doc);
    QCOMPARE(entries(m_dir->path()), sorted({ u"in.json"_s, outName }));
}

void TestCli::rejected_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("part"); // follows "in.json: " on stderr

    const Instrument ins = Instrument::bundled();
    const QJsonObject full = fullDoc(ins);
    QTest::newRow("unknown measure") << bytes(with(full, { u"effectiveness"_s, u"m99"_s, u"cbrn"_s }, 3))
                                     << u"effectiveness.m99.cbrn: unknown measure \"m99\""_s;
    QTest::newRow("value off the scale") << bytes(with(full, { u"feasibility"_s, u"m03"_s }, 7))
                                         << u"feasibility.m03: 7 is not on the scale 1–5"_s;
    QTest::newRow("too many picks") << bytes(with(full, { u"combinations"_s, u"democratic_processes"_s },
        QJsonArray { u"m01"_s, u"m02"_s, u"m03"_s, u"m04"_s, u"m05"_s, u"m06"_s }))
                                    << u"combinations.democratic_processes: 6 picks, at most 5 allowed"_s;
    QTest::newRow("wrong fingerprint")
        << bytes(with(full, { u"instrument"_s }, u"0123456789abcdef"_s))
        << u"instrument: response answers instrument 0123456789ab, expected "_s + ins.fingerprint().left(12);
    QTest::newRow("comment too long") << bytes(with(full, { u"comments"_s, u"m02"_s }, awkwardText(20001)))
                                      << u"comments.m02: 20001 characters, at most 20000 allowed"_s;
    QTest::newRow("unknown key") << bytes(with(full, { u"respondent"_s, u"email"_s }, u"x@y"_s))
                                 << u"$.respondent.email: unknown key"_s;
    QTest::newRow("wrong type") << bytes(with(full, { u"revision"_s }, u"two"_s))
                                << u"$.revision: expected a whole number, found the string \"two\""_s;
    QTest::newRow("malformed JSON") << QByteArray("{\"format\": ") << u"$: not valid JSON at line 1"_s;
}

void TestCli::rejected()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, part);
    const QString in = path(u"in.json"_s);
    const QString out = path(u"out.panelist"_s);
    QVERIFY(writeFile(in, input));
    const Run r = cli({ u"response"_s, u"from-json"_s, in, out });
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(in + u": "_s + part), qPrintable(err));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(entries(m_dir->path()), QStringList { u"in.json"_s });
}

void TestCli::refusesExistingOut_data()
{
    QTest::addColumn<bool>("danglingLink");
    QTest::newRow("file") << false;
    QTest::newRow("dangling symbolic link") << true;
}

void TestCli::refusesExistingOut()
{
    QFETCH(bool, danglingLink);
    const QString in = path(u"in.json"_s);
    const QString out = path(u"out.panelist"_s);
    QVERIFY(writeFile(in, bytes(fullDoc(m_bundled))));
    if (danglingLink)
        QVERIFY(QFile::link(path(u"elsewhere"_s), out));
    else
        QVERIFY(writeFile(out, "precious"));

    const Run r = cli({ u"response"_s, u"from-json"_s, in, out });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("already exists"), r.err.constData());
    QVERIFY(QString::fromUtf8(r.err).contains(out));
    if (danglingLink)
        QVERIFY(!QFile::exists(path(u"elsewhere"_s)));
    else
        QCOMPARE(readFile(out), QByteArray("precious"));
    QCOMPARE(entries(m_dir->path()), (QStringList { u"in.json"_s, u"out.panelist"_s }));
}

void TestCli::instrumentOption()
{
    const auto strict = Instrument::fromFile(strictInstrumentPath());
    QVERIFY(strict.ok());
    const QJsonObject doc = fullDoc(*strict);
    const QString in = path(u"in.json"_s);
    QVERIFY(writeFile(in, bytes(doc)));

    // Answers to the test instrument are refused against the bundled one...
    Run r = cli({ u"response"_s, u"from-json"_s, in, path(u"a"_s) });
    QCOMPARE(r.code, 1);
    const QByteArray expected = "response answers instrument " + strict->fingerprint().left(12).toUtf8();
    QVERIFY2(r.err.contains(expected), r.err.constData());
    QVERIFY(!QFile::exists(path(u"a"_s)));

    // ...refused when the named instrument is broken, naming that file...
    r = cli({ u"response"_s, u"from-json"_s, in, path(u"b"_s), u"--instrument"_s,
        dataPath(u"bad-instrument.json"_s) });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("bad-instrument.json"), r.err.constData());
    QVERIFY(!QFile::exists(path(u"b"_s)));

    // ...and accepted with --instrument, embedding that instrument in the file.
    r = cli({ u"response"_s, u"from-json"_s, u"--instrument="_s + strictInstrumentPath(), in, path(u"c"_s) });
    QVERIFY2(r.code == 0, r.err.constData());
    r = cli({ u"response"_s, u"to-json"_s, path(u"c"_s) });
    QCOMPARE(r.code, 0);
    QCOMPARE(parseObject(r.out), doc);
}

void TestCli::unusablePaths_data()
{
    QTest::addColumn<QString>("in"); // relative to the temporary folder
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("named"); // the path stderr must name, with what is wrong
    QTest::newRow("missing input") << u"nothing.json"_s << u"out"_s << u"nothing.json: no such file"_s;
    QTest::newRow("folder as input") << u"sub"_s << u"out"_s << u"sub: not a file"_s;
    QTest::newRow("OUT in a missing folder") << u"in.json"_s << u"gone/out"_s << u"gone/out: the folder"_s;
    QTest::newRow("OUT is a folder") << u"in.json"_s << u"sub"_s << u"sub: already exists"_s;
}

void TestCli::unusablePaths()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QFETCH(QString, named);
    QVERIFY(writeFile(path(u"in.json"_s), bytes(fullDoc(m_bundled))));
    QVERIFY(QDir(m_dir->path()).mkdir(u"sub"_s));
    const Run r = cli({ u"response"_s, u"from-json"_s, path(in), path(out) });
    QCOMPARE(r.code, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(path(named)), r.err.constData());
    QCOMPARE(entries(m_dir->path()), (QStringList { u"in.json"_s, u"sub"_s }));
    QVERIFY(entries(path(u"sub"_s)).isEmpty());
}

void TestCli::toJsonBad_data()
{
    QTest::addColumn<QByteArray>("content"); // null: the file does not exist
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("text file") << QByteArray("just some notes\n");
    QTest::newRow("empty file") << QByteArray("");
    QTest::newRow("interchange JSON, not a response file") << bytes(fullDoc(Instrument::bundled()));
}

void TestCli::toJsonBad()
{
    QFETCH(QByteArray, content);
    const QString file = path(u"thing.panelist"_s);
    if (!content.isNull())
        QVERIFY(writeFile(file, content));
    const Run r = cli({ u"response"_s, u"to-json"_s, file });
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(file), r.err.constData());
    if (!content.isNull())
        QCOMPARE(readFile(file), content);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
