#pragma once

#include "models/storage/studystore.h"

#include <QAbstractTableModel>
#include <QList>

namespace panelist {

// The study's import log for the coordinator: one row per file tried, with its outcome and the
// reason. Owns its rows as values; the log only grows, and setEntries() appends what is new (and
// replaces/removes rows the same way as any keyed model if the log ever differs).
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
        QString outcome;
        QString reason;
        QString sha256;
        bool operator==(const Row &) const = default;
    };

    explicit ImportLogModel(QObject *parent = nullptr);
    ~ImportLogModel() override;

    void setEntries(const QList<ImportLogEntry> &entries);
    const QList<Row> &rows() const { return m_rows; }
    int rejectedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QVariant display(const Row &row, int column);

    QList<Row> m_rows;
};

} // namespace panelist
