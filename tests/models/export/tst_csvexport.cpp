// CSV (long and wide) and JSON exports read back: what a spreadsheet or R would see.

#include "csvreader.h"
#include "exporttestdata.h"

#include "models/export/exporter.h"
#include "models/response/interchange.h"
#include "models/response/responsevalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace panelist;
using namespace Qt::StringLiterals;
using exporttest::unguarded;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Parses a file written by an export; fails the test with the reader's message when it is not CSV.
csvtest::Table readCsv(const QString &path)
{
    const csvtest::Table t = csvtest::parseExport(readAll(path));
    if (!t.error.isEmpty())
        qWarning("%s: %s", qPrintable(path), qPrintable(t.error));
    return t;
}

QMap<QString, QString> asMap(const QStringList &header, const QStringList &record)
{
    QMap<QString, QString> m;
    for (qsizetype i = 0; i < header.size(); ++i)
        m.insert(header.at(i), record.value(i));
    return m;
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_responses = exporttest::studyResponses(m_ins);
    }

    void longRoundTrip()
    {
        const QString path = m_dir.filePath(u"long.csv"_s);
        auto summary = exportResponses(ExportFormat::CsvLong, m_ins, m_responses, path);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->files, QStringList({ path, m_dir.filePath(u"long.codebook.csv"_s) }));

        const QByteArray bytes = readAll(path);
        // One byte-order mark, so that LibreOffice's Text Import dialog takes the file for UTF-8
        // (docs/exports.md, "Encoding"); readCsv() requires it of the codebooks too.
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFrespondent_id,"));
        QVERIFY(bytes.endsWith("\r\n"));
        const csvtest::Table t = readCsv(path);
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        const QStringList header = t.records.value(0);
        QCOMPARE(header,
            QStringList({ u"respondent_id"_s, u"revision"_s, u"name"_s, u"affiliation"_s, u"language"_s,
                u"expertise"_s, u"question"_s, u"measure_id"_s, u"area_id"_s, u"value"_s, u"dont_know"_s,
                u"text"_s, u"source_file"_s, u"imported_at"_s }));
        QCOMPARE(t.records.size() - 1, summary->rows);

        // Rebuild every response from the rows alone; it must equal what was exported.
        QMap<QString, ResponseData> rebuilt;
        QMap<QString, QStringList> provenance;
        for (qsizetype i = 1; i < t.records.size(); ++i) {
            QCOMPARE(t.records.at(i).size(), header.size());
            const auto row = asMap(header, t.records.at(i));
            ResponseData &r = rebuilt[row[u"respondent_id"_s]];
            r.respondentId = QUuid(row[u"respondent_id"_s]);
            r.instrumentFingerprint = m_ins.fingerprint();
            r.revision = row[u"revision"_s].toInt();
            // Text fields as docs/exports.md says to read them: one leading apostrophe removed.
            r.expertise = unguarded(row[u"expertise"_s]).split(u';', Qt::SkipEmptyParts);
            r.name = unguarded(row[u"name"_s]);
            r.affiliation = unguarded(row[u"affiliation"_s]);
            provenance[row[u"respondent_id"_s]] = { unguarded(row[u"source_file"_s]), row[u"imported_at"_s] };
            const QString q = row[u"question"_s];
            const bool dk = row[u"dont_know"_s] == u"1"_s;
            if (q == u"effectiveness"_s || q == u"feasibility"_s) {
                QCOMPARE(row[u"value"_s].isEmpty(), dk);
                const Rating rating = dk ? Rating::unknown() : Rating::of(row[u"value"_s].toInt());
                if (q == u"effectiveness"_s)
                    r.effectiveness[row[u"measure_id"_s]][row[u"area_id"_s]] = rating;
                else
                    r.feasibility[row[u"measure_id"_s]] = rating;
            } else if (q == u"comment"_s) {
                r.comments[row[u"measure_id"_s]] = unguarded(row[u"text"_s]);
            } else if (q == u"pick"_s) {
                QVERIFY(row[u"value"_s].isEmpty());
                r.combinations[row[u"area_id"_s]].append(row[u"measure_id"_s]);
            } else {
                QFAIL(qPrintable(u"unexpected question "_s + q));
            }
        }
        QCOMPARE(rebuilt.size(), m_responses.size());
        for (const StudyResponse &sr : m_responses) {
            const QString id = sr.data.respondentId.toString(QUuid::WithoutBraces);
            QVERIFY2(rebuilt.contains(id), qPrintable(id));
            QVERIFY2(rebuilt[id].sameContent(sr.data), qPrintable(id));
            QCOMPARE(provenance[id], QStringList({ sr.sourceName, sr.importedAt.toString(Qt::ISODate) }));
        }
        // The tricky comments came back exactly, CR, LF, quotes and all.
        const ResponseData &tricky = rebuilt[u"00000000-0000-4000-8000-00000000abcd"_s];
        QCOMPARE(
            tricky.comments.value(m_ins.measures().at(1).id), u"Line one\r\nline two\nline three\rend"_s);
        QCOMPARE(tricky.comments.value(m_ins.measures().at(2).id), u"Zürich — 東京 👍 ,\"\n"_s);
        QCOMPARE(tricky.expertise, exporttest::trickyResponse(m_ins).expertise);
        QCOMPARE(tricky.name, u"Zoë O'Brien-Ngata"_s);
        QCOMPARE(tricky.affiliation, u"Institute of \"Examples\", Zürich"_s);
    }

    void longRowsInRespondentOrder()
    {
        const QString path = m_dir.filePath(u"order.csv"_s);
        QVERIFY(exportResponses(ExportFormat::CsvLong, m_ins, m_responses, path).ok());
        QList<StudyResponse> reversed(m_responses.crbegin(), m_responses.crend());
        const QString path2 = m_dir.filePath(u"order2.csv"_s);
        QVERIFY(exportResponses(ExportFormat::CsvLong, m_ins, reversed, path2).ok());
        // The same study imported in another order exports the same bytes.
        QCOMPARE(readAll(path2), readAll(path));
    }

    void longCodebookNamesEveryColumn()
    {
        const QString path = m_dir.filePath(u"cb-long.csv"_s);
        QVERIFY(exportResponses(ExportFormat::CsvLong, m_ins, m_responses, path).ok());
        const csvtest::Table data = readCsv(path);
        const csvtest::Table cb = readCsv(m_dir.filePath(u"cb-long.codebook.csv"_s));
        QVERIFY2(cb.error.isEmpty(), qPrintable(cb.error));
        QCOMPARE(cb.records.value(0), QStringList({ u"column"_s, u"type"_s, u"meaning"_s, u"values"_s }));
        QStringList named;
        for (qsizetype i = 1; i < cb.records.size(); ++i) {
            named << cb.records.at(i).value(0);
            QVERIFY2(!cb.records.at(i).value(2).isEmpty(), qPrintable(cb.records.at(i).value(0)));
        }
        QCOMPARE(named, data.records.value(0));
        const auto value = cb.records.at(named.indexOf(u"value"_s) + 1).value(3);
        QVERIFY2(value.contains(u"1 = Strongly disagree"_s) && value.contains(u"5 = Strongly agree"_s),
            qPrintable(value));
    }

    void wideOneRowPerRespondent()
    {
        const QString path = m_dir.filePath(u"wide.csv"_s);
        auto summary = exportResponses(ExportFormat::CsvWide, m_ins, m_responses, path);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        const csvtest::Table t = readCsv(path);
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE(t.records.size() - 1, m_responses.size());
        const QStringList header = t.records.at(0);
        QCOMPARE(header.mid(0, 6),
            QStringList({ u"respondent_id"_s, u"revision"_s, u"submitted_at"_s, u"name"_s, u"affiliation"_s,
                u"language"_s }));
        QCOMPARE(QSet<QString>(header.cbegin(), header.cend()).size(), header.size()); // unique names
        // 5 expertise flags, 27 x (4 areas + feasibility + comment), 4 x 27 picks.
        QCOMPARE(header.size(), 6 + 5 + 27 * 6 + 4 * 27);

        QSet<QString> seen;
        for (qsizetype i = 1; i < t.records.size(); ++i) {
            QCOMPARE(t.records.at(i).size(), header.size());
            const auto row = asMap(header, t.records.at(i));
            const QString id = row[u"respondent_id"_s];
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            const auto it = std::find_if(m_responses.cbegin(), m_responses.cend(),
                [&](const StudyResponse &s) { return s.data.respondentId == QUuid(id); });
            QVERIFY(it != m_responses.cend());
            const ResponseData &r = it->data;
            QCOMPARE(row[u"revision"_s].toInt(), r.revision);
            QCOMPARE(row[u"submitted_at"_s], r.submittedAt.toUTC().toString(Qt::ISODate));
            QCOMPARE(unguarded(row[u"name"_s]), r.name);
            QCOMPARE(unguarded(row[u"affiliation"_s]), r.affiliation);
            for (const ExpertiseGroup &g : m_ins.expertiseGroups())
                QCOMPARE(row[u"exp_"_s + g.id], r.expertise.contains(g.id) ? u"1"_s : u"0"_s);
            for (const Measure &m : m_ins.measures()) {
                for (const RiskArea &a : m_ins.areas()) {
                    const QString cell = row[u"eff_%1_%2"_s.arg(m.id, a.id)];
                    const auto areas = r.effectiveness.value(m.id);
                    if (!areas.contains(a.id))
                        QCOMPARE(cell, QString());
                    else
                        QCOMPARE(cell, areas[a.id].dontKnow ? u"-9"_s : QString::number(areas[a.id].value));
                }
                const QString feas = row[u"feas_"_s + m.id];
                if (!r.feasibility.contains(m.id))
                    QCOMPARE(feas, QString());
                else
                    QCOMPARE(feas,
                        r.feasibility[m.id].dontKnow ? u"-9"_s : QString::number(r.feasibility[m.id].value));
                QCOMPARE(unguarded(row[u"comment_"_s + m.id]), r.comments.value(m.id));
            }
            for (const QString &scope : m_ins.combinationScopes()) {
                const QStringList picks = r.combinations.value(scope);
                for (const Measure &m : m_ins.measures()) {
                    const QString cell = row[u"pick_%1_%2"_s.arg(scope, m.id)];
                    QCOMPARE(cell, picks.isEmpty() ? QString() : picks.contains(m.id) ? u"1"_s : u"0"_s);
                }
            }
        }
    }

    void wideCodebookNamesEveryColumn()
    {
        const QString path = m_dir.filePath(u"cb-wide.csv"_s);
        QVERIFY(exportResponses(ExportFormat::CsvWide, m_ins, m_responses, path).ok());
        const QStringList header = readCsv(path).records.value(0);
        const csvtest::Table cb = readCsv(m_dir.filePath(u"cb-wide.codebook.csv"_s));
        QVERIFY2(cb.error.isEmpty(), qPrintable(cb.error));
        QCOMPARE(cb.records.size() - 1, header.size());
        for (qsizetype i = 0; i < header.size(); ++i) {
            const QStringList entry = cb.records.at(i + 1);
            QCOMPARE(entry.value(0), header.at(i));
            QVERIFY2(!entry.value(2).isEmpty(), qPrintable(header.at(i)));
        }
        const QString eff = cb.records.at(header.indexOf(u"eff_m01_cbrn"_s) + 1).value(3);
        for (const char *label : { "1 = Strongly disagree", "3 = Neither agree nor disagree",
                 "5 = Strongly agree", "-9 = Don't know", "empty = not answered" })
            QVERIFY2(eff.contains(QString::fromUtf8(label)), qPrintable(eff));
        const QString meaning = cb.records.at(header.indexOf(u"eff_m01_cbrn"_s) + 1).value(2);
        QVERIFY2(meaning.contains(m_ins.measures().at(0).name), qPrintable(meaning));
        QCOMPARE(cb.records.at(header.indexOf(u"exp_ai_safety"_s) + 1).value(3), u"0 = No; 1 = Yes"_s);
        // Times are typed the same way in both layouts' codebooks.
        const QStringList submitted = cb.records.at(header.indexOf(u"submitted_at"_s) + 1);
        QCOMPARE(submitted.value(1), u"timestamp"_s);
        QVERIFY2(submitted.value(2).contains(u"ISO 8601, UTC"_s), qPrintable(submitted.value(2)));
    }

    // The name and affiliation an expert gave reach both CSV layouts, described in their codebooks;
    // an anonymous respondent's cells are empty, never a stand-in that could pass for a name.
    void nameAndAffiliationInBothLayouts()
    {
        const QString tricky = u"00000000-0000-4000-8000-00000000abcd"_s;
        for (const ExportFormat format : { ExportFormat::CsvWide, ExportFormat::CsvLong }) {
            const QString path = m_dir.filePath(u"named-%1.csv"_s.arg(exportFormatName(format)));
            QVERIFY(exportResponses(format, m_ins, m_responses, path).ok());
            const csvtest::Table t = readCsv(path);
            QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
            const QStringList header = t.records.value(0);
            QVERIFY2(header.contains(u"name"_s) && header.contains(u"affiliation"_s),
                qPrintable(header.mid(0, 6).join(u',')));
            int named = 0, anonymous = 0;
            for (qsizetype i = 1; i < t.records.size(); ++i) {
                const auto row = asMap(header, t.records.at(i));
                if (row[u"respondent_id"_s] == tricky) {
                    QCOMPARE(row[u"name"_s], u"Zoë O'Brien-Ngata"_s);
                    QCOMPARE(row[u"affiliation"_s], u"Institute of \"Examples\", Zürich"_s);
                    ++named;
                } else {
                    QCOMPARE(row[u"name"_s], QString());
                    QCOMPARE(row[u"affiliation"_s], QString());
                    ++anonymous;
                }
            }
            QVERIFY(named >= 1 && anonymous >= 1);
            const csvtest::Table cb = readCsv(codebookPath(path));
            for (const QString &column : { u"name"_s, u"affiliation"_s }) {
                const QStringList entry = cb.records.value(header.indexOf(column) + 1);
                QCOMPARE(entry.value(0), column);
                QCOMPARE(entry.value(1), u"text"_s);
                QVERIFY2(entry.value(2).contains(column, Qt::CaseInsensitive)
                        && entry.value(2).contains(u"empty"_s),
                    qPrintable(entry.join(u" | "_s)));
            }
        }
    }

    // OWASP's rule against CSV injection on every text a respondent controls: comment, name,
    // affiliation and the name of the file they sent. A text a spreadsheet could take for a formula
    // gets an apostrophe in front, as does one that already starts with one; nothing else changes.
    void textCellsAreGuarded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("equals") << u"=1+2"_s << u"'=1+2"_s;
        QTest::newRow("hyperlink") << exporttest::HyperlinkComment << u"'"_s + exporttest::HyperlinkComment;
        QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
        QTest::newRow("minus") << u"-5 is too low"_s << u"'-5 is too low"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1+2"_s << u"'\t=1+2"_s;
        QTest::newRow("carriage return") << u"\r=1+2"_s << u"'\r=1+2"_s;
        QTest::newRow("apostrophe") << u"'90s style"_s << u"''90s style"_s;
        QTest::newRow("space first") << u" =1+2"_s << u" =1+2"_s;
        QTest::newRow("line feed first") << u"\n=1+2"_s << u"\n=1+2"_s;
        QTest::newRow("letter") << u"Fine as it is"_s << u"Fine as it is"_s;
        QTest::newRow("digit") << u"5 stars"_s << u"5 stars"_s;
        QTest::newRow("signs inside") << u"a-b=c+d@e"_s << u"a-b=c+d@e"_s;
        QTest::newRow("en dash") << u"– not a minus"_s << u"– not a minus"_s;
        QTest::newRow("full-width equals") << u"＝1+2"_s << u"＝1+2"_s;
    }

    void textCellsAreGuarded()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QList<StudyResponse> responses = m_responses.mid(0, 1);
        StudyResponse &sr = responses[0];
        const QString measure = m_ins.measures().at(0).id;
        sr.data.comments[measure] = text;
        sr.data.name = text;
        sr.data.affiliation = text;
        sr.sourceName = text;

        const QString wide = m_dir.filePath(u"guard-wide.csv"_s);
        QVERIFY(exportResponses(ExportFormat::CsvWide, m_ins, responses, wide).ok());
        const csvtest::Table w = readCsv(wide);
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        const auto row = asMap(w.records.at(0), w.records.at(1));
        QCOMPARE(row[u"comment_"_s + measure], field);
        QCOMPARE(row[u"name"_s], field);
        QCOMPARE(row[u"affiliation"_s], field);
        QCOMPARE(unguarded(row[u"comment_"_s + measure]), text);

        const QString longPath = m_dir.filePath(u"guard-long.csv"_s);
        QVERIFY(exportResponses(ExportFormat::CsvLong, m_ins, responses, longPath).ok());
        const csvtest::Table l = readCsv(longPath);
        QVERIFY2(l.error.isEmpty(), qPrintable(l.error));
        int comments = 0;
        for (qsizetype i = 1; i < l.records.size(); ++i) {
            const auto cells = asMap(l.records.at(0), l.records.at(i));
            QCOMPARE(cells[u"name"_s], field);
            QCOMPARE(cells[u"affiliation"_s], field);
            QCOMPARE(cells[u"source_file"_s], field);
            if (cells[u"question"_s] == u"comment"_s && cells[u"measure_id"_s] == measure) {
                QCOMPARE(cells[u"text"_s], field);
                ++comments;
            }
        }
        QCOMPARE(comments, 1);
    }

    // Numbers are never guarded: don't know stays -9, and no field of a column the codebook does
    // not call text starts with an apostrophe; every one is a whole number, a time or empty.
    void numbersAreNeverGuarded()
    {
        for (const ExportFormat format : { ExportFormat::CsvWide, ExportFormat::CsvLong }) {
            const QString path = m_dir.filePath(u"numbers-%1.csv"_s.arg(exportFormatName(format)));
            QVERIFY(exportResponses(format, m_ins, m_responses, path).ok());
            const csvtest::Table t = readCsv(path);
            const csvtest::Table cb = readCsv(codebookPath(path));
            int negative = 0;
            for (qsizetype c = 0; c < t.records.at(0).size(); ++c) {
                const QString type = cb.records.at(c + 1).value(1);
                if (type == u"text"_s)
                    continue;
                for (qsizetype r = 1; r < t.records.size(); ++r) {
                    const QString field = t.records.at(r).at(c);
                    bool whole = false;
                    field.toInt(&whole);
                    const bool time
                        = type == u"timestamp"_s && QDateTime::fromString(field, Qt::ISODate).isValid();
                    QVERIFY2(field.isEmpty() || whole || time,
                        qPrintable(u"%1 row %2: %3"_s.arg(t.records.at(0).at(c)).arg(r).arg(field)));
                    negative += field == u"-9"_s ? 1 : 0;
                }
            }
            if (format == ExportFormat::CsvWide)
                QVERIFY(negative > 10); // simulated experts answer "don't know" about 5 % of the time
        }
    }

    // LibreOffice's import splits at semicolons and tabs too (its Text Import dialog ticks them):
    // a field holding one is quoted, which every CSV reader reads as the same text.
    void semicolonsAndTabsAreQuoted()
    {
        QList<StudyResponse> responses = m_responses.mid(0, 1);
        responses[0].data.comments[m_ins.measures().at(0).id] = u"cost; time"_s;
        responses[0].data.comments[m_ins.measures().at(1).id] = u"cost\ttime"_s;
        responses[0].data.expertise = { m_ins.expertiseGroups().at(0).id, m_ins.expertiseGroups().at(1).id };
        const QString wide = m_dir.filePath(u"quoted-wide.csv"_s);
        QVERIFY(exportResponses(ExportFormat::CsvWide, m_ins, responses, wide).ok());
        const QByteArray bytes = readAll(wide);
        QVERIFY(bytes.contains(",\"cost; time\","));
        QVERIFY(bytes.contains(",\"cost\ttime\","));
        const QString longPath = m_dir.filePath(u"quoted-long.csv"_s);
        QVERIFY(exportResponses(ExportFormat::CsvLong, m_ins, responses, longPath).ok());
        const QString expertise = responses[0].data.expertise.join(u';');
        QVERIFY(readAll(longPath).contains((u",\""_s + expertise + u"\","_s).toUtf8()));
        QCOMPARE(readCsv(longPath).records.at(1).at(5), expertise);
    }

    void jsonIsAnArrayOfInterchangeResponses()
    {
        const QString path = m_dir.filePath(u"all.json"_s);
        auto summary = exportResponses(ExportFormat::Json, m_ins, m_responses, path);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->files, QStringList { path });
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(readAll(path), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), m_responses.size());
        int matched = 0;
        for (const QJsonValue &v : array) {
            auto r = fromInterchange(QJsonDocument(v.toObject()).toJson(), u"all.json"_s);
            QVERIFY2(r.ok(), qPrintable(r.error()));
            for (const StudyResponse &sr : m_responses)
                matched += sr.data.sameContent(*r) ? 1 : 0;
        }
        QCOMPARE(matched, m_responses.size());
    }

    void failedExportLeavesOldFile()
    {
        const QString path = m_dir.filePath(u"keep.csv"_s);
        QVERIFY(exportResponses(ExportFormat::CsvWide, m_ins, m_responses, path).ok());
        const QByteArray before = readAll(path);
        auto bad = exportResponses(
            ExportFormat::CsvWide, m_ins, m_responses, m_dir.filePath(u"no-such-folder/keep.csv"_s));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(u"no-such-folder/keep.csv"_s), qPrintable(bad.error()));
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(m_dir.path()).entryList({ u"*.tmp"_s, u"*~"_s }, QDir::Files | QDir::Hidden).size(), 0);
    }

    void formatNames()
    {
        QCOMPARE(*parseExportFormat(u"csv-long"_s), ExportFormat::CsvLong);
        QCOMPARE(*parseExportFormat(u"sav"_s), ExportFormat::Sav);
        QCOMPARE(*parseExportFormat(u"xlsx"_s), ExportFormat::Xlsx);
        QCOMPARE(exportFormatNames(),
            QStringList({ u"csv-long"_s, u"csv-wide"_s, u"json"_s, u"sav"_s, u"xlsx"_s }));
        auto bad = parseExportFormat(u"xls"_s);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(u"\"xls\""_s) && bad.error().contains(u"csv-wide"_s)
                && bad.error().contains(u"xlsx"_s),
            qPrintable(bad.error()));
        QCOMPARE(codebookPath(u"/x/study.CSV"_s), u"/x/study.codebook.csv"_s);
        QCOMPARE(codebookPath(u"/x/study"_s), u"/x/study.codebook.csv"_s);
    }

    void emptyStudyHasHeadersOnly()
    {
        const QString path = m_dir.filePath(u"empty.csv"_s);
        auto summary = exportResponses(ExportFormat::CsvWide, m_ins, {}, path);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        const csvtest::Table t = readCsv(path);
        QVERIFY(t.error.isEmpty());
        QCOMPARE(t.records.size(), 1);
    }

    void overallCombinationAndOddIds()
    {
        // An instrument with one overall combination and a measure id containing "-" and ".".
        QFile f(Instrument::bundledPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QJsonObject combination = doc[u"combination"_s].toObject();
        combination[u"scope"_s] = u"overall"_s;
        combination[u"prompt"_s] = u"Which combination would you prefer overall?"_s;
        doc[u"combination"_s] = combination;
        QJsonArray measures = doc[u"measures"_s].toArray();
        QJsonObject first = measures.at(0).toObject();
        first[u"id"_s] = u"m-1.a"_s;
        measures[0] = first;
        doc[u"measures"_s] = measures;
        auto ins = Instrument::fromJson(QJsonDocument(doc).toJson(), u"overall.json"_s);
        QVERIFY2(ins.ok(), qPrintable(ins.error()));
        QCOMPARE(ins->combinationScopes(), QStringList { Instrument::OverallScope });

        QList<StudyResponse> responses;
        for (const ResponseData &r : simulateResponses(*ins, 15, 3)) {
            QVERIFY2(validateResponse(r, *ins).ok(), qPrintable(validateResponse(r, *ins).error()));
            StudyResponse sr;
            sr.data = r;
            sr.sourceName = u"x.panelist-response"_s;
            sr.importedAt = QDateTime::currentDateTimeUtc();
            sr.counts = true;
            responses.append(sr);
        }
        const QString wide = m_dir.filePath(u"overall-wide.csv"_s);
        QVERIFY(exportResponses(ExportFormat::CsvWide, *ins, responses, wide).ok());
        const QStringList header = readCsv(wide).records.value(0);
        QVERIFY(header.contains(u"pick_overall_m-1.a"_s));
        QVERIFY(header.contains(u"eff_m-1.a_cbrn"_s));
        QVERIFY(!header.contains(u"pick_cbrn_m02"_s));
        QCOMPARE(header.size(), 6 + 5 + 27 * 6 + 27);

        const QString longPath = m_dir.filePath(u"overall-long.csv"_s);
        QVERIFY(exportResponses(ExportFormat::CsvLong, *ins, responses, longPath).ok());
        const csvtest::Table rows = readCsv(longPath);
        const QStringList longHeader = rows.records.value(0);
        int picks = 0;
        for (const QStringList &row : rows.records) {
            const auto cells = asMap(longHeader, row);
            if (cells[u"question"_s] == u"pick"_s) {
                QCOMPARE(cells[u"area_id"_s], Instrument::OverallScope);
                ++picks;
            }
        }
        QVERIFY(picks >= 15 / 2);
        const csvtest::Table cb = readCsv(m_dir.filePath(u"overall-long.codebook.csv"_s));
        QVERIFY(cb.records.value(longHeader.indexOf(u"area_id"_s) + 1).value(3).contains(u"overall = "_s));

        const QString sav = m_dir.filePath(u"overall.sav"_s);
        auto summary = exportResponses(ExportFormat::Sav, *ins, responses, sav);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
    }

private:
    Instrument m_ins = Instrument::bundled();
    QList<StudyResponse> m_responses;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
