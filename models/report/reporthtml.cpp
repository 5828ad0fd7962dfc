#include "models/report/reporthtml.h"

#include "models/report/reportvalues.h"
#include "models/report/svgcharts.h"

#include <QXmlStreamWriter>

namespace panelist::report {

using namespace Qt::StringLiterals;
using analysis::ItemStats;

namespace {

// No '<', '>', '&' or '"' in here: the writer escapes them, and a <style> element is raw text in HTML.
const QString Css = uR"(
body { font-family: DejaVu Sans, Arial, Helvetica, sans-serif; color: #222; max-width: 1000px;
       margin: 2em auto; padding: 0 1em; line-height: 1.4; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { border-bottom: 2px solid #2166ac; padding-bottom: 0.15em; margin-top: 2em; }
h3 { font-size: 1.05em; margin-top: 1.4em; }
.citation, .note, figcaption { color: #555; font-size: 0.88em; }
.citation { font-style: italic; }
table { border-collapse: collapse; width: 100%; font-size: 0.82em; margin: 0.8em 0; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.4em; text-align: right; vertical-align: top; }
th { background: #eef2f7; }
th.name, td.name { text-align: left; }
td.yes { color: #174f86; font-weight: bold; }
figure { margin: 1em 0; }
figure svg { width: 100%; height: auto; display: block; }
ul.standout li { font-weight: bold; }
@page { size: A4; margin: 14mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 9pt; }
  section.area, section.selection, section.feasibility { break-before: page; page-break-before: always; }
  figure, tr, h2, h3 { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  table { font-size: 7pt; }
  th, td { padding: 0.1em 0.2em; }
  td { white-space: nowrap; }
  td.name { white-space: normal; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)"_s;

class Html
{
public:
    explicit Html(QByteArray *out)
        : x(out)
    {
        x.setAutoFormatting(true);
    }

    void start(const QString &tag, const QString &cls = {}, const QString &id = {})
    {
        x.writeStartElement(tag);
        if (!cls.isEmpty())
            x.writeAttribute(u"class"_s, cls);
        if (!id.isEmpty())
            x.writeAttribute(u"id"_s, id);
    }
    // Always an explicit end tag: "<td/>" is not an empty cell in HTML.
    void end()
    {
        x.writeCharacters(QString());
        x.writeEndElement();
    }
    void el(const QString &tag, const QString &text, const QString &cls = {}, const QString &title = {})
    {
        start(tag, cls);
        if (!title.isEmpty())
            x.writeAttribute(u"title"_s, title);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    QXmlStreamWriter x;
};

QString decimal(const std::optional<double> &d, int digits)
{
    return d ? QString::number(*d, 'f', digits) : u"–"_s;
}

QString quantile(const std::optional<double> &d)
{
    return d ? QString::number(*d, 'g', 4) : u"–"_s;
}

QString interval(const std::optional<analysis::Interval> &i)
{
    if (!i)
        return u"–"_s;
    return u"%1–%2"_s.arg(QString::number(i->low * 100.0, 'f', 1), QString::number(i->high * 100.0, 'f', 1))
        + u"\u00a0%"_s;
}

QString wholePercent(double share)
{
    return QString::number(share * 100.0, 'g', 6) + u"\u00a0%"_s;
}

// Rating table: one row per measure in instrument order; selection columns when scope is given.
void ratingTable(Html &h, const Instrument &instrument, const QList<ItemStats> &items, const Scale &scale,
    const analysis::ScopeStats *scope, bool agreementColumn)
{
    h.start(u"table"_s);
    h.start(u"thead"_s);
    h.start(u"tr"_s);
    h.el(u"th"_s, u"Measure"_s, u"name"_s);
    h.el(u"th"_s, u"n"_s, {}, u"substantive answers"_s);
    h.el(u"th"_s, u"DK"_s, {}, u"don't know"_s);
    h.el(u"th"_s, u"Missing"_s);
    for (const ScalePoint &p : scale.points)
        h.el(u"th"_s, QString::number(p.value), {}, p.label);
    h.el(u"th"_s, u"Agree"_s, {}, u"answers above the midpoint / n"_s);
    h.el(u"th"_s, u"95 % CI"_s, {}, u"Wilson score interval"_s);
    h.el(u"th"_s, u"Median"_s);
    h.el(u"th"_s, u"Q1–Q3"_s, {}, u"quartiles, type 7"_s);
    if (scope) {
        h.el(u"th"_s, u"Selected"_s, {}, u"respondents who picked the measure"_s);
        h.el(u"th"_s, u"Selection"_s, {}, u"selected / answered"_s);
    }
    h.end();
    h.end();
    h.start(u"tbody"_s);
    for (const ItemStats &item : items) {
        h.start(u"tr"_s);
        h.el(u"td"_s, measureName(instrument, item.measureId), u"name"_s, item.measureId);
        h.el(u"td"_s, QString::number(item.n));
        h.el(u"td"_s, QString::number(item.dontKnow));
        h.el(u"td"_s, QString::number(item.missing));
        for (int c : item.counts)
            h.el(u"td"_s, QString::number(c));
        const bool meets = agreementColumn && item.meetsAgreement;
        h.el(u"td"_s, percent(item.agreeShare) + (meets ? u" ✓"_s : QString()), meets ? u"yes"_s : QString());
        h.el(u"td"_s, interval(item.wilson));
        h.el(u"td"_s, quantile(item.median));
        h.el(u"td"_s, item.q1 ? quantile(item.q1) + u"–"_s + quantile(item.q3) : u"–"_s);
        if (scope) {
            const analysis::MeasureSelection *sel = selectionOf(scope, item.measureId);
            h.el(u"td"_s, sel ? QString::number(sel->selected) : u"–"_s);
            const bool picked = sel && sel->meetsSelection;
            h.el(u"td"_s, (sel ? percent(sel->share) : u"–"_s) + (picked ? u" ✓"_s : QString()),
                picked ? u"yes"_s : QString());
        }
        h.end();
    }
    h.end();
    h.end();
}

void combinations(Html &h, const Instrument &instrument, const analysis::ScopeStats &scope)
{
    if (scope.topCombinations.isEmpty())
        return;
    h.el(u"h3"_s, u"Most frequent combinations"_s);
    h.start(u"ol"_s);
    for (const analysis::CombinationCount &c : scope.topCombinations) {
        QStringList names;
        for (const QString &m : c.measures)
            names << measureName(instrument, m);
        h.el(u"li"_s, u"%1 (%2 of %3)"_s.arg(names.join(u" + "_s)).arg(c.count).arg(scope.answered));
    }
    h.end();
}

void selectionFigure(
    Html &h, const Instrument &instrument, const analysis::ScopeStats &scope, const QString &title)
{
    h.start(u"figure"_s);
    writeSelectionChart(h.x, instrument, scope, instrument.thresholds().selection, title);
    h.el(u"figcaption"_s,
        u"Share of the %1 respondents who answered the combination question that picked each measure; "
        u"the dashed line is the selection threshold (more than %2)."_s.arg(scope.answered)
            .arg(wholePercent(instrument.thresholds().selection)));
    h.end();
}

// threshold: the agreement threshold for effectiveness; none for feasibility.
void likertFigure(Html &h, const Instrument &instrument, const QList<ItemStats> &items, const Scale &scale,
    const QString &title, const QString &what, std::optional<double> threshold)
{
    h.start(u"figure"_s);
    writeLikertChart(h.x, instrument, items, scale, threshold, title);
    QString caption = what
        + u" Bars show each answer's share of the substantive answers (n): disagreement left of zero, "
          u"agreement right, the middle answer split across zero; \"don't know\" is shown apart. Sorted by "
          u"agreement share."_s;
    if (threshold)
        caption += u" The black tick marks where the agreement segments reach the threshold (more than %1)."_s
                       .arg(wholePercent(*threshold));
    h.el(u"figcaption"_s, caption);
    h.end();
}

void summary(Html &h, const Instrument &instrument, const analysis::Figures &results)
{
    h.start(u"section"_s, u"summary"_s, u"stand-out"_s);
    h.el(u"h2"_s, u"Stand-out measures"_s);
    h.el(u"p"_s,
        u"Measures with more than %1 agreement in every risk area that were also picked by more than %2 "
        u"of the respondents in their preferred combinations."_s.arg(
            wholePercent(instrument.thresholds().agreement),
            wholePercent(instrument.thresholds().selection)));
    if (results.standOut.isEmpty()) {
        h.el(u"p"_s, u"No measure meets both thresholds."_s);
    } else {
        h.start(u"ul"_s, u"standout"_s);
        for (const QString &m : results.standOut)
            h.el(u"li"_s, measureName(instrument, m));
        h.end();
    }
    if (results.areas.isEmpty()) {
        h.end();
        return;
    }
    h.el(u"h2"_s, u"Agreement per measure and risk area"_s);
    h.start(u"table"_s);
    h.start(u"thead"_s);
    h.start(u"tr"_s);
    h.el(u"th"_s, u"Measure"_s, u"name"_s);
    for (const analysis::AreaStats &area : results.areas)
        h.el(u"th"_s, areaName(instrument, area.areaId));
    h.end();
    h.end();
    h.start(u"tbody"_s);
    for (qsizetype m = 0; m < instrument.measures().size(); ++m) {
        h.start(u"tr"_s);
        const Measure &measure = instrument.measures().at(m);
        h.el(u"td"_s, measure.name + (results.standOut.contains(measure.id) ? u" ★"_s : QString()), u"name"_s,
            measure.id);
        for (const analysis::AreaStats &area : results.areas) {
            const ItemStats &item = area.measures.at(m);
            h.el(u"td"_s, percent(item.agreeShare), item.meetsAgreement ? u"yes"_s : QString(),
                u"n = %1"_s.arg(item.n));
        }
        h.end();
    }
    h.end();
    h.end();
    h.el(u"p"_s, u"Bold: above the agreement threshold. ★ stands out."_s, u"note"_s);
    h.end();
}

QString signatureNote(const StudyProvenance &study)
{
    const QString required = study.settings.requireSignatures
        ? u"This study accepts only responses signed by the expert's Panelist"_s
            + (study.settings.coordinatorKeyFingerprint.isEmpty()
                    ? QString()
                    : u", sealed to the coordinator key "_s + study.settings.coordinatorKeyFingerprint)
            + u". "_s
        : u"This study accepts unsigned responses. "_s;
    const QString count
        = u"Responses that count: %1; unsigned: %2."_s.arg(study.counting).arg(study.unsignedCounting);
    return required + count;
}

void methods(Html &h, const Instrument &instrument, const std::optional<StudyProvenance> &study)
{
    h.start(u"section"_s, u"methods"_s, u"methods"_s);
    h.el(u"h2"_s, u"How the figures are computed"_s);
    h.el(u"p"_s,
        u"n counts substantive answers (scale points); \"don't know\" (DK) and unanswered items (missing) "
        u"are "
        u"counted but left out of every share. Agreement share = answers above the scale's midpoint / n, "
        u"with a "
        u"Wilson score 95 % interval. Median and quartiles: linear interpolation between order statistics "
        u"(R type 7). A measure meets the agreement threshold when its share is greater than %1, the "
        u"selection "
        u"threshold when more than %2 of the respondents who answered the combination question picked it. "
        u"Consensus: Krippendorff's alpha, ordinal metric, units = measures. A dash means the figure is "
        u"undefined (no answers)."_s.arg(
            wholePercent(instrument.thresholds().agreement), wholePercent(instrument.thresholds().selection)),
        u"note"_s);
    h.el(u"p"_s, u"Instrument fingerprint (SHA-256): "_s + instrument.fingerprint(), u"note"_s);
    if (!study) {
        h.end();
        return;
    }
    h.el(u"p"_s,
        u"Study log: %1 entries, head (SHA-256) %2. `panelist-cli study verify` checks that the study "
        u"file still holds this log."_s.arg(study->log.entries)
            .arg(study->log.head.isEmpty() ? u"none"_s : study->log.head),
        u"note"_s);
    h.el(u"p"_s, signatureNote(*study), u"note"_s);
    h.end();
}

} // namespace

QByteArray reportHtml(const Instrument &instrument, const analysis::Figures &results,
    const std::optional<StudyProvenance> &study)
{
    QByteArray out;
    Html h(&out);
    const QString title
        = instrument.study().title.isEmpty() ? instrument.study().id : instrument.study().title;
    h.x.writeDTD(u"<!DOCTYPE html>"_s);
    h.x.writeStartElement(u"html"_s);
    h.x.writeAttribute(u"lang"_s, u"en"_s);
    h.start(u"head"_s);
    h.x.writeEmptyElement(u"meta"_s);
    h.x.writeAttribute(u"charset"_s, u"utf-8"_s);
    h.el(u"title"_s, title + u" — results"_s);
    h.el(u"style"_s, Css);
    h.end();
    h.start(u"body"_s);

    h.start(u"header"_s);
    h.el(u"h1"_s, title);
    if (!instrument.study().citation.isEmpty())
        h.el(u"p"_s, instrument.study().citation, u"citation"_s);
    QString who = results.respondents == 1 ? u"1 respondent"_s : u"%1 respondents"_s.arg(results.respondents);
    if (!results.group.isEmpty())
        who += u" in the expertise group “%1”"_s.arg(groupName(instrument, results.group));
    h.el(u"p"_s, u"Results of %1."_s.arg(who));
    h.end();

    summary(h, instrument, results);

    for (const analysis::AreaStats &area : results.areas) {
        const QString name = areaName(instrument, area.areaId);
        h.start(u"section"_s, u"area"_s, u"area-"_s + area.areaId);
        h.el(u"h2"_s, name);
        const int index = instrument.areaIndex(area.areaId);
        if (index >= 0 && !instrument.areas().at(index).definition.isEmpty())
            h.el(u"p"_s, instrument.areas().at(index).definition, u"note"_s);
        const analysis::ScopeStats *scope = results.scope(area.areaId); // per-area combination only
        QString facts = u"Consensus (Krippendorff's alpha, ordinal): "_s + decimal(area.alpha, 3) + u'.';
        if (scope)
            facts += u" Answered the combination question: %1."_s.arg(scope->answered);
        h.el(u"p"_s, facts);
        likertFigure(h, instrument, area.measures, instrument.effectivenessScale(),
            u"Effectiveness: "_s + name, u"Agreement that the measure would be effective."_s,
            instrument.thresholds().agreement);
        if (scope)
            selectionFigure(h, instrument, *scope, u"Preferred combinations: "_s + name);
        h.el(u"h3"_s, u"Table: "_s + name);
        ratingTable(h, instrument, area.measures, instrument.effectivenessScale(), scope, true);
        if (scope)
            combinations(h, instrument, *scope);
        h.end();
    }

    if (const analysis::ScopeStats *overall = results.scope(Instrument::OverallScope)) {
        h.start(u"section"_s, u"selection"_s, u"selection"_s);
        h.el(u"h2"_s, u"Preferred combinations"_s);
        h.el(u"p"_s, u"Answered the combination question: %1."_s.arg(overall->answered));
        selectionFigure(h, instrument, *overall, u"Preferred combinations (all areas)"_s);
        h.start(u"table"_s);
        h.start(u"thead"_s);
        h.start(u"tr"_s);
        h.el(u"th"_s, u"Measure"_s, u"name"_s);
        h.el(u"th"_s, u"Selected"_s);
        h.el(u"th"_s, u"Selection"_s);
        h.end();
        h.end();
        h.start(u"tbody"_s);
        for (const analysis::MeasureSelection &m : overall->measures) {
            h.start(u"tr"_s);
            h.el(u"td"_s, measureName(instrument, m.measureId), u"name"_s, m.measureId);
            h.el(u"td"_s, QString::number(m.selected));
            h.el(u"td"_s, percent(m.share) + (m.meetsSelection ? u" ✓"_s : QString()),
                m.meetsSelection ? u"yes"_s : QString());
            h.end();
        }
        h.end();
        h.end();
        combinations(h, instrument, *overall);
        h.end();
    }

    if (!results.feasibility.isEmpty()) {
        h.start(u"section"_s, u"feasibility"_s, u"feasibility"_s);
        h.el(u"h2"_s, u"Technical feasibility"_s);
        likertFigure(h, instrument, results.feasibility, instrument.feasibilityScale(),
            u"Technical feasibility"_s, u"Agreement that the measure is technically feasible."_s,
            std::nullopt);
        ratingTable(h, instrument, results.feasibility, instrument.feasibilityScale(), nullptr, false);
        h.end();
    }

    methods(h, instrument, study);
    h.end(); // body
    h.x.writeEndElement(); // html
    h.x.writeEndDocument();
    if (out.startsWith('\n')) // the writer puts a line break before the doctype
        out.remove(0, 1);
    return out;
}

} // namespace panelist::report
