#include "models/coordinator/conflictsmodel.h"

#include "models/common/printable.h"
#include "models/coordinator/coordinatorformat.h"
#include "models/coordinator/rowsync.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace panelist {

ConflictsModel::ConflictsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ConflictsModel::~ConflictsModel() = default;

void ConflictsModel::setConflicts(const QList<StudyConflict> &conflicts, const Instrument &instrument)
{
    QList<Row> next;
    for (const StudyConflict &c : conflicts) {
        for (const StudyResponse &v : c.versions) {
            next.append(Row { c.respondentId, c.revision, v.versionId, v.sourceName, v.importedAt,
                v.data.answeredRatingCount(), instrument.ratingItemCount(),
                c.resolved ? v.versionId == c.chosenVersionId : false, c.resolved });
        }
    }
    syncRows(
        m_rows, next, [](const Row &r) { return r.versionId; },
        [this](int first, int last) {
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
        },
        [this](int row, const Row &fresh) {
            int firstCol = ColumnCount, lastCol = -1;
            for (int c = 0; c < ColumnCount; ++c) {
                if (display(m_rows.at(row), c) != display(fresh, c)) {
                    firstCol = qMin(firstCol, c);
                    lastCol = c;
                }
            }
            m_rows[row] = fresh;
            // Counts/Resolved roles live on every column; report the whole row when they moved.
            if (lastCol >= 0)
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                    { Qt::DisplayRole, int(Role::Sort), int(Role::Counts), int(Role::Resolved) });
        },
        [this](QList<Row> extra) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(extra.size()) - 1);
            m_rows.append(std::move(extra));
            endInsertRows();
        });
}

int ConflictsModel::unresolvedCount() const
{
    QSet<QString> open;
    for (const Row &r : m_rows) {
        if (!r.resolved)
            open.insert(r.respondentId.toString() + u'/' + QString::number(r.revision));
    }
    return int(open.size());
}

int ConflictsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictsModel::display(const Row &row, int column)
{
    switch (column) {
    case RespondentColumn:
        return CoordinatorFormat::shortId(row.respondentId);
    case RevisionColumn:
        return row.revision;
    case SourceColumn:
        return printable(row.sourceName);
    case ImportedColumn:
        return CoordinatorFormat::timeText(row.importedAt);
    case AnsweredColumn:
        return CoordinatorFormat::completeness(row.answered, row.total);
    case StateColumn:
        if (!row.resolved)
            return tr("undecided");
        return row.counts ? tr("counts") : tr("not chosen");
    default:
        return {};
    }
}

QVariant ConflictsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == RespondentColumn ? QVariant(row.respondentId.toString(QUuid::WithoutBraces))
                                                  : display(row, index.column());
    case int(Role::Sort):
        if (index.column() == ImportedColumn)
            return row.importedAt;
        if (index.column() == AnsweredColumn)
            return row.answered;
        return display(row, index.column());
    case int(Role::RespondentId):
        return row.respondentId;
    case int(Role::Revision):
        return row.revision;
    case int(Role::VersionId):
        return row.versionId;
    case int(Role::Counts):
        return row.counts;
    case int(Role::Resolved):
        return row.resolved;
    default:
        return {};
    }
}

QVariant ConflictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RespondentColumn:
        return tr("Respondent");
    case RevisionColumn:
        return tr("Revision");
    case SourceColumn:
        return tr("Candidate file");
    case ImportedColumn:
        return tr("Imported");
    case AnsweredColumn:
        return tr("Answered");
    case StateColumn:
        return tr("Choice");
    default:
        return {};
    }
}

} // namespace panelist
