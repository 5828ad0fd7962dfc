#include "ui/survey/ratinggrid.h"

#include "models/survey/ratingtablemodel.h"
#include "ui/survey/radiodelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionHeader>

namespace panelist {

namespace {

// Scale labels such as "Neither agree nor disagree" wrap instead of being elided; QHeaderView only
// wraps when the alignment carries Qt::TextWordWrap, which the model's alignment role does not.
class WrappingHeader final : public QHeaderView
{
public:
    using QHeaderView::QHeaderView;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override
    {
        QStyleOptionHeader opt;
        initStyleOption(&opt);
        initStyleOptionForIndex(&opt, logicalIndex);
        opt.rect = rect;
        opt.textAlignment = Qt::Alignment::fromInt(int(Qt::AlignCenter) | int(Qt::TextWordWrap));
        style()->drawControl(QStyle::CE_Header, &opt, painter, this);
    }
};

} // namespace

RatingGrid::RatingGrid(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new RadioDelegate(this));
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setMouseTracking(true);
    setWordWrap(true);
    setCornerButtonEnabled(false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    setHorizontalHeader(new WrappingHeader(Qt::Horizontal, this));
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2 + 10);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    verticalHeader()->setHighlightSections(false);

    connect(this, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (m_model && index.isValid())
            rated(index.row(), m_model->rate(index.row(), index.column()));
    });
}

void RatingGrid::setRatingModel(RatingTableModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { updateGeometry(); });
}

int RatingGrid::firstUnansweredRow() const
{
    if (!m_model)
        return 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->chosenColumn(row) < 0)
            return row;
    }
    return 0;
}

void RatingGrid::focusRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const int chosen = m_model->chosenColumn(row);
    setCurrentIndex(m_model->index(row, chosen >= 0 ? chosen : 0));
}

void RatingGrid::rated(int row, const Status &status)
{
    if (!status) {
        QApplication::beep();
        Q_EMIT problem(status.error());
        return;
    }
    Q_EMIT problem({});
    const int chosen = m_model->chosenColumn(row);
    setCurrentIndex(m_model->index(row, chosen >= 0 ? chosen : qMax(0, currentIndex().column())));
    viewport()->update();
}

void RatingGrid::keyPressEvent(QKeyEvent *event)
{
    // Leave modified keys (Ctrl+..., Alt+...) to shortcuts and the base class.
    const auto mods = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (!m_model || m_model->rowCount() == 0 || mods != Qt::NoModifier) {
        QTableView::keyPressEvent(event);
        return;
    }
    const QModelIndex current = currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    const int key = event->key();
    // 0 is "don't know" unless the row's scale has a point of value 0 (PageWidgets::ratingKeys says so).
    if (key == Qt::Key_D || (key == Qt::Key_0 && !m_model->scaleHasValue(row, 0))) {
        rated(row, m_model->rateDontKnow(row));
    } else if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        rated(row, m_model->rateValue(row, key - Qt::Key_0));
    } else if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
        rated(row, m_model->clear(row));
    } else if ((key == Qt::Key_Space || key == Qt::Key_Select || key == Qt::Key_Return
                   || key == Qt::Key_Enter)
        && current.isValid()) {
        rated(row, m_model->rate(row, current.column()));
    } else {
        QTableView::keyPressEvent(event);
        viewport()->update(); // the current-row band moves with the cursor
        return;
    }
    event->accept();
}

void RatingGrid::focusInEvent(QFocusEvent *event)
{
    if (m_model && !currentIndex().isValid())
        focusRow(firstUnansweredRow());
    QTableView::focusInEvent(event);
    viewport()->update();
}

void RatingGrid::focusOutEvent(QFocusEvent *event)
{
    QTableView::focusOutEvent(event);
    viewport()->update(); // drop the current-row band
}

int RatingGrid::fittedHeight() const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    return horizontalHeader()->height() + rows * verticalHeader()->defaultSectionSize() + 2 * frameWidth();
}

QSize RatingGrid::sizeHint() const
{
    return { QTableView::sizeHint().width(), fittedHeight() };
}

QSize RatingGrid::minimumSizeHint() const
{
    return { QTableView::minimumSizeHint().width(), fittedHeight() };
}

} // namespace panelist
