#include "models/survey/ratingtablemodel.h"

#include "models/survey/surveysession.h"

using namespace Qt::StringLiterals;

namespace panelist {

RatingTableModel::RatingTableModel(SurveySession *session, QObject *parent)
    : QAbstractTableModel(parent)
{
    setSession(session);
}

RatingTableModel::~RatingTableModel() = default;

void RatingTableModel::setSession(SurveySession *session)
{
    if (session == m_session && session)
        return;
    beginResetModel();
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &SurveySession::ratingChanged, this, &RatingTableModel::onRatingChanged);
        // The session may go away before the model: show nothing then.
        connect(m_session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    rebuild();
    endResetModel();
}

SurveySession *RatingTableModel::session() const
{
    return m_session;
}

void RatingTableModel::setMeasure(const QString &measureId)
{
    beginResetModel();
    m_measureId = measureId;
    rebuild();
    endResetModel();
}

QString RatingTableModel::measureId() const
{
    return m_measureId;
}

void RatingTableModel::rebuild()
{
    m_rows.clear();
    m_columnLabels.clear();
    m_pointColumns = 0;
    m_hasDontKnow = false;
    if (!m_session)
        return;
    const Instrument &instrument = m_session->instrument();
    const int measureIndex = instrument.measureIndex(m_measureId);
    if (measureIndex < 0)
        return;
    const Measure &measure = instrument.measures().at(measureIndex);

    QList<const Scale *> scales;
    if (instrument.effectiveness().enabled && measure.askEffectiveness) {
        for (const RiskArea &area : instrument.areas())
            m_rows.append(Row { area.id, area.name });
        scales.append(&instrument.effectivenessScale());
    }
    if (instrument.feasibility().enabled && measure.askFeasibility) {
        m_rows.append(Row { QString(), tr("Technical feasibility") });
        scales.append(&instrument.feasibilityScale());
    }
    // The header shows the first scale's labels; a second scale with more points adds its own
    // (the bundled instrument uses one scale for both questions).
    for (const Scale *scale : scales) {
        for (qsizetype i = m_columnLabels.size(); i < scale->points.size(); ++i)
            m_columnLabels.append(scale->points.at(i).label);
        m_pointColumns = std::max(m_pointColumns, int(scale->points.size()));
    }
    for (const Scale *scale : scales) {
        if (scale->allowDontKnow) {
            m_hasDontKnow = true;
            m_columnLabels.append(scale->dontKnowLabel.isEmpty() ? tr("Don't know") : scale->dontKnowLabel);
            break;
        }
    }
}

const Scale *RatingTableModel::scaleForRow(int row) const
{
    if (!m_session || row < 0 || row >= m_rows.size())
        return nullptr;
    const Instrument &instrument = m_session->instrument();
    return m_rows.at(row).areaId.isEmpty() ? &instrument.feasibilityScale()
                                           : &instrument.effectivenessScale();
}

int RatingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RatingTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_rows.isEmpty())
        return 0;
    return m_pointColumns + (m_hasDontKnow ? 1 : 0);
}

int RatingTableModel::dontKnowColumn() const
{
    return m_hasDontKnow ? m_pointColumns : -1;
}

int RatingTableModel::rowForArea(const QString &areaId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).areaId == areaId)
            return row;
    }
    return -1;
}

std::pair<QString, QString> RatingTableModel::rowKey(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return { m_measureId, m_rows.at(row).areaId };
}

QString RatingTableModel::rowName(int row) const
{
    return row < 0 || row >= m_rows.size() ? QString() : m_rows.at(row).name;
}

// The label of a cell, empty when the row's scale has no such column.
QString RatingTableModel::pointLabel(int row, int column) const
{
    const Scale *scale = scaleForRow(row);
    if (!scale)
        return {};
    if (column == dontKnowColumn())
        return scale->allowDontKnow ? m_columnLabels.value(column) : QString();
    if (column >= 0 && column < scale->points.size())
        return scale->points.at(column).label;
    return {};
}

QString RatingTableModel::prompt(int row) const
{
    if (!m_session || row < 0 || row >= m_rows.size())
        return {};
    const Instrument &instrument = m_session->instrument();
    const Row &r = m_rows.at(row);
    QString text = r.areaId.isEmpty() ? instrument.feasibility().prompt : instrument.effectiveness().prompt;
    text.replace(u"{area}"_s, r.name);
    const int measureIndex = instrument.measureIndex(m_measureId);
    if (measureIndex >= 0)
        text.replace(u"{measure}"_s, instrument.measures().at(measureIndex).name);
    return text;
}

int RatingTableModel::columnForRating(const Rating &rating) const
{
    if (rating.dontKnow)
        return dontKnowColumn();
    // Columns follow the header's scale (the first row's).
    const Scale *scale = scaleForRow(0);
    if (!scale)
        return -1;
    for (int i = 0; i < scale->points.size(); ++i) {
        if (scale->points.at(i).value == rating.value)
            return i;
    }
    return -1;
}

int RatingTableModel::chosenColumn(int row) const
{
    const Scale *scale = scaleForRow(row);
    if (!scale)
        return -1;
    const std::optional<Rating> rating = m_session->rating(m_measureId, m_rows.at(row).areaId);
    if (!rating)
        return -1;
    if (rating->dontKnow)
        return scale->allowDontKnow ? dontKnowColumn() : -1;
    for (int i = 0; i < scale->points.size(); ++i) {
        if (scale->points.at(i).value == rating->value)
            return i;
    }
    return -1;
}

QVariant RatingTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::AccessibleDescriptionRole)
        return m_note.data(index);
    const int row = index.row();
    const int column = index.column();
    const QString label = pointLabel(row, column);
    if (label.isEmpty()) // no such point on this row's scale: an empty, disabled cell
        return {};
    const bool chosen = chosenColumn(row) == column;
    switch (role) {
    case Qt::CheckStateRole:
        return chosen ? Qt::Checked : Qt::Unchecked;
    case Qt::AccessibleTextRole:
        return chosen ? tr("%1: %2, selected").arg(rowName(row), label)
                      : tr("%1: %2, not selected").arg(rowName(row), label);
    case Qt::ToolTipRole:
        return tr("%1: %2").arg(rowName(row), label);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        break;
    }
    switch (Role(role)) {
    case Role::MeasureId:
        return m_measureId;
    case Role::AreaId:
        return m_rows.at(row).areaId;
    case Role::ScaleValue:
        if (column == dontKnowColumn())
            return {};
        return scaleForRow(row)->points.at(column).value;
    case Role::IsDontKnow:
        return column == dontKnowColumn();
    }
    return {};
}

QVariant RatingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const QString label = m_columnLabels.value(section);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return label;
        case Qt::ToolTipRole: {
            if (section == dontKnowColumn())
                return tr("%1 (key D or 0)").arg(label);
            const Scale *scale = scaleForRow(0);
            if (scale && section < scale->points.size())
                return tr("%1 (key %2)").arg(label).arg(scale->points.at(section).value);
            return label;
        }
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    }
    if (section < 0 || section >= rowCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return rowName(section);
    case Qt::ToolTipRole:
        return prompt(section);
    default:
        return {};
    }
}

Qt::ItemFlags RatingTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (pointLabel(index.row(), index.column()).isEmpty())
        return Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

bool RatingTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role == Qt::AccessibleDescriptionRole)
        return m_note.set(index, value);
    if (role != Qt::CheckStateRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    if (value.toInt() == Qt::Checked)
        return rate(index.row(), index.column()).ok();
    if (value.toInt() == Qt::Unchecked) {
        // Unchecking the chosen cell removes the answer; unchecking another cell changes nothing.
        if (chosenColumn(index.row()) != index.column())
            return true;
        return clear(index.row()).ok();
    }
    return false;
}

QHash<int, QByteArray> RatingTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(int(Role::MeasureId), "measureId");
    names.insert(int(Role::AreaId), "areaId");
    names.insert(int(Role::ScaleValue), "scaleValue");
    names.insert(int(Role::IsDontKnow), "isDontKnow");
    return names;
}

Status RatingTableModel::rate(int row, int column)
{
    const Scale *scale = scaleForRow(row);
    if (!scale)
        return Status::failure(tr("There is no rating row %1 for this measure.").arg(row + 1));
    if (column == dontKnowColumn())
        return rateDontKnow(row);
    if (column < 0 || column >= scale->points.size())
        return Status::failure(tr("%1 has no answer in column %2.").arg(rowName(row)).arg(column + 1));
    return rateValue(row, scale->points.at(column).value);
}

bool RatingTableModel::scaleHasValue(int row, int scaleValue) const
{
    const Scale *scale = scaleForRow(row);
    return scale && scale->contains(scaleValue);
}

Status RatingTableModel::rateValue(int row, int scaleValue)
{
    const Scale *scale = scaleForRow(row);
    if (!scale)
        return Status::failure(tr("There is no rating row %1 for this measure.").arg(row + 1));
    if (!scale->contains(scaleValue)) {
        return Status::failure(tr("%1 cannot be rated %2: the scale goes from %3 to %4.")
                                   .arg(rowName(row))
                                   .arg(scaleValue)
                                   .arg(scale->minValue())
                                   .arg(scale->maxValue()));
    }
    return m_session->setRating(m_measureId, m_rows.at(row).areaId, Rating::of(scaleValue));
}

Status RatingTableModel::rateDontKnow(int row)
{
    const Scale *scale = scaleForRow(row);
    if (!scale)
        return Status::failure(tr("There is no rating row %1 for this measure.").arg(row + 1));
    if (!scale->allowDontKnow)
        return Status::failure(tr("%1 has no \"Don't know\" answer.").arg(rowName(row)));
    return m_session->setRating(m_measureId, m_rows.at(row).areaId, Rating::unknown());
}

Status RatingTableModel::clear(int row)
{
    if (!scaleForRow(row))
        return Status::failure(tr("There is no rating row %1 for this measure.").arg(row + 1));
    return m_session->clearRating(m_measureId, m_rows.at(row).areaId);
}

void RatingTableModel::onRatingChanged(const QString &measureId, const QString &areaId)
{
    if (measureId != m_measureId)
        return;
    const int row = rowForArea(areaId);
    if (row < 0 || columnCount() == 0)
        return;
    Q_EMIT dataChanged(
        index(row, 0), index(row, columnCount() - 1), { Qt::CheckStateRole, Qt::AccessibleTextRole });
}

} // namespace panelist
