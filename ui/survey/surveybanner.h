#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace panelist {

class SurveySession;

// The strip above a survey that is not the expert's working copy: a coordinator's preview (nothing
// is kept), or a response file shown read only (a submitted copy, someone else's) with Revise, which
// continues in the expert's own working copy. One line on a laptop: it must not take the room the
// survey needs on a small screen.
class SurveyBanner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurveyBanner)

public:
    static SurveyBanner *preview(QWidget *parent);
    static SurveyBanner *readOnly(const SurveySession &session, QWidget *parent);

    QLabel *title() const { return m_title; }
    QPushButton *reviseButton() const { return m_revise; } // null in a preview

    // content below the banner, in a new widget of parent.
    QWidget *above(QWidget *content, QWidget *parent);

Q_SIGNALS:
    void reviseRequested();

private:
    SurveyBanner(const QString &title, const QString &explanation, QWidget *parent);

    QLabel *m_title;
    QPushButton *m_revise = nullptr;
};

} // namespace panelist
