// The item models of the expert survey, driven through a real SurveySession on a temporary response
// file, each watched by QAbstractItemModelTester while it changes.
#include "models/instrument/instrument.h"
#include "models/survey/combinationmodel.h"
#include "models/survey/missingitemsmodel.h"
#include "models/survey/ratingtablemodel.h"
#include "models/survey/surveyoutlinemodel.h"
#include "models/survey/surveysession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace panelist;

namespace {

// Checks that a Status is ok and shows its message when it is not.
#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const Status status_ = (expr);                                                                       \
        QVERIFY2(status_.ok(), qPrintable(status_.error()));                                                 \
    } while (false)

using Tester = QAbstractItemModelTester;
constexpr auto QtTestMode = QAbstractItemModelTester::FailureReportingMode::QtTest;

// The rows a dataChanged spy saw, as (first row, last row, first column, last column).
struct Change
{
    int top, bottom, left, right;
    QList<int> roles;
};

QList<Change> changes(const QSignalSpy &spy)
{
    QList<Change> out;
    for (const QList<QVariant> &args : spy) {
        const auto tl = args.at(0).value<QModelIndex>();
        const auto br = args.at(1).value<QModelIndex>();
        out.append({ tl.row(), br.row(), tl.column(), br.column(), args.at(2).value<QList<int>>() });
    }
    return out;
}

QStringList texts(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data().toString());
    return out;
}

} // namespace

class TestSurveyModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void outlineRows();
    void outlineMeasureStateFollowsRatings();
    void outlineProfileCombinationAndReview();
    void ratingGridMovesCheckBetweenColumns();
    void ratingGridDontKnowAndClear();
    void ratingGridRejectsBadInput();
    void ratingGridIgnoresOtherMeasures();
    void combinationEnforcesMaximum();
    void combinationFollowsSession();
    void missingItemsShrinkAndGrow();
    void completeSurveyLeavesNothingMissing();
    void nullSessionGivesEmptyModels();
    void destroyedSessionEmptiesModels();
    void smallInstrumentWithOverallScopeAndMixedScales();

private:
    const Instrument &instrument() const { return m_session->instrument(); }
    QString area(int i) const { return instrument().areas().at(i).id; }
    QString measure(int i) const { return instrument().measures().at(i).id; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SurveySession> m_session;
};

void TestSurveyModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto session
        = SurveySession::create(m_dir->filePath(u"expert.panelist-response"_s), Instrument::bundled());
    QVERIFY2(session.ok(), qPrintable(session.error()));
    m_session = std::move(session).value();
    QCOMPARE(instrument().areas().size(), 4);
    QCOMPARE(instrument().measures().size(), 27);
}

void TestSurveyModels::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

void TestSurveyModels::outlineRows()
{
    SurveyOutlineModel model(m_session.get());
    Tester tester(&model, QtTestMode);

    QCOMPARE(model.rowCount(), 1 + 27 + 4 + 1);
    QCOMPARE(model.profileRow(), 0);
    QCOMPARE(model.rowForMeasure(u"m01"_s), 1);
    QCOMPARE(model.rowForMeasure(measure(26)), 27);
    QCOMPARE(model.rowForMeasure(u"nope"_s), -1);
    QCOMPARE(model.rowForCombination(area(0)), 28);
    QCOMPARE(model.rowForCombination(area(3)), 31);
    QCOMPARE(model.reviewRow(), 32);

    QCOMPARE(model.index(0).data().toString(), u"Your expertise"_s);
    QCOMPARE(model.index(1).data().toString(), u"1. Pre-deployment risk assessments"_s);
    QCOMPARE(
        model.index(28).data().toString(), u"Preferred combination — "_s + instrument().areas().at(0).name);
    QCOMPARE(model.index(32).data().toString(), u"Review and submit"_s);

    using Role = SurveyOutlineModel::Role;
    using Kind = SurveyOutlineModel::PageKind;
    // The two lines a narrow outline shows: the kind of page over the risk area it is about.
    QCOMPARE(model.index(28).data(int(Role::Heading)).toString(), u"Preferred combination"_s);
    QCOMPARE(model.index(28).data(int(Role::Detail)).toString(), instrument().areas().at(0).name);
    QCOMPARE(model.index(1).data(int(Role::Heading)).toString(), model.index(1).data().toString());
    QVERIFY(model.index(1).data(int(Role::Detail)).toString().isEmpty());
    QCOMPARE(model.index(0).data(int(Role::PageKind)).toInt(), int(Kind::Profile));
    QCOMPARE(model.index(5).data(int(Role::PageKind)).toInt(), int(Kind::Measure));
    QCOMPARE(model.index(5).data(int(Role::Key)).toString(), measure(4));
    QCOMPARE(model.index(29).data(int(Role::PageKind)).toInt(), int(Kind::Combination));
    QCOMPARE(model.index(29).data(int(Role::Key)).toString(), area(1));
    QCOMPARE(model.index(32).data(int(Role::PageKind)).toInt(), int(Kind::Review));
    QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(),
        model.index(1).data().toString() + u"\n0 of 5 rated"_s);
    QCOMPARE(model.index(1).data(Qt::AccessibleTextRole).toString(),
        u"1. Pre-deployment risk assessments, 0 of 5 rated"_s);
    QCOMPARE(model.index(1).data(int(Role::Count)).toString(), u"0 of 5 rated"_s);
}

void TestSurveyModels::outlineMeasureStateFollowsRatings()
{
    SurveyOutlineModel model(m_session.get());
    Tester tester(&model, QtTestMode);
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);

    using Role = SurveyOutlineModel::Role;
    const QString m = measure(2);
    const int row = model.rowForMeasure(m);
    const QModelIndex idx = model.index(row);
    QCOMPARE(idx.data(int(Role::State)).toInt(), int(MeasureState::NotStarted));
    QCOMPARE(idx.data(int(Role::Total)).toInt(), 5);

    QStringList items;
    for (int a = 0; a < 4; ++a)
        items.append(area(a));
    items.append(QString()); // feasibility
    for (int i = 0; i < items.size(); ++i) {
        spy.clear();
        VERIFY_OK(m_session->setRating(m, items.at(i), i == 2 ? Rating::unknown() : Rating::of(i + 1)));
        // Exactly the measure's row and the review row change.
        const QList<Change> seen = changes(spy);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(0).top, row);
        QCOMPARE(seen.at(0).bottom, row);
        QVERIFY(seen.at(0).roles.contains(int(Role::State)));
        QCOMPARE(seen.at(1).top, model.reviewRow());
        QCOMPARE(seen.at(1).bottom, model.reviewRow());

        QCOMPARE(idx.data(int(Role::Answered)).toInt(), i + 1);
        QCOMPARE(
            idx.data(Qt::ToolTipRole).toString(), idx.data().toString() + u"\n%1 of 5 rated"_s.arg(i + 1));
        const auto expected = i < 4 ? MeasureState::Partial : MeasureState::Complete;
        QCOMPARE(idx.data(int(Role::State)).toInt(), int(expected));
    }
    QCOMPARE(idx.data(Qt::AccessibleTextRole).toString(),
        u"3. "_s + instrument().measures().at(2).name + u", 5 of 5 rated"_s);
    // Its neighbours are untouched.
    QCOMPARE(model.index(row - 1).data(int(Role::State)).toInt(), int(MeasureState::NotStarted));
    QCOMPARE(model.index(row + 1).data(int(Role::State)).toInt(), int(MeasureState::NotStarted));

    // Taking one answer back makes it partial again.
    VERIFY_OK(m_session->clearRating(m, area(0)));
    QCOMPARE(idx.data(int(Role::State)).toInt(), int(MeasureState::Partial));
    QCOMPARE(idx.data(Qt::AccessibleTextRole).toString(),
        u"3. "_s + instrument().measures().at(2).name + u", 4 of 5 rated"_s);
}

void TestSurveyModels::outlineProfileCombinationAndReview()
{
    SurveyOutlineModel model(m_session.get());
    Tester tester(&model, QtTestMode);
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    using Role = SurveyOutlineModel::Role;

    const QModelIndex profile = model.index(model.profileRow());
    const QModelIndex review = model.index(model.reviewRow());
    QCOMPARE(profile.data(int(Role::State)).toInt(), int(MeasureState::NotStarted));
    QCOMPARE(review.data(int(Role::State)).toInt(), int(MeasureState::NotStarted));

    VERIFY_OK(m_session->setExpertise({ instrument().expertiseGroups().at(0).id }));
    QCOMPARE(profile.data(int(Role::State)).toInt(), int(MeasureState::Complete));
    QCOMPARE(review.data(int(Role::State)).toInt(), int(MeasureState::Partial));
    QList<Change> seen = changes(spy);
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0).top, model.profileRow());
    QCOMPARE(seen.at(1).top, model.reviewRow());

    spy.clear();
    const QModelIndex combo = model.index(model.rowForCombination(area(1)));
    QCOMPARE(combo.data(int(Role::State)).toInt(), int(MeasureState::NotStarted));
    VERIFY_OK(m_session->setPicked(area(1), measure(0), true));
    QCOMPARE(combo.data(int(Role::State)).toInt(), int(MeasureState::Complete));
    QCOMPARE(combo.data(Qt::ToolTipRole).toString(), combo.data().toString() + u"\n1 chosen, up to 5"_s);
    QCOMPARE(
        combo.data(Qt::AccessibleTextRole).toString(), combo.data().toString() + u", 1 chosen, up to 5"_s);
    QVERIFY(combo.data(Qt::ToolTipRole).toString().startsWith(u"Preferred combination — "_s));
    seen = changes(spy);
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0).top, combo.row());
    QCOMPARE(seen.at(1).top, model.reviewRow());
    // Other areas' combination rows are not complete.
    QCOMPARE(model.index(model.rowForCombination(area(0))).data(int(Role::State)).toInt(),
        int(MeasureState::NotStarted));
}

void TestSurveyModels::ratingGridMovesCheckBetweenColumns()
{
    RatingTableModel model(m_session.get());
    Tester tester(&model, QtTestMode);
    QCOMPARE(model.rowCount(), 0); // no measure yet
    model.setMeasure(u"m01"_s);

    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Strongly disagree"_s);
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), u"Strongly agree"_s);
    QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), u"Don't know"_s);
    QCOMPARE(model.dontKnowColumn(), 5);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), instrument().areas().at(0).name);
    QCOMPARE(model.headerData(4, Qt::Vertical).toString(), u"Technical feasibility"_s);
    const QString prompt = model.headerData(1, Qt::Vertical, Qt::ToolTipRole).toString();
    QVERIFY2(prompt.contains(instrument().areas().at(1).name) && !prompt.contains(u"{area}"_s),
        qPrintable(prompt));
    QCOMPARE(model.rowKey(0), std::make_pair(u"m01"_s, area(0)));
    QCOMPARE(model.rowKey(4), std::make_pair(u"m01"_s, QString()));
    QVERIFY(model.flags(model.index(2, 3)).testFlag(Qt::ItemIsUserCheckable));
    QCOMPARE(model.index(2, 3).data().toString(), QString());

    for (int c = 0; c < model.columnCount(); ++c)
        QCOMPARE(model.index(1, c).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(model.chosenColumn(1), -1);

    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(1, 3), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_session->rating(u"m01"_s, area(1))->value, 4);
    QCOMPARE(model.chosenColumn(1), 3);
    QList<Change> seen = changes(spy);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.at(0).top, 1);
    QCOMPARE(seen.at(0).bottom, 1);
    QCOMPARE(seen.at(0).left, 0);
    QCOMPARE(seen.at(0).right, 5);
    QVERIFY(seen.at(0).roles.contains(Qt::CheckStateRole));
    QVERIFY(seen.at(0).roles.contains(Qt::AccessibleTextRole));
    QCOMPARE(model.index(1, 3).data(Qt::AccessibleTextRole).toString(),
        instrument().areas().at(1).name + u": Somewhat agree, selected"_s);
    QCOMPARE(model.index(1, 2).data(Qt::AccessibleTextRole).toString(),
        instrument().areas().at(1).name + u": Neither agree nor disagree, not selected"_s);

    // Radio semantics: choosing another column moves the check.
    spy.clear();
    VERIFY_OK(model.rate(1, 0));
    QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.index(1, 3).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(m_session->rating(u"m01"_s, area(1))->value, 1);
    QCOMPARE(spy.size(), 1);

    // Digits rate by scale value; the feasibility row is the last one.
    VERIFY_OK(model.rateValue(4, 5));
    QCOMPARE(model.chosenColumn(4), 4);
    QCOMPARE(m_session->rating(u"m01"_s, QString())->value, 5);
    QCOMPARE(model.columnForRating(Rating::of(2)), 1);
    QCOMPARE(model.columnForRating(Rating::unknown()), 5);
    // Other rows stay unanswered.
    QCOMPARE(model.chosenColumn(0), -1);
    QCOMPARE(model.chosenColumn(2), -1);
}

void TestSurveyModels::ratingGridDontKnowAndClear()
{
    RatingTableModel model(m_session.get());
    Tester tester(&model, QtTestMode);
    model.setMeasure(measure(5));

    QVERIFY(model.setData(model.index(2, 5), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(m_session->rating(measure(5), area(2))->dontKnow);
    QCOMPARE(model.index(2, 5).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.chosenColumn(2), 5);

    VERIFY_OK(model.rateValue(2, 2));
    QCOMPARE(model.index(2, 5).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    VERIFY_OK(model.rateDontKnow(2));
    QCOMPARE(model.chosenColumn(2), 5);

    // Unchecking a cell that is not the answer keeps the answer.
    QVERIFY(model.setData(model.index(2, 1), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.chosenColumn(2), 5);
    // Unchecking the answer removes it: the item is absent again, not a default value.
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(2, 5), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!m_session->rating(measure(5), area(2)).has_value());
    QCOMPARE(model.chosenColumn(2), -1);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(changes(spy).at(0).top, 2);

    VERIFY_OK(model.rateValue(3, 4));
    VERIFY_OK(model.clear(3));
    QVERIFY(!m_session->rating(measure(5), area(3)).has_value());

    // Reopening the file shows the same answers.
    VERIFY_OK(model.rateValue(0, 3));
    const QString path = m_session->path();
    model.setSession(nullptr);
    m_session.reset();
    auto reopened = SurveySession::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    m_session = std::move(reopened).value();
    model.setSession(m_session.get());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.chosenColumn(0), 2);
    QCOMPARE(model.chosenColumn(2), -1);
}

void TestSurveyModels::ratingGridRejectsBadInput()
{
    RatingTableModel model(m_session.get());
    Tester tester(&model, QtTestMode);
    model.setMeasure(measure(0));
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);

    const Status offScale = model.rateValue(0, 9);
    QVERIFY(!offScale.ok());
    QVERIFY2(offScale.error().contains(u"9"_s), qPrintable(offScale.error()));
    QVERIFY(!model.rate(7, 0).ok());
    QVERIFY(!model.setData(model.index(0, 0), u"x"_s, Qt::EditRole));
    QCOMPARE(spy.size(), 0);
    QCOMPARE(m_session->answeredCount(), 0);

    model.setMeasure(u"no-such-measure"_s);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestSurveyModels::ratingGridIgnoresOtherMeasures()
{
    RatingTableModel model(m_session.get());
    Tester tester(&model, QtTestMode);
    model.setMeasure(measure(0));
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    VERIFY_OK(m_session->setRating(measure(1), area(0), Rating::of(3)));
    QCOMPARE(spy.size(), 0);
    QCOMPARE(model.chosenColumn(0), -1);

    model.setMeasure(measure(1));
    QCOMPARE(model.chosenColumn(0), 2);
}

void TestSurveyModels::combinationEnforcesMaximum()
{
    CombinationModel model(m_session.get());
    Tester tester(&model, QtTestMode);
    QCOMPARE(model.rowCount(), 0); // no scope yet
    model.setScope(area(0));
    QCOMPARE(model.rowCount(), 27);
    QCOMPARE(model.maxPicks(), 5);
    QCOMPARE(model.summary(), u"0 of 5 chosen"_s);
    QCOMPARE(model.scopeName(), instrument().areas().at(0).name);
    QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(), instrument().measures().at(0).description);
    QVERIFY(!model.prompt().contains(u"{area}"_s));

    QSignalSpy counts(&model, &CombinationModel::countChanged);
    QSignalSpy limit(&model, &CombinationModel::limitReached);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QList<int> rows { 0, 4, 9, 13, 26 };
    for (int row : rows)
        QVERIFY(model.setData(model.index(row), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(counts.size(), 5);
    QCOMPARE(counts.last().at(0).toInt(), 5);
    QCOMPARE(counts.last().at(1).toInt(), 5);
    QCOMPARE(changed.size(), 5);
    QCOMPARE(changes(changed).at(1).top, 4);
    QCOMPARE(changes(changed).at(1).bottom, 4);
    QCOMPARE(model.summary(), u"5 of 5 chosen"_s);
    QCOMPARE(model.pickedCount(), 5);
    QCOMPARE(model.index(9).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.index(9).data(Qt::AccessibleTextRole).toString(),
        instrument().measures().at(9).name + u", chosen"_s);

    // The sixth pick is refused, says why, and changes nothing.
    changed.clear();
    QVERIFY(!model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(limit.size(), 1);
    QCOMPARE(limit.at(0).at(0).toInt(), 5);
    QCOMPARE(model.index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(m_session->picks(area(0)).size(), 5);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(model.summary(), u"5 of 5 chosen"_s);

    // Unpicking one makes room again.
    QVERIFY(model.setData(model.index(4), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.summary(), u"4 of 5 chosen"_s);
    QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_session->picks(area(0)),
        QStringList({ measure(0), measure(9), measure(13), measure(26), measure(1) }));
    // Other areas are separate questions.
    QVERIFY(m_session->picks(area(1)).isEmpty());
}

void TestSurveyModels::combinationFollowsSession()
{
    CombinationModel first(m_session.get());
    CombinationModel second(m_session.get());
    Tester t1(&first, QtTestMode);
    Tester t2(&second, QtTestMode);
    first.setScope(area(2));
    second.setScope(area(3));
    QSignalSpy firstChanged(&first, &QAbstractItemModel::dataChanged);
    QSignalSpy secondChanged(&second, &QAbstractItemModel::dataChanged);

    VERIFY_OK(m_session->setPicked(area(2), measure(7), true));
    QCOMPARE(firstChanged.size(), 1);
    QCOMPARE(changes(firstChanged).at(0).top, 7);
    QCOMPARE(secondChanged.size(), 0);
    QCOMPARE(first.index(7).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(second.index(7).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    // Switching scope shows that scope's picks.
    second.setScope(area(2));
    QCOMPARE(second.summary(), u"1 of 5 chosen"_s);
    second.setScope(u"unknown-scope"_s);
    QCOMPARE(second.rowCount(), 0);
}

void TestSurveyModels::missingItemsShrinkAndGrow()
{
    MissingItemsModel model(m_session.get());
    Tester tester(&model, QtTestMode);
    QCOMPARE(model.rowCount(), 1 + 135 + 4);
    QCOMPARE(model.index(0).data().toString(), u"Your expertise"_s);
    QCOMPARE(
        model.index(0).data(int(MissingItemsModel::Role::Kind)).toInt(), int(MissingItem::Kind::Expertise));

    const QString first = instrument().measures().at(0).name + u" — "_s + instrument().areas().at(1).name
        + u": effectiveness"_s;
    const QStringList before = texts(model);
    const int row = int(before.indexOf(first));
    QCOMPARE(row, 2);
    QCOMPARE(model.index(row).data(int(MissingItemsModel::Role::MeasureId)).toString(), measure(0));
    QCOMPARE(model.index(row).data(int(MissingItemsModel::Role::AreaId)).toString(), area(1));

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy counts(&model, &MissingItemsModel::countChanged);

    VERIFY_OK(m_session->setRating(measure(0), area(1), Rating::of(4)));
    QCOMPARE(model.rowCount(), 139);
    QVERIFY(!texts(model).contains(first));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), row);
    QCOMPARE(removed.at(0).at(2).toInt(), row);
    QCOMPARE(counts.last().at(0).toInt(), 139);

    // A "don't know" is an answer too.
    VERIFY_OK(m_session->setRating(measure(0), QString(), Rating::unknown()));
    QVERIFY(!texts(model).contains(instrument().measures().at(0).name + u": technical feasibility"_s));
    QCOMPARE(model.rowCount(), 138);

    // Taking the answer back puts the item back in the same place.
    VERIFY_OK(m_session->clearRating(measure(0), area(1)));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), row);
    QCOMPARE(model.index(row).data().toString(), first);

    VERIFY_OK(m_session->setExpertise({ instrument().expertiseGroups().at(1).id }));
    QVERIFY(!texts(model).contains(u"Your expertise"_s));
    const QString combo = u"Preferred combination — "_s + instrument().areas().at(3).name;
    QVERIFY(texts(model).contains(combo));
    VERIFY_OK(m_session->setPicked(area(3), measure(2), true));
    QVERIFY(!texts(model).contains(combo));
    QCOMPARE(model.rowCount(), 138 + 1 - 1 - 1);
    QCOMPARE(reset.size(), 0);
}

void TestSurveyModels::completeSurveyLeavesNothingMissing()
{
    SurveyOutlineModel outline(m_session.get());
    MissingItemsModel missing(m_session.get());
    Tester t1(&outline, QtTestMode);
    Tester t2(&missing, QtTestMode);

    VERIFY_OK(m_session->setExpertise({ instrument().expertiseGroups().at(0).id }));
    for (const Measure &m : instrument().measures()) {
        RatingTableModel grid(m_session.get());
        Tester t3(&grid, QtTestMode);
        grid.setMeasure(m.id);
        for (int row = 0; row < grid.rowCount(); ++row)
            VERIFY_OK(grid.rateValue(row, 1 + row % 5));
    }
    QCOMPARE(m_session->answeredCount(), 135);
    QCOMPARE(missing.rowCount(), 4);
    QCOMPARE(outline.index(outline.reviewRow()).data(int(SurveyOutlineModel::Role::State)).toInt(),
        int(MeasureState::Partial));
    for (int a = 0; a < 4; ++a) {
        CombinationModel combination(m_session.get());
        combination.setScope(area(a));
        QVERIFY(combination.setPicked(a, true));
    }
    QCOMPARE(missing.rowCount(), 0);
    const QModelIndex review = outline.index(outline.reviewRow());
    QCOMPARE(review.data(int(SurveyOutlineModel::Role::State)).toInt(), int(MeasureState::Complete));
    QCOMPARE(review.data(Qt::ToolTipRole).toString(), u"Review and submit\neverything answered"_s);
    for (int row = 1; row <= 27; ++row)
        QCOMPARE(outline.index(row).data(int(SurveyOutlineModel::Role::State)).toInt(),
            int(MeasureState::Complete));
}

void TestSurveyModels::nullSessionGivesEmptyModels()
{
    SurveyOutlineModel outline;
    RatingTableModel grid;
    CombinationModel combination;
    MissingItemsModel missing;
    Tester t1(&outline, QtTestMode);
    Tester t2(&grid, QtTestMode);
    Tester t3(&combination, QtTestMode);
    Tester t4(&missing, QtTestMode);
    QCOMPARE(outline.rowCount(), 0);
    QCOMPARE(outline.reviewRow(), -1);
    QVERIFY(!grid.rate(0, 0).ok());
    QCOMPARE(combination.summary(), u"0 of 0 chosen"_s);

    outline.setSession(m_session.get());
    grid.setSession(m_session.get());
    grid.setMeasure(measure(0));
    combination.setSession(m_session.get());
    combination.setScope(area(0));
    missing.setSession(m_session.get());
    QCOMPARE(outline.rowCount(), 33);
    QCOMPARE(grid.rowCount(), 5);
    QCOMPARE(combination.rowCount(), 27);
    QCOMPARE(missing.rowCount(), 140);

    outline.setSession(nullptr);
    grid.setSession(nullptr);
    combination.setSession(nullptr);
    missing.setSession(nullptr);
    QCOMPARE(outline.rowCount(), 0);
    QCOMPARE(grid.rowCount(), 0);
    QCOMPARE(grid.columnCount(), 0);
    QCOMPARE(combination.rowCount(), 0);
    QCOMPARE(missing.rowCount(), 0);
    // Answers given while detached do not reach the models.
    VERIFY_OK(m_session->setRating(measure(0), area(0), Rating::of(2)));
    QCOMPARE(missing.rowCount(), 0);
}

void TestSurveyModels::destroyedSessionEmptiesModels()
{
    SurveyOutlineModel outline(m_session.get());
    RatingTableModel grid(m_session.get());
    CombinationModel combination(m_session.get());
    MissingItemsModel missing(m_session.get());
    Tester t1(&outline, QtTestMode);
    Tester t2(&grid, QtTestMode);
    Tester t3(&combination, QtTestMode);
    Tester t4(&missing, QtTestMode);
    grid.setMeasure(measure(0));
    combination.setScope(area(0));

    m_session.reset();
    QCOMPARE(outline.rowCount(), 0);
    QCOMPARE(grid.rowCount(), 0);
    QCOMPARE(combination.rowCount(), 0);
    QCOMPARE(missing.rowCount(), 0);
    QCOMPARE(outline.session(), nullptr);
}

// Overall combination scope with one pick, a feasibility scale of 3 points without "don't know",
// and a measure that asks no feasibility: the shapes the bundled instrument does not have.
void TestSurveyModels::smallInstrumentWithOverallScopeAndMixedScales()
{
    const QByteArray json = R"({
      "format": "panelist-instrument", "version": 1,
      "study": {"id": "small", "title": "Small study"},
      "areas": [{"id": "cyber", "name": "Cyber attacks", "definition": ""},
                {"id": "bias", "name": "Discrimination", "definition": ""}],
      "scales": [
        {"id": "agree5", "points": [{"value": 1, "label": "Strongly disagree"}, {"value": 2, "label": "Disagree"},
          {"value": 3, "label": "Neutral"}, {"value": 4, "label": "Agree"}, {"value": 5, "label": "Strongly agree"}],
         "dont_know": {"label": "No idea"}},
        {"id": "easy3", "points": [{"value": 1, "label": "Hard"}, {"value": 2, "label": "Doable"},
          {"value": 3, "label": "Easy"}]}],
      "questions": {
        "effectiveness": {"scale": "agree5", "prompt": "Does it reduce {area}?"},
        "feasibility": {"scale": "easy3", "prompt": "How feasible is {measure}?"}},
      "measures": [
        {"id": "audits", "name": "Third-party audits", "description": "Outside checks."},
        {"id": "drills", "name": "Safety drills", "description": "Rehearsals.", "questions": ["effectiveness"]}],
      "combination": {"scope": "overall", "max_picks": 1, "prompt": "Which one would you pick?"},
      "profile": {"expertise": [{"id": "security", "name": "Computer security"}]},
      "thresholds": {"agreement": 0.6, "selection": 0.4}
    })";
    auto small = Instrument::fromJson(json, u"small.json"_s);
    QVERIFY2(small.ok(), qPrintable(small.error()));
    m_session.reset();
    auto session = SurveySession::create(m_dir->filePath(u"small.panelist-response"_s), *small);
    QVERIFY2(session.ok(), qPrintable(session.error()));
    m_session = std::move(session).value();

    SurveyOutlineModel outline(m_session.get());
    RatingTableModel grid(m_session.get());
    CombinationModel combination(m_session.get());
    MissingItemsModel missing(m_session.get());
    Tester t1(&outline, QtTestMode);
    Tester t2(&grid, QtTestMode);
    Tester t3(&combination, QtTestMode);
    Tester t4(&missing, QtTestMode);

    QCOMPARE(texts(outline),
        QStringList({ u"Your expertise"_s, u"1. Third-party audits"_s, u"2. Safety drills"_s,
            u"Preferred combination"_s, u"Review and submit"_s }));
    QCOMPARE(outline.rowForCombination(Instrument::OverallScope), 3);
    QCOMPARE(outline.index(2).data(int(SurveyOutlineModel::Role::Total)).toInt(), 2);
    QCOMPARE(missing.rowCount(), 1 + 3 + 2 + 1);

    // No feasibility row for a measure that does not ask it.
    grid.setMeasure(u"drills"_s);
    QCOMPARE(grid.rowCount(), 2);
    QCOMPARE(grid.headerData(5, Qt::Horizontal).toString(), u"No idea"_s);
    QCOMPARE(
        grid.headerData(1, Qt::Vertical, Qt::ToolTipRole).toString(), u"Does it reduce Discrimination?"_s);

    // The feasibility row has only its own scale's three points, and no "don't know".
    grid.setMeasure(u"audits"_s);
    QCOMPARE(grid.rowCount(), 3);
    QCOMPARE(grid.columnCount(), 6);
    QCOMPARE(grid.headerData(2, Qt::Vertical, Qt::ToolTipRole).toString(),
        u"How feasible is Third-party audits?"_s);
    QVERIFY(grid.flags(grid.index(2, 2)).testFlag(Qt::ItemIsEnabled));
    QVERIFY(!grid.flags(grid.index(2, 3)).testFlag(Qt::ItemIsEnabled));
    QVERIFY(!grid.flags(grid.index(2, 5)).testFlag(Qt::ItemIsEnabled));
    QVERIFY(!grid.rateDontKnow(2).ok());
    QVERIFY(!grid.rateValue(2, 4).ok());
    QVERIFY(!grid.setData(grid.index(2, 4), Qt::Checked, Qt::CheckStateRole));
    VERIFY_OK(grid.rateValue(2, 3));
    QCOMPARE(grid.chosenColumn(2), 2);
    QCOMPARE(
        grid.index(2, 2).data(Qt::AccessibleTextRole).toString(), u"Technical feasibility: Easy, selected"_s);
    VERIFY_OK(grid.rateDontKnow(0));
    QCOMPARE(grid.chosenColumn(0), 5);

    combination.setScope(Instrument::OverallScope);
    QCOMPARE(combination.scopeName(), QString());
    QCOMPARE(combination.rowCount(), 2);
    QSignalSpy limit(&combination, &CombinationModel::limitReached);
    QVERIFY(combination.setPicked(1, true));
    QVERIFY(!combination.setPicked(0, true));
    QCOMPARE(limit.size(), 1);
    QCOMPARE(combination.summary(), u"1 of 1 chosen"_s);
    QCOMPARE(
        outline.index(3).data(int(SurveyOutlineModel::Role::State)).toInt(), int(MeasureState::Complete));
    QCOMPARE(missing.rowCount(), 1 + 1 + 2);
    QCOMPARE(texts(missing),
        QStringList({ u"Your expertise"_s, u"Third-party audits — Discrimination: effectiveness"_s,
            u"Safety drills — Cyber attacks: effectiveness"_s,
            u"Safety drills — Discrimination: effectiveness"_s }));
}

QTEST_GUILESS_MAIN(TestSurveyModels)
#include "tst_surveymodels.moc"
