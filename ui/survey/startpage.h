#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace panelist {

class ResponseListModel;

// "Your surveys": the page Panelist starts on when there is more than one response, or none. One row
// per response (ResponseListModel); Continue (or Open, for a submitted one) and Enter open the chosen
// one; "Open a survey file…" and, while there is no response at all, "Start the example study". With
// no response it says what a survey file is, so a new expert knows what to do with the one sent.
// Keyboard: the list has the focus with the last response chosen; arrows choose, Enter opens, Tab
// reaches the buttons. The page does not open anything itself; MainWindow answers its signals.
class StartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    explicit StartPage(QWidget *parent = nullptr);

    // Reads the responses again (Workspace::responses()) and chooses the row of path, if listed.
    void reload(const QString &chosenPath = {});
    void focusList();

    QTableView *table() const { return m_table; }
    ResponseListModel *model() const { return m_model; }

Q_SIGNALS:
    void openRequested(const QString &path);
    void openSurveyFileRequested();
    void exampleRequested();

private:
    void updateButtons();
    void openCurrent();

    ResponseListModel *m_model;
    QLabel *m_intro;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_open;
    QPushButton *m_openSurvey;
    QPushButton *m_example;
};

} // namespace panelist
