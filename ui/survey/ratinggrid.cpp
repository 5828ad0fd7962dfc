#include "ui/survey/ratinggrid.h"

#include "models/survey/ratingtablemodel.h"
#include "ui/survey/announce.h"
#include "ui/survey/radiodelegate.h"
#include "ui/survey/viewcursor.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionButton>
#include <QStyleOptionHeader>

namespace panelist {

namespace {

constexpr Qt::Alignment ColumnAlignment = Qt::AlignCenter;
constexpr Qt::Alignment RowAlignment = Qt::AlignLeft | Qt::AlignVCenter;
// Row names take at most this share of the grid's width, in percent; beyond it they wrap.
constexpr int RowNameShare = 36;
// A column label wraps to at most this many lines; row names to as many as they need.
constexpr int MaxColumnLines = 3;

QSize wrappedSize(const QFontMetrics &fm, const QString &text, int width, Qt::Alignment align)
{
    return fm
        .boundingRect(QRect(0, 0, qMax(1, width), QWIDGETSIZE_MAX), int(align) | int(Qt::TextWordWrap), text)
        .size();
}

int widestWord(const QFontMetrics &fm, const QString &text)
{
    int widest = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        widest = qMax(widest, fm.horizontalAdvance(word));
    return widest;
}

// The label as it fits room: whole and wrapped at word boundaries when it can be; else each word too
// wide for the room cut short with "…"; else the whole label on one line, cut short.
QString fittedText(const QFontMetrics &fm, const QString &label, const QSize &room, Qt::Alignment align)
{
    const auto fits = [&](const QString &text) {
        const QSize need = wrappedSize(fm, text, room.width(), align);
        return need.width() <= room.width() && need.height() <= room.height();
    };
    if (fits(label))
        return label;
    QStringList words = label.split(u' ', Qt::SkipEmptyParts);
    for (QString &word : words) {
        if (fm.horizontalAdvance(word) > room.width())
            word = fm.elidedText(word, Qt::ElideRight, room.width());
    }
    const QString shortened = words.join(u' ');
    return fits(shortened) ? shortened : fm.elidedText(label, Qt::ElideRight, room.width());
}

// Paints each section's label wrapped (QHeaderView elides instead, and only wraps when the model's
// alignment carries Qt::TextWordWrap), cut short only where RatingGrid::shownLabel says so.
class LabelHeader final : public QHeaderView
{
public:
    LabelHeader(Qt::Orientation orientation, RatingGrid *grid)
        : QHeaderView(orientation, grid)
        , m_grid(grid)
    { }

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override
    {
        QStyleOptionHeader opt;
        initStyleOption(&opt);
        initStyleOptionForIndex(&opt, logicalIndex);
        opt.rect = rect;
        opt.text = m_grid->shownLabel(orientation(), logicalIndex);
        const Qt::Alignment align = orientation() == Qt::Horizontal ? ColumnAlignment : RowAlignment;
        opt.textAlignment = Qt::Alignment::fromInt(int(align) | int(Qt::TextWordWrap));
        style()->drawControl(QStyle::CE_Header, &opt, painter, this);
    }

private:
    RatingGrid *m_grid;
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
    // The height is heightForWidth's; Preferred, not Fixed, so a box layout may give exactly that.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    setHorizontalHeader(new LabelHeader(Qt::Horizontal, this));
    setVerticalHeader(new LabelHeader(Qt::Vertical, this));
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultAlignment(RowAlignment);
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
    m_cursor = new ViewCursor(this);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        applyFit();
        updateGeometry();
    });
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
    m_cursor->setCurrent(m_model->index(row, chosen >= 0 ? chosen : 0));
}

void RatingGrid::rated(int row, const Status &status)
{
    if (!status) {
        QApplication::beep();
        Q_EMIT problem(status.error());
        announce(status.error());
        return;
    }
    Q_EMIT problem({});
    const int chosen = m_model->chosenColumn(row);
    m_cursor->setCurrent(m_model->index(row, chosen >= 0 ? chosen : qMax(0, currentIndex().column())));
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

RatingGrid::Fit RatingGrid::fitFor(int width) const
{
    Fit fit;
    const int rows = m_model ? m_model->rowCount() : 0;
    const int columns = m_model ? m_model->columnCount() : 0;
    const QFontMetrics top(horizontalHeader()->font());
    const QFontMetrics side(verticalHeader()->font());
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, horizontalHeader());
    const int pad = 2 * margin + 2;
    int rowLine = 0, rowWord = 0, columnWord = 0;
    for (int r = 0; r < rows; ++r) {
        const QString name = m_model->headerData(r, Qt::Vertical).toString();
        rowLine = qMax(rowLine, side.horizontalAdvance(name));
        rowWord = qMax(rowWord, widestWord(side, name));
    }
    for (int c = 0; c < columns; ++c)
        columnWord = qMax(columnWord, widestWord(top, m_model->headerData(c, Qt::Horizontal).toString()));

    // Row names on one line if they fit in their share; never so wide that a column cannot show its
    // longest word; never narrower than their own longest word.
    const int content = width - 2 * frameWidth();
    int rowHeader = qMin(rowLine + pad, content * RowNameShare / 100);
    rowHeader = qMin(rowHeader, content - columns * (columnWord + pad));
    fit.rowHeaderWidth = qMax(rowHeader, rowWord + pad);

    const int column = columns > 0 ? (content - fit.rowHeaderWidth) / columns : 0;
    int labelHeight = top.height();
    for (int c = 0; c < columns; ++c) {
        const QString label = m_model->headerData(c, Qt::Horizontal).toString();
        labelHeight
            = qMax(labelHeight, wrappedSize(top, label, column - 2 * margin, ColumnAlignment).height());
    }
    labelHeight = qMin(labelHeight, top.height() + (MaxColumnLines - 1) * top.lineSpacing());
    fit.headerHeight = labelHeight + pad;

    QStyleOptionButton radio;
    radio.initFrom(this);
    const int indicator = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorHeight, &radio, this);
    for (int r = 0; r < rows; ++r) {
        const QString name = m_model->headerData(r, Qt::Vertical).toString();
        const int nameHeight
            = wrappedSize(side, name, fit.rowHeaderWidth - 2 * margin, RowAlignment).height();
        fit.rowHeights.append(qMax(qMax(nameHeight, side.height()) + pad, indicator + 2 * pad) + 6);
    }
    return fit;
}

void RatingGrid::applyFit()
{
    const Fit fit = fitFor(width());
    verticalHeader()->setFixedWidth(fit.rowHeaderWidth);
    horizontalHeader()->setFixedHeight(fit.headerHeight);
    for (int r = 0; r < fit.rowHeights.size(); ++r)
        verticalHeader()->resizeSection(r, fit.rowHeights.at(r));
}

QString RatingGrid::shownLabel(Qt::Orientation orientation, int section) const
{
    if (!m_model)
        return {};
    const QHeaderView *header = orientation == Qt::Horizontal ? horizontalHeader() : verticalHeader();
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QSize room = orientation == Qt::Horizontal ? QSize(header->sectionSize(section), header->height())
                                                     : QSize(header->width(), header->sectionSize(section));
    return fittedText(QFontMetrics(header->font()), m_model->headerData(section, orientation).toString(),
        room - QSize(2 * margin, 2 * margin), orientation == Qt::Horizontal ? ColumnAlignment : RowAlignment);
}

void RatingGrid::resizeEvent(QResizeEvent *event)
{
    applyFit();
    QTableView::resizeEvent(event);
}

int RatingGrid::heightForWidth(int width) const
{
    const Fit fit = fitFor(width);
    int height = fit.headerHeight + 2 * frameWidth();
    for (int h : fit.rowHeights)
        height += h;
    return height;
}

// Narrow enough for a small window: columns that each show their longest word, row names that show
// theirs (RowNameShare is given up first).
int RatingGrid::narrowestWidth() const
{
    const int columns = m_model ? m_model->columnCount() : 0;
    const int rows = m_model ? m_model->rowCount() : 0;
    const QFontMetrics top(horizontalHeader()->font());
    const QFontMetrics side(verticalHeader()->font());
    const int pad = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, horizontalHeader()) + 2;
    int columnWord = 0, rowWord = 0;
    for (int c = 0; c < columns; ++c)
        columnWord = qMax(columnWord, widestWord(top, m_model->headerData(c, Qt::Horizontal).toString()));
    for (int r = 0; r < rows; ++r)
        rowWord = qMax(rowWord, widestWord(side, m_model->headerData(r, Qt::Vertical).toString()));
    return 2 * frameWidth() + columns * (columnWord + pad)
        + qMax(rowWord + pad, side.averageCharWidth() * 24);
}

QSize RatingGrid::sizeHint() const
{
    const int w = width() > 0 ? width() : QTableView::sizeHint().width();
    return { QTableView::sizeHint().width(), heightForWidth(w) };
}

QSize RatingGrid::minimumSizeHint() const
{
    const int w = narrowestWidth();
    return { w, heightForWidth(w) };
}

} // namespace panelist
