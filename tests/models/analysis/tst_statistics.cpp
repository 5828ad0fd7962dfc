#include "models/analysis/statistics.h"

#include <QTest>

#include <cmath>

using namespace panelist::analysis;

// Wilson intervals and type-7 quantiles against published and hand-computed values.
class TestStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wilson_data();
    void wilson();
    void wilsonUndefinedWithoutAnswers();
    void wilsonStaysInUnitRangeAroundShare();
    void quantiles_data();
    void quantiles();
    void quantilesFromCountsMatchSortedSample();
    void quantilesOfNothingAreNull();
};

static double round4(double x)
{
    return std::round(x * 1e4) / 1e4;
}

void TestStatistics::wilson_data()
{
    QTest::addColumn<int>("successes");
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // Published: Wilson 95 % for 81 of 263 (Wikipedia "Binomial proportion confidence interval").
    QTest::newRow("81 of 263") << 81 << 263 << 0.2553 << 0.3662;
    // By hand: p = 1/2, n = 4 -> centre 0.5, half-width 0.3500
    // (R: prop.test(2, 4, correct = FALSE)$conf.int = 0.1500, 0.8500).
    QTest::newRow("2 of 4") << 2 << 4 << 0.1500 << 0.8500;
    // R: prop.test(0, 10, correct = FALSE)$conf.int = 0.0000, 0.2775.
    QTest::newRow("0 of 10") << 0 << 10 << 0.0 << 0.2775;
    // R: prop.test(10, 10, correct = FALSE)$conf.int = 0.7225, 1.0000.
    QTest::newRow("10 of 10") << 10 << 10 << 0.7225 << 1.0;
}

void TestStatistics::wilson()
{
    QFETCH(int, successes);
    QFETCH(int, n);
    QFETCH(double, low);
    QFETCH(double, high);
    const auto interval = wilsonInterval(successes, n);
    QVERIFY(interval.has_value());
    QCOMPARE(round4(interval->low), low);
    QCOMPARE(round4(interval->high), high);
    const double p = double(successes) / n;
    QVERIFY(interval->low <= p && p <= interval->high);
}

void TestStatistics::wilsonUndefinedWithoutAnswers()
{
    QVERIFY(!wilsonInterval(0, 0).has_value());
}

void TestStatistics::wilsonStaysInUnitRangeAroundShare()
{
    // Within [0, 1], around the observed share, and touching 0 or 1 exactly at the extremes.
    for (int n = 1; n <= 200; ++n) {
        for (int k = 0; k <= n; ++k) {
            const auto i = wilsonInterval(k, n);
            const double p = double(k) / n;
            QVERIFY(0.0 <= i->low && i->low <= p && p <= i->high && i->high <= 1.0);
            QCOMPARE(i->low == 0.0, k == 0);
            QCOMPARE(i->high == 1.0, k == n);
        }
    }
}

void TestStatistics::quantiles_data()
{
    QTest::addColumn<QList<double>>("sorted");
    QTest::addColumn<double>("q1");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("q3");
    // Type 7: h = (n - 1) p on 0-based order statistics, linear in between (R quantile()).
    QTest::newRow("1..4") << QList<double> { 1, 2, 3, 4 } << 1.75 << 2.5 << 3.25;
    QTest::newRow("single") << QList<double> { 3 } << 3.0 << 3.0 << 3.0;
    QTest::newRow("two") << QList<double> { 1, 5 } << 2.0 << 3.0 << 4.0;
    // n = 5: h = 1, 2, 3 exactly -> the order statistics themselves.
    QTest::newRow("1,2,2,4,5") << QList<double> { 1, 2, 2, 4, 5 } << 2.0 << 2.0 << 4.0;
    // n = 6: h = 1.25, 2.5, 3.75 -> 1 + .25 * (2 - 1), 2 + .5 * (3 - 2), 3 + .75 * (4 - 3).
    QTest::newRow("1,1,2,3,4,5") << QList<double> { 1, 1, 2, 3, 4, 5 } << 1.25 << 2.5 << 3.75;
    QTest::newRow("ties") << QList<double> { 4, 4, 4 } << 4.0 << 4.0 << 4.0;
}

void TestStatistics::quantiles()
{
    QFETCH(QList<double>, sorted);
    QFETCH(double, q1);
    QFETCH(double, median);
    QFETCH(double, q3);
    QCOMPARE(*quantileType7(sorted, 0.25), q1);
    QCOMPARE(*quantileType7(sorted, 0.5), median);
    QCOMPARE(*quantileType7(sorted, 0.75), q3);
    QCOMPARE(*quantileType7(sorted, 0.0), sorted.constFirst());
    QCOMPARE(*quantileType7(sorted, 1.0), sorted.constLast());
}

void TestStatistics::quantilesFromCountsMatchSortedSample()
{
    // Every count vector over a 5-point scale with up to 4 answers per point: the per-count path
    // must give bit-identical quantiles to the expanded sorted sample.
    const QList<int> values { 1, 2, 3, 4, 5 };
    int checked = 0;
    for (int code = 0; code < 5 * 5 * 5 * 5 * 5; ++code) {
        QList<int> counts;
        QList<double> sample;
        int rest = code;
        for (int v : values) {
            const int c = rest % 5;
            rest /= 5;
            counts.append(c);
            for (int i = 0; i < c; ++i)
                sample.append(v);
        }
        for (double p : { 0.0, 0.25, 0.5, 0.75, 1.0, 0.1, 0.9 }) {
            const auto a = quantileType7(sample, p);
            const auto b = quantileFromCounts(values, counts, p);
            QCOMPARE(a.has_value(), b.has_value());
            if (a) {
                QVERIFY2(*a == *b,
                    qPrintable(QStringLiteral("code %1 p %2: %3 vs %4").arg(code).arg(p).arg(*a).arg(*b)));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 0);
}

void TestStatistics::quantilesOfNothingAreNull()
{
    QVERIFY(!quantileType7({}, 0.5).has_value());
    QVERIFY(!quantileFromCounts({ 1, 2, 3 }, { 0, 0, 0 }, 0.5).has_value());
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
