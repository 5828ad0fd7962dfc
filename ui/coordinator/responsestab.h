#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace panelist {

class ResponsesTableModel;

// The Responses tab: a filter line over a sortable table of respondents. The proxy (owned here)
// filters on every column (name and affiliation included), case-insensitively, and sorts by the
// model's Sort role.
class ResponsesTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponsesTab)

public:
    explicit ResponsesTab(ResponsesTableModel *model, QWidget *parent = nullptr);
    ~ResponsesTab() override;

    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // The Language column is shown only for an instrument an expert can answer in several languages.
    void setLanguageShown(bool shown);

private:
    QLineEdit *m_filter = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace panelist
