#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace panelist {

class ConflictsModel;
class CoordinatorSession;

// The Conflicts tab: every candidate version of each conflict, and "Use this version", which asks
// the session to record the coordinator's choice (the worker writes it; the table then reloads).
class ConflictsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsTab)

public:
    explicit ConflictsTab(CoordinatorSession *session, QWidget *parent = nullptr);
    ~ConflictsTab() override;

    QTableView *table() const { return m_table; }
    QPushButton *useButton() const { return m_use; }

public Q_SLOTS:
    void useSelectedVersion();

private:
    void updateState();

    CoordinatorSession *m_session; // not owned; outlives this tab (the window drops the tab first)
    ConflictsModel *m_model;
    QLabel *m_explain = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_use = nullptr;
};

} // namespace panelist
