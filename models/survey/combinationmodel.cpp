#include "models/survey/combinationmodel.h"

#include "models/survey/surveysession.h"

using namespace Qt::StringLiterals;

namespace panelist {

CombinationModel::CombinationModel(SurveySession *session, QObject *parent)
    : QAbstractListModel(parent)
{
    setSession(session);
}

CombinationModel::~CombinationModel() = default;

void CombinationModel::setSession(SurveySession *session)
{
    if (session == m_session && session)
        return;
    const int oldCount = pickedCount();
    const int oldMax = maxPicks();
    beginResetModel();
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &SurveySession::picksChanged, this, &CombinationModel::onPicksChanged);
        // The session may go away before the model: show nothing then.
        connect(m_session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    rebuild();
    endResetModel();
    if (oldCount != pickedCount() || oldMax != maxPicks())
        Q_EMIT countChanged(pickedCount(), maxPicks());
}

SurveySession *CombinationModel::session() const
{
    return m_session;
}

void CombinationModel::setScope(const QString &scope)
{
    const int oldCount = pickedCount();
    const int oldMax = maxPicks();
    beginResetModel();
    m_scope = scope;
    rebuild();
    endResetModel();
    if (oldCount != pickedCount() || oldMax != maxPicks())
        Q_EMIT countChanged(pickedCount(), maxPicks());
}

QString CombinationModel::scope() const
{
    return m_scope;
}

void CombinationModel::rebuild()
{
    m_measureIds.clear();
    m_picks.clear();
    if (!m_session || !m_session->instrument().combinationScopes().contains(m_scope))
        return;
    for (const Measure &measure : m_session->instrument().measures())
        m_measureIds.append(measure.id);
    m_picks = m_session->picks(m_scope);
}

QString CombinationModel::scopeName() const
{
    if (!m_session)
        return {};
    const int i = m_session->instrument().areaIndex(m_scope);
    return i < 0 ? QString() : m_session->instrument().areas().at(i).name;
}

QString CombinationModel::prompt() const
{
    if (!m_session)
        return {};
    QString text = m_session->instrument().combination().prompt;
    text.replace(u"{area}"_s, scopeName());
    return text;
}

int CombinationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_measureIds.size());
}

QVariant CombinationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || !m_session)
        return {};
    if (role == Qt::AccessibleDescriptionRole)
        return m_note.data(index);
    const QString &id = m_measureIds.at(index.row());
    const int measureIndex = m_session->instrument().measureIndex(id);
    if (measureIndex < 0)
        return {};
    const Measure &measure = m_session->instrument().measures().at(measureIndex);
    const bool picked = m_picks.contains(id);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1. %2").arg(measureIndex + 1).arg(measure.name);
    case Qt::ToolTipRole:
        return measure.description;
    case Qt::CheckStateRole:
        return picked ? Qt::Checked : Qt::Unchecked;
    case Qt::AccessibleTextRole:
        return picked ? tr("%1, chosen").arg(measure.name) : tr("%1, not chosen").arg(measure.name);
    default:
        break;
    }
    switch (Role(role)) {
    case Role::MeasureId:
        return id;
    case Role::Picked:
        return picked;
    }
    return {};
}

Qt::ItemFlags CombinationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // Unpicked rows stay enabled at the maximum, so that trying one can say why it is refused; a
    // read-only response shows its picks and takes none.
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return m_session && m_session->isReadOnly() ? flags : flags | Qt::ItemIsUserCheckable;
}

bool CombinationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role == Qt::AccessibleDescriptionRole)
        return m_note.set(index, value);
    if (role != Qt::CheckStateRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    const int state = value.toInt();
    if (state != Qt::Checked && state != Qt::Unchecked)
        return false;
    return setPicked(index.row(), state == Qt::Checked);
}

bool CombinationModel::setPicked(int row, bool picked)
{
    if (!m_session || row < 0 || row >= m_measureIds.size())
        return false;
    const QString &id = m_measureIds.at(row);
    if (m_picks.contains(id) == picked)
        return true;
    if (picked && pickedCount() >= maxPicks()) {
        Q_EMIT limitReached(maxPicks());
        return false;
    }
    const Status status = m_session->setPicked(m_scope, id, picked);
    if (!status) {
        Q_EMIT writeFailed(status.error());
        return false;
    }
    return true;
}

QHash<int, QByteArray> CombinationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(int(Role::MeasureId), "measureId");
    names.insert(int(Role::Picked), "picked");
    return names;
}

int CombinationModel::pickedCount() const
{
    return int(m_picks.size());
}

int CombinationModel::maxPicks() const
{
    return m_session ? m_session->instrument().combination().maxPicks : 0;
}

QString CombinationModel::summary() const
{
    return tr("%1 of %2 chosen").arg(pickedCount()).arg(maxPicks());
}

void CombinationModel::onPicksChanged(const QString &scope)
{
    if (!m_session || scope != m_scope || m_measureIds.isEmpty())
        return;
    const QStringList before = m_picks;
    m_picks = m_session->picks(m_scope);
    for (int row = 0; row < m_measureIds.size(); ++row) {
        const QString &id = m_measureIds.at(row);
        if (before.contains(id) != m_picks.contains(id)) {
            const QModelIndex i = index(row);
            Q_EMIT dataChanged(i, i, { Qt::CheckStateRole, Qt::AccessibleTextRole, int(Role::Picked) });
        }
    }
    if (before.size() != m_picks.size())
        Q_EMIT countChanged(pickedCount(), maxPicks());
}

} // namespace panelist
