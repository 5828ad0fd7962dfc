#include "models/survey/responselistmodel.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ResponseListModel::ResponseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ResponseListModel::~ResponseListModel() = default;

void ResponseListModel::setResponses(QList<ResponseSummary> responses)
{
    beginResetModel();
    m_rows = std::move(responses);
    endResetModel();
}

int ResponseListModel::rowOf(const QString &path) const
{
    const QFileInfo wanted(path);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (QFileInfo(m_rows.at(i).path) == wanted)
            return i;
    }
    return -1;
}

int ResponseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResponseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResponseListModel::text(const ResponseSummary &r, int column) const
{
    if (!r.problem.isEmpty()) {
        if (column == StudyColumn)
            return QFileInfo(r.path).fileName();
        return column == ProgressColumn ? tr("cannot be opened") : QString();
    }
    switch (column) {
    case StudyColumn:
        return r.title;
    case ProgressColumn:
        return tr("%1 of %2 ratings answered").arg(r.answered).arg(r.total);
    case SavedColumn:
        return r.lastSaved.isValid() ? when(r.lastSaved) : QString();
    case SubmittedColumn:
        return r.submitted() ? tr("Submitted %1 (revision %2)").arg(when(r.submittedAt)).arg(r.revision)
                             : tr("Not submitted");
    default:
        return {};
    }
}

QVariant ResponseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ResponseSummary &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(r, index.column());
    case Qt::ToolTipRole:
        return r.problem.isEmpty() ? r.path : r.path + u"\n"_s + r.problem;
    case PathRole:
        return r.path;
    default:
        return {};
    }
}

QVariant ResponseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StudyColumn:
        return tr("Study");
    case ProgressColumn:
        return tr("Progress");
    case SavedColumn:
        return tr("Last saved");
    case SubmittedColumn:
        return tr("Submitted");
    default:
        return {};
    }
}

} // namespace panelist
