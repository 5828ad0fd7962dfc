#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;

namespace panelist {

class CombinationModel;
class SurveySession;
class ViewCursor;

// One "preferred combination" question (per risk area, or overall): a checkable list of all measures
// bound to CombinationModel, the count ("3 of 5 chosen") and, once the maximum is reached, a message
// saying how to choose differently. Space toggles the current item; the model refuses a pick beyond
// the maximum. A single page is reused for every scope (setScope).
class CombinationPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CombinationPage)

public:
    explicit CombinationPage(SurveySession *session, QWidget *parent = nullptr);

    void setScope(const QString &scope);
    QString scope() const;
    QWidget *primaryFocus() const;
    QString spokenTitle() const; // the heading and the count, said on arriving (SurveyView)

private:
    void updateCount(bool refused);

    QPointer<SurveySession> m_session;
    CombinationModel *m_model;
    QLabel *m_position;
    QLabel *m_title;
    QLabel *m_prompt;
    QLabel *m_count;
    QLabel *m_limit;
    QListView *m_list;
    ViewCursor *m_cursor;
};

} // namespace panelist
