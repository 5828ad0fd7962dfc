// The item models over analysis::Figures: QAbstractItemModelTester through several updates, values
// equal to the Figures, exact dataChanged (every changed cell covered, nothing else), a layout
// change only when the order changes, never a reset.
#include "models/analysis/analysis.h"
#include "models/presenter/agreementmodel.h"
#include "models/presenter/coselectionmodel.h"
#include "models/presenter/selectionmodel.h"
#include "models/simulate/simulate.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace Qt::StringLiterals;
using namespace panelist;

namespace {

const Instrument &instrument()
{
    static const Instrument ins = Instrument::bundled();
    return ins;
}

analysis::Figures figuresFor(int experts, quint64 seed = 11, const QString &group = {})
{
    analysis::Options options;
    options.group = group;
    return analysis::analyse(instrument(), simulateResponses(instrument(), experts, seed), options);
}

// Every cell's values for the roles a view reads, keyed by a stable key for the row (the measure
// id, since rows may move) and the column.
using Key = std::pair<QString, int>;
using Snapshot = std::map<Key, QVariantList>;

Snapshot snapshot(const QAbstractItemModel &model, const QList<int> &roles, int keyRole)
{
    Snapshot s;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex i = model.index(r, c);
            QVariantList values;
            for (int role : roles)
                values.append(i.data(role));
            const QString key = keyRole < 0 ? QString::number(r) : i.data(keyRole).toString();
            s[{ key, c }] = values;
        }
    }
    return s;
}

// Applies an update and checks that the dataChanged signals cover exactly the cells whose values
// changed. Returns how many layout changes were signalled.
template<typename Model>
int checkExactUpdate(Model &model, const analysis::Figures &results, const QList<int> &roles, int keyRole)
{
    const Snapshot before = snapshot(model, roles, keyRole);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setFigures(results);
    const Snapshot after = snapshot(model, roles, keyRole);
    std::set<Key> covered;
    for (const QList<QVariant> &args : changed) {
        const QModelIndex tl = args[0].toModelIndex();
        const QModelIndex br = args[1].toModelIndex();
        for (int r = tl.row(); r <= br.row(); ++r) {
            for (int c = tl.column(); c <= br.column(); ++c) {
                const QString key
                    = keyRole < 0 ? QString::number(r) : model.index(r, c).data(keyRole).toString();
                covered.insert({ key, c });
            }
        }
    }
    for (const auto &[key, values] : after) {
        const bool differs = before.at(key) != values;
        if (differs != bool(covered.count(key)))
            qWarning() << "cell" << key.first << key.second
                       << (differs ? "changed unsignalled" : "signalled unchanged");
        if (differs != bool(covered.count(key)))
            return -1;
    }
    if (reset.count() != 0 || inserted.count() != 0)
        return -1;
    return int(layout.count());
}

} // namespace

class TestPresenterModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreementFollowsFigures();
    void agreementLayoutOnlyWhenOrderChanges();
    void selectionFollowsFigures();
    void coSelectionFollowsFigures();
};

void TestPresenterModels::agreementFollowsFigures()
{
    const QString area = instrument().areas().first().id;
    AgreementModel model(instrument(), area);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), instrument().measures().size());
    QCOMPARE(model.columnCount(), 1 + 5 + 5);
    QCOMPARE(model.headerData(model.pointColumn(0), Qt::Horizontal).toString(), u"Strongly disagree"_s);
    QCOMPARE(model.index(0, model.nColumn()).data().toInt(), 0);
    QVERIFY(!model.index(0, model.agreeShareColumn()).data(int(AgreementModel::Role::Value)).isValid());

    const QList<int> roles
        = { Qt::DisplayRole, int(AgreementModel::Role::Value), int(AgreementModel::Role::Share),
              int(AgreementModel::Role::WilsonLow), int(AgreementModel::Role::WilsonHigh) };
    const int key = int(AgreementModel::Role::MeasureId);
    for (int experts : { 3, 10, 11, 40, 41, 0, 25 }) {
        const analysis::Figures results = figuresFor(experts);
        QVERIFY2(checkExactUpdate(model, results, roles, key) >= 0, qPrintable(u"%1 experts"_s.arg(experts)));
        const analysis::AreaStats *stats = results.area(area);
        QVERIFY(stats);
        std::optional<double> previous;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString id = model.index(r, 0).data(key).toString();
            const auto it = std::find_if(stats->measures.begin(), stats->measures.end(),
                [&](const analysis::ItemStats &s) { return s.measureId == id; });
            QVERIFY(it != stats->measures.end());
            QCOMPARE(model.stats(r), *it);
            QCOMPARE(model.index(r, model.nColumn()).data().toInt(), it->n);
            QCOMPARE(model.index(r, model.pointColumn(4)).data().toInt(), it->counts[4]);
            QCOMPARE(model.index(r, model.dontKnowColumn()).data().toInt(), it->dontKnow);
            QCOMPARE(model.index(r, model.meetsColumn()).data(int(AgreementModel::Role::Value)).toBool(),
                it->meetsAgreement);
            // Sorted by agreement share, highest first; undefined shares last.
            const QVariant share
                = model.index(r, model.agreeShareColumn()).data(int(AgreementModel::Role::Value));
            if (experts > 0)
                QVERIFY(share.isValid());
            if (share.isValid() && previous)
                QVERIFY(share.toDouble() <= *previous);
            if (share.isValid())
                previous = share.toDouble();
            if (it->n > 0) {
                QCOMPARE(
                    model.index(r, model.pointColumn(0)).data(int(AgreementModel::Role::Share)).toDouble(),
                    double(it->counts[0]) / it->n);
            }
        }
    }
}

void TestPresenterModels::agreementLayoutOnlyWhenOrderChanges()
{
    const QString area = instrument().areas().at(2).id;
    AgreementModel model(instrument(), area);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<int> roles
        = { Qt::DisplayRole, int(AgreementModel::Role::Value), int(AgreementModel::Role::Share),
              int(AgreementModel::Role::WilsonLow), int(AgreementModel::Role::WilsonHigh) };
    const int key = int(AgreementModel::Role::MeasureId);

    QCOMPARE(checkExactUpdate(model, figuresFor(30), roles, key), 1); // from instrument order to ranked
    // The same Figures again: nothing changes, nothing is signalled.
    QSignalSpy any(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(checkExactUpdate(model, figuresFor(30), roles, key), 0);
    QCOMPARE(any.count(), 0);

    // A persistent index follows its measure through a reorder.
    const QPersistentModelIndex top(model.index(0, model.nColumn()));
    const QString topId = top.data(key).toString();
    int layouts = 0;
    for (int experts = 31; experts <= 60; ++experts) {
        const int l = checkExactUpdate(model, figuresFor(experts), roles, key);
        QVERIFY(l >= 0);
        layouts += l;
        QCOMPARE(top.data(key).toString(), topId);
        QCOMPARE(top.column(), model.nColumn());
    }
    QVERIFY2(layouts > 0, "30 successive studies never changed the ranking: the test shows nothing");
    QVERIFY(layouts < 30);
}

void TestPresenterModels::selectionFollowsFigures()
{
    SelectionModel model(instrument());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), instrument().combinationScopes().size());
    QCOMPARE(model.rowCount(), instrument().measures().size());
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), instrument().areas().first().name);
    const QList<int> roles = { Qt::DisplayRole, int(SelectionModel::Role::Value),
        int(SelectionModel::Role::Selected), int(SelectionModel::Role::Meets) };
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    for (int experts : { 4, 12, 50, 0, 9 }) {
        const analysis::Figures results = figuresFor(experts, 5);
        QCOMPARE(checkExactUpdate(model, results, roles, -1), 0);
        for (int c = 0; c < model.columnCount(); ++c) {
            const analysis::ScopeStats *scope = results.scope(model.scopes()[c]);
            QVERIFY(scope);
            QCOMPARE(model.headerData(c, Qt::Horizontal, int(SelectionModel::Role::Answered)).toInt(),
                scope->answered);
            for (int r = 0; r < model.rowCount(); ++r) {
                QCOMPARE(model.selection(r, c), scope->measures[r]);
                const QModelIndex i = model.index(r, c);
                QCOMPARE(i.data(int(SelectionModel::Role::Selected)).toInt(), scope->measures[r].selected);
                QCOMPARE(
                    i.data(int(SelectionModel::Role::Meets)).toBool(), scope->measures[r].meetsSelection);
                QCOMPARE(i.data(int(SelectionModel::Role::Value)).isValid(), scope->answered > 0);
            }
        }
    }
    QVERIFY(header.count() >= 4);
}

void TestPresenterModels::coSelectionFollowsFigures()
{
    const QString scope = instrument().combinationScopes().last();
    CoSelectionModel model(instrument(), scope);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<int> roles = { Qt::DisplayRole, int(CoSelectionModel::Role::Value) };
    for (int experts : { 6, 20, 21, 0, 33 }) {
        const analysis::Figures results = figuresFor(experts, 3);
        QCOMPARE(checkExactUpdate(model, results, roles, -1), 0);
        const analysis::ScopeStats *stats = results.scope(scope);
        QVERIFY(stats);
        QCOMPARE(model.answered(), stats->answered);
        int maxPair = 0;
        for (const analysis::PairCount &p : stats->coSelection) {
            const int i = instrument().measureIndex(p.first);
            const int j = instrument().measureIndex(p.second);
            QCOMPARE(model.index(i, j).data().toInt(), p.count);
            QCOMPARE(model.index(j, i).data().toInt(), p.count);
            maxPair = std::max(maxPair, p.count);
        }
        QCOMPARE(model.maxPairCount(), maxPair);
        int total = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.count(r, r), stats->measures[r].selected);
            for (int c = r + 1; c < model.columnCount(); ++c)
                total += model.count(r, c);
        }
        int expected = 0;
        for (const analysis::PairCount &p : stats->coSelection)
            expected += p.count;
        QCOMPARE(total, expected);
        if (experts > 0)
            QVERIFY(maxPair > 0);
    }
    QCOMPARE(model.headerData(2, Qt::Vertical).toInt(), 3);
    QCOMPARE(model.headerData(2, Qt::Vertical, Qt::ToolTipRole).toString(), instrument().measures()[2].name);
}

QTEST_GUILESS_MAIN(TestPresenterModels)
#include "tst_presentermodels.moc"
