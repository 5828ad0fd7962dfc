#include "ui/survey/measurepage.h"

#include "models/survey/ratingtablemodel.h"
#include "models/survey/surveysession.h"
#include "ui/survey/pagewidgets.h"
#include "ui/survey/ratinggrid.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panelist {

MeasurePage::MeasurePage(SurveySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RatingTableModel(session, this))
    , m_position(PageWidgets::overline(this))
    , m_name(PageWidgets::heading(this))
    , m_tags(new QHBoxLayout)
    , m_about(new QScrollArea(this))
    , m_description(PageWidgets::bodyText(this))
    , m_instruction(PageWidgets::bodyText(this))
    , m_grid(new RatingGrid(this))
    , m_gridProblem(PageWidgets::problem(this))
    , m_commentLabel(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_commentHint(PageWidgets::hint(this))
    , m_commentProblem(PageWidgets::problem(this))
{
    m_name->setObjectName(u"measureName"_s);
    m_description->setObjectName(u"measureDescription"_s);
    m_grid->setObjectName(u"ratingGrid"_s);
    m_comment->setObjectName(u"commentEdit"_s);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_grid->setRatingModel(m_model);
    m_grid->setAccessibleName(tr("Ratings"));
    m_grid->setAccessibleDescription(
        tr("Rows are the risk areas and technical feasibility; columns are the answer options. Keys: %1.")
            .arg(PageWidgets::ratingKeys(session->instrument())));
    connect(m_grid, &RatingGrid::problem, this,
        [this](const QString &message) { PageWidgets::showProblem(m_gridProblem, message); });

    m_tags->setContentsMargins(0, 0, 0, 0);
    m_tags->setSpacing(6);

    auto *keys = PageWidgets::hint(this);
    if (session)
        keys->setText(tr("Keys: %1, arrow keys move, PgUp/PgDn = previous/next page.")
                          .arg(PageWidgets::ratingKeys(session->instrument())));

    const QString commentPrompt = session && !session->instrument().comment().prompt.isEmpty()
        ? session->instrument().comment().prompt
        : tr("Comments on this measure (optional)");
    m_commentLabel->setText(commentPrompt);
    m_commentLabel->setWordWrap(true);
    m_commentLabel->setBuddy(m_comment);
    m_comment->setAccessibleName(tr("Comment on this measure"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("Optional: reasons, conditions, doubts…"));
    // A few lines at least; it takes whatever room the grid leaves.
    m_comment->setMinimumHeight(fontMetrics().lineSpacing() * 5 / 2
        + 2 * (m_comment->frameWidth() + int(m_comment->document()->documentMargin())));
    m_comment->installEventFilter(this);
    if (session && session->isReadOnly()) {
        m_comment->setReadOnly(true);
        m_comment->setPlaceholderText({});
    }
    m_commentHint->setText(tr("Saved as you type."));
    m_commentHint->setWordWrap(false);

    m_idle.setSingleShot(true);
    m_idle.setInterval(CommentIdleMs);
    connect(&m_idle, &QTimer::timeout, this, &MeasurePage::commitComment);
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_idle.start();
        setPending(true);
    });
    if (session) {
        connect(session, &SurveySession::commentChanged, this, [this](const QString &id) {
            // Another path changed the stored comment: show it unless the expert is typing here.
            if (id == m_measureId && !m_comment->hasFocus() && !m_idle.isActive())
                loadComment();
        });
    }

    // The description and the instruction scroll when the page is too short for them and the grid.
    auto *about = new QWidget(m_about);
    auto *aboutLayout = new QVBoxLayout(about);
    aboutLayout->setContentsMargins(0, 0, 0, 0);
    aboutLayout->setSpacing(8);
    m_description->setParent(about);
    m_instruction->setParent(about);
    aboutLayout->addWidget(m_description);
    aboutLayout->addWidget(m_instruction);
    aboutLayout->addStretch(1);
    m_about->setObjectName(u"measureAbout"_s);
    m_about->setWidget(about);
    m_about->setWidgetResizable(true);
    m_about->setFrameShape(QFrame::NoFrame);
    m_about->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_about->setFocusPolicy(Qt::NoFocus); // the labels are read by screen readers; Tab goes to the grid
    m_about->viewport()->setAutoFillBackground(false);
    about->setAutoFillBackground(false);
    m_about->setMinimumHeight(fontMetrics().lineSpacing() * 2);

    auto *heading = new QHBoxLayout;
    heading->setContentsMargins(0, 0, 0, 0);
    heading->setSpacing(12);
    heading->addWidget(m_position);
    heading->addLayout(m_tags, 1);

    auto *commentHeading = new QHBoxLayout;
    commentHeading->setContentsMargins(0, 0, 0, 0);
    commentHeading->addWidget(m_commentLabel, 1);
    commentHeading->addWidget(m_commentHint);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->setSpacing(6);
    layout->addLayout(heading);
    layout->addWidget(m_name);
    // Both yield room to the grid; the description gets its whole height first when there is room.
    layout->addWidget(m_about, 1);
    layout->addWidget(m_grid);
    layout->addWidget(m_gridProblem);
    layout->addWidget(keys);
    layout->addSpacing(4);
    layout->addLayout(commentHeading);
    layout->addWidget(m_comment, 1);
    layout->addWidget(m_commentProblem);
    // Takes what a measure without a comment box leaves, instead of the grid.
    layout->addStretch(0);

    setTabOrder(m_grid, m_comment);
}

void MeasurePage::setMeasure(const QString &measureId)
{
    if (measureId == m_measureId)
        return;
    commitComment();
    m_measureId = measureId;
    PageWidgets::showProblem(m_gridProblem, {});
    PageWidgets::showProblem(m_commentProblem, {});
    m_model->setMeasure(measureId);

    const Instrument &instrument = m_session->instrument();
    const int index = instrument.measureIndex(measureId);
    if (index < 0)
        return;
    const Measure &measure = instrument.measures().at(index);
    m_position->setText(tr("Measure %1 of %2").arg(index + 1).arg(instrument.measures().size()));
    m_name->setText(measure.name);
    m_description->setText(measure.description);
    PageWidgets::setTags(m_tags, measure.tags, this);
    m_instruction->setText(PageWidgets::ratingInstruction(instrument, measure));
    fitAbout();

    const bool hasGrid = m_model->rowCount() > 0;
    m_instruction->setVisible(hasGrid);
    m_grid->setVisible(hasGrid);
    const bool hasComment = instrument.comment().enabled && measure.askComment;
    m_commentLabel->setVisible(hasComment);
    m_comment->setVisible(hasComment);
    m_commentHint->setVisible(hasComment && !m_session->isReadOnly());
    loadComment();
    m_grid->focusRow(m_grid->firstUnansweredRow());
}

void MeasurePage::focusArea(const QString &areaId)
{
    m_grid->focusRow(m_model->rowForArea(areaId));
    m_grid->setFocus(Qt::OtherFocusReason);
}

QWidget *MeasurePage::primaryFocus() const
{
    return m_grid->isVisible() || m_model->rowCount() > 0 ? static_cast<QWidget *>(m_grid) : m_comment;
}

QString MeasurePage::spokenTitle() const
{
    return tr("%1: %2").arg(m_position->text(), m_name->text());
}

void MeasurePage::loadComment()
{
    m_loading = true;
    m_comment->setPlainText(m_session ? m_session->comment(m_measureId) : QString());
    m_loading = false;
}

void MeasurePage::commitComment()
{
    m_idle.stop();
    if (m_session && !m_measureId.isEmpty()) {
        const QString text = m_comment->toPlainText();
        if (text != m_session->comment(m_measureId)) {
            const Status status = m_session->setComment(m_measureId, text);
            PageWidgets::showProblem(m_commentProblem,
                status ? QString() : tr("This comment is not saved: %1").arg(status.error()));
        }
    }
    setPending(false);
}

void MeasurePage::setPending(bool pending)
{
    if (pending == m_pending)
        return;
    m_pending = pending;
    Q_EMIT commentPending(pending);
}

// The description's box is never taller than its text, so the room it does not need goes to the
// comment box.
void MeasurePage::fitAbout()
{
    const QWidget *about = m_about->widget();
    const QMargins margins = layout()->contentsMargins();
    const int width = qMax(1, this->width() - margins.left() - margins.right());
    const int need = qMax(about->heightForWidth(width), about->minimumSizeHint().height());
    m_about->setMaximumHeight(qMax(m_about->minimumHeight(), need));
}

// The page's minimum height at its minimum width: the word-wrapped labels and the grid take more
// lines there than QWidget's width-blind minimum assumes.
QSize MeasurePage::minimumSizeHint() const
{
    const QSize least = QWidget::minimumSizeHint();
    return { least.width(), qMax(least.height(), layout()->totalMinimumHeightForWidth(least.width())) };
}

void MeasurePage::resizeEvent(QResizeEvent *event)
{
    fitAbout();
    QWidget::resizeEvent(event);
}

bool MeasurePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_comment && event->type() == QEvent::FocusOut)
        commitComment();
    return QWidget::eventFilter(watched, event);
}

} // namespace panelist
