// The bundled Uuk et al. (2024) instrument (resources/instruments/uuk2024.json), checked against the
// paper (arXiv:2412.02145) as far as it is public, its notes saying which parts are assumed; plus the
// small helpers other layers rely on (scale midpoint, lookups by id).
#include "tests/models/instrument/tst_instrument.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace panelist;
using namespace panelist::test;

void TestInstrument::bundledInstrument()
{
    const Instrument in = Instrument::bundled();
    QCOMPARE(in.study().id, u"uuk2024"_s);
    QCOMPARE(in.study().title, u"Effective Mitigations for Systemic Risks from General-Purpose AI"_s);
    QVERIFY(in.study().citation.contains(u"arXiv:2412.02145"_s));
    QVERIFY(in.study().citation.startsWith(u"Uuk, R., Brouwer, A., Schreier, T., Dreksler, N., "
                                           u"Pulignano, V., Bommasani, R. (2024)."_s));

    QCOMPARE(in.areas().size(), 4);
    const QStringList areaIds { u"critical_infrastructure"_s, u"democratic_processes"_s, u"cbrn"_s,
        u"discrimination_bias"_s };
    const QStringList areaNames { u"Disruption of critical sectors"_s,
        u"Negative effects on democratic processes"_s,
        u"Chemical, biological, radiological and nuclear risks"_s, u"Discrimination and bias"_s };
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(in.areas().at(i).id, areaIds.at(i));
        QCOMPARE(in.areas().at(i).name, areaNames.at(i));
        QVERIFY(!in.areas().at(i).definition.isEmpty());
    }

    QCOMPARE(in.measures().size(), 27);
    QCOMPARE(in.expertiseGroups().size(), 5);
    const QStringList groups { u"ai_safety"_s, u"critical_infrastructure"_s, u"democratic_processes"_s,
        u"cbrn"_s, u"discrimination_bias"_s };
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(in.expertiseGroups().at(i).id, groups.at(i));
        QVERIFY(!in.expertiseGroups().at(i).name.isEmpty());
    }
    QCOMPARE(in.expertiseGroups().at(0).name, u"AI safety"_s);

    // 27 measures x (4 areas + feasibility): the "73 of 135 answered" the expert sees.
    QCOMPARE(in.ratingItemCount(), 135);

    QVERIFY(in.effectiveness().enabled);
    QVERIFY(in.feasibility().enabled);
    QCOMPARE(in.effectiveness().scaleId, u"agreement"_s);
    QCOMPARE(in.feasibility().scaleId, u"agreement"_s);
    QCOMPARE(in.effectiveness().prompt,
        u"How far do you agree that this measure would be effective in reducing {area}?"_s);
    QVERIFY(in.feasibility().prompt.contains(u"technically feasible"_s));
    QVERIFY(in.comment().enabled);
    QCOMPARE(in.comment().maxLength, 20000);

    const Scale &scale = in.effectivenessScale();
    QCOMPARE(scale.points.size(), 5);
    const QStringList labels { u"Strongly disagree"_s, u"Somewhat disagree"_s,
        u"Neither agree nor disagree"_s, u"Somewhat agree"_s, u"Strongly agree"_s };
    for (int v = 1; v <= 5; ++v)
        QCOMPARE(scale.labelFor(v), labels.at(v - 1));
    QVERIFY(scale.allowDontKnow);
    QCOMPARE(scale.dontKnowLabel, u"Don't know"_s);
    QCOMPARE(scale.midpoint(), 3.0);

    QVERIFY(in.combination().enabled);
    QCOMPARE(in.combination().scope, CombinationScope::PerArea);
    QCOMPARE(in.combination().maxPicks, 5);
    QCOMPARE(in.combinationScopes(), areaIds);

    QCOMPARE(in.thresholds().agreement, 0.6);
    QCOMPARE(in.thresholds().selection, 0.4);

    // The metadata must say what is assumed and which measures are stand-ins.
    const QString notes = in.study().notes.join(u'\n');
    QVERIFY(in.study().notes.size() >= 3);
    QVERIFY(notes.contains(u"question wording"_s));
    QVERIFY(notes.contains(u"5-point agreement scale"_s));
    QVERIFY(notes.contains(u"per risk area with at most 5 picks"_s));
    QVERIFY(notes.contains(u"m08, m11, m13, m16, m18, m22, m27"_s));
    QVERIFY(notes.contains(u"checked against the paper"_s));
}

void TestInstrument::bundledMeasuresFollowReference()
{
    const Instrument in = Instrument::bundled();
    QStringList candidates;
    QStringList confirmed;
    for (int i = 0; i < in.measures().size(); ++i) {
        const Measure &m = in.measures().at(i);
        QCOMPARE(m.id, u"m%1"_s.arg(i + 1, 2, 10, QChar(u'0')));
        QVERIFY2(!m.name.isEmpty() && !m.description.isEmpty(), qPrintable(m.id));
        QVERIFY2(m.description.endsWith(u'.'), qPrintable(m.id));
        QCOMPARE(m.tags.size(), 1);
        QVERIFY2(QRegularExpression(u"^\\d(\\.\\d){1,2} \\S"_s).match(m.tags.at(0)).hasMatch(),
            qPrintable(m.id + u": "_s + m.tags.at(0)));
        QVERIFY(m.askEffectiveness && m.askFeasibility && m.askComment);
        if (m.status == u"candidate"_s)
            candidates.append(m.id);
        else if (m.status == u"confirmed"_s)
            confirmed.append(m.id);
        else
            QCOMPARE(m.status, u"named"_s);
    }
    QCOMPARE(
        candidates, (QStringList { u"m08"_s, u"m11"_s, u"m13"_s, u"m16"_s, u"m18"_s, u"m22"_s, u"m27"_s }));
    QCOMPARE(
        confirmed, (QStringList { u"m01"_s, u"m02"_s, u"m03"_s, u"m04"_s, u"m05"_s, u"m06"_s, u"m15"_s }));
    // The three measures the paper reports as standing out.
    QCOMPARE(in.measures().at(0).name, u"Pre-deployment risk assessments"_s);
    QCOMPARE(in.measures().at(1).name, u"Third-party pre-deployment model audits"_s);
    QCOMPARE(in.measures().at(14).name, u"Safety incident reports and security information sharing"_s);
    QCOMPARE(in.measures().at(0).tags, QStringList { u"2.2.1 Risk Assessment"_s });
    QCOMPARE(in.measures().at(26).name, u"Pre-deployment information sharing with authorities"_s);
}

void TestInstrument::bundledResourceMatchesSource()
{
    // The binaries embed resources/instruments/uuk2024.json; a stale resource would mean experts
    // answer a different instrument than the repository shows.
    const QByteArray resource = readAll(Instrument::bundledPath());
    const QByteArray source
        = readAll(QStringLiteral(PANELIST_SOURCE_DIR) + u"/resources/instruments/uuk2024.json"_s);
    QCOMPARE(resource, source);
    const auto fromSource = Instrument::fromFile(
        QStringLiteral(PANELIST_SOURCE_DIR) + u"/resources/instruments/uuk2024.json"_s);
    QVERIFY2(fromSource.ok(), qPrintable(fromSource.error()));
    QCOMPARE(fromSource->fingerprint(), Instrument::bundled().fingerprint());
}

void TestInstrument::scaleHelpers_data()
{
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<double>("midpoint");
    QTest::addColumn<QList<int>>("outside");
    QTest::newRow("1..5") << QList<int> { 1, 2, 3, 4, 5 } << 3.0 << QList<int> { 0, 6, -3 };
    QTest::newRow("0..10") << QList<int> { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 } << 5.0 << QList<int> { -1, 11 };
    QTest::newRow("1..4, even") << QList<int> { 1, 2, 3, 4 } << 2.5 << QList<int> { 0, 5 };
    QTest::newRow("-2..2") << QList<int> { -2, -1, 0, 1, 2 } << 0.0 << QList<int> { -3, 3 };
    QTest::newRow("sparse 1, 2, 4") << QList<int> { 1, 2, 4 } << 2.5 << QList<int> { 3, 0, 5 };
}

void TestInstrument::scaleHelpers()
{
    QFETCH(QList<int>, values);
    QFETCH(double, midpoint);
    QFETCH(QList<int>, outside);
    Scale scale;
    for (int v : values)
        scale.points.append({ v, u"label %1"_s.arg(v) });
    QCOMPARE(scale.minValue(), values.constFirst());
    QCOMPARE(scale.maxValue(), values.constLast());
    QCOMPARE(scale.midpoint(), midpoint);
    for (int v : values) {
        QVERIFY(scale.contains(v));
        QCOMPARE(scale.labelFor(v), u"label %1"_s.arg(v));
    }
    for (int v : outside) {
        QVERIFY2(!scale.contains(v), qPrintable(QString::number(v)));
        QVERIFY(scale.labelFor(v).isEmpty());
    }
}

void TestInstrument::indices()
{
    const Instrument in = Instrument::bundled();
    QCOMPARE(in.areaIndex(u"cbrn"_s), 2);
    QCOMPARE(in.areaIndex(u"ai_safety"_s), -1);
    QCOMPARE(in.measureIndex(u"m01"_s), 0);
    QCOMPARE(in.measureIndex(u"m27"_s), 26);
    QCOMPARE(in.measureIndex(u"m28"_s), -1);
    QCOMPARE(in.measureIndex(u"M01"_s), -1);
    QCOMPARE(in.expertiseIndex(u"ai_safety"_s), 0);
    QCOMPARE(in.expertiseIndex(u"discrimination_bias"_s), 4);
    QCOMPARE(in.expertiseIndex(u""_s), -1);
    QVERIFY(in.scale(u"agreement"_s) != nullptr);
    QVERIFY(in.scale(u"agree"_s) == nullptr);
}
