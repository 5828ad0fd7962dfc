#pragma once

#include "models/analysis/figures.h"
#include "models/instrument/instrument.h"

#include <QAbstractTableModel>

namespace panelist {

// Agreement with each measure in one risk area: one row per measure, sorted by agreement share
// (highest first; measures without substantive answers last; ties in instrument order).
// Columns: measure, one per scale point (counts), don't know, n, agreement share, Wilson 95 %
// interval, meets the agreement threshold. Every figure is taken from analysis::Figures, each
// point's share of n (Role::Share) included; nothing is computed here.
//
// setFigures() never resets: values are replaced with exact dataChanged, and a change of order is
// a layoutChanged (persistent indexes follow their measure) before the values change.
// GUI thread only (a plain item model).
class AgreementModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementModel)

public:
    enum class Role {
        MeasureId = Qt::UserRole + 1, // every column: the row's measure id
        Value, // raw figure of the cell: int counts, double shares, bool meets; invalid when null
        Share, // point columns: ItemStats::pointShares (invalid when n = 0); agreement column: the share
        WilsonLow, // Wilson column: interval bounds (invalid when null)
        WilsonHigh,
    };

    AgreementModel(const Instrument &instrument, const QString &areaId, QObject *parent = nullptr);

    QString areaId() const { return m_areaId; }
    const Scale &scale() const { return m_scale; }
    double threshold() const { return m_threshold; }

    int pointCount() const { return int(m_scale.points.size()); }
    int measureColumn() const { return 0; }
    int pointColumn(int point) const { return 1 + point; }
    int dontKnowColumn() const { return 1 + pointCount(); }
    int nColumn() const { return dontKnowColumn() + 1; }
    int agreeShareColumn() const { return dontKnowColumn() + 2; }
    int wilsonColumn() const { return dontKnowColumn() + 3; }
    int meetsColumn() const { return dontKnowColumn() + 4; }

    // The area's figures from results (all rows show n = 0 until the first call).
    void setFigures(const analysis::Figures &results);

    // Direct read access for charts, by row in the current order.
    const analysis::ItemStats &stats(int row) const { return m_rows.at(row).stats; }
    QString measureName(int row) const { return m_rows.at(row).name; }
    int rowOfMeasure(const QString &measureId) const; // -1 when unknown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString measureId;
        QString name;
        int instrumentIndex = 0;
        analysis::ItemStats stats;
    };
    QVariant cell(const Row &row, int column, int role) const;
    void reorder(QList<Row> sorted);

    QString m_areaId;
    Scale m_scale;
    double m_threshold = 0.6;
    QList<Row> m_rows;
};

} // namespace panelist
