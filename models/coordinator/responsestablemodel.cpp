#include "models/coordinator/responsestablemodel.h"

#include "models/security/identitykey.h"
#include "models/security/keyencoding.h"

#include "models/common/printable.h"
#include "models/coordinator/coordinatorformat.h"
#include "models/coordinator/rowsync.h"

using namespace Qt::StringLiterals;

namespace panelist {

ResponseRow ResponseRow::from(const VersionSummary &version, const Instrument &instrument)
{
    ResponseRow row;
    row.respondentId = version.respondentId;
    row.name = version.name;
    row.affiliation = version.affiliation;
    row.language = version.language.isEmpty() ? instrument.study().language : version.language;
    for (const ExpertiseGroup &g : instrument.expertiseGroups()) {
        if (version.expertise.contains(g.id))
            row.expertise.append(g.name);
    }
    row.revision = version.revision;
    row.submittedAt = version.submittedAt;
    row.answered = version.answered;
    row.total = instrument.ratingItemCount();
    row.sourceName = version.sourceName;
    row.versionId = version.versionId;
    if (const auto key = fromBase64(version.signerKey, IdentityKey::PublicKeyBytes))
        row.signerFingerprint = keyFingerprint(*key);
    return row;
}

ResponsesTableModel::ResponsesTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ResponsesTableModel::~ResponsesTableModel() = default;

void ResponsesTableModel::setRows(const QList<ResponseRow> &rows)
{
    syncRows(
        m_rows, rows, [](const ResponseRow &r) { return r.respondentId; },
        [this](int first, int last) {
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
        },
        [this](int row, const ResponseRow &fresh) { replaceRow(row, fresh); },
        [this](QList<ResponseRow> extra) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(extra.size()) - 1);
            m_rows.append(std::move(extra));
            endInsertRows();
        });
    reindex();
}

void ResponsesTableModel::updateRows(const QList<ResponseRow> &rows)
{
    QList<ResponseRow> extra;
    for (const ResponseRow &fresh : rows) {
        const auto it = m_rowOf.constFind(fresh.respondentId);
        if (it != m_rowOf.cend())
            replaceRow(*it, fresh);
        else
            extra.append(fresh);
    }
    if (extra.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(extra.size()) - 1);
    for (const ResponseRow &row : std::as_const(extra)) {
        m_rowOf.insert(row.respondentId, int(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
}

void ResponsesTableModel::removeRespondents(const QList<QUuid> &respondents)
{
    // Removals are rare (a conflict that leaves no version counting), so renumbering the index
    // after one is fine.
    for (const QUuid &id : respondents) {
        const auto it = m_rowOf.constFind(id);
        if (it == m_rowOf.cend())
            continue;
        const int row = *it;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_rowOf.erase(it);
        endRemoveRows();
        for (auto i = m_rowOf.begin(); i != m_rowOf.end(); ++i)
            *i -= *i > row ? 1 : 0;
    }
}

void ResponsesTableModel::replaceRow(int row, const ResponseRow &fresh)
{
    int firstCol = ColumnCount, lastCol = -1;
    for (int c = 0; c < ColumnCount; ++c) {
        if (display(m_rows.at(row), c) != display(fresh, c)
            || sortKey(m_rows.at(row), c) != sortKey(fresh, c)) {
            firstCol = qMin(firstCol, c);
            lastCol = c;
        }
    }
    m_rows[row] = fresh;
    if (lastCol >= 0)
        Q_EMIT dataChanged(index(row, firstCol), index(row, lastCol),
            { Qt::DisplayRole, Qt::ToolTipRole, int(Role::Sort), int(Role::VersionId) });
}

void ResponsesTableModel::reindex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).respondentId, int(i));
}

int ResponsesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResponsesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResponsesTableModel::display(const ResponseRow &row, int column)
{
    switch (column) {
    case RespondentColumn:
        return CoordinatorFormat::shortId(row.respondentId);
    case NameColumn:
        return printable(row.name); // from the file: shown escaped, like the file name
    case AffiliationColumn:
        return printable(row.affiliation);
    case ExpertiseColumn:
        return row.expertise.join(u", "_s);
    case RevisionColumn:
        return row.revision;
    case SubmittedColumn:
        return CoordinatorFormat::timeText(row.submittedAt);
    case CompletenessColumn:
        return CoordinatorFormat::completeness(row.answered, row.total);
    case LanguageColumn:
        return row.language;
    case SourceColumn:
        return printable(row.sourceName);
    case SignatureColumn:
        // The expert's key, as the expert's Panelist shows it; "unsigned" for a file without one.
        return row.signerFingerprint.isEmpty() ? tr("unsigned") : row.signerFingerprint;
    default:
        return {};
    }
}

QVariant ResponsesTableModel::sortKey(const ResponseRow &row, int column)
{
    switch (column) {
    case RespondentColumn:
        return row.respondentId.toString(QUuid::WithoutBraces);
    case SubmittedColumn:
        return row.submittedAt;
    case CompletenessColumn:
        return row.total > 0 ? double(row.answered) / row.total : 0.0;
    default:
        return display(row, column);
    }
}

QVariant ResponsesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResponseRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == RespondentColumn)
            return row.respondentId.toString(QUuid::WithoutBraces);
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == RevisionColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case int(Role::Sort):
        return sortKey(row, index.column());
    case int(Role::RespondentId):
        return row.respondentId;
    case int(Role::VersionId):
        return row.versionId;
    default:
        return {};
    }
}

QVariant ResponsesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RespondentColumn:
        return tr("Respondent");
    case NameColumn:
        return tr("Name");
    case AffiliationColumn:
        return tr("Affiliation");
    case LanguageColumn:
        return tr("Language");
    case ExpertiseColumn:
        return tr("Expertise");
    case RevisionColumn:
        return tr("Revision");
    case SubmittedColumn:
        return tr("Submitted");
    case CompletenessColumn:
        return tr("Completeness");
    case SourceColumn:
        return tr("Source file");
    case SignatureColumn:
        return tr("Signed by");
    default:
        return {};
    }
}

QHash<int, QByteArray> ResponsesTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(int(Role::Sort), "sortKey");
    names.insert(int(Role::RespondentId), "respondentId");
    names.insert(int(Role::VersionId), "versionId");
    return names;
}

int ResponsesTableModel::unsignedCount() const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [](const ResponseRow &r) { return r.signerFingerprint.isEmpty(); }));
}

} // namespace panelist
