// The language a response was answered in, end to end through the real binary (issue 12, languages):
// a response in German to a translated instrument (tests/models/instrument/data/translated.json)
// becomes a response file, comes back out as JSON with it, merges into a study beside one answered
// in the main language, and the exports stay in the main language with each respondent's language
// as a column; a language the instrument does not have is refused, naming the item.
#include "tests/common/clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist::testcli;

namespace {

const QString Instrument
    = QStringLiteral(PANELIST_SOURCE_DIR) + u"/tests/models/instrument/data/translated.json"_s;

QByteArray responseJson(const QString &fingerprint, const QString &id, const QString &language)
{
    QJsonObject respondent { { u"id"_s, id }, { u"expertise"_s, QJsonArray { u"security"_s } } };
    if (!language.isEmpty())
        respondent.insert(u"language"_s, language);
    const QJsonObject doc {
        { u"format"_s, u"panelist-response"_s },
        { u"version"_s, 1 },
        { u"instrument"_s, fingerprint },
        { u"respondent"_s, respondent },
        { u"revision"_s, 1 },
        { u"submitted_at"_s, u"2026-12-01T10:00:00Z"_s },
        { u"effectiveness"_s, QJsonObject { { u"audits"_s, QJsonObject { { u"cyber"_s, 4 } } } } },
        { u"feasibility"_s, QJsonObject { { u"audits"_s, 5 } } },
        { u"comments"_s, QJsonObject {} },
        { u"combinations"_s, QJsonObject {} },
    };
    return QJsonDocument(doc).toJson();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The rows of a CSV file without quoted commas or line breaks, as lists of cells.
QList<QStringList> simpleCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            rows << QString::fromUtf8(line).trimmed().remove(u'"').split(u',');
    }
    return rows;
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languageTravelsToTheExports();
    void languageTheInstrumentLacksIsRefused();
};

void TestCliLanguage::languageTravelsToTheExports()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run shown = cli({ u"instrument"_s, u"show"_s, Instrument, u"--json"_s });
    QCOMPARE(shown.code, 0);
    const QString fingerprint
        = QJsonDocument::fromJson(shown.out.toUtf8()).object().value(u"fingerprint"_s).toString();
    QVERIFY2(fingerprint.size() == 64, qPrintable(shown.out.left(300)));
    const Run summary = cli({ u"instrument"_s, u"show"_s, Instrument });
    QVERIFY2(summary.out.contains(u"\nLanguages: en (main), de, fr\n"_s), qPrintable(summary.out.left(400)));

    const QString de = dir.filePath(u"de.panelist-response"_s);
    const QString en = dir.filePath(u"en.panelist-response"_s);
    QVERIFY(write(dir.filePath(u"de.json"_s),
        responseJson(fingerprint, u"11111111-1111-4111-8111-111111111111"_s, u"de"_s)));
    QVERIFY(write(dir.filePath(u"en.json"_s),
        responseJson(fingerprint, u"22222222-2222-4222-8222-222222222222"_s, QString())));
    for (const auto &[json, file] : { std::pair { u"de.json"_s, de }, std::pair { u"en.json"_s, en } }) {
        const Run made
            = cli({ u"response"_s, u"from-json"_s, dir.filePath(json), file, u"--instrument"_s, Instrument });
        QVERIFY2(made.code == 0, qPrintable(made.err));
    }
    const Run back = cli({ u"response"_s, u"to-json"_s, de });
    QCOMPARE(back.code, 0);
    QCOMPARE(QJsonDocument::fromJson(back.out.toUtf8())
                 .object()
                 .value(u"respondent"_s)
                 .toObject()
                 .value(u"language"_s)
                 .toString(),
        u"de"_s);

    const QString study = dir.filePath(u"study.panelist-study"_s);
    QCOMPARE(cli({ u"study"_s, u"create"_s, study, u"--instrument"_s, Instrument }).code, 0);
    const Run merged = cli({ u"merge"_s, study, de, en, u"--quiet"_s });
    QVERIFY2(merged.code == 0, qPrintable(merged.err + merged.out));

    const QString wide = dir.filePath(u"wide.csv"_s);
    QCOMPARE(cli({ u"export"_s, study, u"--format"_s, u"csv-wide"_s, u"--out"_s, wide }).code, 0);
    const QList<QStringList> rows = simpleCsv(wide);
    QCOMPARE(rows.size(), 3);
    const qsizetype column = rows.at(0).indexOf(u"language"_s);
    QCOMPARE(column, 5); // after affiliation
    QStringList languages { rows.at(1).at(column), rows.at(2).at(column) };
    languages.sort();
    QCOMPARE(languages, QStringList({ u"de"_s, u"en"_s })); // the main language where none was recorded
    // The column names and the codebook stay in the main language: English names of the measures.
    QFile codebook(dir.filePath(u"wide.codebook.csv"_s));
    QVERIFY2(codebook.open(QIODevice::ReadOnly), qPrintable(QDir(dir.path()).entryList().join(u", "_s)));
    const QString book = QString::fromUtf8(codebook.readAll());
    QVERIFY2(book.contains(u"Third-party audits"_s) && !book.contains(u"Prüfungen durch Dritte"_s),
        qPrintable(book.left(600)));
    // The long layout's codebook lists the codes the language column holds.
    const QString longCsv = dir.filePath(u"long.csv"_s);
    QCOMPARE(cli({ u"export"_s, study, u"--format"_s, u"csv-long"_s, u"--out"_s, longCsv }).code, 0);
    QFile longBook(dir.filePath(u"long.codebook.csv"_s));
    QVERIFY(longBook.open(QIODevice::ReadOnly));
    const QString longText = QString::fromUtf8(longBook.readAll());
    QVERIFY2(longText.contains(u"en = English (main); de = Deutsch; fr = Français"_s),
        qPrintable(longText.left(2000)));
}

void TestCliLanguage::languageTheInstrumentLacksIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run shown = cli({ u"instrument"_s, u"show"_s, Instrument, u"--json"_s });
    const QString fingerprint
        = QJsonDocument::fromJson(shown.out.toUtf8()).object().value(u"fingerprint"_s).toString();
    QVERIFY(write(dir.filePath(u"es.json"_s),
        responseJson(fingerprint, u"33333333-3333-4333-8333-333333333333"_s, u"es"_s)));
    const QString out = dir.filePath(u"es.panelist-response"_s);
    const Run refused = cli(
        { u"response"_s, u"from-json"_s, dir.filePath(u"es.json"_s), out, u"--instrument"_s, Instrument });
    QCOMPARE(refused.code, 1);
    QVERIFY2(
        refused.err.contains(
            u"respondent.language: \"es\" is not a language this instrument is translated into (de, fr)"_s),
        qPrintable(refused.err));
    QVERIFY(!QFile::exists(out));
}

QTEST_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
