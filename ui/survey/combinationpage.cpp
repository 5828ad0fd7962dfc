#include "ui/survey/combinationpage.h"

#include "models/survey/combinationmodel.h"
#include "models/survey/surveysession.h"
#include "ui/survey/announce.h"
#include "ui/survey/pagewidgets.h"
#include "ui/survey/viewcursor.h"

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {
// "Disruption of critical sectors" reads as "reducing disruption of critical sectors" inside a
// sentence; names starting with an acronym ("CBRN ...") keep their capitals.
QString inSentence(const QString &name)
{
    if (name.size() > 1 && name.at(0).isUpper() && name.at(1).isLower())
        return name.at(0).toLower() + name.mid(1);
    return name;
}
} // namespace

CombinationPage::CombinationPage(SurveySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CombinationModel(session, this))
    , m_position(PageWidgets::overline(this))
    , m_title(PageWidgets::heading(this))
    , m_prompt(PageWidgets::bodyText(this))
    , m_count(new QLabel(this))
    , m_limit(PageWidgets::hint(this))
    , m_list(new QListView(this))
    , m_cursor(nullptr)
{
    m_count->setObjectName(u"combinationCount"_s);
    m_limit->setObjectName(u"combinationLimit"_s);
    m_list->setObjectName(u"combinationList"_s);
    QFont countFont = m_count->font();
    countFont.setBold(true);
    m_count->setFont(countFont);
    m_count->setTextFormat(Qt::PlainText);

    // Keep the message's space when hidden so the list does not jump when the maximum is reached.
    QSizePolicy limitPolicy = m_limit->sizePolicy();
    limitPolicy.setRetainSizeWhenHidden(true);
    m_limit->setSizePolicy(limitPolicy);

    m_list->setModel(m_model);
    m_cursor = new ViewCursor(m_list);
    m_list->setAccessibleName(tr("Measures to choose from"));
    m_list->setAccessibleDescription(tr("Space ticks or unticks the current measure."));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(3);

    auto *keys = PageWidgets::hint(this);
    keys->setText(tr("Keys: arrow keys move, Space ticks or unticks, PgUp/PgDn = previous/next page."));

    // The screen reader hears the count after each tick, and why a pick is refused.
    connect(m_model, &CombinationModel::countChanged, this, [this] {
        updateCount(false);
        announce(m_count->text());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateCount(false); });
    connect(m_model, &CombinationModel::limitReached, this, [this] {
        QApplication::beep();
        updateCount(true);
        announce(m_limit->text());
    });
    connect(m_model, &CombinationModel::writeFailed, this, [this](const QString &message) {
        m_limit->setStyleSheet(u"color: #b3261e; font-weight: bold;"_s);
        m_limit->setText(tr("Not saved: %1").arg(message));
        m_limit->show();
        announce(m_limit->text());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(m_position);
    layout->addWidget(m_title);
    layout->addWidget(m_prompt);
    layout->addWidget(m_count);
    layout->addWidget(m_limit);
    layout->addWidget(m_list, 1);
    layout->addWidget(keys);
}

void CombinationPage::setScope(const QString &scope)
{
    if (scope == m_model->scope())
        return;
    m_model->setScope(scope);
    const Instrument &instrument = m_session->instrument();
    const QStringList scopes = instrument.combinationScopes();
    const QString area = m_model->scopeName();
    m_position->setText(
        tr("Preferred combination %1 of %2").arg(scopes.indexOf(scope) + 1).arg(scopes.size()));
    m_title->setText(
        area.isEmpty() ? tr("Preferred combination") : tr("Preferred combination — %1").arg(area));
    QString prompt = instrument.combination().prompt;
    if (prompt.isEmpty())
        prompt
            = tr("Which combination of measures would you prefer? Choose up to %1.").arg(m_model->maxPicks());
    prompt.replace(u"{area}"_s, area.isEmpty() ? tr("these risks") : inSentence(area));
    m_prompt->setText(prompt);
    m_list->setAccessibleName(
        area.isEmpty() ? tr("Measures to choose from") : tr("Measures to choose from for %1").arg(area));
    if (m_model->rowCount() > 0)
        m_cursor->setCurrent(m_model->index(0, 0));
    updateCount(false);
}

QString CombinationPage::scope() const
{
    return m_model->scope();
}

QString CombinationPage::spokenTitle() const
{
    return tr("%1. %2").arg(m_title->text(), m_count->text());
}

QWidget *CombinationPage::primaryFocus() const
{
    return m_list;
}

void CombinationPage::updateCount(bool refused)
{
    m_count->setText(m_model->summary());
    m_count->setAccessibleName(m_count->text());
    const bool full = m_model->maxPicks() > 0 && m_model->pickedCount() >= m_model->maxPicks();
    m_limit->setStyleSheet(refused ? u"color: #b3261e; font-weight: bold;"_s : QString());
    m_limit->setText(tr("You have chosen the maximum of %1. To choose a different measure, untick one first.")
                         .arg(m_model->maxPicks()));
    m_limit->setAccessibleName(m_limit->text());
    m_limit->setVisible(full || refused);
}

} // namespace panelist
