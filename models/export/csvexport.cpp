#include "models/export/csvexport.h"

#include "models/export/csv.h"
#include "models/export/exporter.h"

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

const QStringList LongHeader = { u"respondent_id"_s, u"revision"_s, u"name"_s, u"affiliation"_s,
    u"expertise"_s, u"question"_s, u"measure_id"_s, u"area_id"_s, u"value"_s, u"dont_know"_s, u"text"_s,
    u"source_file"_s, u"imported_at"_s };

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// A date-time as ISO 8601 UTC text; QVariant::toString() would add milliseconds.
QString wideField(const QVariant &cell)
{
    if (cell.typeId() == QMetaType::QDateTime)
        return isoUtc(cell.toDateTime());
    return cell.isNull() ? QString() : cell.toString();
}

// "1 = Strongly disagree; 2 = ..."
QString joinLabels(const QList<std::pair<int, QString>> &labels)
{
    QStringList parts;
    for (const auto &[value, label] : labels)
        parts << QString::number(value) + u" = "_s + label;
    return parts.join(u"; "_s);
}

QString scaleLabels(const Scale &s)
{
    QList<std::pair<int, QString>> labels;
    for (const ScalePoint &p : s.points)
        labels.append({ p.value, p.label });
    return u"scale \"%1\": "_s.arg(s.id) + joinLabels(labels);
}

class LongWriter
{
public:
    LongWriter(const Instrument &ins, QByteArray &out)
        : m_ins(ins)
        , m_out(out)
    { }

    void respondent(const StudyResponse &sr)
    {
        const ResponseData &r = sr.data;
        m_prefix = { r.respondentId.toString(QUuid::WithoutBraces), QString::number(r.revision), r.name,
            r.affiliation, r.expertise.join(u';') };
        m_suffix = { sr.sourceName, isoUtc(sr.importedAt) };
        for (const Measure &m : m_ins.measures()) {
            const auto areas = r.effectiveness.value(m.id);
            for (const RiskArea &a : m_ins.areas()) {
                if (const auto it = areas.constFind(a.id); it != areas.cend())
                    rating(u"effectiveness"_s, m.id, a.id, *it);
            }
            if (const auto it = r.feasibility.constFind(m.id); it != r.feasibility.cend())
                rating(u"feasibility"_s, m.id, QString(), *it);
            if (const QString text = r.comments.value(m.id); !text.isEmpty())
                row(u"comment"_s, m.id, QString(), QString(), false, text);
        }
        // Instrument scopes first, in the instrument's order, then anything else the data holds,
        // so nothing in a response is dropped; picks in the order the expert made them.
        QStringList scopes = m_ins.combinationScopes();
        for (const QString &scope : r.combinations.keys()) {
            if (!scopes.contains(scope))
                scopes.append(scope);
        }
        for (const QString &scope : scopes) {
            for (const QString &measure : r.combinations.value(scope))
                row(u"pick"_s, measure, scope, QString(), false, QString());
        }
    }

    int rows() const { return m_rows; }

private:
    void rating(const QString &question, const QString &measure, const QString &area, const Rating &r)
    {
        row(question, measure, area, r.dontKnow ? QString() : QString::number(r.value), r.dontKnow,
            QString());
    }

    void row(const QString &question, const QString &measure, const QString &area, const QString &value,
        bool dontKnow, const QString &text)
    {
        m_out.append(Csv::record(m_prefix
            + QStringList { question, measure, area, value, dontKnow ? u"1"_s : u"0"_s, text } + m_suffix));
        ++m_rows;
    }

    const Instrument &m_ins;
    QByteArray &m_out;
    QStringList m_prefix;
    QStringList m_suffix;
    int m_rows = 0;
};

} // namespace

QByteArray csvLong(const Instrument &ins, const QList<StudyResponse> &responses, int *rowCount)
{
    QByteArray out = Csv::record(LongHeader);
    LongWriter w(ins, out);
    for (const StudyResponse &r : responses)
        w.respondent(r);
    if (rowCount)
        *rowCount = w.rows();
    return out;
}

QByteArray csvLongCodebook(const Instrument &ins)
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

    const QList<QStringList> rows = {
        { u"respondent_id"_s, u"text"_s, u"Respondent id (UUID); the same in every row of one respondent"_s,
            {} },
        { u"revision"_s, u"integer"_s, u"Revision of the response (1 = first submission)"_s, {} },
        { u"name"_s, u"text"_s, NameMeaning.toString(), {} },
        { u"affiliation"_s, u"text"_s, AffiliationMeaning.toString(), {} },
        { u"expertise"_s, u"text"_s, u"The respondent's expertise groups, ids joined with \";\""_s,
            groups.join(u"; "_s) },
        { u"question"_s, u"text"_s, u"Which question the row answers"_s,
            u"effectiveness = effectiveness in one risk area; feasibility = technical feasibility; "
            u"comment = free-text comment; pick = measure picked for the preferred combination"_s },
        { u"measure_id"_s, u"text"_s, u"The measure"_s, measures.join(u"; "_s) },
        { u"area_id"_s, u"text"_s,
            u"Risk area (effectiveness rows) or combination scope (pick rows); "
            u"empty for feasibility and comment rows"_s,
            areas.join(u"; "_s) },
        { u"value"_s, u"integer"_s,
            u"The scale value of a rating; empty for don't know, comment and pick rows"_s,
            scales.join(u" | "_s) },
        { u"dont_know"_s, u"0/1"_s, u"1 when the respondent answered \"don't know\""_s,
            u"0 = No; 1 = Yes"_s },
        { u"text"_s, u"text"_s,
            u"The comment (comment rows only; may contain commas, quotes and line breaks)"_s, {} },
        { u"source_file"_s, u"text"_s, u"Name of the response file this version was imported from"_s, {} },
        { u"imported_at"_s, u"timestamp"_s, u"When that file was imported (ISO 8601, UTC)"_s, {} },
    };
    QByteArray out = Csv::record(CodebookHeader);
    for (const QStringList &r : rows)
        out.append(Csv::record(r));
    return out;
}

QByteArray csvWide(const WideTable &table)
{
    QStringList header;
    for (const WideColumn &c : table.columns)
        header << c.name;
    QByteArray out = Csv::record(header);
    for (const QList<QVariant> &row : table.rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QVariant &cell : row)
            fields << wideField(cell);
        out.append(Csv::record(fields));
    }
    return out;
}

QByteArray csvWideCodebook(const WideTable &table)
{
    QByteArray out = Csv::record(CodebookHeader);
    for (const WideColumn &c : table.columns) {
        QString type;
        QString meaning = c.meaning;
        QString values;
        switch (c.kind) {
        case WideColumn::Kind::Text:
            type = u"text"_s;
            break;
        case WideColumn::Kind::DateTime:
            type = u"timestamp"_s; // as csv-long's imported_at
            meaning += u" (ISO 8601, UTC)"_s;
            break;
        case WideColumn::Kind::Integer:
            type = u"integer"_s;
            break;
        case WideColumn::Kind::Flag:
            type = u"0/1"_s;
            values = u"0 = No; 1 = Yes"_s;
            if (c.name.startsWith(u"pick_"_s))
                values += u"; empty = picked nothing for this combination"_s;
            break;
        case WideColumn::Kind::Rating:
            type = u"integer"_s;
            if (c.labelSet >= 0)
                values = joinLabels(table.labelSets.at(c.labelSet).labels) + u"; empty = not answered"_s;
            break;
        }
        out.append(Csv::record({ c.name, type, meaning, values }));
    }
    return out;
}

} // namespace panelist
