#include "models/export/widetable.h"

#include "models/export/exporter.h"

#include <QHash>

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

QVariant ratingCell(const Rating *r)
{
    if (!r)
        return {};
    return r->dontKnow ? QVariant(DontKnowCode) : QVariant(r->value);
}

class Builder
{
public:
    explicit Builder(const Instrument &ins)
        : m_ins(ins)
    { }

    Status addLabelSets()
    {
        m_yesNo = int(m_table.labelSets.size());
        m_table.labelSets.append(ValueLabelSet { u"yes_no"_s, { { 0, u"No"_s }, { 1, u"Yes"_s } }, {} });
        for (const Scale &s : m_ins.scales()) {
            if (s.contains(DontKnowCode))
                return Status::failure(u"scale \"%1\" uses %2 as a value, which the exports reserve for "
                                       u"\"don't know\""_s.arg(s.id)
                                           .arg(DontKnowCode));
            ValueLabelSet set { u"scale_"_s + s.id, {}, { DontKnowCode } };
            for (const ScalePoint &p : s.points)
                set.labels.append({ p.value, p.label });
            set.labels.prepend(
                { DontKnowCode, s.dontKnowLabel.isEmpty() ? u"Don't know"_s : s.dontKnowLabel });
            m_scaleSet.insert(s.id, int(m_table.labelSets.size()));
            m_table.labelSets.append(set);
        }
        return {};
    }

    void addColumns()
    {
        add(u"respondent_id"_s, u"Respondent id (UUID)"_s, WideColumn::Kind::Text);
        add(u"revision"_s, u"Revision of the response (1 = first submission)"_s, WideColumn::Kind::Integer);
        add(u"submitted_at"_s, u"When the response was submitted"_s, WideColumn::Kind::DateTime);
        add(u"name"_s, NameMeaning.toString(), WideColumn::Kind::Text);
        add(u"affiliation"_s, AffiliationMeaning.toString(), WideColumn::Kind::Text);
        add(u"language"_s, LanguageMeaning.toString(), WideColumn::Kind::Text);
        for (const ExpertiseGroup &g : m_ins.expertiseGroups())
            add(u"exp_"_s + g.id, u"Expertise: "_s + g.name, WideColumn::Kind::Flag, m_yesNo);
        const bool eff = m_ins.effectiveness().enabled;
        const bool feas = m_ins.feasibility().enabled;
        for (const Measure &m : m_ins.measures()) {
            if (eff && m.askEffectiveness) {
                const int set = m_scaleSet.value(m_ins.effectiveness().scaleId, -1);
                for (const RiskArea &a : m_ins.areas())
                    add(u"eff_%1_%2"_s.arg(m.id, a.id), u"Effective against %1: %2"_s.arg(a.name, m.name),
                        WideColumn::Kind::Rating, set);
            }
            if (feas && m.askFeasibility)
                add(u"feas_"_s + m.id, u"Technically feasible: "_s + m.name, WideColumn::Kind::Rating,
                    m_scaleSet.value(m_ins.feasibility().scaleId, -1));
            if (m_ins.comment().enabled && m.askComment)
                add(u"comment_"_s + m.id, u"Comment: "_s + m.name, WideColumn::Kind::Text);
        }
        for (const QString &scope : m_ins.combinationScopes()) {
            const int area = m_ins.areaIndex(scope);
            const QString where = area >= 0 ? m_ins.areas().at(area).name : u"overall"_s;
            for (const Measure &m : m_ins.measures())
                add(u"pick_%1_%2"_s.arg(scope, m.id),
                    u"Picked for the combination (%1): %2"_s.arg(where, m.name), WideColumn::Kind::Flag,
                    m_yesNo);
        }
    }

    void addRow(const StudyResponse &sr)
    {
        const ResponseData &r = sr.data;
        QList<QVariant> row;
        row.reserve(m_table.columns.size());
        row << r.respondentId.toString(QUuid::WithoutBraces) << r.revision << utcCell(r.submittedAt) << r.name
            << r.affiliation << answeredLanguage(r.language, m_ins.study().language);
        for (const ExpertiseGroup &g : m_ins.expertiseGroups())
            row << int(r.expertise.contains(g.id));
        const bool eff = m_ins.effectiveness().enabled;
        const bool feas = m_ins.feasibility().enabled;
        for (const Measure &m : m_ins.measures()) {
            if (eff && m.askEffectiveness) {
                const auto areas = r.effectiveness.value(m.id);
                for (const RiskArea &a : m_ins.areas()) {
                    const auto it = areas.constFind(a.id);
                    row << ratingCell(it == areas.cend() ? nullptr : &*it);
                }
            }
            if (feas && m.askFeasibility) {
                const auto it = r.feasibility.constFind(m.id);
                row << ratingCell(it == r.feasibility.cend() ? nullptr : &*it);
            }
            if (m_ins.comment().enabled && m.askComment)
                row << r.comments.value(m.id);
        }
        for (const QString &scope : m_ins.combinationScopes()) {
            const QStringList picks = r.combinations.value(scope);
            for (const Measure &m : m_ins.measures())
                row << (picks.isEmpty() ? QVariant() : QVariant(int(picks.contains(m.id))));
        }
        m_table.rows.append(row);
    }

    WideTable take() { return std::move(m_table); }

private:
    void add(const QString &name, const QString &meaning, WideColumn::Kind kind, int set = -1)
    {
        m_table.columns.append(WideColumn { name, meaning, kind, set });
    }

    const Instrument &m_ins;
    WideTable m_table;
    int m_yesNo = -1;
    QHash<QString, int> m_scaleSet;
};

} // namespace

Result<WideTable> buildWideTable(const Instrument &ins, const QList<StudyResponse> &responses)
{
    Builder b(ins);
    if (Status s = b.addLabelSets(); !s)
        return Result<WideTable>::failure(s.error());
    b.addColumns();
    for (const StudyResponse &r : responses)
        b.addRow(r);
    return b.take();
}

} // namespace panelist
