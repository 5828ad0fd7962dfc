// What the loader reports beyond one mistake: text that is not strict JSON (duplicate keys, also
// behind a \u0000 or a lone surrogate; 1., .6, +2, 02000, NaN, Infinity; integers too large), every
// problem of a document at once in document order, structured paths, and nothing reported that only
// follows from another problem.
#include "models/instrument/instrumentparser.h"
#include "tests/models/instrument/tst_instrument.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::test;

namespace {

// minimal.json with each (from, to) replaced once.
QByteArray minimalWith(std::initializer_list<std::pair<const char *, const char *>> replacements)
{
    QByteArray json = readAll(dataPath("minimal.json"));
    for (const auto &[from, to] : replacements) {
        const qsizetype at = json.indexOf(from);
        if (at < 0)
            qFatal("not in minimal.json: %s", from);
        json.replace(at, qstrlen(from), to);
    }
    return json;
}

QStringList problemLines(const JsonReading<Instrument> &reading)
{
    QStringList lines;
    for (const JsonProblem &p : reading.problems)
        lines.append(p.toString());
    return lines;
}

} // namespace

void TestInstrument::rejectsLenientJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // the whole message

    const char *title = R"("Demo study on AI risk mitigations")";
    const char *agreement = R"({"agreement": 0.6,)";
    const char *twice = R"({"agreement": 0.9, "agreement": 0.6,)";
    // A \u0000 or a lone surrogate earlier in the text used to switch the duplicate-key check off,
    // and the second "agreement" won.
    QTest::newRow("\\u0000 before a duplicate key")
        << minimalWith({ { title, R"("Demo\u0000study")" }, { agreement, twice } })
        << uR"(x.json: $: not valid JSON at line 6, column 30: \u0000 is not allowed in a string near '"Demo\u0000study"')"_s;
    QTest::newRow("lone surrogate before a duplicate key")
        << minimalWith({ { title, R"("Demo\ud800study")" }, { agreement, twice } })
        << uR"(x.json: $: not valid JSON at line 6, column 30: invalid Unicode '\uD800' near '"Demo\ud800study"')"_s;
    QTest::newRow("lone low surrogate")
        << minimalWith({ { title, R"("Demo\udc00")" } })
        << uR"(x.json: $: not valid JSON at line 6, column 25: invalid Unicode '\uDC00' near '"Demo\udc00"')"_s;
    QTest::newRow("duplicate key") << minimalWith({ { agreement, twice } })
                                   << u"x.json: $.thresholds.agreement: a key appears twice in this object "
                                      u"(again at line 83, column 46)"_s;
    // Lenient numbers.
    QTest::newRow("1.") << minimalWith({ { R"("version": 1,)", R"("version": 1.,)" } })
                        << u"x.json: $: not valid JSON at line 3, column 15: invalid token near '1.'"_s;
    QTest::newRow(".6") << minimalWith({ { R"("agreement": 0.6)", R"("agreement": .6)" } })
                        << u"x.json: $: not valid JSON at line 83, column 31: invalid token near '.'"_s;
    QTest::newRow("+2") << minimalWith({ { R"("max_picks": 2)", R"("max_picks": +2)" } })
                        << u"x.json: $: not valid JSON at line 74, column 18: invalid token near '+'"_s;
    QTest::newRow("02000") << minimalWith({ { R"("max_length": 2000)", R"("max_length": 02000)" } })
                           << u"x.json: $: not valid JSON at line 48, column 21: invalid token near '0'"_s;
    QTest::newRow("NaN") << minimalWith({ { R"("selection": 0.4)", R"("selection": NaN)" } })
                         << u"x.json: $: not valid JSON at line 83, column 51: invalid token near 'NaN'"_s;
    QTest::newRow("Infinity")
        << minimalWith({ { R"("agreement": 0.6)", R"("agreement": Infinity)" } })
        << u"x.json: $: not valid JSON at line 83, column 38: invalid token near 'Infinity'"_s;
    // Integers are read as integers: beyond 64 bits refused by the parser, beyond int by the reader.
    QTest::newRow("integer beyond 64 bits")
        << minimalWith({ { R"("max_length": 2000)", R"("max_length": 99999999999999999999)" } })
        << u"x.json: $: not valid JSON at line 48, column 40: too big integer near '99999999999999999999'"_s;
    QTest::newRow("integer beyond int")
        << minimalWith({ { R"("max_length": 2000)", R"("max_length": 3000000000)" } })
        << u"x.json: $.questions.comment.max_length: expected a whole number from 1 to 1000000, "
           u"found a number (3000000000)"_s;
}

void TestInstrument::rejectsLenientJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const auto r = Instrument::fromJson(json, u"x.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), error);
}

// Every problem at once, in the order of the text (thresholds moved to the top), one per line.
void TestInstrument::reportsEveryProblem()
{
    const QByteArray json = minimalWith({
        { "},\n  \"thresholds\": {\"agreement\": 0.6, \"selection\": 0.4}\n", "}\n" },
        { "\"version\": 1,", "\"version\": 1,\n  \"thresholds\": {\"agreement\": 0.6}," },
        { R"("id": "demo2025")", R"("id": "demo 2025")" },
        { R"("name": "Cyber attacks")", R"("name": 3)" },
        { R"({"value": 2,)", R"({"value": "2",)" },
        { R"("id": "incidents")", R"("colour": "red", "id": "incidents")" },
    });
    const QString ids = u"id, name, description, status, tags, questions"_s;
    const QStringList expected {
        u"$.thresholds.selection: required key is missing; expected a number from 0 to 1"_s,
        u"$.study.id: expected an id of 1 to 64 letters, digits, '_', '.' or '-', found the string \"demo 2025\""_s,
        u"$.areas[0].name: expected a non-empty string, found a number (3)"_s,
        u"$.scales[0].points[1].value: expected a whole number from -1000000 to 1000000, found the string \"2\""_s,
        u"$.measures[1].colour: unknown key; expected one of: "_s + ids
            + u"; translations: name::LANG, description::LANG"_s,
    };
    const JsonReading<Instrument> reading = InstrumentParser::read(json);
    QVERIFY(!reading.value);
    QCOMPARE(problemLines(reading), expected);

    const auto r = Instrument::fromJson(json, u"every.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), u"every.json: "_s + expected.join(u"\nevery.json: "_s));
}

// The spreadsheet importer maps problems back to cells through the segments, not the text.
void TestInstrument::structuredPaths()
{
    const JsonReading<Instrument> bad = InstrumentParser::read(toBytes(
        edited(m_minimal, { { u"scales/0/points/1/value"_s, u"2"_s }, { u"measures/1/odd key"_s, 1 } })));
    QCOMPARE(bad.problems.size(), 2);
    const JsonPath &value = bad.problems.at(1).path;
    QCOMPARE(value.toString(), u"$.scales[0].points[1].value"_s);
    const QList<JsonPathSegment> segments { JsonPathSegment::ofKey(u"scales"_s), JsonPathSegment::ofIndex(0),
        JsonPathSegment::ofKey(u"points"_s), JsonPathSegment::ofIndex(1),
        JsonPathSegment::ofKey(u"value"_s) };
    QVERIFY(value.segments() == segments);
    QCOMPARE(bad.problems.at(0).path, JsonPath().key(u"measures"_s).index(1).key(u"odd key"_s));
    QCOMPARE(bad.problems.at(0).path.toString(), uR"($.measures[1]["odd key"])"_s);

    const JsonReading<Instrument> good = InstrumentParser::read(toBytes(m_minimal));
    QVERIFY(good.problems.isEmpty());
    QVERIFY(good.value);
    QCOMPARE(good.value->fingerprint(), Instrument::fromJson(toBytes(m_minimal), u"m"_s)->fingerprint());
}

void TestInstrument::skipsWhatDependsOnAProblem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("problems");
    const auto row = [this](const char *name, std::initializer_list<JsonEdit> edits, const QStringList &p) {
        QTest::newRow(name) << toBytes(edited(m_minimal, edits)) << p;
    };
    // The two questions refer to "agree5": not reported as undefined when its own id is refused.
    row("scale with a bad id", { { u"scales/0/id"_s, u"agree 5"_s } },
        { u"$.scales[0].id: expected an id of 1 to 64 letters, digits, '_', '.' or '-', "
          u"found the string \"agree 5\""_s });
    row("questions not an object", { { u"questions"_s, QJsonArray {} } },
        { u"$.questions: expected an object, found an array"_s });
    row("comment question not an object", { { u"questions/comment"_s, u"yes"_s } },
        { u"$.questions.comment: expected an object, found the string \"yes\""_s });
    row("measures not an array", { { u"measures"_s, QJsonObject {} } },
        { u"$.measures: expected an array, found an object"_s });
    row("area not an object", { { u"areas/0"_s, u"cyber"_s } },
        { u"$.areas[0]: expected an object, found the string \"cyber\""_s });
    row("point value refused", { { u"scales/0/points/2/value"_s, u"3"_s } },
        { u"$.scales[0].points[2].value: expected a whole number from -1000000 to 1000000, "
          u"found the string \"3\""_s });
    row("not an instrument: nothing else", { { u"format"_s, u"panelist-response"_s }, { u"areas"_s, 3 } },
        { u"$.format: expected \"panelist-instrument\", found the string \"panelist-response\" "
          u"(is this a Panelist instrument?)"_s });
    row("newer version: nothing else", { { u"version"_s, 2 }, { u"areas/0/name"_s, 3 } },
        { u"$.version: version 2 is newer than this Panelist supports (1); update Panelist to open it"_s });
    row("misspelt key: both sides of it",
        { { u"measure"_s, m_minimal.value(u"measures"_s) }, { u"measures"_s, removed() } },
        { u"$.measure: unknown key; expected one of: format, version, study, areas, scales, questions, "
          u"measures, combination, profile, thresholds"_s,
            u"$.measures: required key is missing; expected an array"_s });
}

void TestInstrument::skipsWhatDependsOnAProblem()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, problems);
    QCOMPARE(problemLines(InstrumentParser::read(json)), problems);
}
