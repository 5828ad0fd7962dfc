#include "models/presenter/agreementmodel.h"

#include "models/presenter/modeldiff.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

QString percent(double share)
{
    return QString::number(qRound(share * 100.0)) + u" %"_s;
}

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

// Highest agreement first, then measures without substantive answers, ties in instrument order.
template<typename RowT> bool rankedBefore(const RowT &a, const RowT &b)
{
    const auto &x = a.stats.agreeShare;
    const auto &y = b.stats.agreeShare;
    if (x.has_value() != y.has_value())
        return x.has_value();
    if (x && *x != *y)
        return *x > *y;
    return a.instrumentIndex < b.instrumentIndex;
}

} // namespace

AgreementModel::AgreementModel(const Instrument &instrument, const QString &areaId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_areaId(areaId)
    , m_threshold(instrument.thresholds().agreement)
{
    if (instrument.effectiveness().enabled)
        m_scale = instrument.effectivenessScale();
    const QList<Measure> &measures = instrument.measures();
    for (int i = 0; i < measures.size(); ++i) {
        Row row;
        row.measureId = measures[i].id;
        row.name = measures[i].name;
        row.instrumentIndex = i;
        row.stats.measureId = measures[i].id;
        row.stats.counts = QList<int>(pointCount(), 0);
        m_rows.append(row);
    }
}

int AgreementModel::rowOfMeasure(const QString &measureId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].measureId == measureId)
            return r;
    }
    return -1;
}

void AgreementModel::setFigures(const analysis::Figures &results)
{
    const analysis::AreaStats *area = results.area(m_areaId);
    QList<Row> next = m_rows;
    for (Row &row : next) {
        const analysis::ItemStats *found = nullptr;
        if (area) {
            if (row.instrumentIndex < area->measures.size()
                && area->measures[row.instrumentIndex].measureId == row.measureId)
                found = &area->measures[row.instrumentIndex];
            for (int i = 0; !found && i < area->measures.size(); ++i) {
                if (area->measures[i].measureId == row.measureId)
                    found = &area->measures[i];
            }
        }
        if (found) {
            row.stats = *found;
        } else {
            row.stats = analysis::ItemStats {};
            row.stats.measureId = row.measureId;
            row.stats.counts = QList<int>(pointCount(), 0);
            row.stats.missing = results.respondents;
        }
    }
    std::stable_sort(next.begin(), next.end(), rankedBefore<Row>);
    reorder(next);

    static const QList<int> roles = { Qt::DisplayRole, int(Role::Value), int(Role::Share),
        int(Role::WilsonLow), int(Role::WilsonHigh) };
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].stats == next[r].stats)
            continue;
        const Row old = std::exchange(m_rows[r], next[r]);
        detail::emitRowChanges(
            this, r, columnCount(),
            [&](int c) {
                return std::any_of(roles.begin(), roles.end(),
                    [&](int role) { return cell(old, c, role) != cell(m_rows[r], c, role); });
            },
            roles);
    }
}

// Puts the current rows (old values) into the order of sorted, as one layout change.
void AgreementModel::reorder(QList<Row> sorted)
{
    bool same = true;
    for (int r = 0; same && r < m_rows.size(); ++r)
        same = m_rows[r].measureId == sorted[r].measureId;
    if (same)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<int> newRowOfOld(m_rows.size());
    for (int r = 0; r < sorted.size(); ++r) {
        const int old = rowOfMeasure(sorted[r].measureId);
        newRowOfOld[old] = r;
        sorted[r].stats = m_rows[old].stats;
    }
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &i : from)
        to.append(index(newRowOfOld[i.row()], i.column()));
    m_rows = std::move(sorted);
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int AgreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : meetsColumn() + 1;
}

QVariant AgreementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(m_rows[index.row()], index.column(), role);
}

QVariant AgreementModel::cell(const Row &row, int column, int role) const
{
    const analysis::ItemStats &s = row.stats;
    if (role == int(Role::MeasureId))
        return row.measureId;
    if (role == Qt::TextAlignmentRole)
        return column == measureColumn() ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (column == measureColumn())
        return role == Qt::DisplayRole || role == int(Role::Value) ? QVariant(row.name) : QVariant();
    if (column >= pointColumn(0) && column < dontKnowColumn()) {
        const int point = column - pointColumn(0);
        if (role == Qt::DisplayRole || role == int(Role::Value))
            return s.counts.value(point);
        if (role == int(Role::Share))
            return point < s.pointShares.size() ? QVariant(s.pointShares.at(point)) : QVariant();
        return {};
    }
    if (column == dontKnowColumn())
        return role == Qt::DisplayRole || role == int(Role::Value) ? QVariant(s.dontKnow) : QVariant();
    if (column == nColumn())
        return role == Qt::DisplayRole || role == int(Role::Value) ? QVariant(s.n) : QVariant();
    if (column == agreeShareColumn()) {
        if (role == Qt::DisplayRole)
            return s.agreeShare ? percent(*s.agreeShare) : u"–"_s;
        if (role == int(Role::Value) || role == int(Role::Share))
            return optionalValue(s.agreeShare);
        return {};
    }
    if (column == wilsonColumn()) {
        if (role == Qt::DisplayRole)
            return s.wilson ? percent(s.wilson->low) + u" – "_s + percent(s.wilson->high) : u"–"_s;
        if (role == int(Role::WilsonLow))
            return s.wilson ? QVariant(s.wilson->low) : QVariant();
        if (role == int(Role::WilsonHigh))
            return s.wilson ? QVariant(s.wilson->high) : QVariant();
        return {};
    }
    if (column == meetsColumn()) {
        if (role == Qt::DisplayRole)
            return s.meetsAgreement ? tr("yes") : tr("no");
        if (role == int(Role::Value))
            return s.meetsAgreement;
    }
    return {};
}

QVariant AgreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < rowCount() ? QVariant(section + 1) : QVariant();
    if (section == measureColumn())
        return tr("Measure");
    if (section >= pointColumn(0) && section < dontKnowColumn())
        return m_scale.points.value(section - pointColumn(0)).label;
    if (section == dontKnowColumn())
        return m_scale.dontKnowLabel.isEmpty() ? tr("Don't know") : m_scale.dontKnowLabel;
    if (section == nColumn())
        return tr("n");
    if (section == agreeShareColumn())
        return tr("Agree");
    if (section == wilsonColumn())
        return tr("95 % interval");
    if (section == meetsColumn())
        return tr("Above %1").arg(percent(m_threshold));
    return {};
}

QHash<int, QByteArray> AgreementModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(int(Role::MeasureId), "measureId");
    names.insert(int(Role::Value), "value");
    names.insert(int(Role::Share), "share");
    names.insert(int(Role::WilsonLow), "wilsonLow");
    names.insert(int(Role::WilsonHigh), "wilsonHigh");
    return names;
}

} // namespace panelist
