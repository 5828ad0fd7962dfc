#pragma once

#include "models/analysis/statistics.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace panelist::analysis {

// Plain result values shared by the full recompute (analyse()) and the incremental Aggregator.
// Every figure that is undefined for the data at hand is an empty optional ("null" in reports),
// never 0 or NaN. operator== compares every field exactly, doubles included.

// One rating item: a measure's effectiveness in one area, or its feasibility.
struct ItemStats
{
    QString measureId;
    QList<int> counts; // substantive answers per scale point, in the scale's order
    int dontKnow = 0;
    int missing = 0; // included respondents without an answer (or with a value off the scale)
    int n = 0; // substantive answers = sum of counts
    // Each scale point's share of the substantive answers, counts[i] / n in the scale's order ("don't
    // know" is not in n); empty when n == 0. What the dashboard's and the report's Likert bars draw;
    // not a field of the report JSON (docs/report.md), which has the counts and n they come from.
    QList<double> pointShares;
    int agree = 0; // answers above the scale's midpoint
    int disagree = 0; // answers below it
    std::optional<double> agreeShare; // agree / n
    std::optional<double> disagreeShare; // disagree / n
    std::optional<Interval> wilson; // Wilson 95 % interval of agreeShare
    std::optional<double> median; // type-7 quantiles of the substantive values
    std::optional<double> q1;
    std::optional<double> q3;
    bool meetsAgreement = false; // agreeShare > agreement threshold; false when null

    bool operator==(const ItemStats &) const = default;
};

struct AreaStats
{
    QString areaId;
    std::optional<double> alpha; // Krippendorff's alpha, ordinal; units = measures
    QList<ItemStats> measures; // every measure, in instrument order

    bool operator==(const AreaStats &) const = default;
};

struct MeasureSelection
{
    QString measureId;
    int selected = 0; // respondents who picked the measure in this scope
    std::optional<double> share; // selected / answered; null when answered == 0
    bool meetsSelection = false; // share > selection threshold; false when null

    bool operator==(const MeasureSelection &) const = default;
};

struct PairCount
{
    QString first; // earlier in instrument order
    QString second;
    int count = 0; // respondents who picked both

    bool operator==(const PairCount &) const = default;
};

struct CombinationCount
{
    QStringList measures; // one respondent's picks as a set, in instrument order
    int count = 0; // respondents whose picks were exactly this set

    bool operator==(const CombinationCount &) const = default;
};

// The combination question in one scope: an area id, or Instrument::OverallScope.
struct ScopeStats
{
    QString scope;
    int answered = 0; // respondents with at least one valid pick
    QList<MeasureSelection> measures; // every measure, in instrument order
    QList<PairCount> coSelection; // pairs with count > 0, ordered by (first, second)
    QList<CombinationCount> topCombinations; // by count descending, ties in instrument order

    bool operator==(const ScopeStats &) const = default;
};

struct Figures
{
    QString instrumentFingerprint;
    QString group; // expertise group the figures are restricted to; empty = everyone
    int respondents = 0; // responses included (after the group filter)
    QList<AreaStats> areas; // in instrument order; empty when effectiveness is not asked
    QList<ItemStats> feasibility; // every measure; empty when feasibility is not asked
    QList<ScopeStats> selection; // one per Instrument::combinationScopes()
    QStringList standOut; // in instrument order

    bool operator==(const Figures &) const = default;

    const AreaStats *area(const QString &id) const;
    const ScopeStats *scope(const QString &id) const;
};

struct Options
{
    QString group; // expertise group id; empty = all respondents
    int topCombinations = 10; // how many exact combinations to list per scope
};

} // namespace panelist::analysis
