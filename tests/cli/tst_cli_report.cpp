// Runs the real panelist-cli binary for `report`: a study built with `simulate`, `study create` and
// `merge`, reported as JSON, CSV and HTML; the JSON must equal analyse() over the study's responses.

#include "models/analysis/analysis.h"
#include "models/report/reportcsv.h"
#include "models/storage/studystore.h"
#include "tests/models/export/csvreader.h"
#include "tests/models/report/reportcheck.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace panelist;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PANELIST_CLI), args);
    if (!p.waitForStarted(10000))
        return {};
    p.closeWriteChannel();
    if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return { p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()) };
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_study = m_dir.filePath(u"study.panelist-study"_s);
        const QString inbox = m_dir.filePath(u"inbox"_s);
        Run r = cli({ u"simulate"_s, u"--experts"_s, u"40"_s, u"--seed"_s, u"17"_s, u"--out"_s, inbox });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({ u"study"_s, u"create"_s, m_study });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({ u"merge"_s, m_study, inbox });
        QVERIFY2(r.code == 0, qPrintable(QString::fromUtf8(r.out) + r.err));

        auto study = StudyStore::openReadOnly(m_study);
        QVERIFY2(study.ok(), qPrintable(study.error()));
        m_instrument = (*study)->instrument();
        auto current = (*study)->currentResponses();
        QVERIFY2(current.ok(), qPrintable(current.error()));
        for (const StudyResponse &s : *current)
            m_responses.append(s.data);
        QCOMPARE(m_responses.size(), 40);
    }

    void jsonToStandardOutputEqualsAnalyse_data()
    {
        QTest::addColumn<QString>("group");
        QTest::newRow("everyone") << QString();
        QTest::newRow("ai_safety") << u"ai_safety"_s;
    }

    void jsonToStandardOutputEqualsAnalyse()
    {
        QFETCH(QString, group);
        QStringList args { u"report"_s, m_study, u"--format"_s, u"json"_s };
        if (!group.isEmpty())
            args << u"--group"_s << group;
        const Run r = cli(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        analysis::Options options;
        options.group = group;
        const analysis::Figures expected = analysis::analyse(m_instrument, m_responses, options);
        if (group.isEmpty())
            QCOMPARE(expected.respondents, 40);
        else
            QVERIFY(expected.respondents > 0 && expected.respondents < 40);
        const QString mismatch = reporttest::sameReport(doc.object(), m_instrument, expected);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    void csvAndHtmlToFiles()
    {
        const QString csv = m_dir.filePath(u"report.csv"_s);
        Run r = cli({ u"report"_s, m_study, u"--format=csv"_s, u"--out"_s, csv });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("40 respondents"), r.out.constData());
        const csvtest::Table table = csvtest::parse(readFile(csv));
        QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
        QCOMPARE(table.records.value(0), report::reportCsvHeader(m_instrument));
        QCOMPARE(table.records.size(), 1 + 4 * 27 + 27);

        const QString html = m_dir.filePath(u"report.html"_s);
        r = cli(
            { u"report"_s, m_study, u"--format"_s, u"html"_s, u"--out"_s, html, u"--group"_s, u"cbrn"_s });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray bytes = readFile(html);
        QVERIFY(bytes.startsWith("<!DOCTYPE html>"));
        QXmlStreamReader xml(bytes);
        int svgs = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"svg"_s)
                ++svgs;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(svgs, 4 + 4 + 1); // Likert per area, selection per area, feasibility
        QVERIFY(bytes.contains("expertise group"));
    }

    void refusals()
    {
        Run r = cli({ u"report"_s, m_study, u"--format"_s, u"json"_s, u"--group"_s, u"astrology"_s });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"astrology"_s) && r.err.contains(u"ai_safety"_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = cli({ u"report"_s, m_dir.filePath(u"missing.panelist-study"_s), u"--format"_s, u"json"_s });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"missing.panelist-study"_s), qPrintable(r.err));
        r = cli({ u"report"_s, m_study, u"--format"_s, u"pdf"_s });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"pdf"_s), qPrintable(r.err));
        QCOMPARE(cli({ u"report"_s, m_study }).code, 2);
        QCOMPARE(cli({ u"report"_s, u"--format"_s, u"json"_s }).code, 2);
        QCOMPARE(cli({ u"report"_s, m_study, u"--format"_s, u"json"_s, u"--colour"_s, u"red"_s }).code, 2);
        QCOMPARE(cli({ u"report"_s, m_study, u"--format"_s, u"json"_s, u"--format"_s, u"csv"_s }).code, 2);
        const QString unwritable = m_dir.filePath(u"no/such/folder/report.json"_s);
        r = cli({ u"report"_s, m_study, u"--format"_s, u"json"_s, u"--out"_s, unwritable });
        QCOMPARE(r.code, 1);
        QVERIFY(!QFileInfo::exists(unwritable));
        // --out naming the study itself: refused, and the study is not touched.
        const QByteArray before = readFile(m_study);
        r = cli({ u"report"_s, m_study, u"--format"_s, u"html"_s, u"--out"_s, m_study });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"is an SQLite database"_s), qPrintable(r.err));
        QVERIFY(!before.isEmpty());
        QCOMPARE(readFile(m_study), before);
        r = cli({ u"--help"_s });
        QVERIFY(r.out.contains("panelist-cli report STUDY --format json|csv|html"));
    }

private:
    QTemporaryDir m_dir;
    QString m_study;
    Instrument m_instrument;
    QList<ResponseData> m_responses;
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
