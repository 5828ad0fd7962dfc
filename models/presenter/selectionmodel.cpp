#include "models/presenter/selectionmodel.h"

#include "models/presenter/modeldiff.h"

using namespace Qt::StringLiterals;

namespace panelist {

SelectionModel::SelectionModel(const Instrument &instrument, QObject *parent)
    : QAbstractTableModel(parent)
    , m_threshold(instrument.thresholds().selection)
    , m_scopes(instrument.combinationScopes())
{
    for (const Measure &m : instrument.measures()) {
        m_measureIds.append(m.id);
        m_measureNames.append(m.name);
    }
    for (const QString &scope : std::as_const(m_scopes)) {
        const int area = instrument.areaIndex(scope);
        m_scopeNames.append(area >= 0 ? instrument.areas()[area].name : tr("Overall"));
        QList<analysis::MeasureSelection> column;
        for (const QString &id : std::as_const(m_measureIds))
            column.append(analysis::MeasureSelection { id, 0, std::nullopt, false });
        m_cells.append(column);
        m_answered.append(0);
    }
}

int SelectionModel::rowOfMeasure(const QString &measureId) const
{
    return int(m_measureIds.indexOf(measureId));
}

void SelectionModel::setFigures(const analysis::Figures &results)
{
    static const QList<int> roles
        = { Qt::DisplayRole, int(Role::Value), int(Role::Selected), int(Role::Meets) };
    for (int c = 0; c < m_scopes.size(); ++c) {
        const analysis::ScopeStats *scope = results.scope(m_scopes[c]);
        QList<analysis::MeasureSelection> next = m_cells[c];
        for (int r = 0; r < next.size(); ++r) {
            next[r] = analysis::MeasureSelection { m_measureIds[r], 0, std::nullopt, false };
            if (!scope)
                continue;
            for (const analysis::MeasureSelection &s : scope->measures) {
                if (s.measureId == m_measureIds[r]) {
                    next[r] = s;
                    break;
                }
            }
        }
        const int answered = scope ? scope->answered : 0;
        if (answered != m_answered[c]) {
            m_answered[c] = answered;
            Q_EMIT headerDataChanged(Qt::Horizontal, c, c);
        }
        // One column per call: a run of changed rows in this column is one signal.
        int first = -1;
        for (int r = 0; r <= next.size(); ++r) {
            const bool differs = r < next.size() && !(next[r] == m_cells[c][r]);
            if (r < next.size())
                m_cells[c][r] = next[r];
            if (differs && first < 0)
                first = r;
            if (!differs && first >= 0) {
                Q_EMIT dataChanged(index(first, c), index(r - 1, c), roles);
                first = -1;
            }
        }
    }
}

int SelectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_measureIds.size());
}

int SelectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scopes.size());
}

QVariant SelectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == int(Role::MeasureId))
        return m_measureIds[index.row()];
    if (role == int(Role::ScopeId))
        return m_scopes[index.column()];
    return cell(m_cells[index.column()][index.row()], role);
}

QVariant SelectionModel::cell(const analysis::MeasureSelection &s, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return s.share ? QString::number(qRound(*s.share * 100.0)) + u" %"_s : u"–"_s;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case int(Role::Value):
        return s.share ? QVariant(*s.share) : QVariant();
    case int(Role::Selected):
        return s.selected;
    case int(Role::Meets):
        return s.meetsSelection;
    default:
        return {};
    }
}

QVariant SelectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_measureNames.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_measureNames[section];
        if (role == int(Role::MeasureId))
            return m_measureIds[section];
        return {};
    }
    if (section < 0 || section >= m_scopes.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_scopeNames[section];
    if (role == int(Role::ScopeId))
        return m_scopes[section];
    if (role == int(Role::Answered))
        return m_answered[section];
    return {};
}

QHash<int, QByteArray> SelectionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(int(Role::MeasureId), "measureId");
    names.insert(int(Role::Value), "value");
    names.insert(int(Role::Selected), "selected");
    names.insert(int(Role::Meets), "meets");
    names.insert(int(Role::ScopeId), "scopeId");
    names.insert(int(Role::Answered), "answered");
    return names;
}

} // namespace panelist
