#include "ui/coordinator/responsestab.h"

#include "models/coordinator/responsestablemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panelist {

ResponsesTab::ResponsesTab(ResponsesTableModel *model, QWidget *parent)
    : QWidget(parent)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"responsesFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by respondent, name, affiliation, expertise or file"));
    m_filter->setClearButtonEnabled(true);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(int(ResponsesTableModel::Role::Sort));
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(this);
    m_table->setObjectName(u"responsesTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResponsesTableModel::SubmittedColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false); // one line per respondent; the tooltip has the full text
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(
        ResponsesTableModel::ExpertiseColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(ResponsesTableModel::RespondentColumn, 100);
    m_table->setColumnWidth(ResponsesTableModel::NameColumn, 150);
    m_table->setColumnWidth(ResponsesTableModel::AffiliationColumn, 160);
    m_table->setColumnWidth(ResponsesTableModel::ExpertiseColumn, 240);
    m_table->setColumnWidth(ResponsesTableModel::RevisionColumn, 70);
    m_table->setColumnWidth(ResponsesTableModel::SubmittedColumn, 140);
    m_table->setColumnWidth(ResponsesTableModel::CompletenessColumn, 100);
    m_table->setColumnWidth(ResponsesTableModel::LanguageColumn, 80);
    m_table->setColumnHidden(ResponsesTableModel::LanguageColumn, true);
    m_table->setColumnWidth(ResponsesTableModel::SignatureColumn, 200);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
}

ResponsesTab::~ResponsesTab() = default;

void ResponsesTab::setLanguageShown(bool shown)
{
    m_table->setColumnHidden(ResponsesTableModel::LanguageColumn, !shown);
}

} // namespace panelist
