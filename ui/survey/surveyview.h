#pragma once

#include "models/survey/surveysession.h"

#include <QPointer>
#include <QWidget>

class QListView;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace panelist {

class CombinationPage;
class MeasurePage;
class ProfilePage;
class ReviewPage;
class SurveyOutlineModel;
class ViewCursor;

// The survey of one session: the outline list (SurveyOutlineModel with completion marks) beside a
// stack of pages, with Previous/Next buttons below. Selecting an outline row shows its page; the page
// shown is remembered (PositionMemory) and restored when the view is built again for the same
// respondent. Does not own the session; MainWindow builds a new view for each session.
class SurveyView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurveyView)

public:
    explicit SurveyView(SurveySession *session, QWidget *parent = nullptr);

    // Shows the page of an outline row; with focusPage the page's main control gets the focus
    // (used by PgUp/PgDn and links), without it the focus stays where it is (outline browsing).
    void goToRow(int row, bool focusPage);
    void nextPage();
    void previousPage();
    void goToReview();
    // Shows where a missing item is answered and puts the cursor on it.
    void goToItem(const panelist::MissingItem &item);
    // Writes edits that are saved lazily (comment, name, affiliation) now.
    void commitEdits();
    // Gives the focus to the current page's main control.
    void focusPage();
    // The review page's Submit button; off in a preview or a read-only response, with why.
    void setSubmitEnabled(bool enabled, const QString &why = {});

    int currentRow() const { return m_row; }
    QString currentPageKey() const;
    SurveyOutlineModel *outlineModel() const { return m_outline; }

Q_SIGNALS:
    void submitRequested();
    void pageChanged(int row);
    // Typed text waits to be written (MeasurePage::commentPending).
    void editPending(bool pending);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showRow(int row);
    int rowForPageKey(const QString &key) const;
    QWidget *currentPrimaryFocus() const;
    // Says the shown page's title where the focus is (arriving on a page by key or link).
    void announcePage();

    QPointer<SurveySession> m_session;
    SurveyOutlineModel *m_outline;
    QListView *m_outlineView;
    ViewCursor *m_outlineCursor;
    QStackedWidget *m_stack;
    ProfilePage *m_profile;
    MeasurePage *m_measure;
    CombinationPage *m_combination;
    ReviewPage *m_review;
    QPushButton *m_previous;
    QPushButton *m_next;
    QSplitter *m_splitter;
    bool m_outlineSized = false; // the expert moved the splitter: keep the outline's width
    int m_row = -1;
};

} // namespace panelist
