#include "models/survey/missingitemsmodel.h"

namespace panelist {

namespace {

bool sameItem(const MissingItem &a, const MissingItem &b)
{
    return a.kind == b.kind && a.measureId == b.measureId && a.areaId == b.areaId;
}

QString itemKey(const MissingItem &item)
{
    return QString::number(int(item.kind)) + QChar(0x1f) + item.measureId + QChar(0x1f) + item.areaId;
}

} // namespace

MissingItemsModel::MissingItemsModel(SurveySession *session, QObject *parent)
    : QAbstractListModel(parent)
{
    setSession(session);
}

MissingItemsModel::~MissingItemsModel() = default;

void MissingItemsModel::setSession(SurveySession *session)
{
    if (session == m_session && session)
        return;
    const qsizetype oldCount = m_items.size();
    beginResetModel();
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_items.clear();
    if (m_session) {
        m_items = m_session->missingItems();
        connect(m_session, &SurveySession::ratingChanged, this, &MissingItemsModel::refresh);
        connect(m_session, &SurveySession::picksChanged, this, &MissingItemsModel::refresh);
        connect(m_session, &SurveySession::profileChanged, this, &MissingItemsModel::refresh);
        // The session may go away before the model: show nothing then.
        connect(m_session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    endResetModel();
    if (oldCount != m_items.size())
        Q_EMIT countChanged(int(m_items.size()));
}

SurveySession *MissingItemsModel::session() const
{
    return m_session;
}

int MissingItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

MissingItem MissingItemsModel::item(int row) const
{
    return m_items.value(row);
}

bool MissingItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    return role == Qt::AccessibleDescriptionRole && m_note.set(index, value);
}

QVariant MissingItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::AccessibleDescriptionRole)
        return m_note.data(index);
    const MissingItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return item.text;
    default:
        break;
    }
    switch (Role(role)) {
    case Role::Kind:
        return int(item.kind);
    case Role::MeasureId:
        return item.measureId;
    case Role::AreaId:
        return item.areaId;
    }
    return {};
}

QHash<int, QByteArray> MissingItemsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(int(Role::Kind), "kind");
    names.insert(int(Role::MeasureId), "measureId");
    names.insert(int(Role::AreaId), "areaId");
    return names;
}

// missingItems() lists a subset of a fixed survey order, so the old and new lists differ only by
// items that disappeared or appeared: remove the first in contiguous runs, then insert the second.
void MissingItemsModel::refresh()
{
    if (!m_session)
        return;
    const QList<MissingItem> next = m_session->missingItems();
    const qsizetype oldCount = m_items.size();

    QSet<QString> nextKeys;
    for (const MissingItem &item : next)
        nextKeys.insert(itemKey(item));
    for (int last = int(m_items.size()) - 1; last >= 0; --last) {
        if (nextKeys.contains(itemKey(m_items.at(last))))
            continue;
        int first = last;
        while (first > 0 && !nextKeys.contains(itemKey(m_items.at(first - 1))))
            --first;
        beginRemoveRows(QModelIndex(), first, last);
        m_items.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }

    int row = 0;
    for (int j = 0; j < next.size();) {
        if (row < m_items.size() && sameItem(m_items.at(row), next.at(j))) {
            if (m_items.at(row).text != next.at(j).text) {
                m_items[row].text = next.at(j).text;
                const QModelIndex i = index(row);
                Q_EMIT dataChanged(i, i, { Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole });
            }
            ++row;
            ++j;
            continue;
        }
        const int start = j;
        while (j < next.size() && !(row < m_items.size() && sameItem(m_items.at(row), next.at(j))))
            ++j;
        const int count = j - start;
        beginInsertRows(QModelIndex(), row, row + count - 1);
        for (int k = 0; k < count; ++k)
            m_items.insert(row + k, next.at(start + k));
        endInsertRows();
        row += count;
    }

    // Only if the session ever reorders its items: fall back to a reset so the view is right.
    if (m_items.size() != next.size()) {
        beginResetModel();
        m_items = next;
        endResetModel();
    }
    if (oldCount != m_items.size())
        Q_EMIT countChanged(int(m_items.size()));
}

} // namespace panelist
