// The interchange reader on text that is not strict JSON (duplicate keys, also behind a \u0000 or a
// lone surrogate; 1., .5, +3, 04, NaN, Infinity; integers too large), every shape problem at once
// with structured paths, and the same mistakes worded exactly as the instrument reader words them.

#include "models/instrument/instrumentparser.h"
#include "models/response/interchange.h"

#include <QFile>
#include <QTest>

using namespace panelist;
using namespace Qt::StringLiterals;

namespace {

// One line, so that every column in the expected messages is easy to check by eye.
const QByteArray Base = R"({"format":"panelist-response","version":1,"instrument":"x","respondent":)"
                        R"({"id":"0b6f1c0e-7d0a-4c55-9a43-2f1e8d3c9b21","expertise":[]},"revision":0,)"
                        R"("submitted_at":null,"effectiveness":{},"feasibility":{"m01":4},)"
                        R"("comments":{"m01":"ok"},"combinations":{"cbrn":["m01"]}})";

QByteArray baseWith(std::initializer_list<std::pair<const char *, const char *>> replacements)
{
    QByteArray json = Base;
    for (const auto &[from, to] : replacements) {
        if (!json.contains(from))
            qFatal("not in the base document: %s", from);
        json.replace(from, to);
    }
    return json;
}

QByteArray minimalInstrument()
{
    QFile f(QStringLiteral(PANELIST_SOURCE_DIR "/tests/models/instrument/data/minimal.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read minimal.json");
    return f.readAll();
}

} // namespace

class TestInterchangeProblems : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejectsLenientJson_data();
    void rejectsLenientJson();
    void reportsEveryShapeProblem();
    void sameMistakeSameWords_data();
    void sameMistakeSameWords();
};

void TestInterchangeProblems::rejectsLenientJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // the whole message

    const auto twice = std::pair { R"({"cbrn":["m01"]})", R"({"cbrn":["m01"],"cbrn":["m02"]})" };
    QTest::newRow("base document") << Base << QString();
    // A \u0000 or a lone surrogate earlier in the text used to switch the duplicate-key check off.
    QTest::newRow("\\u0000 before a duplicate key")
        << baseWith({ { R"("ok")", R"("a\u0000b")" }, twice })
        << uR"(doc.json: $: not valid JSON at line 1, column 237: \u0000 is not allowed in a string near '"a\u0000b"')"_s;
    QTest::newRow("lone surrogate before a duplicate key")
        << baseWith({ { R"("ok")", R"("\ud800")" }, twice })
        << uR"(doc.json: $: not valid JSON at line 1, column 235: invalid Unicode '\uD800' near '"\ud800"')"_s;
    // A lone surrogate used to be stored altered: "a\ud800b" came back as "a\U00010062".
    QTest::newRow("lone surrogate in a comment")
        << baseWith({ { R"("ok")", R"("a\ud800b")" } })
        << uR"(doc.json: $: not valid JSON at line 1, column 237: invalid Unicode '\uD800' near '"a\ud800b"')"_s;
    QTest::newRow("duplicate key") << baseWith({ twice })
                                   << u"doc.json: $.combinations.cbrn: a key appears twice in this object "
                                      u"(again at line 1, column 270)"_s;
    // Lenient numbers.
    QTest::newRow("1.") << baseWith({ { R"("revision":0)", R"("revision":1.)" } })
                        << u"doc.json: $: not valid JSON at line 1, column 146: invalid token near '1.'"_s;
    QTest::newRow(".5") << baseWith({ { R"("m01":4)", R"("m01":.5)" } })
                        << u"doc.json: $: not valid JSON at line 1, column 207: invalid token near '.'"_s;
    QTest::newRow("+3") << baseWith({ { R"("m01":4)", R"("m01":+3)" } })
                        << u"doc.json: $: not valid JSON at line 1, column 207: invalid token near '+'"_s;
    QTest::newRow("04") << baseWith({ { R"("m01":4)", R"("m01":04)" } })
                        << u"doc.json: $: not valid JSON at line 1, column 207: invalid token near '0'"_s;
    QTest::newRow("NaN") << baseWith({ { R"("m01":4)", R"("m01":NaN)" } })
                         << u"doc.json: $: not valid JSON at line 1, column 209: invalid token near 'NaN'"_s;
    QTest::newRow("Infinity")
        << baseWith({ { R"("m01":4)", R"("m01":Infinity)" } })
        << u"doc.json: $: not valid JSON at line 1, column 214: invalid token near 'Infinity'"_s;
    // Integers: beyond 64 bits refused by the parser, beyond int by the reader, never wrapped.
    QTest::newRow("integer beyond 64 bits")
        << baseWith({ { R"("revision":0)", R"("revision":99999999999999999999)" } })
        << u"doc.json: $: not valid JSON at line 1, column 164: too big integer near '99999999999999999999'"_s;
    QTest::newRow("revision beyond int")
        << baseWith({ { R"("revision":0)", R"("revision":4294967297)" } })
        << u"doc.json: $.revision: expected a whole number from -2147483648 to 2147483647, "
           u"found a number (4294967297)"_s;
    QTest::newRow("rating beyond int")
        << baseWith({ { R"("m01":4)", R"("m01":4294967300)" } })
        << u"doc.json: $.feasibility.m01: expected a scale value (a whole number "
           u"such as 1 to 5) or \"dont_know\", found a number (4294967300)"_s;
}

void TestInterchangeProblems::rejectsLenientJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const Result<ResponseData> r = fromInterchange(json, u"doc.json"_s);
    if (error.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->comments.value(u"m01"_s), u"ok"_s);
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), error);
}

// Every problem of the shape, in the order of the text (not the reading order, not key order),
// each with its path as segments.
void TestInterchangeProblems::reportsEveryShapeProblem()
{
    const QByteArray json = baseWith({
        { R"("instrument":"x")", R"("combinations":{"cbrn":[]},"instrument":7)" },
        { R"(,"combinations":{"cbrn":["m01"]})", "" },
        { R"("expertise":[])", R"("expertise":[],"email":"a@b")" },
        { R"("id":"0b6f1c0e-7d0a-4c55-9a43-2f1e8d3c9b21")", R"("id":"x")" },
        { R"("revision":0)", R"("revision":"1")" },
        { R"("m01":4)", R"("m01":"high")" },
    });
    const QStringList expected {
        u"$.combinations.cbrn: expected at least 1 pick (leave the scope out when it is unanswered), found none"_s,
        u"$.instrument: expected the instrument fingerprint (a string), found a number (7)"_s,
        u"$.respondent.id: expected a UUID in lower case without braces, like "
        u"\"123e4567-e89b-12d3-a456-426614174000\", found the string \"x\""_s,
        u"$.respondent.email: unknown key; expected one of: id, expertise, name, affiliation, language"_s,
        u"$.revision: expected a whole number, found the string \"1\""_s,
        u"$.feasibility.m01: expected a scale value (a whole number such as 1 to 5) or \"dont_know\", "
        u"found the string \"high\""_s,
    };
    const JsonReading<ResponseData> reading = readInterchange(json);
    QVERIFY(!reading.value);
    QStringList lines;
    for (const JsonProblem &p : reading.problems)
        lines.append(p.toString());
    QCOMPARE(lines, expected);
    QCOMPARE(reading.problems.constLast().path, JsonPath().key(u"feasibility"_s).key(u"m01"_s));

    const Result<ResponseData> r = fromInterchange(json, u"doc.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), u"doc.json: "_s + expected.join(u"\ndoc.json: "_s));
}

// The same mistake in an instrument and in a response reads the same: one path syntax, one wording.
// Where both columns hold the same text, a drift in either reader fails here.
void TestInterchangeProblems::sameMistakeSameWords_data()
{
    QTest::addColumn<QByteArray>("instrument");
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QString>("instrumentError"); // after "<source>: "
    QTest::addColumn<QString>("responseError");

    const auto same
        = [](const char *tag, const char *instrument, const char *response, const QString &error) {
              QTest::newRow(tag) << QByteArray(instrument) << QByteArray(response) << error << error;
          };
    same("a string where a number belongs", R"({"format":"panelist-instrument","version":"1"})",
        R"({"format":"panelist-response","version":"1"})",
        u"$.version: expected a whole number from 1 to 2147483647, found the string \"1\""_s);
    same("a missing key", R"({"format":"panelist-instrument"})", R"({"format":"panelist-response"})",
        u"$.version: required key is missing; expected a whole number from 1 to 2147483647"_s);
    same("a key twice", R"({"version":1,"version":1,"format":"panelist-instrument"})",
        R"({"version":1,"version":1,"format":"panelist-response"})",
        u"$.version: a key appears twice in this object (again at line 1, column 22)"_s);
    same("a newer version", R"({"format":"panelist-instrument","version":2})",
        R"({"format":"panelist-response","version":2})",
        u"$.version: version 2 is newer than this Panelist supports (1); update Panelist to open it"_s);
    same("not JSON", R"({"version":1.})", R"({"version":1.})",
        u"$: not valid JSON at line 1, column 13: invalid token near '1.'"_s);
    same("not an object", "[]", "[]", u"$: expected an object, found an array"_s);

    QByteArray instrument = minimalInstrument();
    instrument.replace(R"("definition": "AI enabling)", R"("definition": 3, "x": "AI enabling)");
    instrument.replace(R"("id": "demo2025",)", R"("id": "demo2025", "year": 2025,)");
    QByteArray response = Base;
    response.replace(R"("comments":{"m01":"ok"})", R"("comments":{"m01":3})");
    response.replace(R"("expertise":[])", R"("expertise":[],"year":2025)");
    QTest::newRow("an unknown key and a number where a string belongs")
        << instrument << response
        << u"$.study.year: unknown key; expected one of: id, title, citation, notes, language, languages; "
           u"translations: title::LANG\n"
           u"$.areas[0].definition: expected a string, found a number (3)\n"
           u"$.areas[0].x: unknown key; expected one of: id, name, definition; translations: name::LANG, "
           u"definition::LANG"_s
        << u"$.respondent.year: unknown key; expected one of: id, expertise, name, affiliation, language\n"
           u"$.comments.m01: expected a string, found a number (3)"_s;
}

void TestInterchangeProblems::sameMistakeSameWords()
{
    QFETCH(QByteArray, instrument);
    QFETCH(QByteArray, response);
    QFETCH(QString, instrumentError);
    QFETCH(QString, responseError);
    const QString prefix = u"x.json: "_s;
    const Result<Instrument> ins = InstrumentParser::parse(instrument, u"x.json"_s);
    QVERIFY(!ins.ok());
    QCOMPARE(ins.error(), prefix + QString(instrumentError).replace(u"\n"_s, u"\n"_s + prefix));
    const Result<ResponseData> res = fromInterchange(response, u"x.json"_s);
    QVERIFY(!res.ok());
    QCOMPARE(res.error(), prefix + QString(responseError).replace(u"\n"_s, u"\n"_s + prefix));
}

QTEST_GUILESS_MAIN(TestInterchangeProblems)
#include "tst_interchange_problems.moc"
