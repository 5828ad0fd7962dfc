#pragma once

// Internal to models/presenter: exact dataChanged from a cell-by-cell comparison.

#include <QAbstractItemModel>
#include <QList>

namespace panelist::detail {

// Emits one dataChanged per run of adjacent changed cells in `row` (so a signal never covers a
// cell that did not change). changed(column) says whether that cell's values differ.
template<typename Changed>
void emitRowChanges(QAbstractItemModel *model, int row, int columns, Changed changed, const QList<int> &roles)
{
    int first = -1;
    for (int c = 0; c <= columns; ++c) {
        const bool differs = c < columns && changed(c);
        if (differs && first < 0)
            first = c;
        if (!differs && first >= 0) {
            Q_EMIT model->dataChanged(model->index(row, first), model->index(row, c - 1), roles);
            first = -1;
        }
    }
}

} // namespace panelist::detail
