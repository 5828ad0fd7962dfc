#include "models/presenter/coselectionmodel.h"

#include "models/presenter/modeldiff.h"

using namespace Qt::StringLiterals;

namespace panelist {

CoSelectionModel::CoSelectionModel(const Instrument &instrument, const QString &scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_scope(scope)
{
    for (const Measure &m : instrument.measures()) {
        m_measureIds.append(m.id);
        m_measureNames.append(m.name);
    }
    m_size = int(m_measureIds.size());
    m_counts = QList<int>(m_size * m_size, 0);
}

void CoSelectionModel::setFigures(const analysis::Figures &results)
{
    QList<int> next(m_size * m_size, 0);
    const analysis::ScopeStats *scope = results.scope(m_scope);
    int maxPair = 0;
    if (scope) {
        for (const analysis::MeasureSelection &s : scope->measures) {
            const int i = int(m_measureIds.indexOf(s.measureId));
            if (i >= 0)
                next[i * m_size + i] = s.selected;
        }
        for (const analysis::PairCount &p : scope->coSelection) {
            const int i = int(m_measureIds.indexOf(p.first));
            const int j = int(m_measureIds.indexOf(p.second));
            if (i < 0 || j < 0 || i == j)
                continue;
            next[i * m_size + j] = p.count;
            next[j * m_size + i] = p.count;
            maxPair = std::max(maxPair, p.count);
        }
    }
    m_answered = scope ? scope->answered : 0;
    m_maxPair = maxPair;
    static const QList<int> roles = { Qt::DisplayRole, int(Role::Value) };
    for (int r = 0; r < m_size; ++r) {
        const int base = r * m_size;
        QList<int> old(m_counts.begin() + base, m_counts.begin() + base + m_size);
        std::copy(next.begin() + base, next.begin() + base + m_size, m_counts.begin() + base);
        detail::emitRowChanges(
            this, r, m_size, [&](int c) { return old[c] != m_counts[base + c]; }, roles);
    }
}

int CoSelectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_size;
}

int CoSelectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_size;
}

QVariant CoSelectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int value = count(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case int(Role::Value):
        return value;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant CoSelectionModel::headerData(int section, Qt::Orientation, int role) const
{
    if (section < 0 || section >= m_size)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return section + 1;
    case Qt::ToolTipRole:
        return m_measureNames[section];
    case int(Role::MeasureId):
        return m_measureIds[section];
    default:
        return {};
    }
}

QHash<int, QByteArray> CoSelectionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(int(Role::Value), "value");
    names.insert(int(Role::MeasureId), "measureId");
    return names;
}

} // namespace panelist
