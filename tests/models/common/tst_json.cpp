// The JSON toolkit: paths, strict parsing with Jansson (refusals include a \u0000 or a lone
// surrogate that would hide a duplicate key), the bytes QJsonDocument writes from what it parsed,
// and the reader's problems.

#include "models/common/jsondocument.h"
#include "models/common/jsonpath.h"
#include "models/common/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace panelist;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(panelist::JsonPath)

namespace {

// A small schema read through the toolkit, as the instrument and interchange readers use it:
// {"name": non-empty string, "count": 1..10, "ratio": 0..1, "tags": [at least one string],
//  "child": {"id": string}}. Every problem as "<path>: <problem>", in document order.
QStringList readSample(const QByteArray &json)
{
    const JsonDocument doc = JsonDocument::parse(json);
    if (!doc.isValid())
        return { doc.error()->toString() };
    JsonProblems problems;
    if (const auto root = JsonNode(problems, doc.root(), JsonPath()).object()) {
        root->allowOnly({ u"name"_s, u"count"_s, u"ratio"_s, u"tags"_s, u"child"_s });
        root->string(u"name"_s, JsonText::NonEmpty);
        root->integer(u"count"_s, 1, 10);
        root->number(u"ratio"_s, 0, 1);
        if (const auto tags = root->array(u"tags"_s, 1, u"tag"_s)) {
            for (qsizetype i = 0; i < tags->size(); ++i)
                tags->at(i).string();
        }
        if (const auto child = root->object(u"child"_s)) {
            child->allowOnly({ u"id"_s });
            child->string(u"id"_s);
        }
    }
    QStringList lines;
    for (const JsonProblem &p : problems.inDocumentOrder(doc))
        lines.append(p.toString());
    return lines;
}

QByteArray nested(int depth, const QByteArray &open, const QByteArray &close)
{
    return open.repeated(depth) + close.repeated(depth);
}

QString arrayPath(int indices)
{
    return u"$"_s + u"[0]"_s.repeated(indices);
}

QString errorOf(const JsonDocument &doc)
{
    return doc.isValid() ? QString() : doc.error()->toString();
}

const QString TooDeep = u"expected at most 64 levels of nested arrays and objects, found more"_s;

} // namespace

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paths_data();
    void paths();
    void refuses_data();
    void refuses();
    void accepts_data();
    void accepts();
    void writesWhatQtWouldHaveRead_data();
    void writesWhatQtWouldHaveRead();
    void integersStayIntegers_data();
    void integersStayIntegers();
    void describes_data();
    void describes();
    void readerProblems_data();
    void readerProblems();
    void formatAndVersion_data();
    void formatAndVersion();
    void manyProblemsAreCapped();
    void formatsOneLinePerProblem();
};

void TestJson::paths_data()
{
    QTest::addColumn<JsonPath>("path");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("segments");

    const JsonPath root;
    QTest::newRow("document") << root << u"$"_s << 0;
    QTest::newRow("key") << root.key(u"measures"_s) << u"$.measures"_s << 1;
    QTest::newRow("key, index, key") << root.key(u"measures"_s).index(13).key(u"name"_s)
                                     << u"$.measures[13].name"_s << 3;
    QTest::newRow("digits, dash, underscore are plain")
        << root.key(u"effectiveness"_s).key(u"m-03"_s).key(u"3d_x"_s) << u"$.effectiveness.m-03.3d_x"_s << 3;
    QTest::newRow("space") << root.key(u"a"_s).key(u"odd key"_s) << uR"($.a["odd key"])"_s << 2;
    QTest::newRow("dot") << root.key(u"a.b"_s) << uR"($["a.b"])"_s << 1;
    QTest::newRow("quote and backslash") << root.key(u"a\"b\\c"_s) << uR"($["a\"b\\c"])"_s << 1;
    QTest::newRow("line break stays on one line") << root.key(u"a\nb"_s) << uR"($["a\nb"])"_s << 1;
    QTest::newRow("empty key") << root.key(QString()) << uR"($[""])"_s << 1;
    QTest::newRow("non-ASCII") << root.key(u"é"_s) << uR"($["é"])"_s << 1;
    QTest::newRow("indices at the top") << root.index(0).index(2) << u"$[0][2]"_s << 2;
}

void TestJson::paths()
{
    QFETCH(JsonPath, path);
    QFETCH(QString, text);
    QFETCH(int, segments);
    QCOMPARE(path.toString(), text);
    QCOMPARE(path.segments().size(), segments);
    QCOMPARE(path.isRoot(), segments == 0);
}

// Every row: the text, and the one problem parse() reports ("<path>: <problem>").
void TestJson::refuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");

    // A \u0000 or a lone surrogate must not hide a duplicate key after it: each is refused where it is.
    QTest::newRow("\\u0000 before a duplicate key")
        << QByteArray(R"({"a":"x\u0000y","b":1,"b":2})")
        << uR"($: not valid JSON at line 1, column 15: \u0000 is not allowed in a string near '"x\u0000y"')"_s;
    QTest::newRow("lone surrogate before a duplicate key")
        << QByteArray(R"({"a":"\ud800","b":1,"b":2})")
        << uR"($: not valid JSON at line 1, column 13: invalid Unicode '\uD800' near '"\ud800"')"_s;
    QTest::newRow("\\u0000 in a key")
        << QByteArray(R"({"a\u0000":1})")
        << uR"($: not valid JSON at line 1, column 10: NUL byte in object key not supported near '"a\u0000"')"_s;
    // Lone surrogates used to come back altered ("a\ud800b" as "a\U00010062").
    QTest::newRow("lone high surrogate")
        << QByteArray(R"({"a":"a\ud800b"})")
        << uR"($: not valid JSON at line 1, column 15: invalid Unicode '\uD800' near '"a\ud800b"')"_s;
    QTest::newRow("lone low surrogate")
        << QByteArray(R"(["\udc00"])")
        << uR"($: not valid JSON at line 1, column 9: invalid Unicode '\uDC00' near '"\udc00"')"_s;
    QTest::newRow("high surrogate before a letter")
        << QByteArray(R"(["\ud800\u0041"])")
        << uR"($: not valid JSON at line 1, column 15: invalid Unicode '\uD800\u0041' near '"\ud800\u0041"')"_s;
    // Lenient numbers (RFC 8259 has none of them).
    QTest::newRow("1.") << QByteArray("[1.]")
                        << u"$: not valid JSON at line 1, column 3: invalid token near '1.'"_s;
    QTest::newRow(".5") << QByteArray("[.5]")
                        << u"$: not valid JSON at line 1, column 2: invalid token near '.'"_s;
    QTest::newRow("+3") << QByteArray("[+3]")
                        << u"$: not valid JSON at line 1, column 2: invalid token near '+'"_s;
    QTest::newRow("01") << QByteArray("[01]")
                        << u"$: not valid JSON at line 1, column 2: invalid token near '0'"_s;
    QTest::newRow("NaN") << QByteArray("[NaN]")
                         << u"$: not valid JSON at line 1, column 4: invalid token near 'NaN'"_s;
    QTest::newRow("Infinity") << QByteArray("[Infinity]")
                              << u"$: not valid JSON at line 1, column 9: invalid token near 'Infinity'"_s;
    QTest::newRow("-Infinity") << QByteArray("[-Infinity]")
                               << u"$: not valid JSON at line 1, column 2: invalid token near '-'"_s;
    QTest::newRow("hexadecimal") << QByteArray("[0x10]")
                                 << u"$: not valid JSON at line 1, column 3: ']' expected near 'x'"_s;
    QTest::newRow("real beyond double") << QByteArray(
        "[1e400]") << u"$: not valid JSON at line 1, column 6: real number overflow near '1e400'"_s;
    QTest::newRow("integer beyond 64 bits")
        << QByteArray("[9223372036854775808]")
        << u"$: not valid JSON at line 1, column 20: too big integer near '9223372036854775808'"_s;
    QTest::newRow("negative integer beyond 64 bits")
        << QByteArray("[-9223372036854775809]")
        << u"$: not valid JSON at line 1, column 21: too big negative integer near '-9223372036854775809'"_s;

    // A key twice in one object, named by its path, wherever it is.
    QTest::newRow("duplicate key") << QByteArray(
        R"({"a":1,"a":2})") << u"$.a: a key appears twice in this object (again at line 1, column 10)"_s;
    QTest::newRow("duplicate key in an array element")
        << QByteArray(R"({"m":[{"id":"x"},{"id":"y","id":"z"}]})")
        << u"$.m[1].id: a key appears twice in this object (again at line 1, column 31)"_s;
    QTest::newRow("duplicate key after brackets in a string")
        << QByteArray(R"({"s":"{[\"","a":1,"a":2})")
        << u"$.a: a key appears twice in this object (again at line 1, column 21)"_s;
    QTest::newRow("duplicate key spelled two ways")
        << QByteArray(R"({"a\u0022b":1,"a\"b":2})")
        << uR"($["a\"b"]: a key appears twice in this object (again at line 1, column 20))"_s;
    QTest::newRow("duplicate non-ASCII key")
        << QByteArray(R"({"é":1,"é":2})")
        << uR"($["é"]: a key appears twice in this object (again at line 1, column 10))"_s;
    QTest::newRow("duplicate key, laid out")
        << QByteArray("{\n  \"a\": 1,\n  \"a\": 2\n}")
        << u"$.a: a key appears twice in this object (again at line 3, column 5)"_s;
    QTest::newRow("duplicate object key in a nested object")
        << QByteArray(R"({"x y":{"k":{},"k":[]}})")
        << uR"($["x y"].k: a key appears twice in this object (again at line 1, column 18))"_s;

    // Not JSON.
    QTest::newRow("empty text")
        << QByteArray() << u"$: not valid JSON at line 1, column 1: unexpected token near end of file"_s;
    QTest::newRow("only spaces") << QByteArray(
        "  ") << u"$: not valid JSON at line 1, column 2: unexpected token near end of file"_s;
    QTest::newRow("trailing comma") << QByteArray("[1,]")
                                    << u"$: not valid JSON at line 1, column 4: unexpected token near ']'"_s;
    QTest::newRow("missing comma") << QByteArray("{\n\"a\": 1\n\"b\": 2}")
                                   << uR"($: not valid JSON at line 3, column 3: '}' expected near '"b"')"_s;
    QTest::newRow("single quotes") << QByteArray(
        "{'a': 1}") << u"$: not valid JSON at line 1, column 2: string or '}' expected near '''"_s;
    QTest::newRow("comment") << QByteArray("[1 // one\n]")
                             << u"$: not valid JSON at line 1, column 4: ']' expected near '/'"_s;
    QTest::newRow("text after the value")
        << QByteArray("[1] x") << u"$: not valid JSON at line 1, column 5: end of file expected near 'x'"_s;
    QTest::newRow("raw tab in a string") << QByteArray(
        "[\"a\tb\"]") << uR"($: not valid JSON at line 1, column 3: control character 0x9 near '"a')"_s;
    QTest::newRow("invalid UTF-8") << QByteArray(
        "[\"\xff\"]") << uR"($: not valid JSON at line 1, column 2: unable to decode byte 0xff near '"')"_s;
    QTest::newRow("unterminated string") << QByteArray(
        "[\"abc") << uR"($: not valid JSON at line 1, column 5: premature end of input near '"abc')"_s;

    // Limits.
    QTest::newRow("65 nested arrays") << nested(65, "[", "]") << arrayPath(64) + u": "_s + TooDeep;
    QTest::newRow("65 nested objects")
        << QByteArray(R"({"a":)").repeated(64) + "{}" + QByteArray("}").repeated(64)
        << u"$"_s + u".a"_s.repeated(64) + u": "_s + TooDeep;
    QTest::newRow("3000 nested arrays (beyond Jansson's own 2048)")
        << nested(3000, "[", "]") << arrayPath(64) + u": "_s + TooDeep;
    QByteArray huge(MaxJsonBytes - 1, ' ');
    huge.prepend("[]");
    QTest::newRow("one byte over 16 MiB")
        << huge << u"$: expected at most 16777216 bytes (16 MiB) of JSON, found 16777217 bytes"_s;
}

void TestJson::refuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const JsonDocument doc = JsonDocument::parse(json);
    QVERIFY(!doc.isValid());
    QCOMPARE(doc.error()->toString(), problem);
    QVERIFY(doc.root().isUndefined());
}

void TestJson::accepts_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QJsonValue>("root");

    QTest::newRow("object") << QByteArray(R"({"b":[1,2.5,"x"],"a":null})")
                            << QJsonValue(QJsonObject {
                                   { u"a"_s, QJsonValue::Null }, { u"b"_s, QJsonArray { 1, 2.5, u"x"_s } } });
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"a\":true}")
                                     << QJsonValue(QJsonObject { { u"a"_s, true } });
    QTest::newRow("a number alone") << QByteArray("3") << QJsonValue(3);
    QTest::newRow("a string alone") << QByteArray(R"("é\u00e9\ud83d\ude00")") << QJsonValue(u"éé😀"_s);
    QJsonArray deepest;
    for (int depth = 1; depth < 64; ++depth) {
        // Not QJsonArray { deepest }: clang takes a braced list of one QJsonArray for a copy of it.
        QJsonArray outer;
        outer.append(deepest);
        deepest = outer;
    }
    QTest::newRow("64 nested arrays") << nested(64, "[", "]") << QJsonValue(deepest);
    QTest::newRow("1e-400 reads as 0") << QByteArray("[1e-400]") << QJsonValue(QJsonArray { 0.0 });
}

void TestJson::accepts()
{
    QFETCH(QByteArray, json);
    QFETCH(QJsonValue, root);
    const JsonDocument doc = JsonDocument::parse(json);
    QVERIFY2(doc.isValid(), qPrintable(errorOf(doc)));
    QCOMPARE(doc.root(), root);
}

// The canonical form and fingerprint of an instrument are QJsonDocument's bytes: Jansson's reading
// must give exactly what Qt's own reader gave for every spelling of numbers and strings.
void TestJson::writesWhatQtWouldHaveRead_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("integers") << QByteArray("[0,-0,1,-1,1000000,123456789012345678,9007199254740993,"
                                            "-9223372036854775808,9223372036854775807]");
    QTest::newRow("reals") << QByteArray(
        "[1.0,2e0,0.1,0.40,4e-1,6e-1,1E2,1e+2,1.5e-3,123e-2,1e21,1e300,-0.0,"
        "0.30000000000000004,5e-324,1.7976931348623157e308,9007199254740993.0,"
        "100000000000000000000.0]");
    QTest::newRow("strings") << QByteArray(
        R"(["\u0041\/\"\\\b\f\n\r\t","é日本😀","\ud83d\ude00","\u00e9",""])");
    QTest::newRow("object keys") << QByteArray(R"({"b":1,"a":{"z":[],"y":{}},"é":2,"A":3,"\u0061a":4,"":5})");
    QTest::newRow("literals") << QByteArray("[true,false,null,[],{}]");
}

void TestJson::writesWhatQtWouldHaveRead()
{
    QFETCH(QByteArray, json);
    const JsonDocument doc = JsonDocument::parse(json);
    QVERIFY2(doc.isValid(), qPrintable(errorOf(doc)));
    QJsonParseError error;
    const QJsonDocument qt = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonDocument ours
        = doc.root().isArray() ? QJsonDocument(doc.root().toArray()) : QJsonDocument(doc.root().toObject());
    QCOMPARE(ours.toJson(QJsonDocument::Compact), qt.toJson(QJsonDocument::Compact));
}

void TestJson::integersStayIntegers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem"); // reading the value as a whole number; empty: accepted

    QTest::newRow("3") << QByteArray("3") << QString();
    QTest::newRow("3.0 is whole") << QByteArray("3.0") << QString();
    QTest::newRow("3.5") << QByteArray("3.5") << u"$: expected a whole number, found a number (3.5)"_s;
    QTest::newRow("beyond int")
        << QByteArray("3000000000")
        << u"$: expected a whole number from -2147483648 to 2147483647, found a number (3000000000)"_s;
    QTest::newRow("beyond 2^53, in full") << QByteArray("9007199254740993")
                                          << u"$: expected a whole number from -2147483648 to 2147483647, "
                                             u"found a number (9007199254740993)"_s;
    QTest::newRow("beyond int, negative") << QByteArray("-2147483649")
                                          << u"$: expected a whole number from -2147483648 to 2147483647, "
                                             u"found a number (-2147483649)"_s;
    QTest::newRow("string") << QByteArray(R"("3")")
                            << u"$: expected a whole number, found the string \"3\""_s;
}

void TestJson::integersStayIntegers()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const JsonDocument doc = JsonDocument::parse(json);
    QVERIFY(doc.isValid());
    JsonProblems problems;
    const std::optional<int> value = JsonNode(problems, doc.root(), JsonPath()).integer();
    QCOMPARE(value.has_value(), problem.isEmpty());
    if (value)
        QCOMPARE(*value, 3);
    QCOMPARE(problems.count(), problem.isEmpty() ? 0 : 1);
    if (!problem.isEmpty())
        QCOMPARE(problems.kept().constFirst().toString(), problem);
}

void TestJson::describes_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing") << QJsonValue(QJsonValue::Undefined) << u"nothing"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"null"_s;
    QTest::newRow("true") << QJsonValue(true) << u"a boolean (true)"_s;
    QTest::newRow("integer") << QJsonValue(3) << u"a number (3)"_s;
    QTest::newRow("fraction") << QJsonValue(-0.1) << u"a number (-0.1)"_s;
    QTest::newRow("large real") << QJsonValue(1e20) << u"a number (1e+20)"_s;
    QTest::newRow("empty string") << QJsonValue(u""_s) << u"an empty string"_s;
    QTest::newRow("string") << QJsonValue(u"agree7"_s) << u"the string \"agree7\""_s;
    QTest::newRow("string with quote and line break")
        << QJsonValue(u"say \"hi\"\nthen"_s) << uR"(the string "say \"hi\"\nthen")"_s;
    QTest::newRow("long string") << QJsonValue(QString(50, u'x'))
                                 << u"the string \""_s + QString(40, u'x') + u"…\""_s;
    QTest::newRow("long string, not cut in a pair")
        << QJsonValue(QString(39, u'x') + u"😀😀"_s) << u"the string \""_s + QString(39, u'x') + u"…\""_s;
    QTest::newRow("array") << QJsonValue(QJsonArray { 1 }) << u"an array"_s;
    QTest::newRow("object") << QJsonValue(QJsonObject {}) << u"an object"_s;
}

void TestJson::describes()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    QCOMPARE(describeJsonValue(value), text);
}

// Every kind of problem the reader reports, and several at once, in the order of the text.
void TestJson::readerProblems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("problems");

    const QString known = u"unknown key; expected one of: name, count, ratio, tags, child"_s;
    const QByteArray valid = R"({"name":"n","count":3,"ratio":0.5,"tags":["t"],"child":{"id":""}})";
    const auto row
        = [&valid](const char *tag, const QByteArray &from, const QByteArray &to, const QStringList &p) {
              QByteArray json = valid;
              QVERIFY(json.contains(from));
              QTest::newRow(tag) << json.replace(from, to) << p;
          };
    QTest::newRow("valid") << valid << QStringList();
    QTest::newRow("not an object") << QByteArray("[1]")
                                   << QStringList { u"$: expected an object, found an array"_s };
    row("string where a number belongs", R"("count":3)", R"("count":"3")",
        { u"$.count: expected a whole number from 1 to 10, found the string \"3\""_s });
    row("fraction", R"("count":3)", R"("count":2.5)",
        { u"$.count: expected a whole number from 1 to 10, found a number (2.5)"_s });
    row("whole number out of range", R"("count":3)", R"("count":11)",
        { u"$.count: expected a whole number from 1 to 10, found a number (11)"_s });
    row("number out of range", R"("ratio":0.5)", R"("ratio":1.5)",
        { u"$.ratio: expected a number from 0 to 1, found a number (1.5)"_s });
    row("number as boolean", R"("ratio":0.5)", R"("ratio":false)",
        { u"$.ratio: expected a number from 0 to 1, found a boolean (false)"_s });
    row("empty string", R"("name":"n")", R"("name":"")",
        { u"$.name: expected a non-empty string, found an empty string"_s });
    row("blank string", R"("name":"n")", R"("name":"  ")",
        { u"$.name: expected a non-empty string, found the string \"  \""_s });
    row("number where a string belongs", R"("name":"n")", R"("name":3)",
        { u"$.name: expected a non-empty string, found a number (3)"_s });
    row("missing key", R"("name":"n",)", "",
        { u"$.name: required key is missing; expected a non-empty string"_s });
    row("missing object", R"(,"child":{"id":""})", "",
        { u"$.child: required key is missing; expected an object"_s });
    row("unknown key", R"("count":3)", R"("count":3,"colour":"red")", { u"$.colour: "_s + known });
    row("unknown odd key", R"("count":3)", R"("count":3,"two words":1)",
        { uR"($["two words"]: )"_s + known });
    row("array too short", R"(["t"])", "[]", { u"$.tags: expected at least 1 tag, found none"_s });
    row("array as object", R"(["t"])", "{}", { u"$.tags: expected an array, found an object"_s });
    row("element of the wrong type", R"(["t"])", R"(["t",null])",
        { u"$.tags[1]: expected a string, found null"_s });
    // After a structural problem what depends on it is skipped: no word about child.id.
    row("object as boolean", R"({"id":""})", "true",
        { u"$.child: expected an object, found a boolean (true)"_s });
    row("duplicate key", R"({"id":""})", R"({"id":"","id":"x"})",
        { u"$.child.id: a key appears twice in this object (again at line 1, column 68)"_s });

    // Read in the schema's order (allowOnly, name, count, ratio, tags, child), reported in the text's.
    QTest::newRow("several at once, in document order")
        << QByteArray(R"({"zeta":1,"tags":[1,"ok",false],"count":0,"child":{"id":5,"extra":1},"name":""})")
        << QStringList {
               u"$.zeta: "_s + known,
               u"$.tags[0]: expected a string, found a number (1)"_s,
               u"$.tags[2]: expected a string, found a boolean (false)"_s,
               u"$.count: expected a whole number from 1 to 10, found a number (0)"_s,
               u"$.child.id: expected a string, found a number (5)"_s,
               u"$.child.extra: unknown key; expected one of: id"_s,
               u"$.name: expected a non-empty string, found an empty string"_s,
               u"$.ratio: required key is missing; expected a number from 0 to 1"_s,
           };
}

void TestJson::readerProblems()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, problems);
    QCOMPARE(readSample(json), problems);
}

void TestJson::formatAndVersion_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem"); // empty: read
    const QString hint = u" (is this a Panelist sample?)"_s;
    QTest::newRow("current") << QByteArray(R"({"format":"panelist-sample","version":2})") << QString();
    QTest::newRow("older") << QByteArray(R"({"format":"panelist-sample","version":1})") << QString();
    QTest::newRow("format missing") << QByteArray(
        R"({"version":2})") << u"$.format: required key is missing; expected \"panelist-sample\""_s + hint;
    QTest::newRow("other format")
        << QByteArray(R"({"format":"panelist-other","version":2})")
        << u"$.format: expected \"panelist-sample\", found the string \"panelist-other\""_s + hint;
    QTest::newRow("format as number") << QByteArray(
        R"({"format":1})") << u"$.format: expected \"panelist-sample\", found a number (1)"_s + hint;
    QTest::newRow("version missing")
        << QByteArray(R"({"format":"panelist-sample"})")
        << u"$.version: required key is missing; expected a whole number from 1 to 2147483647"_s;
    QTest::newRow("version as string")
        << QByteArray(R"({"format":"panelist-sample","version":"2"})")
        << u"$.version: expected a whole number from 1 to 2147483647, found the string \"2\""_s;
    QTest::newRow("version zero")
        << QByteArray(R"({"format":"panelist-sample","version":0})")
        << u"$.version: expected a whole number from 1 to 2147483647, found a number (0)"_s;
    QTest::newRow("newer")
        << QByteArray(R"({"format":"panelist-sample","version":3})")
        << u"$.version: version 3 is newer than this Panelist supports (2); update Panelist to open it"_s;
}

void TestJson::formatAndVersion()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const JsonDocument doc = JsonDocument::parse(json);
    QVERIFY(doc.isValid());
    JsonProblems problems;
    const auto root = JsonNode(problems, doc.root(), JsonPath()).object();
    QVERIFY(root);
    QCOMPARE(readFormatAndVersion(*root, u"panelist-sample"_s, 2, u"sample"_s), problem.isEmpty());
    QCOMPARE(problems.count(), problem.isEmpty() ? 0 : 1);
    if (!problem.isEmpty())
        QCOMPARE(problems.kept().constFirst().toString(), problem);
}

// A document built to fail everywhere gives MaxJsonProblems problems and a count of the rest.
void TestJson::manyProblemsAreCapped()
{
    QByteArray json = R"({"name":"n","count":3,"ratio":0.5,"child":{"id":""},"tags":[)";
    for (int i = 0; i < 1500; ++i)
        json += i == 0 ? "0" : ",0";
    json += "]}";
    const QStringList problems = readSample(json);
    QCOMPARE(problems.size(), MaxJsonProblems + 1);
    QCOMPARE(problems.at(0), u"$.tags[0]: expected a string, found a number (0)"_s);
    QCOMPARE(problems.at(999), u"$.tags[999]: expected a string, found a number (0)"_s);
    QCOMPARE(problems.constLast(), u"$: 500 more problems not listed (at most 1000 are)"_s);
}

void TestJson::formatsOneLinePerProblem()
{
    const QList<JsonProblem> problems {
        { JsonPath().key(u"a"_s), u"expected a string, found null"_s },
        { JsonPath().index(1).key(u"odd key"_s), u"unknown key; expected one of: a"_s },
    };
    QCOMPARE(formatJsonProblems(u"doc.json"_s, problems),
        u"doc.json: $.a: expected a string, found null\n"
        u"doc.json: $[1][\"odd key\"]: unknown key; expected one of: a"_s);

    JsonReading<int> failed { std::nullopt, problems };
    const Result<int> r = std::move(failed).toResult(u"doc.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().count(u'\n'), 1);
    JsonReading<int> read { 7, {} };
    QCOMPARE(*std::move(read).toResult(u"doc.json"_s), 7);
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
