#include "models/report/reportcsv.h"

#include "models/export/csv.h"
#include "models/report/reportvalues.h"

#include <algorithm>

namespace panelist::report {

using namespace Qt::StringLiterals;
using analysis::ItemStats;

namespace {

// Every scale value of the rating questions asked, ascending: one count column each. An item whose
// scale lacks a value leaves that column empty.
QList<int> countColumns(const Instrument &instrument)
{
    QList<int> values;
    const auto addScale = [&values](const Scale &scale) {
        for (const ScalePoint &p : scale.points) {
            if (!values.contains(p.value))
                values.append(p.value);
        }
    };
    if (instrument.effectiveness().enabled)
        addScale(instrument.effectivenessScale());
    if (instrument.feasibility().enabled)
        addScale(instrument.feasibilityScale());
    std::sort(values.begin(), values.end());
    return values;
}

QString optionalNumber(const std::optional<double> &d)
{
    return d ? number(*d) : QString();
}

QString boolText(bool b)
{
    return b ? u"true"_s : u"false"_s;
}

QStringList ratingFields(const ItemStats &item, const Scale &scale, const QList<int> &columns)
{
    QStringList f;
    f << QString::number(item.n) << QString::number(item.dontKnow) << QString::number(item.missing);
    for (int value : columns) {
        qsizetype point = -1;
        for (qsizetype i = 0; i < scale.points.size(); ++i) {
            if (scale.points.at(i).value == value)
                point = i;
        }
        f << (point >= 0 && point < item.counts.size() ? QString::number(item.counts.at(point)) : QString());
    }
    f << optionalNumber(item.agreeShare) << optionalNumber(item.disagreeShare)
      << (item.wilson ? number(item.wilson->low) : QString())
      << (item.wilson ? number(item.wilson->high) : QString()) << optionalNumber(item.median)
      << optionalNumber(item.q1) << optionalNumber(item.q3);
    return f;
}

} // namespace

QStringList reportCsvHeader(const Instrument &instrument)
{
    QStringList h { u"group"_s, u"question"_s, u"area_id"_s, u"measure_id"_s, u"n"_s, u"dont_know"_s,
        u"missing"_s };
    for (int value : countColumns(instrument))
        h << u"count_"_s + QString::number(value);
    h << u"agree_share"_s << u"disagree_share"_s << u"wilson_low"_s << u"wilson_high"_s << u"median"_s
      << u"q1"_s << u"q3"_s << u"meets_agreement"_s << u"answered"_s << u"selected"_s << u"selection_share"_s
      << u"meets_selection"_s << u"stand_out"_s;
    return h;
}

QByteArray reportCsv(const Instrument &instrument, const analysis::Figures &results)
{
    const QList<int> columns = countColumns(instrument);
    QByteArray out = Csv::record(reportCsvHeader(instrument));
    for (const analysis::AreaStats &area : results.areas) {
        const analysis::ScopeStats *scope = scopeForArea(instrument, results, area.areaId);
        for (const ItemStats &item : area.measures) {
            const analysis::MeasureSelection *sel = selectionOf(scope, item.measureId);
            QStringList f { results.group, u"effectiveness"_s, area.areaId, item.measureId };
            f << ratingFields(item, instrument.effectivenessScale(), columns) << boolText(item.meetsAgreement)
              << (scope ? QString::number(scope->answered) : QString())
              << (sel ? QString::number(sel->selected) : QString())
              << (sel ? optionalNumber(sel->share) : QString())
              << (sel ? boolText(sel->meetsSelection) : QString())
              << boolText(results.standOut.contains(item.measureId));
            out += Csv::record(f);
        }
    }
    for (const ItemStats &item : results.feasibility) {
        QStringList f { results.group, u"feasibility"_s, QString(), item.measureId };
        // Agreement threshold, selection and stand-out belong to effectiveness: empty here.
        f << ratingFields(item, instrument.feasibilityScale(), columns) << QString() << QString() << QString()
          << QString() << QString() << QString();
        out += Csv::record(f);
    }
    return out;
}

} // namespace panelist::report
