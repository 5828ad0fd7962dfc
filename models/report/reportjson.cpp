#include "models/report/reportjson.h"

#include "models/report/jsonwriter.h"
#include "models/report/reportvalues.h"

namespace panelist::report {

using namespace Qt::StringLiterals;
using analysis::ItemStats;
using analysis::ScopeStats;

namespace {

void writeInterval(JsonWriter &w, const std::optional<analysis::Interval> &interval)
{
    if (!interval) {
        w.null();
        return;
    }
    w.beginArray(JsonWriter::Layout::Inline);
    w.value(interval->low);
    w.value(interval->high);
    w.endArray();
}

void writeIntList(JsonWriter &w, const QList<int> &values)
{
    w.beginArray(JsonWriter::Layout::Inline);
    for (int v : values)
        w.value(v);
    w.endArray();
}

void writePoints(JsonWriter &w, const Scale &scale)
{
    QList<int> values;
    for (const ScalePoint &p : scale.points)
        values.append(p.value);
    writeIntList(w, values);
}

// The rating fields shared by effectiveness and feasibility items, in the documented order.
void writeRating(JsonWriter &w, const ItemStats &item)
{
    w.key(u"id");
    w.value(item.measureId);
    w.key(u"n");
    w.value(item.n);
    w.key(u"dont_know");
    w.value(item.dontKnow);
    w.key(u"missing");
    w.value(item.missing);
    w.key(u"counts");
    writeIntList(w, item.counts);
    w.key(u"agree_share");
    w.value(item.agreeShare);
    w.key(u"disagree_share");
    w.value(item.disagreeShare);
    w.key(u"wilson");
    writeInterval(w, item.wilson);
    w.key(u"median");
    w.value(item.median);
    w.key(u"q1");
    w.value(item.q1);
    w.key(u"q3");
    w.value(item.q3);
}

void writeCoSelection(JsonWriter &w, const ScopeStats *scope)
{
    w.beginArray();
    if (scope) {
        for (const analysis::PairCount &p : scope->coSelection) {
            w.beginArray(JsonWriter::Layout::Inline);
            w.value(p.first);
            w.value(p.second);
            w.value(p.count);
            w.endArray();
        }
    }
    w.endArray();
}

void writeTopCombinations(JsonWriter &w, const ScopeStats *scope)
{
    w.beginArray();
    if (scope) {
        for (const analysis::CombinationCount &c : scope->topCombinations) {
            w.beginObject();
            w.key(u"measures");
            w.beginArray(JsonWriter::Layout::Inline);
            for (const QString &m : c.measures)
                w.value(m);
            w.endArray();
            w.key(u"count");
            w.value(c.count);
            w.endObject();
        }
    }
    w.endArray();
}

void writeArea(JsonWriter &w, const Instrument &instrument, const analysis::Figures &results,
    const analysis::AreaStats &area)
{
    const ScopeStats *scope = scopeForArea(instrument, results, area.areaId);
    w.beginObject();
    w.key(u"id");
    w.value(area.areaId);
    w.key(u"alpha");
    w.value(area.alpha);
    w.key(u"answered");
    w.value(scope ? std::optional<int>(scope->answered) : std::nullopt);
    w.key(u"measures");
    w.beginArray();
    for (const ItemStats &item : area.measures) {
        const analysis::MeasureSelection *sel = selectionOf(scope, item.measureId);
        w.beginObject();
        writeRating(w, item);
        w.key(u"meets_agreement");
        w.value(item.meetsAgreement);
        w.key(u"selected");
        w.value(sel ? std::optional<int>(sel->selected) : std::nullopt);
        w.key(u"selection_share");
        w.value(sel ? sel->share : std::nullopt);
        w.key(u"meets_selection");
        w.value(sel ? std::optional<bool>(sel->meetsSelection) : std::nullopt);
        w.endObject();
    }
    w.endArray();
    w.key(u"co_selection");
    writeCoSelection(w, scope);
    w.key(u"top_combinations");
    writeTopCombinations(w, scope);
    w.endObject();
}

// Only for an overall combination question: its figures once, at the top level.
void writeOverallSelection(JsonWriter &w, const analysis::Figures &results)
{
    const ScopeStats *scope = results.scope(Instrument::OverallScope);
    if (!scope) {
        w.null();
        return;
    }
    w.beginObject();
    w.key(u"scope");
    w.value(scope->scope);
    w.key(u"answered");
    w.value(scope->answered);
    w.key(u"measures");
    w.beginArray();
    for (const analysis::MeasureSelection &m : scope->measures) {
        w.beginObject();
        w.key(u"id");
        w.value(m.measureId);
        w.key(u"selected");
        w.value(m.selected);
        w.key(u"selection_share");
        w.value(m.share);
        w.key(u"meets_selection");
        w.value(m.meetsSelection);
        w.endObject();
    }
    w.endArray();
    w.key(u"co_selection");
    writeCoSelection(w, scope);
    w.key(u"top_combinations");
    writeTopCombinations(w, scope);
    w.endObject();
}

// Whether the study requires signed responses, and how many of its counting ones are unsigned.
void signatures(JsonWriter &w, const std::optional<StudyProvenance> &study)
{
    if (!study) {
        w.null();
        return;
    }
    w.beginObject();
    w.key(u"required");
    w.value(study->settings.requireSignatures);
    w.key(u"coordinator_key");
    if (study->settings.coordinatorKeyFingerprint.isEmpty())
        w.null();
    else
        w.value(study->settings.coordinatorKeyFingerprint);
    w.key(u"counting");
    w.value(int(study->counting));
    w.key(u"unsigned");
    w.value(int(study->unsignedCounting));
    w.endObject();
}

QString scopeName(const Instrument &instrument)
{
    if (!instrument.combination().enabled)
        return {};
    return instrument.combination().scope == CombinationScope::Overall ? u"overall"_s : u"per-area"_s;
}

} // namespace

QByteArray reportJson(const Instrument &instrument, const analysis::Figures &results,
    const std::optional<StudyProvenance> &study)
{
    JsonWriter w;
    w.beginObject();
    w.key(u"format");
    w.value(u"panelist-report"_s);
    w.key(u"version");
    w.value(1);
    w.key(u"instrument");
    w.value(results.instrumentFingerprint);
    w.key(u"study");
    w.beginObject();
    w.key(u"id");
    w.value(instrument.study().id);
    w.key(u"title");
    w.value(instrument.study().title);
    w.key(u"citation");
    w.value(instrument.study().citation);
    w.endObject();
    w.key(u"respondents");
    w.value(results.respondents);
    w.key(u"study_log");
    if (study) {
        w.beginObject();
        w.key(u"entries");
        w.value(int(study->log.entries));
        w.key(u"head");
        w.value(study->log.head);
        w.endObject();
    } else {
        w.null();
    }
    w.key(u"signatures");
    signatures(w, study);
    w.key(u"group");
    if (results.group.isEmpty())
        w.null();
    else
        w.value(results.group);
    w.key(u"thresholds");
    w.beginObject();
    w.key(u"agreement");
    w.value(instrument.thresholds().agreement);
    w.key(u"selection");
    w.value(instrument.thresholds().selection);
    w.endObject();
    w.key(u"points");
    w.beginObject();
    w.key(u"effectiveness");
    if (instrument.effectiveness().enabled)
        writePoints(w, instrument.effectivenessScale());
    else
        w.null();
    w.key(u"feasibility");
    if (instrument.feasibility().enabled)
        writePoints(w, instrument.feasibilityScale());
    else
        w.null();
    w.endObject();
    w.key(u"combination_scope");
    if (const QString scope = scopeName(instrument); scope.isEmpty())
        w.null();
    else
        w.value(scope);

    w.key(u"areas");
    w.beginArray();
    for (const analysis::AreaStats &area : results.areas)
        writeArea(w, instrument, results, area);
    w.endArray();

    w.key(u"feasibility");
    w.beginArray();
    for (const ItemStats &item : results.feasibility) {
        w.beginObject();
        writeRating(w, item);
        w.endObject();
    }
    w.endArray();

    w.key(u"selection");
    writeOverallSelection(w, results);

    w.key(u"stand_out");
    w.beginArray(JsonWriter::Layout::Inline);
    for (const QString &m : results.standOut)
        w.value(m);
    w.endArray();
    w.endObject();
    return w.take();
}

} // namespace panelist::report
