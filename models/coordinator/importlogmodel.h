#pragma once

#include "models/storage/studytypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace panelist {

// The study's import log for the coordinator: one row per file tried (and per conflict choice), with
// its outcome and the reason. Owns its rows as values. The log only grows: setEntries() shows a
// whole log (keeping rows that stay, so views keep their place), appendEntries() adds what is new.
// Threading: GUI thread (fed by CoordinatorSession).
class ImportLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportLogModel)

public:
    enum Column { TimeColumn, FileColumn, OutcomeColumn, ReasonColumn, ColumnCount };
    enum class Role { Sort = Qt::UserRole + 1, Outcome, Sha256 };

    struct Row
    {
        qint64 id = 0;
        QDateTime at;
        QString fileName;
        ImportOutcome outcome = ImportOutcome::Rejected;
        QString reason;
        QString sha256;
        bool operator==(const Row &) const = default;
    };

    explicit ImportLogModel(QObject *parent = nullptr);
    ~ImportLogModel() override;

    void setEntries(const QList<ImportLogEntry> &entries);
    void appendEntries(const QList<ImportLogEntry> &entries);
    qint64 lastId() const { return m_rows.isEmpty() ? 0 : m_rows.constLast().id; }
    const QList<Row> &rows() const { return m_rows; }
    int rejectedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QVariant display(const Row &row, int column);
    void countRejected();

    QList<Row> m_rows;
    int m_rejected = 0;
};

} // namespace panelist
