#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QPlainTextEdit;
class QScrollArea;

namespace panelist {

class RatingGrid;
class RatingTableModel;
class SurveySession;

// One measure: name, description, tags, the rating grid (areas + feasibility) and the comment box.
// A single page is reused for every measure (setMeasure), so switching measures is cheap.
// On a small screen the grid is always shown whole: the description with the instruction (which
// scroll) and the comment box (down to a few lines) give up their room first.
// The comment is saved when the box loses focus, when another measure is shown, and CommentIdleMs
// after the last keystroke, whichever comes first, so a crash loses at most that much typing; an
// unchanged text is not written again. commentPending tells the status bar while a draft waits.
class MeasurePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasurePage)

public:
    static constexpr int CommentIdleMs = 300;

    explicit MeasurePage(SurveySession *session, QWidget *parent = nullptr);

    void setMeasure(const QString &measureId);
    QString measureId() const { return m_measureId; }
    // Puts the grid cursor on the row of areaId (empty = feasibility) and focuses the grid.
    void focusArea(const QString &areaId);
    QWidget *primaryFocus() const;
    QString spokenTitle() const; // "Measure 5 of 27: <name>", said on arriving (SurveyView)
    // Writes a pending comment now (before leaving the page, submitting or closing).
    void commitComment();

    RatingGrid *grid() const { return m_grid; }
    QPlainTextEdit *commentEdit() const { return m_comment; }

    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // true: the comment box holds text not yet written; false: written, or nothing left to write.
    void commentPending(bool pending);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void loadComment();
    void fitAbout();
    void setPending(bool pending);

    QPointer<SurveySession> m_session;
    QString m_measureId;
    RatingTableModel *m_model;
    QLabel *m_position;
    QLabel *m_name;
    QBoxLayout *m_tags;
    QScrollArea *m_about; // the description and the instruction
    QLabel *m_description;
    QLabel *m_instruction;
    RatingGrid *m_grid;
    QLabel *m_gridProblem;
    QLabel *m_commentLabel;
    QPlainTextEdit *m_comment;
    QLabel *m_commentHint;
    QLabel *m_commentProblem;
    QTimer m_idle;
    bool m_loading = false;
    bool m_pending = false;
};

} // namespace panelist
