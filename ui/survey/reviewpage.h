#pragma once

#include "models/survey/surveysession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace panelist {

class MissingItemsModel;
class ViewCursor;

// The last page: every unanswered item (MissingItemsModel), each one a link to where it is answered
// (Enter, click or double-click), and the Submit… button. Submitting with items missing is allowed;
// MainWindow asks for confirmation.
class ReviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    explicit ReviewPage(SurveySession *session, QWidget *parent = nullptr);

    QWidget *primaryFocus() const;
    QString spokenTitle() const; // the heading and the summary, said on arriving (SurveyView)
    QListView *missingList() const { return m_list; }
    QPushButton *submitButton() const { return m_submit; }
    // Off in a preview or a read-only response, with a tooltip that says why.
    void setSubmitEnabled(bool enabled, const QString &why);

Q_SIGNALS:
    void goToItem(const panelist::MissingItem &item);
    void submitRequested();

private:
    void updateSummary();
    void open(const QModelIndex &index);

    QPointer<SurveySession> m_session;
    MissingItemsModel *m_model;
    QLabel *m_title; // first: screen readers meet the page in the order of its children
    QLabel *m_summary;
    QListView *m_list;
    ViewCursor *m_cursor;
    QPushButton *m_submit;
};

} // namespace panelist
