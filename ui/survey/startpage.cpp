#include "ui/survey/startpage.h"

#include "models/survey/responselistmodel.h"
#include "ui/survey/pagewidgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panelist {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ResponseListModel(this))
    , m_intro(PageWidgets::bodyText(this))
    , m_table(new QTableView(this))
    , m_empty(PageWidgets::bodyText(this))
    , m_open(new QPushButton(tr("&Continue"), this))
    , m_openSurvey(new QPushButton(tr("Open a &survey file…"), this))
    , m_example(new QPushButton(tr("Start the &example study (Uuk et al. 2024)"), this))
{
    setObjectName(u"startPage"_s);
    auto *title = PageWidgets::heading(this);
    title->setObjectName(u"startTitle"_s);
    title->setText(tr("Your surveys"));
    m_intro->setObjectName(u"startIntro"_s);
    m_intro->setText(tr("The surveys you are answering on this computer. Choose one and press Continue, "
                        "or open the survey file a study coordinator sent you."));

    m_table->setObjectName(u"responseList"_s);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Your surveys"));
    m_table->setAccessibleDescription(tr(
        "One row per survey: study, progress, last saved, submitted. Press Enter to open the chosen one."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the list for the buttons
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ResponseListModel::StudyColumn, QHeaderView::Stretch);
    for (int c = ResponseListModel::ProgressColumn; c < ResponseListModel::ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table, &QAbstractItemView::activated, this, [this] { openCurrent(); });

    m_empty->setObjectName(u"startEmpty"_s);
    m_empty->setText(tr("You have no surveys on this computer yet.\n\nA study coordinator who invites you "
                        "sends you a survey file, a file whose name ends in .panelist-survey. Open it with "
                        "the button below, or double-click it. Panelist then keeps your answers as you give "
                        "them, and you submit one response file when you are done."));

    m_open->setObjectName(u"openResponseButton"_s);
    m_open->setAccessibleName(tr("Continue the chosen survey"));
    m_openSurvey->setObjectName(u"openSurveyFileButton"_s);
    m_openSurvey->setAccessibleName(tr("Open a survey file"));
    m_example->setObjectName(u"exampleButton"_s);
    m_example->setAccessibleName(tr("Start the example study, Uuk et al. 2024"));
    connect(m_open, &QPushButton::clicked, this, &StartPage::openCurrent);
    connect(m_openSurvey, &QPushButton::clicked, this, &StartPage::openSurveyFileRequested);
    connect(m_example, &QPushButton::clicked, this, &StartPage::exampleRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_openSurvey);
    buttons->addStretch(1);
    buttons->addWidget(m_example);

    // A column of readable width, centred on a wide window.
    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(title);
    column->addWidget(m_intro);
    column->addSpacing(6);
    column->addWidget(m_table, 1);
    column->addWidget(m_empty);
    column->addSpacing(6);
    column->addLayout(buttons);
    // Room the list does not need goes below the buttons, which stay under the last row.
    column->addStretch(1);
    auto *content = new QWidget(this);
    content->setLayout(column);
    content->setMaximumWidth(1000);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 24, 32, 24);
    outer->addStretch(0);
    outer->addWidget(content, 1);
    outer->addStretch(0);

    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StartPage::updateButtons);
}

void StartPage::reload(const QString &chosenPath)
{
    m_model->setResponses(Workspace::responses());
    const bool none = m_model->rowCount() == 0;
    m_intro->setVisible(!none);
    m_table->setVisible(!none);
    m_empty->setVisible(none);
    m_open->setVisible(!none);
    m_example->setVisible(none);
    // As tall as its rows (three at least); a long list scrolls within the window.
    const int rows = qMax(3, m_model->rowCount());
    m_table->setMaximumHeight(m_table->horizontalHeader()->sizeHint().height()
        + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    if (!none) {
        const int row = qMax(0, m_model->rowOf(chosenPath));
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->selectRow(row);
    }
    updateButtons();
}

void StartPage::focusList()
{
    if (m_model->rowCount() > 0)
        m_table->setFocus(Qt::OtherFocusReason);
    else
        m_openSurvey->setFocus(Qt::OtherFocusReason);
}

void StartPage::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const bool submitted = current.isValid() && m_model->responses().value(current.row()).submitted();
    m_open->setEnabled(current.isValid());
    m_open->setText(submitted ? tr("&Open") : tr("&Continue"));
    m_open->setAccessibleName(submitted ? tr("Open the chosen survey") : tr("Continue the chosen survey"));
}

void StartPage::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        Q_EMIT openRequested(current.data(ResponseListModel::PathRole).toString());
}

} // namespace panelist
