#pragma once

#include "models/analysis/figures.h"
#include "models/instrument/instrument.h"

#include <QAbstractTableModel>

namespace panelist {

// Co-selection in one combination scope: measures x measures (instrument order on both axes),
// cell (i, j) = respondents who picked both i and j (symmetric); the diagonal holds how many
// picked i at all. Counts are analysis::Figures' co_selection and selected, unchanged. Headers
// show the measure's number (1-based, instrument order) with the name as tool tip.
//
// setFigures() only replaces values, with exact dataChanged per run of changed cells in a row.
// GUI thread only.
class CoSelectionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoSelectionModel)

public:
    enum class Role {
        Value = Qt::UserRole + 1, // the count (int)
        MeasureId, // headers: the measure id of that row or column
    };

    CoSelectionModel(const Instrument &instrument, const QString &scope, QObject *parent = nullptr);

    QString scope() const { return m_scope; }
    int answered() const { return m_answered; }
    int maxPairCount() const { return m_maxPair; } // largest off-diagonal count
    int count(int row, int column) const { return m_counts.at(row * m_size + column); }

    void setFigures(const analysis::Figures &results);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString m_scope;
    QStringList m_measureIds;
    QStringList m_measureNames;
    int m_size = 0;
    QList<int> m_counts; // m_size x m_size, row-major
    int m_answered = 0;
    int m_maxPair = 0;
};

} // namespace panelist
