#pragma once

#include "models/common/result.h"

#include <QTableView>

namespace panelist {

class RatingTableModel;

// The rating grid of a measure page: rows are risk areas plus feasibility, columns the scale points
// plus "Don't know"; cells are radio indicators (RadioDelegate).
// Keyboard: digits rate the focused row by scale value (1-5), D or 0 = don't know, Delete/Backspace
// clears, Space/Enter rates the focused cell, arrows move; Tab leaves the grid (tab-key navigation
// inside the grid is off so every other control stays reachable). A click on a cell rates it.
class RatingGrid final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingGrid)

public:
    explicit RatingGrid(QWidget *parent = nullptr);

    void setRatingModel(RatingTableModel *model);
    RatingTableModel *ratingModel() const { return m_model; }
    // Puts the cursor on row (at its chosen cell, else the first column).
    void focusRow(int row);
    int firstUnansweredRow() const; // 0 when everything is answered

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // A key or click could not be turned into an answer (e.g. "7" on a 5-point scale).
    void problem(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void rated(int row, const Status &status);
    int fittedHeight() const;

    RatingTableModel *m_model = nullptr;
};

} // namespace panelist
