#include "tests/models/instrument/tst_instrument.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::test;

void TestInstrument::initTestCase()
{
    m_minimal = QJsonDocument::fromJson(readAll(dataPath("minimal.json"))).object();
    QVERIFY(!m_minimal.isEmpty());
}

void TestInstrument::minimalExampleLoads()
{
    const auto r = Instrument::fromFile(dataPath("minimal.json"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->study().id, u"demo2025"_s);
    QCOMPARE(r->areas().size(), 2);
    QCOMPARE(r->measures().size(), 3);
    QCOMPARE(r->measures().at(0).tags, QStringList { u"2.2.3 Auditing & Compliance"_s });
    QCOMPARE(r->measures().at(2).status, u"candidate"_s);
    QVERIFY(r->effectivenessScale().allowDontKnow);
    QCOMPARE(r->effectivenessScale().dontKnowLabel, u"Don't know"_s);
    QCOMPARE(r->comment().maxLength, 2000);
    QCOMPARE(r->combination().maxPicks, 2);
    QCOMPARE(r->combinationScopes(), (QStringList { u"cyber"_s, u"bias"_s }));
    // "drills" asks effectiveness and comment only: 2 areas + 1, 2 areas + 1, 2 areas.
    QCOMPARE(r->ratingItemCount(), 8);
    QVERIFY(!r->measures().at(2).askFeasibility);
    QVERIFY(r->measures().at(2).askComment);

    // max_length may be left out; comments then allow the documented 20,000 characters.
    const auto noLimit = Instrument::fromJson(
        toBytes(edited(m_minimal, { { u"questions/comment/max_length"_s, removed() } })), u"no-limit.json"_s);
    QVERIFY2(noLimit.ok(), qPrintable(noLimit.error()));
    QCOMPARE(noLimit->comment().maxLength, 20000);
}

void TestInstrument::documentedExampleIsTheMinimalExample()
{
    // The format documentation shows tests/models/instrument/data/minimal.json; keep them the same.
    const QString doc
        = QString::fromUtf8(readAll(QStringLiteral(PANELIST_SOURCE_DIR) + u"/docs/instrument-format.md"_s));
    const qsizetype start = doc.indexOf(u"```json\n"_s);
    QVERIFY(start >= 0);
    const qsizetype end = doc.indexOf(u"```"_s, start + 8);
    QVERIFY(end > start);
    const auto fromDoc
        = Instrument::fromJson(doc.mid(start + 8, end - start - 8).toUtf8(), u"instrument-format.md"_s);
    QVERIFY2(fromDoc.ok(), qPrintable(fromDoc.error()));
    const auto fromData = Instrument::fromFile(dataPath("minimal.json"));
    QVERIFY2(fromData.ok(), qPrintable(fromData.error()));
    QCOMPARE(fromDoc->fingerprint(), fromData->fingerprint());
}

void TestInstrument::rejectsBadInstrument()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, phrase);
    const auto r = Instrument::fromJson(json, u"tst-bad.json"_s);
    QVERIFY2(!r.ok(), "a bad instrument was accepted");
    // Each row has one mistake, and nothing that depends on it is reported as well.
    QVERIFY2(!r.error().contains(u'\n'), qPrintable(r.error()));
    const QString prefix = u"tst-bad.json: "_s + path + u": "_s;
    QVERIFY2(
        r.error().startsWith(prefix), qPrintable(u"expected prefix «"_s + prefix + u"» in: "_s + r.error()));
    QVERIFY2(r.error().contains(phrase), qPrintable(u"expected «"_s + phrase + u"» in: "_s + r.error()));
}

void TestInstrument::fileErrorsNameTheFile()
{
    const QString malformed = QDir::toNativeSeparators(dataPath("malformed.json"));
    auto r = Instrument::fromFile(dataPath("malformed.json"));
    QVERIFY(!r.ok());
    QCOMPARE(
        r.error(), malformed + uR"(: $: not valid JSON at line 4, column 29: '}' expected near '"title"')"_s);

    // A key twice in one object: Qt's reader would keep the second silently.
    QFile bundled(u":/instruments/uuk2024.json"_s);
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QByteArray twice = bundled.readAll();
    const qsizetype at = twice.indexOf("\"name\": \"Disruption of critical sectors\"");
    QVERIFY(at > 0);
    twice.insert(at, "\"name\": \"Critical sectors\",\n      ");
    r = Instrument::fromJson(twice, u"twice.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(),
        u"twice.json: $.areas[0].name: a key appears twice in this object (again at line 23, column 12)"_s);

    const QString missing = dataPath("no-such-instrument.json");
    r = Instrument::fromFile(missing);
    QVERIFY(!r.ok());
    QVERIFY2(
        r.error().startsWith(QDir::toNativeSeparators(missing) + u": cannot open"_s), qPrintable(r.error()));

    // A huge file (say a video picked by mistake) is refused before it is parsed.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString huge = dir.filePath(u"huge.json"_s);
    QFile f(huge);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(17 * 1024 * 1024));
    f.close();
    r = Instrument::fromFile(huge);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(),
        QDir::toNativeSeparators(huge)
            + u": $: expected at most 16777216 bytes (16 MiB) of JSON, "
              u"found 17825792 bytes"_s);
}

void TestInstrument::acceptsVariants_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("items");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<bool>("dontKnow");
    const QStringList areas { u"cyber"_s, u"bias"_s };
    const auto row = [this](const char *name, std::initializer_list<JsonEdit> edits) -> QTestData & {
        return QTest::newRow(name) << toBytes(edited(m_minimal, edits));
    };

    row("as documented", {}) << 8 << areas << true;
    row("overall combination", { { u"combination/scope"_s, u"overall"_s } })
        << 8 << QStringList { Instrument::OverallScope } << true;
    row("no combination question", { { u"combination"_s, removed() } }) << 8 << QStringList {} << true;
    row("no feasibility question", { { u"questions/feasibility"_s, removed() } }) << 6 << areas << true;
    row("no effectiveness question",
        { { u"questions/effectiveness"_s, removed() },
            { u"measures/2/questions"_s, QJsonArray { u"comment"_s } } })
        << 2 << areas << true;
    row("measure asks feasibility only", { { u"measures/0/questions"_s, QJsonArray { u"feasibility"_s } } })
        << 6 << areas << true;
    row("measure asks nothing to rate", { { u"measures/1/questions"_s, QJsonArray {} } })
        << 5 << areas << true;
    row("no comment question",
        { { u"questions/comment"_s, removed() },
            { u"measures/2/questions"_s, QJsonArray { u"effectiveness"_s } } })
        << 8 << areas << true;
    row("scale without don't know", { { u"scales/0/dont_know"_s, removed() } }) << 8 << areas << false;
    row("max_picks equal to measure count", { { u"combination/max_picks"_s, 3 } }) << 8 << areas << true;
    row("thresholds at the bounds", { { u"thresholds/agreement"_s, 1 }, { u"thresholds/selection"_s, 0 } })
        << 8 << areas << true;
    row("no notes, no citation, no tags",
        { { u"study/notes"_s, removed() }, { u"study/citation"_s, removed() },
            { u"measures/0/tags"_s, removed() } })
        << 8 << areas << true;
    row("negative and sparse scale values",
        { { u"scales/0/points"_s,
            QJsonArray { QJsonObject { { u"value"_s, -2 }, { u"label"_s, u"Low"_s } },
                QJsonObject { { u"value"_s, 0 }, { u"label"_s, u"Mid"_s } },
                QJsonObject { { u"value"_s, 7 }, { u"label"_s, u"Low"_s } } } } })
        << 8 << areas << true;
}

void TestInstrument::acceptsVariants()
{
    QFETCH(QByteArray, json);
    QFETCH(int, items);
    QFETCH(QStringList, scopes);
    QFETCH(bool, dontKnow);
    const auto r = Instrument::fromJson(json, u"variant.json"_s);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->ratingItemCount(), items);
    QCOMPARE(r->combinationScopes(), scopes);
    QCOMPARE(r->scales().at(0).allowDontKnow, dontKnow);
    QCOMPARE(r->fingerprint().size(), 64);
}

QTEST_GUILESS_MAIN(TestInstrument)
