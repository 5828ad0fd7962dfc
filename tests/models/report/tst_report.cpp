#include "models/analysis/analysis.h"
#include "models/report/report.h"
#include "models/report/reportcsv.h"
#include "models/report/reportjson.h"
#include "models/report/svgcharts.h"
#include "models/simulate/simulate.h"
#include "tests/models/export/csvreader.h"
#include "tests/models/report/reportcheck.h"
#include "tests/models/report/reporttestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace panelist;
using namespace panelist::analysis;
using namespace Qt::StringLiterals;
using namespace reporttest;

// The report formats Figures and computes nothing: small hand-computed studies pin every JSON
// field, the JSON numbers must equal analyse() exactly, the CSV numbers the JSON's, and the HTML
// must hold every measure and be well-formed.
class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonKeysInDocumentedOrder();
    void jsonPerAreaHandComputed();
    void jsonEmptyAreaAndAllDontKnow();
    void jsonFeasibility();
    void jsonGroupFilter();
    void jsonOverallScope();
    void jsonEqualsAnalyseOnSimulatedStudy_data();
    void jsonEqualsAnalyseOnSimulatedStudy();
    void csvEqualsJson_data();
    void csvEqualsJson();
    void htmlHasEveryMeasureAndIsWellFormed_data();
    void htmlHasEveryMeasureAndIsWellFormed();
    void chartsSortByAgreementAndMarkThreshold();
    void formats();

private:
    static QJsonObject parse(const QByteArray &json);
    static QJsonObject measureIn(const QJsonObject &doc, int area, int measure);

    Instrument m_perArea;
    Instrument m_overall;
    QList<ResponseData> m_perAreaResponses;
    QList<ResponseData> m_overallResponses;
};

namespace {

// Wilson score interval written out independently of models/analysis.
std::pair<double, double> wilson(double k, double n)
{
    const double z = 1.959963984540054;
    const double p = k / n;
    const double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    const double half = z / (1 + z * z / n) * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    return { std::max(0.0, centre - half), std::min(1.0, centre + half) };
}

QList<int> ints(const QJsonValue &v)
{
    QList<int> out;
    for (const QJsonValue &x : v.toArray())
        out << x.toInt();
    return out;
}

bool close(const QJsonValue &v, double expected)
{
    return v.isDouble() && std::abs(v.toDouble() - expected) < 1e-12;
}

} // namespace

QJsonObject TestReport::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("JSON error at %d: %s", error.offset, qPrintable(error.errorString()));
    return doc.object();
}

QJsonObject TestReport::measureIn(const QJsonObject &doc, int area, int measure)
{
    return doc.value(u"areas"_s)
        .toArray()
        .at(area)
        .toObject()
        .value(u"measures"_s)
        .toArray()
        .at(measure)
        .toObject();
}

void TestReport::initTestCase()
{
    m_perArea = load(perAreaJson);
    m_overall = load(overallJson);
    m_perAreaResponses = perAreaResponses(m_perArea);
    m_overallResponses = overallResponses(m_overall);
}

void TestReport::jsonKeysInDocumentedOrder()
{
    const QByteArray json = report::reportJson(m_perArea, analyse(m_perArea, m_perAreaResponses));
    QVERIFY(
        json.startsWith("{\n  \"format\": \"panelist-report\",\n  \"version\": 1,\n  \"instrument\": \""));
    QVERIFY(json.endsWith("}\n"));
    const QList<QByteArray> top = { "\"format\"", "\"version\"", "\"instrument\"", "\"study\"",
        "\"respondents\"", "\"group\"", "\"thresholds\"", "\"points\"", "\"combination_scope\"", "\"areas\"",
        "\"feasibility\"", "\"selection\"", "\"stand_out\"" };
    qsizetype at = 0;
    for (const QByteArray &key : top) {
        const qsizetype found = json.indexOf(QByteArray("\n  " + key + ": "), at);
        QVERIFY2(found > at, key.constData());
        at = found;
    }
    const QList<QByteArray> item = { "\"id\"", "\"n\"", "\"dont_know\"", "\"missing\"", "\"counts\"",
        "\"agree_share\"", "\"disagree_share\"", "\"wilson\"", "\"median\"", "\"q1\"", "\"q3\"",
        "\"meets_agreement\"", "\"selected\"", "\"selection_share\"", "\"meets_selection\"" };
    // Within the first measure object only, so a key written late cannot be found in the next one.
    const qsizetype open = json.indexOf('{', json.indexOf("\"measures\""));
    QVERIFY(open > 0);
    qsizetype close = open;
    for (int depth = 0; close < json.size(); ++close) {
        depth += json.at(close) == '{' ? 1 : json.at(close) == '}' ? -1 : 0;
        if (depth == 0)
            break;
    }
    const QByteArray first = json.mid(open, close - open + 1);
    at = -1;
    for (const QByteArray &key : item) {
        const qsizetype found = first.indexOf(QByteArray(key + ": "), at + 1);
        QVERIFY2(found > at, key.constData());
        at = found;
    }
    // Short arrays stay on one line.
    QVERIFY(json.contains("\"counts\": [0, 1, 0, 2, 1]"));
    QVERIFY(json.contains("[\"m1\", \"m2\", 2]"));
}

void TestReport::jsonPerAreaHandComputed()
{
    const Figures results = analyse(m_perArea, m_perAreaResponses);
    const QJsonObject doc = parse(report::reportJson(m_perArea, results));
    QCOMPARE(doc.value(u"format"_s).toString(), u"panelist-report"_s);
    QCOMPARE(doc.value(u"version"_s).toInt(), 1);
    QCOMPARE(doc.value(u"instrument"_s).toString(), m_perArea.fingerprint());
    QCOMPARE(doc.value(u"respondents"_s).toInt(), 4);
    QVERIFY(doc.value(u"group"_s).isNull());
    QCOMPARE(doc.value(u"study"_s).toObject().value(u"title"_s).toString(), u"Report study <one> & co"_s);
    QCOMPARE(doc.value(u"combination_scope"_s).toString(), u"per-area"_s);
    QCOMPARE(
        ints(doc.value(u"points"_s).toObject().value(u"effectiveness"_s)), QList<int>({ 1, 2, 3, 4, 5 }));
    QCOMPARE(doc.value(u"thresholds"_s).toObject().value(u"agreement"_s).toDouble(), 0.6);
    QVERIFY(doc.value(u"selection"_s).isNull()); // per-area: the figures live in each area
    QCOMPARE(doc.value(u"stand_out"_s).toArray().size(), 0); // a3 has no ratings, so nothing can stand out

    const QJsonArray areas = doc.value(u"areas"_s).toArray();
    QCOMPARE(areas.size(), 3);
    const QJsonObject a1 = areas.at(0).toObject();
    QCOMPARE(a1.value(u"id"_s).toString(), u"a1"_s);
    QCOMPARE(a1.value(u"answered"_s).toInt(), 4);
    QVERIFY(a1.value(u"alpha"_s).isDouble());

    // a1/m1: 5, 4, 2, 4 -> sorted 2 4 4 5.
    QJsonObject m = measureIn(doc, 0, 0);
    QCOMPARE(m.value(u"id"_s).toString(), u"m1"_s);
    QCOMPARE(m.value(u"n"_s).toInt(), 4);
    QCOMPARE(m.value(u"dont_know"_s).toInt(), 0);
    QCOMPARE(m.value(u"missing"_s).toInt(), 0);
    QCOMPARE(ints(m.value(u"counts"_s)), QList<int>({ 0, 1, 0, 2, 1 }));
    QCOMPARE(m.value(u"agree_share"_s).toDouble(), 0.75);
    QCOMPARE(m.value(u"disagree_share"_s).toDouble(), 0.25);
    const auto [lo, hi] = wilson(3, 4);
    QVERIFY(close(m.value(u"wilson"_s).toArray().at(0), lo));
    QVERIFY(close(m.value(u"wilson"_s).toArray().at(1), hi));
    QCOMPARE(m.value(u"median"_s).toDouble(), 4.0);
    QCOMPARE(m.value(u"q1"_s).toDouble(), 3.5);
    QCOMPARE(m.value(u"q3"_s).toDouble(), 4.25);
    QCOMPARE(m.value(u"meets_agreement"_s).toBool(), true);
    QCOMPARE(m.value(u"selected"_s).toInt(), 4);
    QCOMPARE(m.value(u"selection_share"_s).toDouble(), 1.0);
    QCOMPARE(m.value(u"meets_selection"_s).toBool(), true);
    // a1/m2 picked by R1 and R2 (in either order): 2 of 4 = 0.5 > 0.4.
    m = measureIn(doc, 0, 1);
    QCOMPARE(m.value(u"selected"_s).toInt(), 2);
    QCOMPARE(m.value(u"selection_share"_s).toDouble(), 0.5);
    QCOMPARE(m.value(u"meets_selection"_s).toBool(), true);
    m = measureIn(doc, 0, 2);
    QCOMPARE(m.value(u"selected"_s).toInt(), 1);
    QCOMPARE(m.value(u"selection_share"_s).toDouble(), 0.25);
    QCOMPARE(m.value(u"meets_selection"_s).toBool(), false);

    const QJsonArray co = a1.value(u"co_selection"_s).toArray();
    QCOMPARE(co.size(), 2);
    QCOMPARE(co.at(0).toArray(), QJsonArray({ u"m1"_s, u"m2"_s, 2 }));
    QCOMPARE(co.at(1).toArray(), QJsonArray({ u"m1"_s, u"m3"_s, 1 }));
    const QJsonArray top = a1.value(u"top_combinations"_s).toArray();
    QCOMPARE(top.size(), 3);
    QCOMPARE(top.at(0).toObject().value(u"measures"_s).toArray(), QJsonArray({ u"m1"_s, u"m2"_s }));
    QCOMPARE(top.at(0).toObject().value(u"count"_s).toInt(), 2);
    QCOMPARE(top.at(1).toObject().value(u"measures"_s).toArray(), QJsonArray({ u"m1"_s }));

    // a2/m1: 4, 5, 4 (R4 missing) -> q1 4, median 4, q3 4.5; 3 of 3 agree.
    m = measureIn(doc, 1, 0);
    QCOMPARE(ints(m.value(u"counts"_s)), QList<int>({ 0, 0, 0, 2, 1 }));
    QCOMPARE(m.value(u"n"_s).toInt(), 3);
    QCOMPARE(m.value(u"missing"_s).toInt(), 1);
    QCOMPARE(m.value(u"agree_share"_s).toDouble(), 1.0);
    QCOMPARE(m.value(u"disagree_share"_s).toDouble(), 0.0);
    QCOMPARE(m.value(u"wilson"_s).toArray().at(1).toDouble(), 1.0);
    QVERIFY(close(m.value(u"wilson"_s).toArray().at(0), wilson(3, 3).first));
    QCOMPARE(m.value(u"q1"_s).toDouble(), 4.0);
    QCOMPARE(m.value(u"median"_s).toDouble(), 4.0);
    QCOMPARE(m.value(u"q3"_s).toDouble(), 4.5);
    // a2/m2: 2, 3, 5 -> one third agree, one third disagree.
    m = measureIn(doc, 1, 1);
    QCOMPARE(ints(m.value(u"counts"_s)), QList<int>({ 0, 1, 1, 0, 1 }));
    QCOMPARE(m.value(u"agree_share"_s).toDouble(), 1.0 / 3.0);
    QCOMPARE(m.value(u"disagree_share"_s).toDouble(), 1.0 / 3.0);
    QCOMPARE(m.value(u"q1"_s).toDouble(), 2.5);
    QCOMPARE(m.value(u"median"_s).toDouble(), 3.0);
    QCOMPARE(m.value(u"q3"_s).toDouble(), 4.0);
    QCOMPARE(m.value(u"meets_agreement"_s).toBool(), false);
    // a2: R1 picked m1, R2's empty list is "not answered".
    const QJsonObject a2 = areas.at(1).toObject();
    QCOMPARE(a2.value(u"answered"_s).toInt(), 1);
    QCOMPARE(measureIn(doc, 1, 0).value(u"selection_share"_s).toDouble(), 1.0);
    QCOMPARE(measureIn(doc, 1, 1).value(u"selection_share"_s).toDouble(), 0.0);
    QCOMPARE(a2.value(u"co_selection"_s).toArray().size(), 0);

    const QString mismatch = sameReport(doc, m_perArea, results);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestReport::jsonEmptyAreaAndAllDontKnow()
{
    const QJsonObject doc = parse(report::reportJson(m_perArea, analyse(m_perArea, m_perAreaResponses)));
    // a1/m2: everyone said "don't know": n = 0, every share and quantile null, not "meets".
    QJsonObject m = measureIn(doc, 0, 1);
    QCOMPARE(m.value(u"n"_s).toInt(), 0);
    QCOMPARE(m.value(u"dont_know"_s).toInt(), 4);
    QCOMPARE(m.value(u"missing"_s).toInt(), 0);
    QCOMPARE(ints(m.value(u"counts"_s)), QList<int>({ 0, 0, 0, 0, 0 }));
    for (const QString &key :
        { u"agree_share"_s, u"disagree_share"_s, u"wilson"_s, u"median"_s, u"q1"_s, u"q3"_s })
        QVERIFY2(m.value(key).isNull(), qPrintable(key));
    QCOMPARE(m.value(u"meets_agreement"_s).toBool(), false);
    // a1/m3: three "don't know", one missing.
    m = measureIn(doc, 0, 2);
    QCOMPARE(m.value(u"dont_know"_s).toInt(), 3);
    QCOMPARE(m.value(u"missing"_s).toInt(), 1);
    QVERIFY(m.value(u"agree_share"_s).isNull());

    // a3: nobody rated or picked anything.
    const QJsonObject a3 = doc.value(u"areas"_s).toArray().at(2).toObject();
    QCOMPARE(a3.value(u"id"_s).toString(), u"a3"_s);
    QVERIFY(a3.value(u"alpha"_s).isNull());
    QCOMPARE(a3.value(u"answered"_s).toInt(), 0);
    QCOMPARE(a3.value(u"co_selection"_s).toArray().size(), 0);
    QCOMPARE(a3.value(u"top_combinations"_s).toArray().size(), 0);
    const QJsonArray measures = a3.value(u"measures"_s).toArray();
    QCOMPARE(measures.size(), 3);
    for (const QJsonValue &v : measures) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(u"n"_s).toInt(), 0);
        QCOMPARE(o.value(u"missing"_s).toInt(), 4);
        for (const QString &key : { u"agree_share"_s, u"disagree_share"_s, u"wilson"_s, u"median"_s, u"q1"_s,
                 u"q3"_s, u"selection_share"_s })
            QVERIFY2(o.value(key).isNull(), qPrintable(key));
        QCOMPARE(o.value(u"selected"_s).toInt(), 0);
        QCOMPARE(o.value(u"meets_agreement"_s).toBool(), false);
        QCOMPARE(o.value(u"meets_selection"_s).toBool(), false);
    }
}

void TestReport::jsonFeasibility()
{
    const QJsonObject doc = parse(report::reportJson(m_perArea, analyse(m_perArea, m_perAreaResponses)));
    const QJsonArray feas = doc.value(u"feasibility"_s).toArray();
    QCOMPARE(feas.size(), 3);
    // m1: 4, 5, 2 (R4 missing).
    QJsonObject f = feas.at(0).toObject();
    QCOMPARE(f.value(u"id"_s).toString(), u"m1"_s);
    QCOMPARE(ints(f.value(u"counts"_s)), QList<int>({ 0, 1, 0, 1, 1 }));
    QCOMPARE(f.value(u"n"_s).toInt(), 3);
    QCOMPARE(f.value(u"missing"_s).toInt(), 1);
    QCOMPARE(f.value(u"agree_share"_s).toDouble(), 2.0 / 3.0);
    QVERIFY(close(f.value(u"wilson"_s).toArray().at(0), wilson(2, 3).first));
    QVERIFY(close(f.value(u"wilson"_s).toArray().at(1), wilson(2, 3).second));
    QCOMPARE(f.value(u"q1"_s).toDouble(), 3.0);
    QCOMPARE(f.value(u"median"_s).toDouble(), 4.0);
    QCOMPARE(f.value(u"q3"_s).toDouble(), 4.5);
    QVERIFY(!f.contains(u"selected"_s)); // selection belongs to effectiveness
    // m2: one "don't know", one 3 -> n = 1, agree 0, all quartiles 3.
    f = feas.at(1).toObject();
    QCOMPARE(f.value(u"n"_s).toInt(), 1);
    QCOMPARE(f.value(u"dont_know"_s).toInt(), 1);
    QCOMPARE(f.value(u"missing"_s).toInt(), 2);
    QCOMPARE(f.value(u"agree_share"_s).toDouble(), 0.0);
    QCOMPARE(f.value(u"wilson"_s).toArray().at(0).toDouble(), 0.0);
    QCOMPARE(f.value(u"median"_s).toDouble(), 3.0);
    // m3: nobody.
    f = feas.at(2).toObject();
    QCOMPARE(f.value(u"n"_s).toInt(), 0);
    QVERIFY(f.value(u"agree_share"_s).isNull());
    QVERIFY(f.value(u"wilson"_s).isNull());
}

void TestReport::jsonGroupFilter()
{
    Options options;
    options.group = u"g1"_s; // R1 and R2
    const Figures results = analyse(m_perArea, m_perAreaResponses, options);
    const QJsonObject doc = parse(report::reportJson(m_perArea, results));
    QCOMPARE(doc.value(u"group"_s).toString(), u"g1"_s);
    QCOMPARE(doc.value(u"respondents"_s).toInt(), 2);
    QJsonObject m = measureIn(doc, 0, 0); // 5, 4
    QCOMPARE(ints(m.value(u"counts"_s)), QList<int>({ 0, 0, 0, 1, 1 }));
    QCOMPARE(m.value(u"agree_share"_s).toDouble(), 1.0);
    QCOMPARE(m.value(u"median"_s).toDouble(), 4.5);
    QCOMPARE(doc.value(u"areas"_s).toArray().at(0).toObject().value(u"answered"_s).toInt(), 2);
    QCOMPARE(m.value(u"selection_share"_s).toDouble(), 1.0);
    QCOMPARE(measureIn(doc, 0, 1).value(u"selection_share"_s).toDouble(), 1.0);
    QCOMPARE(measureIn(doc, 0, 2).value(u"selected"_s).toInt(), 0);
    QString mismatch = sameReport(doc, m_perArea, results);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    options.group = u"g3"_s; // nobody
    const Figures none = analyse(m_perArea, m_perAreaResponses, options);
    const QJsonObject empty = parse(report::reportJson(m_perArea, none));
    QCOMPARE(empty.value(u"respondents"_s).toInt(), 0);
    QVERIFY(measureIn(empty, 0, 0).value(u"agree_share"_s).isNull());
    QVERIFY(measureIn(empty, 0, 0).value(u"selection_share"_s).isNull());
    mismatch = sameReport(empty, m_perArea, none);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestReport::jsonOverallScope()
{
    const Figures results = analyse(m_overall, m_overallResponses);
    const QJsonObject doc = parse(report::reportJson(m_overall, results));
    QCOMPARE(doc.value(u"combination_scope"_s).toString(), u"overall"_s);
    QVERIFY(doc.value(u"points"_s).toObject().value(u"feasibility"_s).isNull());
    QCOMPARE(doc.value(u"feasibility"_s).toArray().size(), 0);
    // Overall: R1 {m1, m2}, R2 {m1}, R3 empty -> answered 2; m1 2/2, m2 1/2 (not > 0.5).
    const QJsonObject sel = doc.value(u"selection"_s).toObject();
    QCOMPARE(sel.value(u"scope"_s).toString(), u"overall"_s);
    QCOMPARE(sel.value(u"answered"_s).toInt(), 2);
    const QJsonArray ms = sel.value(u"measures"_s).toArray();
    QCOMPARE(ms.at(0).toObject().value(u"selection_share"_s).toDouble(), 1.0);
    QCOMPARE(ms.at(1).toObject().value(u"selection_share"_s).toDouble(), 0.5);
    QCOMPARE(ms.at(1).toObject().value(u"meets_selection"_s).toBool(), false);
    // Not QJsonArray({ QJsonArray(...) }): clang takes a braced list of one QJsonArray for a copy of it.
    QJsonArray pairs;
    pairs.append(QJsonArray({ u"m1"_s, u"m2"_s, 1 }));
    QCOMPARE(sel.value(u"co_selection"_s).toArray(), pairs);
    // The same figures in every area's measures.
    for (int a = 0; a < 2; ++a) {
        const QJsonObject area = doc.value(u"areas"_s).toArray().at(a).toObject();
        QCOMPARE(area.value(u"answered"_s).toInt(), 2);
        QCOMPARE(area.value(u"co_selection"_s).toArray(), sel.value(u"co_selection"_s).toArray());
        QCOMPARE(measureIn(doc, a, 0).value(u"selected"_s).toInt(), 2);
        QCOMPARE(measureIn(doc, a, 1).value(u"selection_share"_s).toDouble(), 0.5);
    }
    // m1: a1 5, 4, 2 (2/3 > 0.5), a2 4, 5, 4 (3/3), selected 2/2 -> stands out.
    QCOMPARE(measureIn(doc, 0, 0).value(u"agree_share"_s).toDouble(), 2.0 / 3.0);
    QCOMPARE(doc.value(u"stand_out"_s).toArray(), QJsonArray({ u"m1"_s }));
    // m2 in a2: 3 and don't know -> n 1, agree 0.
    QCOMPARE(measureIn(doc, 1, 1).value(u"dont_know"_s).toInt(), 1);
    QCOMPARE(measureIn(doc, 1, 1).value(u"agree_share"_s).toDouble(), 0.0);
    const QString mismatch = sameReport(doc, m_overall, results);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestReport::jsonEqualsAnalyseOnSimulatedStudy_data()
{
    QTest::addColumn<QString>("group");
    QTest::newRow("everyone") << QString();
    QTest::newRow("ai_safety") << u"ai_safety"_s;
    QTest::newRow("cbrn") << u"cbrn"_s;
}

void TestReport::jsonEqualsAnalyseOnSimulatedStudy()
{
    QFETCH(QString, group);
    const Instrument ins = Instrument::bundled();
    const QList<ResponseData> responses = simulateResponses(ins, 300, 11);
    Options options;
    options.group = group;
    const Figures results = analyse(ins, responses, options);
    QVERIFY(results.respondents > 0);
    const QJsonObject doc = parse(report::reportJson(ins, results));
    const QString mismatch = sameReport(doc, ins, results);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(doc.value(u"areas"_s).toArray().size(), 4);
    QCOMPARE(doc.value(u"areas"_s).toArray().at(0).toObject().value(u"measures"_s).toArray().size(), 27);
}

void TestReport::csvEqualsJson_data()
{
    QTest::addColumn<int>("study");
    QTest::addColumn<QString>("group");
    QTest::newRow("per-area") << 1 << QString();
    QTest::newRow("per-area g2") << 1 << u"g2"_s;
    QTest::newRow("overall") << 2 << QString();
    QTest::newRow("bundled") << 3 << QString();
}

void TestReport::csvEqualsJson()
{
    QFETCH(int, study);
    QFETCH(QString, group);
    const Instrument ins = study == 1 ? m_perArea : study == 2 ? m_overall : Instrument::bundled();
    const QList<ResponseData> responses = study == 1 ? m_perAreaResponses
        : study == 2                                 ? m_overallResponses
                                                     : simulateResponses(ins, 120, 3);
    Options options;
    options.group = group;
    const Figures results = analyse(ins, responses, options);
    const QJsonObject doc = parse(report::reportJson(ins, results));
    const csvtest::Table table = csvtest::parse(report::reportCsv(ins, results));
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    const QStringList header = table.records.value(0);
    QCOMPARE(header, report::reportCsvHeader(ins));
    const qsizetype areas = results.areas.size();
    const qsizetype measures = ins.measures().size();
    QCOMPARE(table.records.size(), 1 + areas * measures + results.feasibility.size());

    const auto col = [&header](const QString &name) { return header.indexOf(name); };
    // An empty field is null; anything else reads back as exactly the JSON's number or literal.
    const auto same = [](const QString &field, const QJsonValue &v) {
        if (field.isEmpty())
            return v.isNull() || v.isUndefined();
        if (v.isBool())
            return field == (v.toBool() ? u"true"_s : u"false"_s);
        bool ok = false;
        const double d = field.toDouble(&ok);
        return ok && v.isDouble() && d == v.toDouble();
    };
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const QStringList &rec = table.records.at(r);
        QCOMPARE(rec.size(), header.size());
        QCOMPARE(rec.at(col(u"group"_s)), group);
        const bool feasibility = rec.at(col(u"question"_s)) == u"feasibility"_s;
        QJsonObject item;
        QJsonObject area;
        if (feasibility) {
            item = doc.value(u"feasibility"_s).toArray().at(r - 1 - areas * measures).toObject();
            QCOMPARE(rec.at(col(u"area_id"_s)), QString());
        } else {
            area = doc.value(u"areas"_s).toArray().at((r - 1) / measures).toObject();
            item = area.value(u"measures"_s).toArray().at((r - 1) % measures).toObject();
            QCOMPARE(rec.at(col(u"question"_s)), u"effectiveness"_s);
            QCOMPARE(rec.at(col(u"area_id"_s)), area.value(u"id"_s).toString());
        }
        const QString where = u"row %1 "_s.arg(r);
        QCOMPARE(rec.at(col(u"measure_id"_s)), item.value(u"id"_s).toString());
        for (const QString &key : { u"n"_s, u"dont_know"_s, u"missing"_s, u"agree_share"_s,
                 u"disagree_share"_s, u"median"_s, u"q1"_s, u"q3"_s })
            QVERIFY2(same(rec.at(col(key)), item.value(key)),
                qPrintable(where + key + u" = "_s + rec.at(col(key))));
        const QJsonArray w = item.value(u"wilson"_s).toArray();
        QVERIFY2(
            same(rec.at(col(u"wilson_low"_s)), item.value(u"wilson"_s).isNull() ? QJsonValue() : w.at(0)),
            qPrintable(where));
        QVERIFY2(
            same(rec.at(col(u"wilson_high"_s)), item.value(u"wilson"_s).isNull() ? QJsonValue() : w.at(1)),
            qPrintable(where));
        const QJsonArray counts = item.value(u"counts"_s).toArray();
        for (qsizetype p = 0; p < counts.size(); ++p)
            QVERIFY2(same(rec.at(col(u"count_%1"_s.arg(p + 1))), counts.at(p)), qPrintable(where));
        if (feasibility)
            continue;
        for (const QString &key :
            { u"meets_agreement"_s, u"selected"_s, u"selection_share"_s, u"meets_selection"_s })
            QVERIFY2(same(rec.at(col(key)), item.value(key)), qPrintable(where + key));
        QVERIFY2(same(rec.at(col(u"answered"_s)), area.value(u"answered"_s)), qPrintable(where));
        const bool standsOut = doc.value(u"stand_out"_s).toArray().contains(item.value(u"id"_s));
        QCOMPARE(rec.at(col(u"stand_out"_s)), standsOut ? u"true"_s : u"false"_s);
    }
}

void TestReport::htmlHasEveryMeasureAndIsWellFormed_data()
{
    QTest::addColumn<int>("study");
    QTest::newRow("per-area") << 1;
    QTest::newRow("overall") << 2;
    QTest::newRow("bundled") << 3;
}

void TestReport::htmlHasEveryMeasureAndIsWellFormed()
{
    QFETCH(int, study);
    const Instrument ins = study == 1 ? m_perArea : study == 2 ? m_overall : Instrument::bundled();
    const QList<ResponseData> responses = study == 1 ? m_perAreaResponses
        : study == 2                                 ? m_overallResponses
                                                     : simulateResponses(ins, 80, 5);
    const Figures results = analyse(ins, responses);
    const QByteArray html = report::render(report::Format::Html, ins, results);
    QVERIFY(html.startsWith("<!DOCTYPE html>"));

    // The whole document parses as XML; count what it holds on the way.
    QXmlStreamReader xml(html);
    int svgs = 0;
    int tables = 0;
    QString text;
    QStringList titles;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"svg"_s) {
            ++svgs;
            QCOMPARE(xml.namespaceUri().toString(), u"http://www.w3.org/2000/svg"_s);
        }
        if (xml.isStartElement() && xml.name() == u"table"_s)
            ++tables;
        if (xml.isStartElement() && xml.name() == u"td"_s)
            titles << xml.attributes().value(u"title"_s).toString();
        if (xml.isCharacters())
            text += xml.text() + u' ';
        // Self-contained: nothing loaded from elsewhere.
        if (xml.isStartElement()) {
            QVERIFY(xml.name() != u"script"_s && xml.name() != u"link"_s && xml.name() != u"img"_s);
            QVERIFY(!xml.attributes().hasAttribute(u"src"_s) && !xml.attributes().hasAttribute(u"href"_s));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + u" at line %1"_s.arg(xml.lineNumber())));
    // No "<td/>" shortcuts, which HTML would read as an unclosed cell.
    QVERIFY(!html.contains("<td/>") && !html.contains("<th/>") && !html.contains("<p/>"));

    QVERIFY(text.contains(ins.study().title));
    if (!ins.study().citation.isEmpty())
        QVERIFY(text.contains(ins.study().citation));
    QVERIFY(text.contains(u"Results of %1 respondents"_s.arg(results.respondents)));
    for (const Measure &m : ins.measures())
        QVERIFY2(text.contains(m.name.left(40)), qPrintable(m.name));
    for (const RiskArea &a : ins.areas())
        QVERIFY2(text.contains(a.name), qPrintable(a.name));
    for (const QString &m : results.standOut)
        QVERIFY(titles.contains(m));
    // Charts: per area a Likert chart, plus selection (per area or once), plus feasibility.
    const qsizetype expectedSvgs
        = results.areas.size() + results.selection.size() + (results.feasibility.isEmpty() ? 0 : 1);
    QCOMPARE(svgs, expectedSvgs);
    QVERIFY(tables >= int(results.areas.size()) + 1);
    // Print stylesheet present.
    QVERIFY(html.contains("@media print"));
    // Escaped, never raw: the title of study 1 has "<one> & co".
    if (study == 1) {
        QVERIFY(html.contains("Report study &lt;one&gt; &amp; co"));
        QVERIFY(!html.contains("<one>"));
    }
}

void TestReport::chartsSortByAgreementAndMarkThreshold()
{
    const Figures results = analyse(m_perArea, m_perAreaResponses);
    // a2: m1 100 %, m2 33 %, m3 no ratings -> rows in that order.
    const QByteArray svg = report::likertChartSvg(
        m_perArea, results.areas.at(1).measures, m_perArea.effectivenessScale(), 0.6, u"Area two"_s);
    QXmlStreamReader xml(svg);
    QStringList labels;
    int ticks = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text"_s
            && xml.attributes().value(u"text-anchor"_s) == u"end"_s)
            labels << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        if (xml.isStartElement() && xml.name() == u"line"_s
            && xml.attributes().value(u"stroke-width"_s) == u"2.0"_s
            && xml.attributes().value(u"stroke"_s) == u"#000000"_s)
            ++ticks;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(labels.size(), 3);
    QVERIFY2(labels.at(0).endsWith(u"Measure one, \"quoted\""_s), qPrintable(labels.join(u'|')));
    QVERIFY(labels.at(1).endsWith(u"Measure two <b>"_s));
    QVERIFY(labels.at(2).endsWith(u"Measure three & more"_s));
    QCOMPARE(ticks, 2 + 1); // one per rated row, one in the legend
    QVERIFY(svg.contains("60\xc2\xa0% agreement threshold"));

    const QByteArray sel = report::selectionChartSvg(m_perArea, results.selection.at(0), 0.4, u"Area one"_s);
    QXmlStreamReader x2(sel);
    while (!x2.atEnd())
        x2.readNext();
    QVERIFY(!x2.hasError());
    QVERIFY(sel.contains("stroke-dasharray"));
    QVERIFY(sel.contains("4 of 4"));
    QVERIFY(sel.contains("40\xc2\xa0% selection threshold"));
}

void TestReport::formats()
{
    QCOMPARE(*report::parseFormat(u"json"_s), report::Format::Json);
    QCOMPARE(*report::parseFormat(u"csv"_s), report::Format::Csv);
    QCOMPARE(*report::parseFormat(u"html"_s), report::Format::Html);
    const auto bad = report::parseFormat(u"pdf"_s);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().contains(u"pdf"_s));
    const Figures results = analyse(m_perArea, m_perAreaResponses);
    QCOMPARE(
        report::render(report::Format::Json, m_perArea, results), report::reportJson(m_perArea, results));
    QCOMPARE(report::render(report::Format::Csv, m_perArea, results), report::reportCsv(m_perArea, results));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
