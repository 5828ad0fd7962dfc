#include "ui/survey/measurepage.h"

#include "models/survey/ratingtablemodel.h"
#include "models/survey/surveysession.h"
#include "ui/survey/pagewidgets.h"
#include "ui/survey/ratinggrid.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
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
        tr("Rows are the risk areas and technical feasibility; columns are the answer options. "
           "Press 1 to 5 to rate the current row, D or 0 for don't know, Delete to clear."));
    connect(m_grid, &RatingGrid::problem, this,
        [this](const QString &message) { PageWidgets::showProblem(m_gridProblem, message); });

    m_tags->setContentsMargins(0, 0, 0, 0);
    m_tags->setSpacing(6);

    auto *keys = PageWidgets::hint(this);
    if (session)
        keys->setText(tr("Keys: %1, arrow keys move, PgUp/PgDn = previous/next page, Tab = next control.")
                          .arg(PageWidgets::ratingKeys(session->instrument())));

    const QString commentPrompt = session && !session->instrument().comment().prompt.isEmpty()
        ? session->instrument().comment().prompt
        : tr("Comments on this measure (optional)");
    m_commentLabel->setText(commentPrompt);
    m_commentLabel->setBuddy(m_comment);
    m_comment->setAccessibleName(tr("Comment on this measure"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("Optional: reasons, conditions, doubts…"));
    m_comment->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_comment->installEventFilter(this);
    m_commentHint->setText(tr("Saved when you leave the box or stop typing for a moment."));

    m_idle.setSingleShot(true);
    m_idle.setInterval(CommentIdleMs);
    connect(&m_idle, &QTimer::timeout, this, &MeasurePage::commitComment);
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_idle.start();
    });
    if (session) {
        connect(session, &SurveySession::commentChanged, this, [this](const QString &id) {
            // Another path changed the stored comment: show it unless the expert is typing here.
            if (id == m_measureId && !m_comment->hasFocus() && !m_idle.isActive())
                loadComment();
        });
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(m_position);
    layout->addWidget(m_name);
    layout->addLayout(m_tags);
    layout->addWidget(m_description);
    layout->addSpacing(8);
    layout->addWidget(m_instruction);
    layout->addWidget(m_grid);
    layout->addWidget(m_gridProblem);
    layout->addWidget(keys);
    layout->addSpacing(8);
    layout->addWidget(m_commentLabel);
    layout->addWidget(m_comment, 1);
    layout->addWidget(m_commentProblem);
    layout->addWidget(m_commentHint);

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

    const bool hasGrid = m_model->rowCount() > 0;
    m_instruction->setVisible(hasGrid);
    m_grid->setVisible(hasGrid);
    const bool hasComment = instrument.comment().enabled && measure.askComment;
    m_commentLabel->setVisible(hasComment);
    m_comment->setVisible(hasComment);
    m_commentHint->setVisible(hasComment);
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

void MeasurePage::loadComment()
{
    m_loading = true;
    m_comment->setPlainText(m_session ? m_session->comment(m_measureId) : QString());
    m_loading = false;
}

void MeasurePage::commitComment()
{
    m_idle.stop();
    if (!m_session || m_measureId.isEmpty())
        return;
    const QString text = m_comment->toPlainText();
    if (text == m_session->comment(m_measureId))
        return;
    const Status status = m_session->setComment(m_measureId, text);
    PageWidgets::showProblem(
        m_commentProblem, status ? QString() : tr("This comment is not saved: %1").arg(status.error()));
}

bool MeasurePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_comment && event->type() == QEvent::FocusOut)
        commitComment();
    return QWidget::eventFilter(watched, event);
}

} // namespace panelist
