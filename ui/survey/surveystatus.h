#pragma once

#include <QObject>
#include <QPointer>

class QDateTime;
class QLabel;
class QStatusBar;

namespace panelist {

class SurveySession;

// The two always-visible status bar indicators: progress ("73 of 135 ratings answered · 2 of 4
// combinations · expertise given", the same counts as the review page's) and whether the
// answers are on disk. The saved indicator says "All answers saved" only on SurveySession::saved
// (emitted after the commit), never on a mere edit, so it cannot claim more than the file holds;
// while typed text waits to be written (setEditPending) it says so instead.
// The labels are owned by the status bar; this object only keeps them current.
class SurveyStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurveyStatus)

public:
    // What the session keeps: a preview nothing, a read-only response never changes; the saved
    // indicator then says so instead of "All answers saved".
    enum class Kept { Everything, Nothing, ReadOnly };

    explicit SurveyStatus(QStatusBar *bar);
    void setSession(SurveySession *session, Kept kept = Kept::Everything);
    // true: a comment is typed but not yet written; false: it was written (or dropped).
    void setEditPending(bool pending);

    QLabel *progressLabel() const { return m_progress; }
    QLabel *savedLabel() const { return m_saved; }

private:
    void showProgress();
    void showSaved(const QDateTime &at);
    void showSaveFailed(const QString &message);

    void showLastSave();

    QPointer<SurveySession> m_session;
    Kept m_kept = Kept::Everything;
    bool m_failed = false; // the last write failed: keep saying so until one succeeds
    QLabel *m_progress;
    QLabel *m_saved;
};

} // namespace panelist
