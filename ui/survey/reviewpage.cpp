#include "ui/survey/reviewpage.h"

#include "models/survey/missingitemsmodel.h"
#include "models/survey/surveysession.h"
#include "ui/survey/pagewidgets.h"
#include "ui/survey/viewcursor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panelist {

ReviewPage::ReviewPage(SurveySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MissingItemsModel(session, this))
    , m_title(PageWidgets::heading(this))
    , m_summary(PageWidgets::bodyText(this))
    , m_list(new QListView(this))
    , m_cursor(nullptr)
    , m_submit(new QPushButton(tr("&Submit…"), this))
{
    m_summary->setObjectName(u"reviewSummary"_s);
    m_list->setObjectName(u"missingList"_s);
    m_submit->setObjectName(u"submitButton"_s);

    m_title->setText(tr("Review and submit"));
    auto *explain = PageWidgets::hint(this);
    explain->setText(tr("You may leave items unanswered, for example outside your expertise: they stay "
                        "empty in the submitted file and are never filled in for you. Submitting writes one "
                        "response file where you choose; you can keep working and submit again later."));
    auto *sealing = PageWidgets::hint(this);
    sealing->setObjectName(u"sealingNote"_s);
    if (session && session->sealsResponses())
        sealing->setText(tr("The file is sealed so that only the coordinator can read it, with the key whose "
                            "fingerprint is %1. The coordinator can tell you theirs to compare.")
                             .arg(SurveyMeta::coordinatorKeyFingerprint(session->survey())));
    sealing->setVisible(session && session->sealsResponses());

    m_list->setModel(m_model);
    m_cursor = new ViewCursor(m_list);
    m_list->setAccessibleName(tr("Unanswered items"));
    m_list->setAccessibleDescription(tr("Press Enter on an item to go where it is answered."));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2);
    // Items are links: show the pointing hand and react to a single click as well as Enter.
    m_list->viewport()->setCursor(Qt::PointingHandCursor);
    connect(m_list, &QAbstractItemView::activated, this, &ReviewPage::open);
    connect(m_list, &QAbstractItemView::clicked, this, &ReviewPage::open);

    m_submit->setAccessibleName(tr("Submit your response"));
    connect(m_submit, &QPushButton::clicked, this, &ReviewPage::submitRequested);

    connect(m_model, &MissingItemsModel::countChanged, this, &ReviewPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewPage::updateSummary);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_submit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(explain);
    layout->addWidget(sealing);
    // Takes the list's room when nothing is missing (stretch 0 yields to the list's 1 otherwise).
    layout->addStretch(0);
    layout->addLayout(buttons);
    updateSummary();
}

QWidget *ReviewPage::primaryFocus() const
{
    return m_model->rowCount() > 0 || !m_submit->isEnabled() ? static_cast<QWidget *>(m_list) : m_submit;
}

QString ReviewPage::spokenTitle() const
{
    return tr("%1. %2").arg(m_title->text(), m_summary->text());
}

void ReviewPage::setSubmitEnabled(bool enabled, const QString &why)
{
    m_submit->setEnabled(enabled);
    m_submit->setToolTip(enabled ? QString() : why);
}

// Says how many of each kind the list holds, in the words of the status bar (SurveyStatus), so the
// two can be compared at a glance.
void ReviewPage::updateSummary()
{
    int ratings = 0, combinations = 0;
    bool expertise = false;
    for (const MissingItem &item : m_model->items()) {
        switch (item.kind) {
        case MissingItem::Kind::Effectiveness:
        case MissingItem::Kind::Feasibility:
            ++ratings;
            break;
        case MissingItem::Kind::Combination:
            ++combinations;
            break;
        case MissingItem::Kind::Expertise:
            expertise = true;
            break;
        }
    }
    QStringList parts;
    if (ratings > 0)
        parts << tr("%n rating(s)", nullptr, ratings);
    if (combinations > 0)
        parts << tr("%n combination(s)", nullptr, combinations);
    if (expertise)
        parts << tr("your expertise");
    QString missing = parts.value(0);
    if (parts.size() > 1)
        missing = tr("%1 and %2").arg(parts.mid(0, parts.size() - 1).join(u", "_s), parts.constLast());
    const int count = m_model->rowCount();
    m_summary->setText(count == 0
            ? tr("Everything is answered. Check your answers if you like, then submit.")
            : tr("Not answered yet: %1. Select an item to go where it is answered.").arg(missing));
    m_list->setVisible(count > 0);
    if (count > 0 && !m_cursor->current().isValid())
        m_cursor->setCurrent(m_model->index(0, 0));
}

void ReviewPage::open(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT goToItem(m_model->item(index.row()));
}

} // namespace panelist
