// Interchange JSON (shape checks, round trip) and validateResponse() against an instrument.

#include "models/instrument/instrument.h"
#include "models/response/interchange.h"
#include "models/response/responsevalidator.h"
#include "tests/models/response/responsedocs.h"

#include <QTest>

using namespace panelist;
using namespace panelist::testdocs;
using namespace Qt::StringLiterals;

class TestInterchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
    void roundTrip_data();
    void roundTrip();
    void validate_data();
    void validate();
    void reportsEveryProblem();

private:
    Instrument m_bundled;
    Instrument m_strict;
};

void TestInterchange::initTestCase()
{
    m_bundled = Instrument::bundled();
    QCOMPARE(m_bundled.measures().size(), 27);
    const auto strict
        = Instrument::fromFile(QStringLiteral(PANELIST_SOURCE_DIR "/tests/models/response/data/strict.json"));
    QVERIFY2(strict.ok(), qPrintable(strict.error()));
    m_strict = *strict;
}

// Shape: every accepted document parses; every refused one names the source and the JSON path.
void TestInterchange::parse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // empty: accepted; else a part the message must contain

    const QJsonObject full = fullDoc(m_bundled);
    const QJsonObject empty = emptyDoc(m_bundled);
    QTest::newRow("full") << bytes(full) << QString();
    QTest::newRow("nothing answered") << bytes(empty) << QString();
    QTest::newRow("compact, other key order") << QByteArray(
        R"({"combinations":{},"comments":{},"feasibility":{"m01":"dont_know"},"effectiveness":{},)"
        R"("submitted_at":null,"revision":0,"respondent":{"expertise":[],)"
        R"("id":"0b6f1c0e-7d0a-4c55-9a43-2f1e8d3c9b21"},"instrument":"x","version":1,)"
        R"("format":"panelist-response"})") << QString();
    QTest::newRow("time with milliseconds")
        << bytes(with(empty, { u"submitted_at"_s }, u"2026-01-02T03:04:05.678Z"_s)) << QString();

    QTest::newRow("malformed")
        << QByteArray("{\n  \"format\": \"panelist-response\",\n  \"version\": 1,,\n}")
        << u"doc.json: $: not valid JSON at line 3, column 16: string or '}' expected near ','"_s;
    QTest::newRow("empty file")
        << QByteArray()
        << u"doc.json: $: not valid JSON at line 1, column 1: unexpected token near end of file"_s;
    {
        // Qt alone would keep the second "m01" and drop the first answer without a word.
        QByteArray twice = bytes(with(empty, { u"feasibility"_s, u"m01"_s }, 4));
        const qsizetype at = twice.indexOf("\"m01\"");
        QVERIFY(at > 0);
        twice.insert(at, "\"m01\": 2, ");
        QTest::newRow("a key twice in one object")
            << twice << u"doc.json: $.feasibility.m01: a key appears twice in this object (again at line 9"_s;
    }
    QTest::newRow("array at top") << QByteArray("[1, 2]")
                                  << u"doc.json: $: expected an object, found an array"_s;
    QTest::newRow("instrument, not response")
        << bytes(with(empty, { u"format"_s }, u"panelist-instrument"_s))
        << u"doc.json: $.format: expected \"panelist-response\", found the string \"panelist-instrument\" "
           u"(is this a Panelist response?)"_s;
    QTest::newRow("format missing")
        << bytes(with(empty, { u"format"_s }, QJsonValue::Undefined))
        << u"doc.json: $.format: required key is missing; expected \"panelist-response\" "
           u"(is this a Panelist response?)"_s;
    QTest::newRow("future version") << bytes(with(empty, { u"version"_s },
        2)) << u"$.version: version 2 is newer than this Panelist supports (1); update Panelist to open it"_s;
    QTest::newRow("version zero") << bytes(with(empty, { u"version"_s },
        0)) << u"$.version: expected a whole number from 1 to 2147483647, found a number (0)"_s;
    QTest::newRow("unknown key")
        << bytes(with(empty, { u"answers"_s }, QJsonObject()))
        << u"doc.json: $.answers: unknown key; expected one of: format, version, instrument, respondent, "
           u"revision, submitted_at, effectiveness, feasibility, comments, combinations"_s;
    QTest::newRow("unknown respondent key")
        << bytes(with(empty, { u"respondent"_s, u"email"_s }, u"a@b"_s))
        << u"$.respondent.email: unknown key; expected one of: id, expertise, name, affiliation, language"_s;
    QTest::newRow("missing key")
        << bytes(with(empty, { u"comments"_s }, QJsonValue::Undefined))
        << u"doc.json: $.comments: required key is missing; expected an object of measure ids to text"_s;
    QTest::newRow("missing respondent id")
        << bytes(with(empty, { u"respondent"_s, u"id"_s }, QJsonValue::Undefined))
        << u"$.respondent.id: required key is missing; expected a UUID in lower case without braces"_s;
    QTest::newRow("revision as text") << bytes(with(empty, { u"revision"_s }, u"3"_s))
                                      << u"$.revision: expected a whole number, found the string \"3\""_s;
    QTest::newRow("revision fraction") << bytes(with(empty, { u"revision"_s }, 1.5))
                                       << u"$.revision: expected a whole number, found a number (1.5)"_s;
    QTest::newRow("instrument as number") << bytes(with(empty, { u"instrument"_s }, 7))
                                          << u"$.instrument: expected the instrument fingerprint"_s;
    QTest::newRow("id not a uuid") << bytes(with(empty, { u"respondent"_s, u"id"_s }, u"expert-7"_s))
                                   << u"$.respondent.id: expected a UUID"_s;
    QTest::newRow("id with braces") << bytes(
        with(empty, { u"respondent"_s, u"id"_s }, u"{0b6f1c0e-7d0a-4c55-9a43-2f1e8d3c9b21}"_s))
                                    << u"$.respondent.id: expected a UUID in lower case without braces"_s;
    QTest::newRow("expertise as text") << bytes(with(empty, { u"respondent"_s, u"expertise"_s }, u"cbrn"_s))
                                       << u"$.respondent.expertise: expected an array"_s;
    QTest::newRow("expertise item number")
        << bytes(with(empty, { u"respondent"_s, u"expertise"_s }, QJsonArray { u"cbrn"_s, 4 }))
        << u"$.respondent.expertise[1]: expected an expertise group id"_s;
    QTest::newRow("empty name")
        << bytes(with(empty, { u"respondent"_s, u"name"_s }, u""_s))
        << u"$.respondent.name: expected a non-empty string (leave the key out when there is no name), "
           u"found an empty string"_s;
    QTest::newRow("name as number") << bytes(with(empty, { u"respondent"_s, u"name"_s }, 5))
                                    << u"$.respondent.name: expected a string, found a number (5)"_s;
    QTest::newRow("local time") << bytes(with(empty, { u"submitted_at"_s }, u"2026-11-28T08:17:09+01:00"_s))
                                << u"$.submitted_at: expected null or an ISO 8601 UTC time"_s;
    QTest::newRow("date only") << bytes(with(empty, { u"submitted_at"_s }, u"2026-11-28"_s))
                               << u"$.submitted_at: expected null or an ISO 8601 UTC time"_s;
    QTest::newRow("impossible date") << bytes(with(empty, { u"submitted_at"_s }, u"2026-02-30T10:00:00Z"_s))
                                     << u"$.submitted_at"_s;
    QTest::newRow("rating as word") << bytes(with(full, { u"effectiveness"_s, u"m03"_s, u"cbrn"_s },
        u"high"_s)) << u"$.effectiveness.m03.cbrn: expected a scale value"_s;
    QTest::newRow("rating fraction")
        << bytes(with(full, { u"feasibility"_s, u"m03"_s }, 3.5))
        << u"$.feasibility.m03: expected a scale value (a whole number such as 1 to 5) or \"dont_know\", "
           u"found a number (3.5)"_s;
    QTest::newRow("rating null") << bytes(with(full, { u"feasibility"_s, u"m04"_s }, QJsonValue()))
                                 << u"$.feasibility.m04: expected a scale value"_s;
    QTest::newRow("don't know spelled out")
        << bytes(with(full, { u"feasibility"_s, u"m04"_s }, u"Don't know"_s)) << u"$.feasibility.m04"_s;
    QTest::newRow("measure ratings as list")
        << bytes(with(full, { u"effectiveness"_s, u"m02"_s }, QJsonArray { 4, 5 }))
        << u"$.effectiveness.m02: expected an object"_s;
    QTest::newRow("measure without ratings")
        << bytes(with(full, { u"effectiveness"_s, u"m02"_s }, QJsonObject()))
        << u"$.effectiveness.m02: expected at least 1 rating (leave the measure out when it is unanswered), "
           u"found none"_s;
    QTest::newRow("odd key in path") << bytes(with(full, { u"effectiveness"_s, u"m 02"_s, u"a.b"_s }, u"x"_s))
                                     << u"$.effectiveness[\"m 02\"][\"a.b\"]: expected a scale value"_s;
    QTest::newRow("comment as list") << bytes(with(full, { u"comments"_s, u"m05"_s }, QJsonArray { u"a"_s }))
                                     << u"$.comments.m05: expected a string, found an array"_s;
    QTest::newRow("empty comment")
        << bytes(with(full, { u"comments"_s, u"m05"_s }, u""_s))
        << u"$.comments.m05: expected a non-empty string (leave the measure out when there "
           u"is no comment), found an empty string"_s;
    QTest::newRow("picks as text") << bytes(with(full, { u"combinations"_s, u"cbrn"_s }, u"m01"_s))
                                   << u"$.combinations.cbrn: expected an array of measure ids"_s;
    QTest::newRow("no picks")
        << bytes(with(full, { u"combinations"_s, u"cbrn"_s }, QJsonArray()))
        << u"$.combinations.cbrn: expected at least 1 pick (leave the scope out when it is "
           u"unanswered), found none"_s;
    QTest::newRow("pick as number") << bytes(with(full, { u"combinations"_s, u"cbrn"_s },
        QJsonArray { u"m01"_s, 2 })) << u"$.combinations.cbrn[1]: expected a measure id"_s;
}

void TestInterchange::parse()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const Result<ResponseData> r = fromInterchange(json, u"doc.json"_s);
    if (error.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.error()));
        return;
    }
    QVERIFY(!r.ok());
    // One mistake per row, and nothing that only follows from it.
    QVERIFY2(!r.error().contains(u'\n'), qPrintable(r.error()));
    QVERIFY2(r.error().startsWith(u"doc.json: $"_s), qPrintable(r.error()));
    QVERIFY2(r.error().contains(error), qPrintable(r.error()));
}

void TestInterchange::roundTrip_data()
{
    QTest::addColumn<QJsonObject>("doc");
    QTest::newRow("full") << fullDoc(m_bundled);
    QTest::newRow("nothing answered") << emptyDoc(m_bundled);
    QTest::newRow("20,000-character comment") << fullDoc(m_bundled, awkwardText(20000));
    QTest::newRow("strict instrument") << fullDoc(m_strict);
    QTest::newRow("milliseconds kept")
        << with(emptyDoc(m_bundled), { u"submitted_at"_s }, u"2026-01-02T03:04:05.678Z"_s);
    QTest::newRow("only don't know") << with(
        emptyDoc(m_bundled), { u"effectiveness"_s, u"m27"_s, u"cbrn"_s }, Interchange::DontKnow);
    QTest::newRow("only a name") << with(emptyDoc(m_bundled), { u"respondent"_s, u"name"_s }, u"A"_s);
}

// Reading a document and writing it again gives the same document, whatever its key order.
void TestInterchange::roundTrip()
{
    QFETCH(QJsonObject, doc);
    const Result<ResponseData> r
        = fromInterchange(QJsonDocument(doc).toJson(QJsonDocument::Compact), u"doc"_s);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(toInterchange(*r), doc);
    const Result<ResponseData> again = fromInterchange(bytes(toInterchange(*r)), u"again"_s);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(again->sameContent(*r));
}

void TestInterchange::validate_data()
{
    QTest::addColumn<bool>("strict"); // answers the strict test instrument instead of the bundled one
    QTest::addColumn<QJsonObject>("doc");
    QTest::addColumn<QString>("error"); // empty: valid; else a line the message must contain

    const QJsonObject full = fullDoc(m_bundled);
    const QJsonObject sFull = fullDoc(m_strict);
    const QString fp = m_bundled.fingerprint().left(12);

    QTest::newRow("full") << false << full << QString();
    QTest::newRow("nothing answered") << false << emptyDoc(m_bundled) << QString();
    QTest::newRow("strict full") << true << sFull << QString();
    QTest::newRow("comment at the limit")
        << false << with(full, { u"comments"_s, u"m01"_s }, awkwardText(20000)) << QString();
    // 20,000 characters outside the BMP are 40,000 UTF-16 units: the limit counts characters.
    QTest::newRow("emoji comment at the limit")
        << false << with(full, { u"comments"_s, u"m01"_s }, QString(u"😀"_s).repeated(20000)) << QString();

    QTest::newRow("wrong fingerprint")
        << false << with(full, { u"instrument"_s }, u"abcdef0123456789"_s)
        << u"instrument: response answers instrument abcdef012345, expected "_s + fp;
    QTest::newRow("other instrument's answers")
        << true << with(sFull, { u"instrument"_s }, m_bundled.fingerprint())
        << u"response answers instrument "_s + fp;
    QTest::newRow("nil respondent id")
        << false << with(full, { u"respondent"_s, u"id"_s }, u"00000000-0000-0000-0000-000000000000"_s)
        << u"respondent.id: missing"_s;
    QTest::newRow("negative revision")
        << false << with(full, { u"revision"_s }, -1) << u"revision: -1 is negative"_s;
    QTest::newRow("unknown expertise")
        << false << with(full, { u"respondent"_s, u"expertise"_s }, QJsonArray { u"cbrn"_s, u"astrology"_s })
        << u"respondent.expertise[1]: unknown expertise group \"astrology\""_s;
    QTest::newRow("duplicate expertise") << false
                                         << with(full, { u"respondent"_s, u"expertise"_s },
                                                QJsonArray { u"cbrn"_s, u"ai_safety"_s, u"cbrn"_s })
                                         << u"respondent.expertise[2]: \"cbrn\" is listed twice"_s;
    QTest::newRow("absurd name") << false << with(full, { u"respondent"_s, u"name"_s }, QString(5000, u'x'))
                                 << u"respondent.name: 5000 characters, at most 1000 allowed"_s;
    QTest::newRow("unknown measure") << false << with(full, { u"effectiveness"_s, u"m99"_s, u"cbrn"_s }, 4)
                                     << u"effectiveness.m99.cbrn: unknown measure \"m99\""_s;
    QTest::newRow("unknown area") << false << with(full, { u"effectiveness"_s, u"m01"_s, u"cyber"_s }, 4)
                                  << u"effectiveness.m01.cyber: unknown risk area \"cyber\""_s;
    QTest::newRow("effectiveness above scale")
        << false << with(full, { u"effectiveness"_s, u"m02"_s, u"cbrn"_s }, 6)
        << u"effectiveness.m02.cbrn: 6 is not on the scale 1–5"_s;
    QTest::newRow("feasibility above scale") << false << with(full, { u"feasibility"_s, u"m03"_s }, 7)
                                             << u"feasibility.m03: 7 is not on the scale 1–5"_s;
    QTest::newRow("zero") << false << with(full, { u"feasibility"_s, u"m03"_s }, 0)
                          << u"feasibility.m03: 0 is not on the scale 1–5"_s;
    QTest::newRow("feasibility unknown measure") << false << with(full, { u"feasibility"_s, u"m28"_s }, 3)
                                                 << u"feasibility.m28: unknown measure \"m28\""_s;
    QTest::newRow("off the 4-point scale")
        << true << with(sFull, { u"effectiveness"_s, u"alpha"_s, u"north"_s }, 5)
        << u"effectiveness.alpha.north: 5 is not on the scale 1–4"_s;
    QTest::newRow("don't know not offered")
        << true << with(sFull, { u"feasibility"_s, u"alpha"_s }, Interchange::DontKnow)
        << u"feasibility.alpha: \"don't know\" is not offered on the scale 1–4"_s;
    QTest::newRow("question not asked")
        << true << with(sFull, { u"feasibility"_s, u"beta"_s }, 2)
        << u"feasibility.beta: measure \"beta\" is not asked about feasibility"_s;
    QTest::newRow("comment not asked") << true << with(sFull, { u"comments"_s, u"beta"_s }, u"Hello"_s)
                                       << u"comments.beta: measure \"beta\" does not ask for a comment"_s;
    QTest::newRow("comment unknown measure") << false << with(full, { u"comments"_s, u"m00"_s }, u"Hello"_s)
                                             << u"comments.m00: unknown measure \"m00\""_s;
    QTest::newRow("comment too long") << false << with(full, { u"comments"_s, u"m01"_s }, awkwardText(20001))
                                      << u"comments.m01: 20001 characters, at most 20000 allowed"_s;
    QTest::newRow("comment over a small limit")
        << true << with(sFull, { u"comments"_s, u"alpha"_s }, awkwardText(51))
        << u"comments.alpha: 51 characters, at most 50 allowed"_s;
    QTest::newRow("too many picks") << false
                                    << with(full, { u"combinations"_s, u"cbrn"_s },
                                           QJsonArray {
                                               u"m01"_s, u"m02"_s, u"m03"_s, u"m04"_s, u"m05"_s, u"m06"_s })
                                    << u"combinations.cbrn: 6 picks, at most 5 allowed"_s;
    QTest::newRow("too many overall picks")
        << true
        << with(sFull, { u"combinations"_s, u"overall"_s }, QJsonArray { u"alpha"_s, u"beta"_s, u"alpha"_s })
        << u"combinations.overall: 3 picks, at most 2 allowed"_s;
    QTest::newRow("duplicate pick") << false
                                    << with(full, { u"combinations"_s, u"cbrn"_s },
                                           QJsonArray { u"m01"_s, u"m15"_s, u"m01"_s })
                                    << u"combinations.cbrn[2]: \"m01\" is picked twice"_s;
    QTest::newRow("unknown picked measure")
        << false << with(full, { u"combinations"_s, u"cbrn"_s }, QJsonArray { u"m01"_s, u"m99"_s })
        << u"combinations.cbrn[1]: unknown measure \"m99\""_s;
    QTest::newRow("unknown scope") << false
                                   << with(full, { u"combinations"_s, u"overall"_s }, QJsonArray { u"m01"_s })
                                   << u"combinations.overall: unknown scope \"overall\""_s;
    QTest::newRow("area scope on overall question")
        << true << with(sFull, { u"combinations"_s, u"north"_s }, QJsonArray { u"alpha"_s })
        << u"combinations.north: unknown scope \"north\" (expected one of overall)"_s;
}

void TestInterchange::validate()
{
    QFETCH(bool, strict);
    QFETCH(QJsonObject, doc);
    QFETCH(QString, error);
    const Result<ResponseData> r = fromInterchange(bytes(doc), u"doc.json"_s);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const Status s = validateResponse(*r, strict ? m_strict : m_bundled);
    if (error.isEmpty()) {
        QVERIFY2(s.ok(), qPrintable(s.error()));
        return;
    }
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(error), qPrintable(s.error()));
}

// A person fixing a file by hand sees every problem, not just the first, and no more than a screenful.
void TestInterchange::reportsEveryProblem()
{
    QJsonObject doc = fullDoc(m_bundled);
    doc = with(doc, { u"feasibility"_s, u"m01"_s }, 9);
    doc = with(doc, { u"combinations"_s, u"nowhere"_s }, QJsonArray { u"m01"_s });
    auto r = fromInterchange(bytes(doc), u"doc.json"_s);
    QVERIFY(r.ok());
    Status s = validateResponse(*r, m_bundled);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"feasibility.m01: 9 is not on the scale 1–5"_s), qPrintable(s.error()));
    QVERIFY2(s.error().contains(u"combinations.nowhere: unknown scope"_s), qPrintable(s.error()));

    for (int i = 0; i < 40; ++i)
        doc = with(doc, { u"feasibility"_s, u"x"_s + QString::number(i) }, 3);
    r = fromInterchange(bytes(doc), u"doc.json"_s);
    QVERIFY(r.ok());
    s = validateResponse(*r, m_bundled);
    QCOMPARE(s.error().count(u'\n'), MaxReportedProblems);
    QVERIFY2(s.error().endsWith(u"… and 22 more problems"_s), qPrintable(s.error()));
}

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
