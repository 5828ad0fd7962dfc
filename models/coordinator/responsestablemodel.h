#pragma once

#include "models/instrument/instrument.h"
#include "models/storage/studytypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace panelist {

// One respondent in the coordinator's responses table: the version that counts, as plain values.
struct ResponseRow
{
    QUuid respondentId;
    QString name; // as the expert gave it on the profile page; empty when anonymous
    QString affiliation; // likewise
    QString language; // the code of the language answered in (the main language's when none was recorded)
    QStringList expertise; // group names, in the instrument's order
    int revision = 0;
    QDateTime submittedAt; // UTC
    int answered = 0; // rating items answered
    int total = 0; // rating items the instrument asks
    QString sourceName;
    qint64 versionId = 0;
    QString signerFingerprint; // of the expert's key; empty: the file was not signed

    bool operator==(const ResponseRow &) const = default;
    static ResponseRow from(const VersionSummary &version, const Instrument &instrument);
};

// Table of respondents (one row each) for the coordinator. Owns its rows as values; setRows() keeps
// existing rows where they are (keyed by respondent) so selections survive reloads; updateRows()
// and removeRespondents() change only the rows named, at a cost that does not grow with the table. Sort
// through a QSortFilterProxyModel with sortRole Role::Sort (numbers and times sort as such). Threading: GUI
// thread (fed by CoordinatorSession from its read-only connection).
class ResponsesTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponsesTableModel)

public:
    enum Column {
        RespondentColumn,
        NameColumn,
        AffiliationColumn,
        ExpertiseColumn,
        RevisionColumn,
        SubmittedColumn,
        CompletenessColumn,
        LanguageColumn,
        SignatureColumn,
        SourceColumn,
        ColumnCount
    };
    enum class Role { Sort = Qt::UserRole + 1, RespondentId, VersionId };

    explicit ResponsesTableModel(QObject *parent = nullptr);
    ~ResponsesTableModel() override;

    void setRows(const QList<ResponseRow> &rows);
    // Replaces the row of each respondent given (appending new respondents at the end).
    void updateRows(const QList<ResponseRow> &rows);
    void removeRespondents(const QList<QUuid> &respondents);
    const QList<ResponseRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int unsignedCount() const; // rows whose version came in an unsigned file
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    static QVariant display(const ResponseRow &row, int column);
    static QVariant sortKey(const ResponseRow &row, int column);

    void replaceRow(int row, const ResponseRow &fresh);
    void reindex();

    QList<ResponseRow> m_rows;
    QHash<QUuid, int> m_rowOf; // respondent -> row
};

} // namespace panelist
