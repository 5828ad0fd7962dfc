#include "ui/survey/surveyview.h"

#include "models/survey/surveyoutlinemodel.h"
#include "ui/survey/announce.h"
#include "ui/survey/combinationpage.h"
#include "ui/survey/measurepage.h"
#include "ui/survey/outlinedelegate.h"
#include "ui/survey/positionmemory.h"
#include "ui/survey/profilepage.h"
#include "ui/survey/ratinggrid.h"
#include "ui/survey/reviewpage.h"
#include "ui/survey/viewcursor.h"

#include <QHBoxLayout>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panelist {

using PageKind = SurveyOutlineModel::PageKind;

namespace {
// The outline's share of the window's width, in percent, and its bounds in pixels: on a small
// screen the page (and its rating grid) needs the room more than the page names do.
constexpr int OutlineShare = 27;
constexpr int OutlineMinimumWidth = 170;
constexpr int OutlineMaximumWidth = 380;
} // namespace

SurveyView::SurveyView(SurveySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_outline(new SurveyOutlineModel(session, this))
    , m_outlineView(new QListView(this))
    , m_outlineCursor(nullptr)
    , m_stack(new QStackedWidget(this))
    , m_profile(new ProfilePage(session, m_stack))
    , m_measure(new MeasurePage(session, m_stack))
    , m_combination(new CombinationPage(session, m_stack))
    , m_review(new ReviewPage(session, m_stack))
    , m_previous(new QPushButton(tr("‹ &Previous"), this))
    , m_next(new QPushButton(tr("&Next ›"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_outlineView->setObjectName(u"outline"_s);
    m_outlineView->setModel(m_outline);
    m_outlineCursor = new ViewCursor(m_outlineView);
    m_outlineView->setItemDelegate(new OutlineDelegate(m_outlineView));
    m_outlineView->setAccessibleName(tr("Survey pages"));
    m_outlineView->setAccessibleDescription(tr("Each page with its completion state; arrow keys browse."));
    m_outlineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outlineView->setSelectionMode(QAbstractItemView::SingleSelection);
    // Combination pages take two lines (see OutlineDelegate), so rows differ in height.
    m_outlineView->setUniformItemSizes(false);
    m_outlineView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_outlineView->setMinimumWidth(OutlineMinimumWidth);

    m_stack->addWidget(m_profile);
    m_stack->addWidget(m_measure);
    m_stack->addWidget(m_combination);
    m_stack->addWidget(m_review);

    m_previous->setObjectName(u"previousButton"_s);
    m_next->setObjectName(u"nextButton"_s);
    m_previous->setAccessibleName(tr("Previous page"));
    m_next->setAccessibleName(tr("Next page"));
    m_previous->setToolTip(tr("Previous page (PgUp)"));
    m_next->setToolTip(tr("Next page (PgDn)"));
    // The buttons are for the mouse; keyboard users have PgUp/PgDn, so the buttons keep Tab focus
    // but must not steal Enter from the pages.
    m_previous->setAutoDefault(false);
    m_next->setAutoDefault(false);
    connect(m_previous, &QPushButton::clicked, this, &SurveyView::previousPage);
    connect(m_next, &QPushButton::clicked, this, &SurveyView::nextPage);

    connect(m_outlineView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                showRow(current.row());
        });
    connect(m_review, &ReviewPage::goToItem, this, &SurveyView::goToItem);
    connect(m_measure, &MeasurePage::commentPending, this, &SurveyView::editPending);
    connect(m_review, &ReviewPage::submitRequested, this, &SurveyView::submitRequested);

    auto *nav = new QHBoxLayout;
    nav->setContentsMargins(20, 4, 20, 8);
    nav->addWidget(m_previous);
    nav->addStretch(1);
    nav->addWidget(m_next);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_stack, 1);
    rightLayout->addLayout(nav);

    m_splitter->addWidget(m_outlineView);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_outlineSized = true; });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // Tab order follows creation (reading) order: outline, the page's controls, then the buttons;
    // tst_surveygui checks it.

    const int restored = rowForPageKey(PositionMemory::load(session->data().respondentId));
    goToRow(restored >= 0 ? restored : m_outline->profileRow(), false);
}

void SurveyView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_outlineSized)
        return;
    const int outline = qBound(OutlineMinimumWidth, width() * OutlineShare / 100, OutlineMaximumWidth);
    m_splitter->setSizes({ outline, qMax(0, width() - outline) });
}

QString SurveyView::currentPageKey() const
{
    if (m_row < 0)
        return {};
    switch (m_outline->pageKind(m_row)) {
    case PageKind::Profile:
        return u"profile"_s;
    case PageKind::Measure:
        return u"measure/"_s + m_outline->key(m_row);
    case PageKind::Combination:
        return u"combination/"_s + m_outline->key(m_row);
    case PageKind::Review:
        return u"review"_s;
    }
    return {};
}

int SurveyView::rowForPageKey(const QString &key) const
{
    if (key == u"profile"_s)
        return m_outline->profileRow();
    if (key == u"review"_s)
        return m_outline->reviewRow();
    if (key.startsWith(u"measure/"_s))
        return m_outline->rowForMeasure(key.mid(8));
    if (key.startsWith(u"combination/"_s))
        return m_outline->rowForCombination(key.mid(12));
    return -1;
}

void SurveyView::showRow(int row)
{
    if (row < 0 || row >= m_outline->rowCount() || row == m_row)
        return;
    // Save what is typed on the page being left before its widgets show another item.
    commitEdits();
    switch (m_outline->pageKind(row)) {
    case PageKind::Profile:
        m_stack->setCurrentWidget(m_profile);
        break;
    case PageKind::Measure:
        m_measure->setMeasure(m_outline->key(row));
        m_stack->setCurrentWidget(m_measure);
        break;
    case PageKind::Combination:
        m_combination->setScope(m_outline->key(row));
        m_stack->setCurrentWidget(m_combination);
        break;
    case PageKind::Review:
        m_stack->setCurrentWidget(m_review);
        break;
    }
    m_row = row;
    const QModelIndex index = m_outline->index(row, 0);
    if (m_outlineCursor->current() != index)
        m_outlineCursor->setCurrent(index);
    m_outlineView->scrollTo(index);
    m_previous->setEnabled(row > 0);
    m_next->setEnabled(row + 1 < m_outline->rowCount());
    // Browsing a read-only copy does not move where the expert's own working copy opens.
    if (m_session && !m_session->isReadOnly())
        PositionMemory::save(m_session->data().respondentId, currentPageKey());
    Q_EMIT pageChanged(row);
}

void SurveyView::goToRow(int row, bool focus)
{
    showRow(row);
    if (focus) {
        focusPage();
        announcePage();
    }
}

void SurveyView::nextPage()
{
    if (m_row + 1 < m_outline->rowCount())
        goToRow(m_row + 1, true);
}

void SurveyView::previousPage()
{
    if (m_row > 0)
        goToRow(m_row - 1, true);
}

void SurveyView::goToReview()
{
    goToRow(m_outline->reviewRow(), true);
}

void SurveyView::goToItem(const MissingItem &item)
{
    switch (item.kind) {
    case MissingItem::Kind::Expertise:
        goToRow(m_outline->profileRow(), true);
        break;
    case MissingItem::Kind::Effectiveness:
    case MissingItem::Kind::Feasibility:
        goToRow(m_outline->rowForMeasure(item.measureId), false);
        m_measure->focusArea(item.kind == MissingItem::Kind::Feasibility ? QString() : item.areaId);
        announcePage();
        break;
    case MissingItem::Kind::Combination:
        goToRow(m_outline->rowForCombination(item.areaId), true);
        break;
    }
}

void SurveyView::commitEdits()
{
    m_measure->commitComment();
    m_profile->commitProfile();
}

QWidget *SurveyView::currentPrimaryFocus() const
{
    QWidget *page = m_stack->currentWidget();
    if (page == m_profile)
        return m_profile->primaryFocus();
    if (page == m_measure)
        return m_measure->primaryFocus();
    if (page == m_combination)
        return m_combination->primaryFocus();
    return m_review->primaryFocus();
}

void SurveyView::announcePage()
{
    QWidget *page = m_stack->currentWidget();
    if (page == m_profile)
        announce(m_profile->spokenTitle());
    else if (page == m_measure)
        announce(m_measure->spokenTitle());
    else if (page == m_combination)
        announce(m_combination->spokenTitle());
    else
        announce(m_review->spokenTitle());
}

void SurveyView::setSubmitEnabled(bool enabled, const QString &why)
{
    m_review->setSubmitEnabled(enabled, why);
}

void SurveyView::focusPage()
{
    if (QWidget *w = currentPrimaryFocus())
        w->setFocus(Qt::OtherFocusReason);
}

} // namespace panelist
