#include "models/export/codebook.h"

#include "models/common/languagename.h"
#include "models/export/exporter.h"
#include "models/export/longrows.h"

#include <QHash>

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

QString typeName(WideColumn::Kind kind)
{
    switch (kind) {
    case WideColumn::Kind::Text:
        return u"text"_s;
    case WideColumn::Kind::Integer:
    case WideColumn::Kind::Rating:
        return u"integer"_s;
    case WideColumn::Kind::Flag:
        return u"0/1"_s;
    case WideColumn::Kind::DateTime:
        return u"timestamp"_s;
    }
    return {};
}

// "1 = Strongly disagree; 2 = ..."
QString joinLabels(const QList<std::pair<int, QString>> &labels)
{
    QStringList parts;
    for (const auto &[value, label] : labels)
        parts << QString::number(value) + u" = "_s + label;
    return parts.join(u"; "_s);
}

// "en = English (main); de = Deutsch": the codes the language column can hold.
QString languageCodes(const Instrument &ins)
{
    QStringList codes;
    for (const QString &code : ins.languages()) {
        QString entry = code;
        if (const QString name = languageName(code); name != code)
            entry += u" = "_s + name;
        if (code == ins.study().language)
            entry += u" (main)"_s;
        codes << entry;
    }
    return codes.join(u"; "_s);
}

QString scaleLabels(const Scale &s)
{
    QList<std::pair<int, QString>> labels;
    for (const ScalePoint &p : s.points)
        labels.append({ p.value, p.label });
    return u"scale \"%1\": "_s.arg(s.id) + joinLabels(labels);
}

// The long layout's columns: meaning and values by name.
QHash<QString, std::pair<QString, QString>> longMeanings(const Instrument &ins, const QString &dateTimes)
{
    QStringList measures;
    for (const Measure &m : ins.measures())
        measures << m.id + u" = "_s + m.name;
    QStringList areas;
    for (const RiskArea &a : ins.areas())
        areas << a.id + u" = "_s + a.name;
    if (ins.combinationScopes().contains(Instrument::OverallScope))
        areas << Instrument::OverallScope + u" = the overall combination (pick rows)"_s;
    QStringList groups;
    for (const ExpertiseGroup &g : ins.expertiseGroups())
        groups << g.id + u" = "_s + g.name;
    QStringList scales;
    for (const Scale &s : ins.scales())
        scales << scaleLabels(s);
    return {
        { u"respondent_id"_s, { u"Respondent id (UUID); the same in every row of one respondent"_s, {} } },
        { u"revision"_s, { u"Revision of the response (1 = first submission)"_s, {} } },
        { u"name"_s, { NameMeaning.toString(), {} } },
        { u"affiliation"_s, { AffiliationMeaning.toString(), {} } },
        { u"language"_s, { LanguageMeaning.toString(), languageCodes(ins) } },
        { u"expertise"_s,
            { u"The respondent's expertise groups, ids joined with \";\""_s, groups.join(u"; "_s) } },
        { u"question"_s,
            { u"Which question the row answers"_s,
                u"effectiveness = effectiveness in one risk area; feasibility = technical feasibility; "
                u"comment = free-text comment; pick = measure picked for the preferred combination"_s } },
        { u"measure_id"_s, { u"The measure"_s, measures.join(u"; "_s) } },
        { u"area_id"_s,
            { u"Risk area (effectiveness rows) or combination scope (pick rows); "
              u"empty for feasibility and comment rows"_s,
                areas.join(u"; "_s) } },
        { u"value"_s,
            { u"The scale value of a rating; empty for don't know, comment and pick rows"_s,
                scales.join(u" | "_s) } },
        { u"dont_know"_s, { u"1 when the respondent answered \"don't know\""_s, u"0 = No; 1 = Yes"_s } },
        { u"text"_s,
            { u"The comment (comment rows only; may contain commas, quotes and line breaks)"_s, {} } },
        { u"source_file"_s, { u"Name of the response file this version was imported from"_s, {} } },
        { u"imported_at"_s, { u"When that file was imported (%1)"_s.arg(dateTimes), {} } },
    };
}

} // namespace

QList<QStringList> longCodebookRows(const Instrument &ins, const QString &dateTimes)
{
    const auto meanings = longMeanings(ins, dateTimes);
    QList<QStringList> rows;
    for (const LongColumn &c : longColumns()) {
        const auto &[meaning, values] = meanings.value(c.name);
        rows.append({ c.name, typeName(c.kind), meaning, values });
    }
    return rows;
}

QList<QStringList> wideCodebookRows(const WideTable &table, const QString &dateTimes)
{
    QList<QStringList> rows;
    for (const WideColumn &c : table.columns) {
        QString meaning = c.meaning;
        QString values;
        switch (c.kind) {
        case WideColumn::Kind::Text:
        case WideColumn::Kind::Integer:
            break;
        case WideColumn::Kind::DateTime:
            meaning += u" (%1)"_s.arg(dateTimes);
            break;
        case WideColumn::Kind::Flag:
            values = u"0 = No; 1 = Yes"_s;
            if (c.name.startsWith(u"pick_"_s))
                values += u"; empty = picked nothing for this combination"_s;
            break;
        case WideColumn::Kind::Rating:
            if (c.labelSet >= 0)
                values = joinLabels(table.labelSets.at(c.labelSet).labels) + u"; empty = not answered"_s;
            break;
        }
        rows.append({ c.name, typeName(c.kind), meaning, values });
    }
    return rows;
}

} // namespace panelist
