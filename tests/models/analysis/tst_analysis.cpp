#include "models/analysis/aggregator.h"
#include "models/analysis/analysis.h"
#include "models/instrument/instrument.h"
#include "models/response/responsedata.h"
#include "tests/models/analysis/referenceanalysis.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <optional>

using namespace panelist;
using namespace panelist::analysis;
using panelist::analysis::reference::firstDifference;
using panelist::analysis::reference::referenceAnalyse;
using namespace Qt::StringLiterals;

// Whole studies: small hand-computed ones that pin every field, and a simulated one where the
// running counts (through adds, removals and replacements) must equal an independent count
// (referenceanalysis.h) exactly.
class TestAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void perAreaStudy();
    void perAreaStudyGroupFilter();
    void groupWithNobodyIsAllNull();
    void overallStudyWithEmptyArea();
    void thresholdsAreStrict();
    void pointSharesOfSubstantiveAnswers();
    void unknownAnswersCountAsMissing();
    void aggregatorMatchesHandComputedStudy();
    void incrementalEqualsFullRecompute_data();
    void incrementalEqualsFullRecompute();

private:
    Instrument m_perArea;
    Instrument m_overall;
    QList<ResponseData> m_perAreaResponses;
    QList<ResponseData> m_overallResponses;
};

namespace {

// Study 1: two areas, three measures, feasibility, combination per area with up to 3 picks.
const char perAreaJson[] = R"({
  "format": "panelist-instrument", "version": 1,
  "study": {"id": "hand1", "title": "Hand-computed study 1"},
  "areas": [{"id": "a1", "name": "Area one", "definition": "first"},
            {"id": "a2", "name": "Area two", "definition": "second"}],
  "scales": [{"id": "agree", "dont_know": {"label": "Don't know"},
              "points": [{"value": 1, "label": "SD"}, {"value": 2, "label": "D"},
                         {"value": 3, "label": "N"}, {"value": 4, "label": "A"},
                         {"value": 5, "label": "SA"}]}],
  "questions": {"effectiveness": {"scale": "agree", "prompt": "Effective in {area}?"},
                "feasibility": {"scale": "agree", "prompt": "Feasible?"}},
  "measures": [{"id": "m1", "name": "One", "description": "first"},
               {"id": "m2", "name": "Two", "description": "second"},
               {"id": "m3", "name": "Three", "description": "third"}],
  "combination": {"scope": "per-area", "max_picks": 3, "prompt": "Pick"},
  "profile": {"expertise": [{"id": "g1", "name": "G one"}, {"id": "g2", "name": "G two"},
                            {"id": "g3", "name": "Nobody"}]},
  "thresholds": {"agreement": 0.6, "selection": 0.4}
})";

// Study 2: three areas (nobody rates a3), two measures, no feasibility question, one overall
// combination; thresholds 0.5 so that shares of exactly one half test "strictly greater".
const char overallJson[] = R"({
  "format": "panelist-instrument", "version": 1,
  "study": {"id": "hand2", "title": "Hand-computed study 2"},
  "areas": [{"id": "a1", "name": "Area one", "definition": "first"},
            {"id": "a2", "name": "Area two", "definition": "second"},
            {"id": "a3", "name": "Area three", "definition": "nobody rates it"}],
  "scales": [{"id": "agree",  "dont_know": {"label": "Don't know"},
              "points": [{"value": 1, "label": "SD"}, {"value": 2, "label": "D"},
                         {"value": 3, "label": "N"}, {"value": 4, "label": "A"},
                         {"value": 5, "label": "SA"}]}],
  "questions": {"effectiveness": {"scale": "agree", "prompt": "Effective in {area}?"}},
  "measures": [{"id": "m1", "name": "One", "description": "first"},
               {"id": "m2", "name": "Two", "description": "second"}],
  "combination": {"scope": "overall", "max_picks": 2, "prompt": "Pick"},
  "profile": {"expertise": [{"id": "g1", "name": "G one"}]},
  "thresholds": {"agreement": 0.5, "selection": 0.5}
})";

Instrument load(const char *json)
{
    Result<Instrument> r = Instrument::fromJson(QByteArray(json), u"test instrument"_s);
    if (!r)
        qFatal("%s", qUtf8Printable(r.error()));
    return std::move(r).value();
}

// -1 = don't know, 0 = unanswered (left out of the map), 1..5 = scale value.
Rating rating(int v)
{
    return v < 0 ? Rating::unknown() : Rating::of(v);
}

struct Respondent
{
    QStringList expertise;
    // measure -> ratings per area, in area order
    QMap<QString, QList<int>> effectiveness;
    QMap<QString, int> feasibility;
    QMap<QString, QStringList> combinations;
};

ResponseData response(const Instrument &instrument, const Respondent &spec)
{
    ResponseData r;
    r.instrumentFingerprint = instrument.fingerprint();
    r.respondentId = QUuid::createUuid();
    r.revision = 1;
    r.expertise = spec.expertise;
    for (auto it = spec.effectiveness.cbegin(); it != spec.effectiveness.cend(); ++it) {
        for (qsizetype a = 0; a < it.value().size(); ++a) {
            if (it.value().at(a) != 0)
                r.effectiveness[it.key()][instrument.areas().at(a).id] = rating(it.value().at(a));
        }
    }
    for (auto it = spec.feasibility.cbegin(); it != spec.feasibility.cend(); ++it) {
        if (it.value() != 0)
            r.feasibility[it.key()] = rating(it.value());
    }
    r.combinations = spec.combinations;
    return r;
}

// What a hand computation gives for one item.
struct Expect
{
    QList<int> counts;
    int dontKnow = 0;
    int missing = 0;
    int n = 0;
    int agree = 0;
    int disagree = 0;
    std::optional<double> agreeShare;
    std::optional<double> disagreeShare;
    std::optional<double> median;
    std::optional<double> q1;
    std::optional<double> q3;
    bool meets = false;
};

const Expect nothing(int dontKnow, int missing)
{
    return Expect { { 0, 0, 0, 0, 0 }, dontKnow, missing, 0, 0, 0, {}, {}, {}, {}, {}, false };
}

QString show(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 17) : u"null"_s;
}

#define COMPARE_OPT(actual, expected)                                                                        \
    QVERIFY2((actual) == (expected),                                                                         \
        qPrintable(u"" #actual u": "_s + show(actual) + u", expected "_s + show(expected)))

void verifyItem(const ItemStats &s, const QString &id, const Expect &e)
{
    QCOMPARE(s.measureId, id);
    QCOMPARE(s.counts, e.counts);
    QCOMPARE(s.dontKnow, e.dontKnow);
    QCOMPARE(s.missing, e.missing);
    QCOMPARE(s.n, e.n);
    QCOMPARE(s.agree, e.agree);
    QCOMPARE(s.disagree, e.disagree);
    COMPARE_OPT(s.agreeShare, e.agreeShare);
    COMPARE_OPT(s.disagreeShare, e.disagreeShare);
    COMPARE_OPT(s.median, e.median);
    COMPARE_OPT(s.q1, e.q1);
    COMPARE_OPT(s.q3, e.q3);
    QCOMPARE(s.meetsAgreement, e.meets);
    // The interval is the Wilson interval of agree / n (its formula is pinned by tst_statistics).
    QCOMPARE(s.wilson.has_value(), e.n > 0);
    if (s.wilson) {
        QVERIFY(*s.wilson == *wilsonInterval(e.agree, e.n));
        QVERIFY(s.wilson->low <= *s.agreeShare && *s.agreeShare <= s.wilson->high);
    }
}

void verifySelection(const ScopeStats &s, const QString &scope, int answered, const QList<int> &selected,
    const QList<std::optional<double>> &shares, const QList<bool> &meets)
{
    QCOMPARE(s.scope, scope);
    QCOMPARE(s.answered, answered);
    QCOMPARE(s.measures.size(), selected.size());
    for (qsizetype m = 0; m < selected.size(); ++m) {
        QCOMPARE(s.measures.at(m).selected, selected.at(m));
        COMPARE_OPT(s.measures.at(m).share, shares.at(m));
        QCOMPARE(s.measures.at(m).meetsSelection, meets.at(m));
    }
}

void verifyAlpha(const std::optional<double> &alpha, std::optional<double> expected)
{
    QCOMPARE(alpha.has_value(), expected.has_value());
    if (expected)
        QCOMPARE(*alpha, *expected); // fuzzy: expected is an exact fraction, alpha a double sum
}

} // namespace

void TestAnalysis::initTestCase()
{
    m_perArea = load(perAreaJson);
    m_overall = load(overallJson);

    // ratings per area {a1, a2}; -1 = don't know, 0 = unanswered
    m_perAreaResponses = {
        response(m_perArea,
            { { u"g1"_s }, { { u"m1"_s, { 5, 4 } }, { u"m2"_s, { 2, -1 } }, { u"m3"_s, { -1, 3 } } },
                { { u"m1"_s, 4 }, { u"m2"_s, 2 }, { u"m3"_s, -1 } },
                { { u"a1"_s, { u"m2"_s, u"m1"_s } }, { u"a2"_s, { u"m1"_s } } } }),
        response(m_perArea,
            { { u"g1"_s, u"g2"_s }, { { u"m1"_s, { 4, 5 } }, { u"m2"_s, { 4, -1 } }, { u"m3"_s, { -1, 0 } } },
                { { u"m1"_s, 5 }, { u"m2"_s, 1 } },
                { { u"a1"_s, { u"m1"_s, u"m2"_s } }, { u"a2"_s, { u"m1"_s, u"m3"_s } } } }),
        response(m_perArea,
            { { u"g2"_s }, { { u"m1"_s, { 3, 4 } }, { u"m2"_s, { 1, -1 } }, { u"m3"_s, { -1, 1 } } },
                { { u"m1"_s, 3 }, { u"m2"_s, -1 }, { u"m3"_s, -1 } },
                { { u"a1"_s, { u"m1"_s } }, { u"a2"_s, {} } } }),
        // An unknown pick is ignored; a2 not answered at all.
        response(m_perArea,
            { { u"g2"_s }, { { u"m1"_s, { 5, 2 } }, { u"m2"_s, { 0, -1 } }, { u"m3"_s, { -1, 5 } } },
                { { u"m1"_s, 4 }, { u"m3"_s, -1 } }, { { u"a1"_s, { u"m3"_s, u"m1"_s, u"bogus"_s } } } }),
    };

    m_overallResponses = {
        response(m_overall,
            { { u"g1"_s }, { { u"m1"_s, { 5, 5, 0 } }, { u"m2"_s, { 4, 3, 0 } } }, {},
                { { u"overall"_s, { u"m1"_s, u"m2"_s } } } }),
        response(m_overall,
            { {}, { { u"m1"_s, { 4, 4, 0 } }, { u"m2"_s, { 5, 4, 0 } } }, {},
                { { u"overall"_s, { u"m1"_s } } } }),
        response(m_overall,
            { {}, { { u"m1"_s, { 5, 4, 0 } }, { u"m2"_s, { 1, -1, 0 } } }, {},
                { { u"overall"_s, { u"m2"_s, u"m1"_s } } } }),
        // Only picked a combination: missing in every rating item.
        response(m_overall, { {}, {}, {}, { { u"overall"_s, { u"m1"_s } } } }),
    };
}

void TestAnalysis::perAreaStudy()
{
    const Figures r = analyse(m_perArea, m_perAreaResponses);
    QCOMPARE(r.instrumentFingerprint, m_perArea.fingerprint());
    QCOMPARE(r.group, QString());
    QCOMPARE(r.respondents, 4);
    QCOMPARE(r.areas.size(), 2);

    // a1: m1 = {5, 4, 3, 5}; m2 = {2, 4, 1} + one unanswered; m3 all don't know.
    const AreaStats &a1 = r.areas.at(0);
    QCOMPARE(a1.areaId, u"a1"_s);
    verifyItem(
        a1.measures.at(0), u"m1"_s, { { 0, 0, 1, 1, 2 }, 0, 0, 4, 3, 0, 0.75, 0.0, 4.5, 3.75, 5.0, true });
    verifyItem(a1.measures.at(1), u"m2"_s,
        { { 1, 1, 0, 1, 0 }, 0, 1, 3, 1, 2, 1.0 / 3, 2.0 / 3, 2.0, 1.5, 3.0, false });
    verifyItem(a1.measures.at(2), u"m3"_s, nothing(4, 0));
    // Ordinal alpha over units m1, m2 (m3 has no values), by the pairwise definition: 61/189.
    verifyAlpha(a1.alpha, 61.0 / 189.0);

    // a2: m1 = {4, 5, 4, 2}; m2 all don't know; m3 = {3, 1, 5} + one unanswered.
    const AreaStats &a2 = r.areas.at(1);
    QCOMPARE(a2.areaId, u"a2"_s);
    verifyItem(
        a2.measures.at(0), u"m1"_s, { { 0, 1, 0, 2, 1 }, 0, 0, 4, 3, 1, 0.75, 0.25, 4.0, 3.5, 4.25, true });
    verifyItem(a2.measures.at(1), u"m2"_s, nothing(4, 0));
    verifyItem(a2.measures.at(2), u"m3"_s,
        { { 1, 0, 1, 0, 1 }, 0, 1, 3, 1, 1, 1.0 / 3, 1.0 / 3, 3.0, 2.0, 4.0, false });
    verifyAlpha(a2.alpha, -32.0 / 189.0);

    // Feasibility: m1 = {4, 5, 3, 4}; m2 = {2, 1}, one don't know, one unanswered; m3 no values.
    QCOMPARE(r.feasibility.size(), 3);
    verifyItem(
        r.feasibility.at(0), u"m1"_s, { { 0, 0, 1, 2, 1 }, 0, 0, 4, 3, 0, 0.75, 0.0, 4.0, 3.75, 4.25, true });
    verifyItem(
        r.feasibility.at(1), u"m2"_s, { { 1, 1, 0, 0, 0 }, 1, 1, 2, 0, 2, 0.0, 1.0, 1.5, 1.25, 1.75, false });
    verifyItem(r.feasibility.at(2), u"m3"_s, nothing(3, 1));

    // Selection in a1: picks {m1,m2}, {m1,m2}, {m1}, {m1,m3} (the unknown pick dropped).
    QCOMPARE(r.selection.size(), 2);
    const ScopeStats &s1 = r.selection.at(0);
    verifySelection(s1, u"a1"_s, 4, { 4, 2, 1 }, { 1.0, 0.5, 0.25 }, { true, true, false });
    QCOMPARE(s1.coSelection, (QList<PairCount> { { u"m1"_s, u"m2"_s, 2 }, { u"m1"_s, u"m3"_s, 1 } }));
    QCOMPARE(s1.topCombinations,
        (QList<CombinationCount> {
            { { u"m1"_s, u"m2"_s }, 2 }, { { u"m1"_s }, 1 }, { { u"m1"_s, u"m3"_s }, 1 } }));

    // a2: {m1}, {m1,m3}; an empty pick list and an absent one are not answers.
    const ScopeStats &s2 = r.selection.at(1);
    verifySelection(s2, u"a2"_s, 2, { 2, 0, 1 }, { 1.0, 0.0, 0.5 }, { true, false, true });
    QCOMPARE(s2.coSelection, (QList<PairCount> { { u"m1"_s, u"m3"_s, 1 } }));
    QCOMPARE(
        s2.topCombinations, (QList<CombinationCount> { { { u"m1"_s }, 1 }, { { u"m1"_s, u"m3"_s }, 1 } }));

    // m1 meets agreement in a1 and a2 and selection in a1 and a2; m2 and m3 do not.
    QCOMPARE(r.standOut, QStringList { u"m1"_s });
    QCOMPARE(r.area(u"a2"_s), &r.areas.at(1));
    QCOMPARE(r.scope(u"a1"_s), &r.selection.at(0));
    QVERIFY(!r.area(u"nope"_s));

    // Top-K cuts the ranking after K entries.
    Options top1;
    top1.topCombinations = 1;
    const Figures r1 = analyse(m_perArea, m_perAreaResponses, top1);
    QCOMPARE(r1.selection.at(0).topCombinations, (QList<CombinationCount> { { { u"m1"_s, u"m2"_s }, 2 } }));
}

void TestAnalysis::perAreaStudyGroupFilter()
{
    Options g2;
    g2.group = u"g2"_s; // respondents 2, 3, 4
    const Figures r = analyse(m_perArea, m_perAreaResponses, g2);
    QCOMPARE(r.group, u"g2"_s);
    QCOMPARE(r.respondents, 3);
    verifyItem(r.areas.at(0).measures.at(0), u"m1"_s,
        { { 0, 0, 1, 1, 1 }, 0, 0, 3, 2, 0, 2.0 / 3, 0.0, 4.0, 3.5, 4.5, true });
    verifyItem(r.areas.at(0).measures.at(1), u"m2"_s,
        { { 1, 0, 0, 1, 0 }, 0, 1, 2, 1, 1, 0.5, 0.5, 2.5, 1.75, 3.25, false });
    verifyItem(r.areas.at(0).measures.at(2), u"m3"_s, nothing(3, 0));
    verifyAlpha(r.areas.at(0).alpha, -9.0 / 95.0);
    verifyItem(r.areas.at(1).measures.at(0), u"m1"_s,
        { { 0, 1, 0, 1, 1 }, 0, 0, 3, 2, 1, 2.0 / 3, 1.0 / 3, 4.0, 3.0, 4.5, true });
    verifyItem(r.areas.at(1).measures.at(2), u"m3"_s,
        { { 1, 0, 0, 0, 1 }, 0, 1, 2, 1, 1, 0.5, 0.5, 3.0, 2.0, 4.0, false });
    verifyAlpha(r.areas.at(1).alpha, -41.0 / 95.0);
    verifyItem(r.feasibility.at(0), u"m1"_s,
        { { 0, 0, 1, 1, 1 }, 0, 0, 3, 2, 0, 2.0 / 3, 0.0, 4.0, 3.5, 4.5, true });

    verifySelection(
        r.selection.at(0), u"a1"_s, 3, { 3, 1, 1 }, { 1.0, 1.0 / 3, 1.0 / 3 }, { true, false, false });
    verifySelection(r.selection.at(1), u"a2"_s, 1, { 1, 0, 1 }, { 1.0, 0.0, 1.0 }, { true, false, true });
    QCOMPARE(r.selection.at(0).coSelection,
        (QList<PairCount> { { u"m1"_s, u"m2"_s, 1 }, { u"m1"_s, u"m3"_s, 1 } }));
    QCOMPARE(r.standOut, QStringList { u"m1"_s });

    // g1 = respondents 1 and 2: in a2 only m1 has two values, so alpha is 0 (D_o = D_e).
    Options g1;
    g1.group = u"g1"_s;
    const Figures r1 = analyse(m_perArea, m_perAreaResponses, g1);
    QCOMPARE(r1.respondents, 2);
    verifyAlpha(r1.areas.at(0).alpha, 0.25);
    verifyAlpha(r1.areas.at(1).alpha, 0.0);
    verifySelection(r1.selection.at(0), u"a1"_s, 2, { 2, 2, 0 }, { 1.0, 1.0, 0.0 }, { true, true, false });
}

void TestAnalysis::groupWithNobodyIsAllNull()
{
    Options g3;
    g3.group = u"g3"_s;
    const Figures r = analyse(m_perArea, m_perAreaResponses, g3);
    QCOMPARE(r.respondents, 0);
    for (const AreaStats &a : r.areas) {
        QVERIFY(!a.alpha.has_value());
        for (qsizetype m = 0; m < a.measures.size(); ++m)
            verifyItem(a.measures.at(m), m_perArea.measures().at(m).id, nothing(0, 0));
    }
    for (const ScopeStats &s : r.selection) {
        verifySelection(s, s.scope, 0, { 0, 0, 0 }, { std::nullopt, std::nullopt, std::nullopt },
            { false, false, false });
        QVERIFY(s.coSelection.isEmpty());
        QVERIFY(s.topCombinations.isEmpty());
    }
    QVERIFY(r.standOut.isEmpty());
}

void TestAnalysis::overallStudyWithEmptyArea()
{
    const Figures r = analyse(m_overall, m_overallResponses);
    QCOMPARE(r.respondents, 4);
    QCOMPARE(r.areas.size(), 3);
    QVERIFY(r.feasibility.isEmpty()); // the instrument does not ask it

    verifyItem(r.areas.at(0).measures.at(0), u"m1"_s,
        { { 0, 0, 0, 1, 2 }, 0, 1, 3, 3, 0, 1.0, 0.0, 5.0, 4.5, 5.0, true });
    verifyItem(r.areas.at(0).measures.at(1), u"m2"_s,
        { { 1, 0, 0, 1, 1 }, 0, 1, 3, 2, 1, 2.0 / 3, 1.0 / 3, 4.0, 2.5, 4.5, true });
    verifyAlpha(r.areas.at(0).alpha, -1.0 / 36.0);
    verifyItem(r.areas.at(1).measures.at(0), u"m1"_s,
        { { 0, 0, 0, 2, 1 }, 0, 1, 3, 3, 0, 1.0, 0.0, 4.0, 4.0, 4.5, true });
    // Exactly one half agrees: not above the 0.5 threshold.
    verifyItem(r.areas.at(1).measures.at(1), u"m2"_s,
        { { 0, 0, 1, 1, 0 }, 1, 1, 2, 1, 0, 0.5, 0.0, 3.5, 3.25, 3.75, false });
    verifyAlpha(r.areas.at(1).alpha, 0.2);

    // Nobody rated a3: every figure null, nothing met, alpha undefined.
    const AreaStats &a3 = r.areas.at(2);
    QCOMPARE(a3.areaId, u"a3"_s);
    verifyItem(a3.measures.at(0), u"m1"_s, nothing(0, 4));
    verifyItem(a3.measures.at(1), u"m2"_s, nothing(0, 4));
    QVERIFY(!a3.alpha.has_value());

    QCOMPARE(r.selection.size(), 1);
    const ScopeStats &s = r.selection.at(0);
    // m2 picked by exactly half: not above 0.5.
    verifySelection(s, Instrument::OverallScope, 4, { 4, 2 }, { 1.0, 0.5 }, { true, false });
    QCOMPARE(s.coSelection, (QList<PairCount> { { u"m1"_s, u"m2"_s, 2 } }));
    // Two sets with two respondents each: instrument order breaks the tie.
    QCOMPARE(
        s.topCombinations, (QList<CombinationCount> { { { u"m1"_s }, 2 }, { { u"m1"_s, u"m2"_s }, 2 } }));

    // m1 would stand out but a3 has no agreement at all: "every area" includes it.
    QVERIFY(r.standOut.isEmpty());
}

void TestAnalysis::thresholdsAreStrict()
{
    // Three of five agree: 0.6 is not above the default 0.6 threshold; four of five is.
    QList<ResponseData> responses;
    for (int v : { 4, 5, 4, 2, 3 })
        responses.append(response(m_perArea, { {}, { { u"m1"_s, { v, v == 3 ? 4 : v } } }, {}, {} }));
    const Figures r = analyse(m_perArea, responses);
    COMPARE_OPT(r.areas.at(0).measures.at(0).agreeShare, std::optional<double>(0.6));
    QVERIFY(!r.areas.at(0).measures.at(0).meetsAgreement);
    COMPARE_OPT(r.areas.at(1).measures.at(0).agreeShare, std::optional<double>(0.8));
    QVERIFY(r.areas.at(1).measures.at(0).meetsAgreement);
}

void TestAnalysis::pointSharesOfSubstantiveAnswers()
{
    const Figures r = analyse(m_perArea, m_perAreaResponses);
    // a1 m2: {2, 4, 1} and one unanswered -> thirds of n = 3 on SD, D and A.
    QCOMPARE(
        r.areas.at(0).measures.at(1).pointShares, (QList<double> { 1.0 / 3, 1.0 / 3, 0.0, 1.0 / 3, 0.0 }));
    // a2 m1: {4, 5, 4, 2} -> quarters; the agreement segments add up to agree_share.
    const ItemStats &a2m1 = r.areas.at(1).measures.at(0);
    QCOMPARE(a2m1.pointShares, (QList<double> { 0.0, 0.25, 0.0, 0.5, 0.25 }));
    QVERIFY(a2m1.pointShares.at(3) + a2m1.pointShares.at(4) == *a2m1.agreeShare);
    // Feasibility m2: {2, 1}, one "don't know" and one unanswered -> halves of n = 2, not thirds or quarters.
    QCOMPARE(r.feasibility.at(1).dontKnow, 1);
    QCOMPARE(r.feasibility.at(1).pointShares, (QList<double> { 0.5, 0.5, 0.0, 0.0, 0.0 }));
    // n == 0 (all "don't know"; nobody at all): no shares rather than zeros.
    QCOMPARE(r.areas.at(0).measures.at(2).dontKnow, 4);
    QCOMPARE(r.areas.at(0).measures.at(2).pointShares, QList<double>());
    QCOMPARE(analyse(m_perArea, {}).areas.at(0).measures.at(0).pointShares, QList<double>());
    // The running figures carry the same shares.
    Aggregator aggregator(m_perArea);
    for (const ResponseData &response : m_perAreaResponses)
        aggregator.add(response);
    QCOMPARE(aggregator.figures().areas.at(1).measures.at(0).pointShares, a2m1.pointShares);
}

void TestAnalysis::unknownAnswersCountAsMissing()
{
    // A value off the scale, an unknown area and an unknown measure: none of them is an answer.
    ResponseData r = response(m_perArea, { {}, { { u"m1"_s, { 9, 4 } } }, { { u"m1"_s, 0 } }, {} });
    r.effectiveness[u"m1"_s][u"nowhere"_s] = Rating::of(5);
    r.effectiveness[u"m9"_s][u"a1"_s] = Rating::of(5);
    r.feasibility[u"m1"_s] = Rating::of(0);
    const Figures full = referenceAnalyse(m_perArea, { r });
    QVERIFY(analyse(m_perArea, { r }) == full);
    verifyItem(full.areas.at(0).measures.at(0), u"m1"_s, nothing(0, 1));
    verifyItem(full.areas.at(1).measures.at(0), u"m1"_s,
        { { 0, 0, 0, 1, 0 }, 0, 0, 1, 1, 0, 1.0, 0.0, 4.0, 4.0, 4.0, true });
    verifyItem(full.feasibility.at(0), u"m1"_s, nothing(0, 1));

    Aggregator aggregator(m_perArea);
    QVERIFY(aggregator.add(r));
    QVERIFY2(aggregator.figures() == full, qPrintable(firstDifference(aggregator.figures(), full)));

    // Outside the group filter: not counted, nothing changes.
    Options g1;
    g1.group = u"g1"_s;
    Aggregator filtered(m_perArea, g1);
    QVERIFY(!filtered.add(r));
    QCOMPARE(filtered.respondents(), 0);
    QVERIFY(filtered.figures() == referenceAnalyse(m_perArea, {}, g1));
}

void TestAnalysis::aggregatorMatchesHandComputedStudy()
{
    for (const QString &group : { QString(), u"g1"_s, u"g2"_s, u"g3"_s }) {
        Options options;
        options.group = group;
        Aggregator aggregator(m_perArea, options);
        int counted = 0;
        for (const ResponseData &r : m_perAreaResponses)
            counted += aggregator.add(r) ? 1 : 0;
        QCOMPARE(aggregator.respondents(), counted);
        const Figures full = referenceAnalyse(m_perArea, m_perAreaResponses, options);
        QVERIFY2(aggregator.figures() == full, qPrintable(firstDifference(aggregator.figures(), full)));
    }
    Aggregator overall(m_overall);
    for (const ResponseData &r : m_overallResponses)
        overall.add(r);
    QVERIFY(overall.figures() == referenceAnalyse(m_overall, m_overallResponses));

    // Removing everything gives the figures of an empty study.
    for (const ResponseData &r : m_overallResponses)
        overall.remove(r);
    QVERIFY(overall.figures() == referenceAnalyse(m_overall, {}));
}

void TestAnalysis::incrementalEqualsFullRecompute_data()
{
    QTest::addColumn<bool>("overallScope");
    QTest::addColumn<QString>("group");
    QTest::newRow("per area, everyone") << false << QString();
    QTest::newRow("per area, one group") << false << u"ai_safety"_s;
    QTest::newRow("overall, everyone") << true << QString();
}

void TestAnalysis::incrementalEqualsFullRecompute()
{
    QFETCH(bool, overallScope);
    QFETCH(QString, group);

    Instrument instrument = Instrument::bundled();
    if (overallScope) {
        QJsonObject doc = QJsonDocument::fromJson(instrument.canonicalJson()).object();
        QJsonObject combination = doc.value(u"combination"_s).toObject();
        combination.insert(u"scope"_s, u"overall"_s);
        doc.insert(u"combination"_s, combination);
        Result<Instrument> r = Instrument::fromJson(QJsonDocument(doc).toJson(), u"overall"_s);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        instrument = std::move(r).value();
    }
    QVERIFY(!instrument.expertiseGroups().isEmpty());

    QRandomGenerator rng(20241202);
    const auto &measures = instrument.measures();
    // Skewed answers so shares spread around the thresholds; some don't know and gaps.
    auto randomRating = [&rng]() -> int {
        const int roll = int(rng.bounded(20));
        if (roll == 0)
            return 0;
        if (roll == 1)
            return -1;
        return 1 + int(rng.bounded(3)) + int(rng.bounded(3)); // 1..5, peaked at 3
    };
    auto randomResponse = [&]() {
        Respondent spec;
        for (const ExpertiseGroup &g : instrument.expertiseGroups()) {
            if (rng.bounded(3) == 0)
                spec.expertise.append(g.id);
        }
        for (const Measure &m : measures) {
            QList<int> perArea;
            for (qsizetype a = 0; a < instrument.areas().size(); ++a)
                perArea.append(randomRating());
            spec.effectiveness.insert(m.id, perArea);
            spec.feasibility.insert(m.id, randomRating());
        }
        for (const QString &scope : instrument.combinationScopes()) {
            QStringList picks;
            // Favour the first measures so that combinations repeat; sometimes no answer.
            const int count = int(rng.bounded(instrument.combination().maxPicks + 1));
            for (int i = 0; i < count; ++i)
                picks.append(measures.at(int(rng.bounded(6)) + int(rng.bounded(4))).id);
            spec.combinations.insert(scope, picks);
        }
        return response(instrument, spec);
    };

    QList<ResponseData> responses;
    for (int i = 0; i < 500; ++i)
        responses.append(randomResponse());

    Options options;
    options.group = group;
    options.topCombinations = 1000; // compare every combination, not just the head
    Aggregator aggregator(instrument, options);
    for (const ResponseData &r : responses)
        aggregator.add(r);
    Figures full = referenceAnalyse(instrument, responses, options);
    QVERIFY(analyse(instrument, responses, options) == full);
    QVERIFY(full.respondents > 50);
    QVERIFY(full.areas.at(0).alpha.has_value());
    QVERIFY(!full.selection.at(0).coSelection.isEmpty());
    Figures incremental = aggregator.figures();
    QVERIFY2(incremental == full, qPrintable(firstDifference(incremental, full)));

    // Remove every third response and replace every seventh by a newer revision.
    QList<ResponseData> kept;
    for (qsizetype i = 0; i < responses.size(); ++i) {
        if (i % 3 == 0) {
            aggregator.remove(responses.at(i));
        } else if (i % 7 == 0) {
            ResponseData newer = randomResponse();
            newer.respondentId = responses.at(i).respondentId;
            newer.revision = responses.at(i).revision + 1;
            aggregator.replace(responses.at(i), newer);
            kept.append(newer);
        } else {
            kept.append(responses.at(i));
        }
    }
    full = referenceAnalyse(instrument, kept, options);
    incremental = aggregator.figures();
    QVERIFY(full.respondents < referenceAnalyse(instrument, responses, options).respondents);
    QVERIFY2(incremental == full, qPrintable(firstDifference(incremental, full)));
}

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
