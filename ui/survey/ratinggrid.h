#pragma once

#include "models/common/result.h"

#include <QTableView>

namespace panelist {

class RatingTableModel;
class ViewCursor;

// The rating grid of a measure page: rows are risk areas plus feasibility, columns the scale points
// plus "Don't know"; cells are radio indicators (RadioDelegate).
// Sized to show every row whole, never scrolling: its height follows its width (heightForWidth).
// Row names take up to about a third of the width and wrap; column labels wrap at word boundaries,
// and only where a word cannot fit its column (a very narrow window) are they cut short with "…"
// (the tooltip and the accessible name keep the whole label).
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
    // Puts the cursor on row (at its chosen cell, else the first column); without the focus, when
    // the grid gets it.
    void focusRow(int row);
    int firstUnansweredRow() const; // 0 when everything is answered

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    // The text a header section shows (the whole label unless it cannot fit, see above).
    QString shownLabel(Qt::Orientation orientation, int section) const;

Q_SIGNALS:
    // A key or click could not be turned into an answer (e.g. "7" on a 5-point scale).
    void problem(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // How the headers share a width: the row names' width, each row's height, the header's height.
    struct Fit
    {
        int rowHeaderWidth = 0;
        QList<int> rowHeights;
        int headerHeight = 0;
    };
    Fit fitFor(int width) const;
    void applyFit();
    int narrowestWidth() const;
    void rated(int row, const Status &status);

    RatingTableModel *m_model = nullptr;
    ViewCursor *m_cursor = nullptr; // the current cell only while focused (ui/survey/viewcursor.h)
};

} // namespace panelist
