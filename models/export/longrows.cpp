#include "models/export/longrows.h"

#include "models/export/exporter.h"

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

class LongRows
{
public:
    LongRows(const Instrument &ins, const std::function<bool(const QList<QVariant> &)> &row)
        : m_ins(ins)
        , m_row(row)
    { }

    // False when row asked to stop.
    bool respondent(const StudyResponse &sr)
    {
        const ResponseData &r = sr.data;
        m_prefix = { r.respondentId.toString(QUuid::WithoutBraces), r.revision, r.name, r.affiliation,
            answeredLanguage(r.language, m_ins.study().language), r.expertise.join(u';') };
        m_suffix = { sr.sourceName, utcCell(sr.importedAt) };
        for (const Measure &m : m_ins.measures()) {
            const auto areas = r.effectiveness.value(m.id);
            for (const RiskArea &a : m_ins.areas()) {
                if (const auto it = areas.constFind(a.id);
                    it != areas.cend() && !rating(u"effectiveness"_s, m.id, a.id, *it))
                    return false;
            }
            if (const auto it = r.feasibility.constFind(m.id);
                it != r.feasibility.cend() && !rating(u"feasibility"_s, m.id, QString(), *it))
                return false;
            if (const QString text = r.comments.value(m.id);
                !text.isEmpty() && !record(u"comment"_s, m.id, QString(), QVariant(), false, text))
                return false;
        }
        // Instrument scopes first, in the instrument's order, then anything else the data holds,
        // so nothing in a response is dropped; picks in the order the expert made them.
        QStringList scopes = m_ins.combinationScopes();
        for (const QString &scope : r.combinations.keys()) {
            if (!scopes.contains(scope))
                scopes.append(scope);
        }
        for (const QString &scope : scopes) {
            for (const QString &measure : r.combinations.value(scope)) {
                if (!record(u"pick"_s, measure, scope, QVariant(), false, QString()))
                    return false;
            }
        }
        return true;
    }

    qint64 rows() const { return m_rows; }

private:
    bool rating(const QString &question, const QString &measure, const QString &area, const Rating &r)
    {
        return record(
            question, measure, area, r.dontKnow ? QVariant() : QVariant(r.value), r.dontKnow, QString());
    }

    bool record(const QString &question, const QString &measure, const QString &area, const QVariant &value,
        bool dontKnow, const QString &text)
    {
        ++m_rows;
        return m_row(
            m_prefix + QList<QVariant> { question, measure, area, value, int(dontKnow), text } + m_suffix);
    }

    const Instrument &m_ins;
    const std::function<bool(const QList<QVariant> &)> &m_row;
    QList<QVariant> m_prefix;
    QList<QVariant> m_suffix;
    qint64 m_rows = 0;
};

} // namespace

const QList<LongColumn> &longColumns()
{
    using Kind = WideColumn::Kind;
    static const QList<LongColumn> columns = {
        { u"respondent_id"_s, Kind::Text },
        { u"revision"_s, Kind::Integer },
        { u"name"_s, Kind::Text },
        { u"affiliation"_s, Kind::Text },
        { u"language"_s, Kind::Text },
        { u"expertise"_s, Kind::Text },
        { u"question"_s, Kind::Text },
        { u"measure_id"_s, Kind::Text },
        { u"area_id"_s, Kind::Text },
        { u"value"_s, Kind::Rating },
        { u"dont_know"_s, Kind::Flag },
        { u"text"_s, Kind::Text },
        { u"source_file"_s, Kind::Text },
        { u"imported_at"_s, Kind::DateTime },
    };
    return columns;
}

qint64 forEachLongRow(const Instrument &ins, const QList<StudyResponse> &responses,
    const std::function<bool(const QList<QVariant> &cells)> &row)
{
    LongRows rows(ins, row);
    for (const StudyResponse &r : responses) {
        if (!rows.respondent(r))
            break;
    }
    return rows.rows();
}

} // namespace panelist
