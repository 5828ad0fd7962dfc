// packaging/panelist-mime.xml, packaging/org.panelist.Panelist.desktop and the AppStream metadata,
// checked against the code that writes the files they describe and against each other.
#include "cli/commandline.h"
#include "cli/guicommandtable.h"
#include "models/instrument/instrument.h"
#include "models/security/keyfile.h"
#include "models/security/sealedfile.h"
#include "models/storage/responsestore.h"
#include "models/storage/studystore.h"
#include "models/storage/surveystore.h"
#include "tests/common/privatefolders.h"
#include "tests/common/sqliteexec.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QMimeDatabase>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QXmlStreamReader>
#include <QtEndian>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace panelist;

namespace {

const QString Packaging = QStringLiteral(PANELIST_SOURCE_DIR "/packaging/");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A shared-mime-info string value with its escapes (\xNN, \NNN, \\, \n, \r, \t) decoded.
QByteArray unescape(const QString &value)
{
    const QByteArray in = value.toLatin1();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '\\' || i + 1 == in.size()) {
            out += in[i];
            continue;
        }
        const char c = in[++i];
        if (c == 'x') {
            out += char(in.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else if (c >= '0' && c <= '7') {
            out += char(in.mid(i, 3).toInt(nullptr, 8));
            i += 2;
        } else {
            out += c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : c;
        }
    }
    return out;
}

// One MIME type of panelist-mime.xml: its globs, parent and magic matches as "offset=value" paths
// from the outermost match in ("0=SQLite format 3\0/68=PNLR").
struct MimeRules
{
    QStringList globs;
    QStringList parents;
    QList<QList<QPair<QString, QByteArray>>> magic;
};

QMap<QString, MimeRules> readMimeRules(const QString &path)
{
    QMap<QString, MimeRules> types;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return types;
    QXmlStreamReader xml(&file);
    QString type;
    QList<QPair<QString, QByteArray>> chain;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            const auto a = xml.attributes();
            if (name == u"mime-type"_s)
                type = a.value(u"type"_s).toString();
            else if (name == u"glob"_s)
                types[type].globs << a.value(u"pattern"_s).toString();
            else if (name == u"sub-class-of"_s)
                types[type].parents << a.value(u"type"_s).toString();
            else if (name == u"match"_s) {
                chain.append({ a.value(u"offset"_s).toString(), unescape(a.value(u"value"_s).toString()) });
                types[type].magic.append(chain);
            }
        } else if (xml.isEndElement() && name == u"match"_s) {
            chain.removeLast();
        }
    }
    return xml.hasError() ? QMap<QString, MimeRules>() : types;
}

QByteArray bigEndian(quint32 id)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(id, bytes.data());
    return bytes;
}

// The desktop entry's groups as key=value maps (no locales, no continuation lines in ours).
QMap<QString, QMap<QString, QString>> readDesktopEntry(const QString &path)
{
    QMap<QString, QMap<QString, QString>> groups;
    QString group;
    for (const QByteArray &raw : readAll(path).split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(u'['))
            group = line.mid(1, line.size() - 2);
        else if (const qsizetype eq = line.indexOf(u'='); eq > 0 && !line.startsWith(u'#'))
            groups[group][line.left(eq)] = line.mid(eq + 1);
    }
    return groups;
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void magicAgreesWithTheCode();
    void compiledDatabaseRecognisesRenamedFiles_data();
    void compiledDatabaseRecognisesRenamedFiles();
    void desktopEntryAgreesWithTheProgram();
    void namesAgree();

private:
    QTemporaryDir m_dir;
    QMap<QString, MimeRules> m_rules;
    QString m_compilerOutput;
    bool m_compiled = false;
};

// The MIME database as a desktop has it: freedesktop.org's types and Panelist's, compiled by
// update-mime-database into a folder that is the only one Qt reads (set before the first QMimeDatabase).
void TestDesktopIntegration::initTestCase()
{
    PANELIST_REQUIRE_PRIVATE_FOLDERS();
    QVERIFY(m_dir.isValid());
    m_rules = readMimeRules(Packaging + u"panelist-mime.xml"_s);
    QVERIFY2(!m_rules.isEmpty(), "packaging/panelist-mime.xml does not parse");

    const QString data = m_dir.filePath(u"data"_s);
    const QString packages = data + u"/mime/packages"_s;
    QVERIFY(QDir().mkpath(packages));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"home"_s)));
    QVERIFY2(
        QFile::copy(u"/usr/share/mime/packages/freedesktop.org.xml"_s, packages + u"/freedesktop.org.xml"_s),
        "shared-mime-info's freedesktop.org.xml is missing");
    QVERIFY(QFile::copy(Packaging + u"panelist-mime.xml"_s, packages + u"/panelist.xml"_s));
    qputenv("XDG_DATA_DIRS", data.toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_dir.filePath(u"home"_s).toLocal8Bit());
    qunsetenv("QT_NO_MIME_CACHE");
    QProcess compiler;
    compiler.start(u"update-mime-database"_s, { u"-V"_s, data + u"/mime"_s });
    QVERIFY2(compiler.waitForFinished(60000), "update-mime-database did not run");
    m_compilerOutput = QString::fromLocal8Bit(compiler.readAllStandardError());
    QCOMPARE(compiler.exitCode(), 0);
    QVERIFY(QFile::exists(data + u"/mime/mime.cache"_s));
    // update-mime-database -V names each file it reads; anything it found wrong is a warning.
    QVERIFY2(!m_compilerOutput.contains(u"warning"_s, Qt::CaseInsensitive), qPrintable(m_compilerOutput));
    m_compiled = true;
}

// The magic is the bytes the code writes: SQLite's header and the application_id at offset 68 (big
// endian, as PRAGMA application_id stores it), the sealed file's 8 bytes, the JSON files' "format".
void TestDesktopIntegration::magicAgreesWithTheCode()
{
    const QByteArray sqlite("SQLite format 3\0", 16);
    const QList<QPair<QString, quint32>> databases = {
        { u"application/x-panelist-response"_s, ResponseStore::ApplicationId },
        { u"application/x-panelist-survey"_s, SurveyStore::ApplicationId },
        { u"application/x-panelist-study"_s, StudyStore::ApplicationId },
    };
    for (const auto &[type, id] : databases) {
        QVERIFY2(m_rules.contains(type), qPrintable(type));
        const QList<QPair<QString, QByteArray>> expected = { { u"0"_s, sqlite }, { u"68"_s, bigEndian(id) } };
        QVERIFY2(m_rules[type].magic.contains(expected), qPrintable(type));
        QCOMPARE(m_rules[type].parents, QStringList { u"application/vnd.sqlite3"_s });
    }
    const auto single = [&](const QString &type) {
        const auto &magic = m_rules.value(type).magic;
        return magic.size() == 1 && magic.first().size() == 1 ? magic.first().first()
                                                              : QPair<QString, QByteArray>();
    };
    QCOMPARE(single(u"application/x-panelist-sealed"_s),
        (QPair<QString, QByteArray> { u"0"_s, QByteArray(SealedFile::Magic, sizeof SealedFile::Magic) }));
    QCOMPARE(single(u"application/x-panelist-instrument"_s),
        (QPair<QString, QByteArray> { u"0:4096"_s, '"' + Instrument::FormatName.toUtf8() + '"' }));
    QCOMPARE(single(u"application/x-panelist-key"_s),
        (QPair<QString, QByteArray> { u"0:4096"_s, '"' + KeyFile::FormatName.toUtf8() + '"' }));
    QCOMPARE(m_rules[u"application/x-panelist-key"_s].globs, QStringList { u"*"_s + KeyFile::Suffix });
    QCOMPARE(m_rules[u"application/x-panelist-sealed"_s].globs, QStringList { u"*"_s + SealedFile::Suffix });
}

void TestDesktopIntegration::compiledDatabaseRecognisesRenamedFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::newRow("response, renamed") << u"from-ada"_s << u"application/x-panelist-response"_s;
    QTest::newRow("survey, renamed") << u"survey-for-you"_s << u"application/x-panelist-survey"_s;
    QTest::newRow("study, renamed") << u"study-2027"_s << u"application/x-panelist-study"_s;
    QTest::newRow("study, named") << u"s.panelist-study"_s << u"application/x-panelist-study"_s;
    QTest::newRow("plain SQLite") << u"plain"_s << u"application/vnd.sqlite3"_s;
    QTest::newRow("instrument, *.json") << u"my-study.json"_s << u"application/x-panelist-instrument"_s;
    QTest::newRow("instrument, renamed") << u"instrument"_s << u"application/x-panelist-instrument"_s;
    QTest::newRow("other JSON") << u"other.json"_s << u"application/json"_s;
    QTest::newRow("key, renamed") << u"key"_s << u"application/x-panelist-key"_s;
    QTest::newRow("sealed, renamed") << u"sealed"_s << u"application/x-panelist-sealed"_s;
}

// What a file manager asks: the name first, the content when the name says nothing or is ambiguous.
void TestDesktopIntegration::compiledDatabaseRecognisesRenamedFiles()
{
    QVERIFY(m_compiled);
    QFETCH(QString, name);
    QFETCH(QString, type);
    const QString path = m_dir.filePath(u"files/"_s + name);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"files"_s)));
    const Instrument &bundled = Instrument::bundled();
    const auto write = [&](const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    if (type == u"application/x-panelist-response"_s) {
        QVERIFY(
            ResponseStore::create(path, bundled.canonicalJson(), bundled.fingerprint(), QUuid::createUuid()));
    } else if (type == u"application/x-panelist-study"_s) {
        QVERIFY(StudyStore::create(path, bundled));
    } else if (type == u"application/x-panelist-survey"_s) {
        testfiles::sqlite(path,
            { u"PRAGMA application_id = %1"_s.arg(SurveyStore::ApplicationId),
                u"CREATE TABLE meta (k, v)"_s });
    } else if (type == u"application/vnd.sqlite3"_s) {
        testfiles::sqlite(path, { u"CREATE TABLE t (x)"_s });
    } else if (type == u"application/x-panelist-instrument"_s) {
        QVERIFY(QFile::copy(QStringLiteral(PANELIST_SOURCE_DIR "/resources/instruments/uuk2024.json"), path));
    } else if (type == u"application/json"_s) {
        QVERIFY(write(R"({"format": "something else", "version": 1})"));
    } else if (type == u"application/x-panelist-key"_s) {
        QVERIFY(write(R"({"fingerprint": "4F2A", "format": "panelist-key", "version": 1})"));
    } else if (type == u"application/x-panelist-sealed"_s) {
        QVERIFY(write(QByteArray(SealedFile::Magic, sizeof SealedFile::Magic) + QByteArray("\0\0\0\2{}", 6)));
    }
    QCOMPARE(QMimeDatabase().mimeTypeForFile(path).name(), type);
}

// Every option the desktop entry's Exec lines pass is one of panelist's, and every MIME type it
// claims is one panelist FILE opens (packaging/panelist-mime.xml defines it).
void TestDesktopIntegration::desktopEntryAgreesWithTheProgram()
{
    const auto entry = readDesktopEntry(Packaging + u"org.panelist.Panelist.desktop"_s);
    QCOMPARE(entry[u"Desktop Entry"_s][u"Exec"_s], u"panelist %f"_s);
    const QStringList actions = entry[u"Desktop Entry"_s][u"Actions"_s].split(u';', Qt::SkipEmptyParts);
    QCOMPARE(actions, (QStringList { u"coordinator"_s, u"presenter"_s }));
    for (const QString &action : actions) {
        QStringList exec = entry[u"Desktop Action "_s + action][u"Exec"_s].split(u' ');
        QCOMPARE(exec.takeFirst(), u"panelist"_s);
        const CommandLine line = parseCommandLine(guiCommands(), exec);
        QVERIFY2(line.action == CommandLine::Action::Run, qPrintable(line.error));
        QVERIFY(line.command.isSet(action));
    }
    const QStringList claimed = entry[u"Desktop Entry"_s][u"MimeType"_s].split(u';', Qt::SkipEmptyParts);
    QCOMPARE(claimed,
        (QStringList { u"application/x-panelist-response"_s, u"application/x-panelist-survey"_s,
            u"application/x-panelist-study"_s }));
    for (const QString &type : claimed)
        QVERIFY2(m_rules.contains(type), qPrintable(type));
}

// One name throughout: the desktop entry's file is the AppStream id plus ".desktop" (its <launchable>),
// and the icon it names is the SVG in packaging/ and the window's (app/main.cpp).
void TestDesktopIntegration::namesAgree()
{
    const QString id = u"org.panelist.Panelist"_s;
    const QString metainfo = QString::fromUtf8(readAll(Packaging + id + u".metainfo.xml"_s));
    QVERIFY(metainfo.contains(u"<id>"_s + id + u"</id>"_s));
    QVERIFY(metainfo.contains(u"<launchable type=\"desktop-id\">"_s + id + u".desktop</launchable>"_s));
    const auto entry = readDesktopEntry(Packaging + id + u".desktop"_s);
    QCOMPARE(entry[u"Desktop Entry"_s][u"Icon"_s], id);
    QVERIFY(QFile::exists(Packaging + id + u".svg"_s));
    const QString main = QString::fromUtf8(readAll(QStringLiteral(PANELIST_SOURCE_DIR "/app/main.cpp")));
    QVERIFY(main.contains(u"setDesktopFileName(u\""_s + id + u"\"_s)"_s));
    QVERIFY(main.contains(u":/icons/"_s + id + u".svg"_s));
    // On X11 a desktop matches windows to the entry by their WM_CLASS, which Qt makes of the
    // application's name.
    QVERIFY(main.contains(
        u"setApplicationName(u\""_s + entry[u"Desktop Entry"_s][u"StartupWMClass"_s] + u"\"_s)"_s));
}

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
