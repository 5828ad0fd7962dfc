#include "models/analysis/krippendorff.h"

#include <QTest>

#include <cmath>
#include <optional>

using namespace panelist::analysis;

Q_DECLARE_METATYPE(panelist::analysis::Metric)

// Krippendorff's alpha against the worked examples of Krippendorff (2011), "Computing
// Krippendorff's Alpha-Reliability", and the properties the incremental aggregates rely on.
class TestKrippendorff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void published_data();
    void published();
    void perfectAgreementIsOne();
    void undefinedIsNull();
    void singleValueUnitsAreNotPairable();
    void unusedValuesChangeNothing();
    void valueOrderWithinUnitDoesNotMatter();
};

namespace {

// Reliability data as printed: one string per coder, one token per unit, "." = not coded.
// Letters (example B) map to their position in the alphabet.
QList<QList<double>> unitsFromCoders(const QStringList &coders)
{
    QList<QList<double>> units;
    for (const QString &coder : coders) {
        const QStringList tokens = coder.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (units.isEmpty())
            units.resize(tokens.size());
        for (qsizetype u = 0; u < tokens.size(); ++u) {
            const QString &t = tokens.at(u);
            if (t == QLatin1String("."))
                continue;
            bool isNumber = false;
            const double v = t.toDouble(&isNumber);
            units[u].append(isNumber ? v : double(t.at(0).unicode() - u'a' + 1));
        }
    }
    return units;
}

double round3(double x)
{
    return std::round(x * 1000.0) / 1000.0;
}

const QStringList reliabilityDataC {
    QStringLiteral("1 2 3 3 2 1 4 1 2 . . ."),
    QStringLiteral("1 2 3 3 2 2 4 1 2 5 . 3"),
    QStringLiteral(". 3 3 3 2 3 4 2 2 5 1 ."),
    QStringLiteral("1 2 3 3 2 4 4 1 2 5 1 ."),
};

} // namespace

void TestKrippendorff::published_data()
{
    QTest::addColumn<QStringList>("coders");
    QTest::addColumn<Metric>("metric");
    QTest::addColumn<double>("alpha");

    QTest::newRow("C nominal") << reliabilityDataC << Metric::Nominal << 0.743;
    QTest::newRow("C ordinal") << reliabilityDataC << Metric::Ordinal << 0.815;
    QTest::newRow("C interval") << reliabilityDataC << Metric::Interval << 0.849;
    QTest::newRow("C ratio") << reliabilityDataC << Metric::Ratio << 0.797;
    QTest::newRow("A binary") << QStringList { QStringLiteral("0 1 0 0 0 0 0 0 1 0"),
        QStringLiteral("1 1 1 0 0 1 0 0 0 0") }
                              << Metric::Nominal << 0.095;
    QTest::newRow("B nominal") << QStringList { QStringLiteral("a a b b d c c c e d d a"),
        QStringLiteral("b a b b b c c c e d d d") }
                               << Metric::Nominal << 0.692;
}

void TestKrippendorff::published()
{
    QFETCH(QStringList, coders);
    QFETCH(Metric, metric);
    QFETCH(double, alpha);
    const auto a = krippendorffAlpha(unitsFromCoders(coders), metric);
    QVERIFY(a.has_value());
    QCOMPARE(round3(*a), alpha);
}

void TestKrippendorff::perfectAgreementIsOne()
{
    const QList<QList<double>> units { { 1, 1, 1 }, { 2, 2 }, { 5, 5, 5, 5 } };
    for (Metric m : { Metric::Nominal, Metric::Ordinal, Metric::Interval, Metric::Ratio })
        QCOMPARE(*krippendorffAlpha(units, m), 1.0);
}

void TestKrippendorff::undefinedIsNull()
{
    // No pairable values at all.
    QVERIFY(!krippendorffAlpha({}, Metric::Ordinal).has_value());
    QVERIFY(!krippendorffAlpha({ { 1 }, { 2 }, { 3 } }, Metric::Ordinal).has_value());
    // Everyone gives the same value everywhere: no expected disagreement, alpha is 0/0.
    QVERIFY(!krippendorffAlpha({ { 4, 4 }, { 4, 4, 4 } }, Metric::Ordinal).has_value());
    QVERIFY(!krippendorffAlpha({ { 4, 4 }, { 4, 4, 4 } }, Metric::Nominal).has_value());
}

void TestKrippendorff::singleValueUnitsAreNotPairable()
{
    const QList<QList<double>> base { { 1, 2 }, { 3, 3 }, { 2, 2, 1 } };
    QList<QList<double>> withLoners = base;
    withLoners.append(QList<double> { 5 });
    withLoners.append(QList<double> {});
    withLoners.prepend(QList<double> { 1 });
    for (Metric m : { Metric::Nominal, Metric::Ordinal, Metric::Interval })
        QCOMPARE(*krippendorffAlpha(withLoners, m), *krippendorffAlpha(base, m));
}

void TestKrippendorff::unusedValuesChangeNothing()
{
    // The aggregator passes every scale point, analyse() only the observed values: the two must
    // agree to the last bit, for every metric (ordinal distances sum over the values in between).
    const QList<QList<double>> units = unitsFromCoders(reliabilityDataC);
    const QList<double> observed { 1, 2, 3, 4, 5 };
    const QList<double> padded { 0, 1, 2, 3, 4, 5, 6, 7 };
    QList<QList<int>> countsObserved;
    QList<QList<int>> countsPadded;
    for (const QList<double> &unit : units) {
        QList<int> a(observed.size(), 0);
        QList<int> b(padded.size(), 0);
        for (double v : unit) {
            ++a[observed.indexOf(v)];
            ++b[padded.indexOf(v)];
        }
        countsObserved.append(a);
        countsPadded.append(b);
    }
    for (Metric m : { Metric::Nominal, Metric::Ordinal, Metric::Interval, Metric::Ratio }) {
        const auto fromValues = krippendorffAlpha(units, m);
        const auto fromObserved = krippendorffAlphaFromCounts(observed, countsObserved, m);
        const auto fromPadded = krippendorffAlphaFromCounts(padded, countsPadded, m);
        QVERIFY(fromValues && fromObserved && fromPadded);
        QVERIFY(*fromValues == *fromObserved);
        QVERIFY(*fromObserved == *fromPadded);
    }
}

void TestKrippendorff::valueOrderWithinUnitDoesNotMatter()
{
    const QList<QList<double>> a { { 1, 2, 3 }, { 2, 2 }, { 3, 1 } };
    const QList<QList<double>> b { { 3, 1, 2 }, { 2, 2 }, { 1, 3 } };
    QCOMPARE(*krippendorffAlpha(a, Metric::Ordinal), *krippendorffAlpha(b, Metric::Ordinal));
}

QTEST_GUILESS_MAIN(TestKrippendorff)
#include "tst_krippendorff.moc"
