#pragma once

#include "models/analysis/figures.h"
#include "models/instrument/instrument.h"

#include <QAbstractTableModel>

namespace panelist {

// How often each measure was picked in the preferred combinations: one row per measure (instrument
// order), one column per combination scope (each risk area, or one "overall" column). A cell shows
// the selection share; its figures come from analysis::Figures unchanged. The horizontal header
// carries each scope's number of respondents who answered (Role::Answered).
//
// setFigures() only replaces values: exact dataChanged per changed cell run, headerDataChanged
// when a scope's answered count changes. GUI thread only.
class SelectionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionModel)

public:
    enum class Role {
        MeasureId = Qt::UserRole + 1, // every cell: the row's measure id
        Value, // selection share (double), invalid when nobody answered the scope
        Selected, // respondents who picked the measure (int)
        Meets, // share above the selection threshold (bool)
        ScopeId, // every cell and the horizontal header: the column's scope id
        Answered, // horizontal header: respondents who answered the scope (int)
    };

    explicit SelectionModel(const Instrument &instrument, QObject *parent = nullptr);

    double threshold() const { return m_threshold; }
    QStringList scopes() const { return m_scopes; }
    int columnOfScope(const QString &scope) const { return int(m_scopes.indexOf(scope)); }
    int rowOfMeasure(const QString &measureId) const; // -1 when unknown
    const analysis::MeasureSelection &selection(int row, int column) const
    {
        return m_cells.at(column).at(row);
    }

    void setFigures(const analysis::Figures &results);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant cell(const analysis::MeasureSelection &s, int role) const;

    double m_threshold = 0.4;
    QStringList m_measureIds;
    QStringList m_measureNames;
    QStringList m_scopes;
    QStringList m_scopeNames;
    QList<int> m_answered; // per scope
    QList<QList<analysis::MeasureSelection>> m_cells; // [scope][measure]
};

} // namespace panelist
