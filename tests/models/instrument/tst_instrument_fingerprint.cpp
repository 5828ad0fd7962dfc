// The fingerprint identifies an instrument in every response file and study: it must not change
// when only the layout of the JSON changes, and must change when anything an expert sees changes.
#include "tests/models/instrument/tst_instrument.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::test;

namespace {

// A tiny valid document written by hand; its canonical form and fingerprint are pinned so that a
// change in serialisation (ours or Qt's) fails here instead of silently orphaning stored responses.
const char TinyCompact[]
    = R"({"format":"panelist-instrument","version":1,"study":{"id":"s","title":"T"},)"
      R"("areas":[{"id":"a","name":"A","definition":""}],)"
      R"("scales":[{"id":"s5","points":[{"value":1,"label":"No"},{"value":2,"label":"Yes"}]}],)"
      R"("questions":{"effectiveness":{"scale":"s5","prompt":"P {area}"}},)"
      R"("measures":[{"id":"m","name":"M","description":""}],"profile":{"expertise":[]},)"
      R"("thresholds":{"agreement":0.6,"selection":0.4}})";
const char TinyCanonical[]
    = R"({"areas":[{"definition":"","id":"a","name":"A"}],"format":"panelist-instrument",)"
      R"("measures":[{"description":"","id":"m","name":"M"}],"profile":{"expertise":[]},)"
      R"("questions":{"effectiveness":{"prompt":"P {area}","scale":"s5"}},)"
      R"("scales":[{"id":"s5","points":[{"label":"No","value":1},{"label":"Yes","value":2}]}],)"
      R"("study":{"id":"s","title":"T"},"thresholds":{"agreement":0.6,"selection":0.4},"version":1})";
// sha256 of TinyCanonical, computed outside Qt (Python hashlib).
const char TinyFingerprint[] = "6988a323e616549f00c9a60e754fb6c32a5b0e4c1fb97dfa20491077f43a95da";

} // namespace

void TestInstrument::fingerprintIgnoresLayout_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("compact, authored order") << QByteArray(TinyCompact);
    QTest::newRow("already canonical") << QByteArray(TinyCanonical);
    QTest::newRow("pretty, keys reordered at every level") << QByteArray(R"({
    "version": 1,
    "thresholds": { "selection": 0.4, "agreement": 0.6 },
    "profile": { "expertise": [ ] },
    "measures": [ { "description": "", "name": "M", "id": "m" } ],
    "questions": { "effectiveness": { "prompt": "P {area}", "scale": "s5" } },
    "scales": [ { "points": [ { "label": "No", "value": 1 }, { "label": "Yes", "value": 2 } ],
                  "id": "s5" } ],
    "areas": [ { "name": "A", "definition": "", "id": "a" } ],
    "study": { "title": "T", "id": "s" },
    "format": "panelist-instrument"
})");
    QTest::newRow("tabs and CRLF line ends")
        << QByteArray("{\r\n\t\"format\" :\t\"panelist-instrument\",\r\n\t\"version\":1,\r\n"
                      "\t\"study\":{\"id\":\"s\",\r\n\t\t\"title\":\"T\"},\r\n"
                      "\t\"areas\":[{\"id\":\"a\",\"name\":\"A\",\"definition\":\"\"}],\r\n"
                      "\t\"scales\":[{\"id\":\"s5\",\"points\":[{\"value\":1,\"label\":\"No\"},\r\n"
                      "\t\t{\"value\":2,\"label\":\"Yes\"}]}],\r\n"
                      "\t\"questions\":{\"effectiveness\":{\"scale\":\"s5\",\"prompt\":\"P {area}\"}},\r\n"
                      "\t\"measures\":[{\"id\":\"m\",\"name\":\"M\",\"description\":\"\"}],\r\n"
                      "\t\"profile\":{\"expertise\":[]},\r\n"
                      "\t\"thresholds\":{\"agreement\":0.6,\"selection\":0.4}\r\n}\r\n");
    QTest::newRow("escaped characters and number spellings") << QByteArray(
        R"({"format":"panelist-instrument","version":1.0,"study":{"id":"s","title":"\u0054"},)"
        R"("areas":[{"id":"a","name":"A","definition":""}],)"
        R"("scales":[{"id":"s5","points":[{"value":1,"label":"N\u006f"},{"value":2e0,"label":"Yes"}]}],)"
        R"("questions":{"effectiveness":{"scale":"s5","prompt":"P {area}"}},)"
        R"("measures":[{"id":"m","name":"M","description":""}],"profile":{"expertise":[]},)"
        R"("thresholds":{"agreement":6e-1,"selection":0.40}})");
}

void TestInstrument::fingerprintIgnoresLayout()
{
    QFETCH(QByteArray, json);
    const auto r = Instrument::fromJson(json, u"layout.json"_s);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->canonicalJson(), QByteArray(TinyCanonical));
    QCOMPARE(r->fingerprint(), QString::fromLatin1(TinyFingerprint));
}

void TestInstrument::fingerprintChangesWithContent_data()
{
    QTest::addColumn<QByteArray>("json");
    const auto row = [this](const char *name, std::initializer_list<JsonEdit> edits) {
        QTest::newRow(name) << toBytes(edited(m_minimal, edits));
    };
    row("study title", { { u"study/title"_s, u"Demo study on AI risk mitigation"_s } });
    row("study id", { { u"study/id"_s, u"demo2026"_s } });
    row("study note", { { u"study/notes/0"_s, u"Question wording is illustrative."_s } });
    row("area id", { { u"areas/0/id"_s, u"cyber2"_s } });
    row("area name", { { u"areas/0/name"_s, u"Cyber-attacks"_s } });
    row("area definition", { { u"areas/1/definition"_s, u"AI amplifying discrimination."_s } });
    row("area order",
        { { u"areas/0"_s, m_minimal[u"areas"_s][1] }, { u"areas/1"_s, m_minimal[u"areas"_s][0] } });
    row("measure id", { { u"measures/1/id"_s, u"incident"_s } });
    row("measure name", { { u"measures/1/name"_s, u"Incident reports"_s } });
    row("measure description", { { u"measures/2/description"_s, u"Drills."_s } });
    row("measure tag", { { u"measures/0/tags/0"_s, u"2.2.3 Auditing"_s } });
    row("measure status", { { u"measures/0/status"_s, u"named"_s } });
    row("measure question subset", { { u"measures/2/questions"_s, QJsonArray { u"effectiveness"_s } } });
    row("scale point label", { { u"scales/0/points/3/label"_s, u"Agree somewhat"_s } });
    row("scale point value", { { u"scales/0/points/4/value"_s, 6 } });
    row("don't know label", { { u"scales/0/dont_know/label"_s, u"Don’t know"_s } });
    row("scale id",
        { { u"scales/0/id"_s, u"agree"_s }, { u"questions/effectiveness/scale"_s, u"agree"_s },
            { u"questions/feasibility/scale"_s, u"agree"_s } });
    row("effectiveness prompt", { { u"questions/effectiveness/prompt"_s, u"Effective for {area}?"_s } });
    row("comment length", { { u"questions/comment/max_length"_s, 2001 } });
    row("combination picks", { { u"combination/max_picks"_s, 1 } });
    row("combination scope", { { u"combination/scope"_s, u"overall"_s } });
    row("expertise id", { { u"profile/expertise/1/id"_s, u"fair"_s } });
    row("expertise name", { { u"profile/expertise/1/name"_s, u"Fairness"_s } });
    row("agreement threshold", { { u"thresholds/agreement"_s, 0.61 } });
}

void TestInstrument::fingerprintChangesWithContent()
{
    QFETCH(QByteArray, json);
    const auto base = Instrument::fromJson(toBytes(m_minimal), u"minimal.json"_s);
    QVERIFY2(base.ok(), qPrintable(base.error()));
    const auto changed = Instrument::fromJson(json, u"changed.json"_s);
    QVERIFY2(changed.ok(), qPrintable(changed.error()));
    QVERIFY(changed->fingerprint() != base->fingerprint());
    QVERIFY(changed->canonicalJson() != base->canonicalJson());
}

void TestInstrument::canonicalRoundTrip()
{
    for (const QString &path : { dataPath("minimal.json"), Instrument::bundledPath() }) {
        const auto first = Instrument::fromFile(path);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const auto again = Instrument::fromJson(first->canonicalJson(), u"embedded"_s);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->fingerprint(), first->fingerprint());
        QCOMPARE(again->canonicalJson(), first->canonicalJson());
        QCOMPARE(again->ratingItemCount(), first->ratingItemCount());
        // The fingerprint is the SHA-256 of exactly the bytes a response file embeds.
        QCOMPARE(first->fingerprint(),
            QString::fromLatin1(
                QCryptographicHash::hash(first->canonicalJson(), QCryptographicHash::Sha256).toHex()));
        QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(first->fingerprint()).hasMatch());
    }
}
