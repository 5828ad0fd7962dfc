#pragma once

#include "models/instrument/instrument.h"
#include "models/storage/studytypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QUuid>

namespace panelist {

// Conflicts for the coordinator to decide: one row per candidate version (same respondent and
// revision, different content), grouped by conflict. Choosing a row's version is done through
// CoordinatorSession::resolveConflict (the study records it); this model only shows the state.
// Threading: GUI thread (fed by CoordinatorSession).
class ConflictsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsModel)

public:
    enum Column {
        RespondentColumn,
        RevisionColumn,
        SourceColumn,
        ImportedColumn,
        AnsweredColumn,
        StateColumn,
        ColumnCount
    };
    enum class Role { Sort = Qt::UserRole + 1, RespondentId, Revision, VersionId, Counts, Resolved };

    struct Row
    {
        QUuid respondentId;
        int revision = 0;
        qint64 versionId = 0;
        QString sourceName;
        QDateTime importedAt;
        int answered = 0;
        int total = 0;
        bool counts = false; // this version is the one that counts
        bool resolved = false; // the coordinator has chosen for this conflict
        bool operator==(const Row &) const = default;
    };

    explicit ConflictsModel(QObject *parent = nullptr);
    ~ConflictsModel() override;

    void setConflicts(const QList<StudyConflict> &conflicts, const Instrument &instrument);
    const QList<Row> &rows() const { return m_rows; }
    int unresolvedCount() const; // conflicts (not rows) still waiting for a choice

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QVariant display(const Row &row, int column);

    QList<Row> m_rows;
};

} // namespace panelist
