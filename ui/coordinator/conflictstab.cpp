#include "ui/coordinator/conflictstab.h"

#include "models/coordinator/conflictsmodel.h"
#include "models/coordinator/coordinatorsession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panelist {

ConflictsTab::ConflictsTab(CoordinatorSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(session->conflictsModel())
{
    m_explain = new QLabel(this);
    m_explain->setObjectName(u"conflictsExplanation"_s);
    m_explain->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(u"conflictsTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ConflictsModel::SourceColumn, 260);
    m_table->setColumnWidth(ConflictsModel::ImportedColumn, 140);

    m_use = new QPushButton(tr("&Use this version"), this);
    m_use->setObjectName(u"useVersion"_s);
    m_use->setToolTip(
        tr("This version counts for the respondent; the choice is recorded in the import log."));
    connect(m_use, &QPushButton::clicked, this, &ConflictsTab::useSelectedVersion);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConflictsTab::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConflictsTab::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ConflictsTab::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConflictsTab::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConflictsTab::updateState);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_use);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explain);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    updateState();
}

ConflictsTab::~ConflictsTab() = default;

void ConflictsTab::updateState()
{
    const int open = m_model->unresolvedCount();
    if (m_model->rowCount() == 0)
        m_explain->setText(tr("No conflicts. A conflict is two files with the same respondent and revision "
                              "but different answers; you decide which one counts."));
    else if (open == 0)
        m_explain->setText(tr("Every conflict is decided. You can still pick another version; each choice is "
                              "recorded in the import log."));
    else
        m_explain->setText(tr("Conflicts to decide: %1. Each respondent below sent different answers under "
                              "one revision number. Select the version that counts and press "
                              "\"Use this version\"; both stay in the study.")
                               .arg(open));
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool counts = !rows.isEmpty() && rows.first().data(int(ConflictsModel::Role::Counts)).toBool();
    m_use->setEnabled(!rows.isEmpty() && !counts);
}

void ConflictsTab::useSelectedVersion()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QModelIndex i = rows.first();
    m_use->setEnabled(false);
    m_session->resolveConflict(i.data(int(ConflictsModel::Role::RespondentId)).toUuid(),
        i.data(int(ConflictsModel::Role::Revision)).toInt(),
        i.data(int(ConflictsModel::Role::VersionId)).toLongLong());
}

} // namespace panelist
