#include "models/coordinator/importlogmodel.h"

#include "models/common/printable.h"
#include "models/coordinator/coordinatorformat.h"
#include "models/coordinator/rowsync.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace panelist {

ImportLogModel::ImportLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ImportLogModel::~ImportLogModel() = default;

void ImportLogModel::setEntries(const QList<ImportLogEntry> &entries)
{
    QList<Row> next;
    next.reserve(entries.size());
    for (const ImportLogEntry &e : entries)
        next.append(Row { e.id, e.at, e.fileName, e.outcome, e.reason, e.sha256 });
    syncRows(
        m_rows, next, [](const Row &r) { return r.id; },
        [this](int first, int last) {
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
        },
        [this](int row, const Row &fresh) {
            m_rows[row] = fresh;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                { Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole, int(Role::Sort), int(Role::Outcome),
                    int(Role::Sha256) });
        },
        [this](QList<Row> extra) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(extra.size()) - 1);
            m_rows.append(std::move(extra));
            endInsertRows();
        });
    countRejected();
}

void ImportLogModel::appendEntries(const QList<ImportLogEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    for (const ImportLogEntry &e : entries) {
        m_rows.append(Row { e.id, e.at, e.fileName, e.outcome, e.reason, e.sha256 });
        m_rejected += e.outcome == ImportOutcome::Rejected ? 1 : 0;
    }
    endInsertRows();
}

void ImportLogModel::countRejected()
{
    m_rejected = 0;
    for (const Row &r : std::as_const(m_rows))
        m_rejected += r.outcome == ImportOutcome::Rejected ? 1 : 0;
}

int ImportLogModel::rejectedCount() const
{
    return m_rejected;
}

int ImportLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportLogModel::display(const Row &row, int column)
{
    switch (column) {
    case TimeColumn:
        return CoordinatorFormat::timeText(row.at, true);
    case FileColumn:
        return printable(row.fileName);
    case OutcomeColumn:
        return CoordinatorFormat::outcomeText(row.outcome);
    case ReasonColumn:
        return printable(row.reason, true);
    default:
        return {};
    }
}

QVariant ImportLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == FileColumn && !row.sha256.isEmpty()
            ? QVariant(row.fileName + u"\nSHA-256 "_s + row.sha256)
            : display(row, index.column());
    case Qt::ForegroundRole:
        if (index.column() != OutcomeColumn)
            return {};
        if (row.outcome == ImportOutcome::Rejected)
            return QColor(0xb0, 0x1c, 0x1c);
        if (row.outcome == ImportOutcome::Conflict)
            return QColor(0xa0, 0x5a, 0x00);
        return {};
    case int(Role::Sort):
        return index.column() == TimeColumn ? QVariant(row.id) : display(row, index.column());
    case int(Role::Outcome):
        return outcomeName(row.outcome); // the word the study stores
    case int(Role::Sha256):
        return row.sha256;
    default:
        return {};
    }
}

QVariant ImportLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case FileColumn:
        return tr("File");
    case OutcomeColumn:
        return tr("Outcome");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace panelist
