#include "models/report/reportvalues.h"

#include <QLocale>

#include <cmath>

namespace panelist::report {

using namespace Qt::StringLiterals;

QString number(double d)
{
    if (!std::isfinite(d))
        return u"null"_s; // never produced by analysis (undefined figures are empty optionals)
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

const analysis::ScopeStats *scopeForArea(
    const Instrument &instrument, const analysis::Figures &results, const QString &areaId)
{
    if (!instrument.combination().enabled)
        return nullptr;
    if (instrument.combination().scope == CombinationScope::Overall)
        return results.scope(Instrument::OverallScope);
    return results.scope(areaId);
}

const analysis::MeasureSelection *selectionOf(const analysis::ScopeStats *scope, const QString &measureId)
{
    if (!scope)
        return nullptr;
    for (const analysis::MeasureSelection &m : scope->measures) {
        if (m.measureId == measureId)
            return &m;
    }
    return nullptr;
}

QString measureName(const Instrument &instrument, const QString &id)
{
    const int i = instrument.measureIndex(id);
    return i < 0 ? id : instrument.measures().at(i).name;
}

QString areaName(const Instrument &instrument, const QString &id)
{
    if (id == Instrument::OverallScope)
        return u"All areas"_s;
    const int i = instrument.areaIndex(id);
    return i < 0 ? id : instrument.areas().at(i).name;
}

QString groupName(const Instrument &instrument, const QString &id)
{
    const int i = instrument.expertiseIndex(id);
    return i < 0 ? id : instrument.expertiseGroups().at(i).name;
}

QString percent(const std::optional<double> &share)
{
    if (!share)
        return u"–"_s;
    return QString::number(*share * 100.0, 'f', 1) + u"\u00a0%"_s;
}

} // namespace panelist::report
