#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace panelist {

class SurveySession;

// The first page: the study, the expertise groups (one check box per group of the instrument) and
// the optional name and affiliation. A check box writes at once; the line edits write on
// editingFinished (Enter or leaving the field).
class ProfilePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilePage)

public:
    explicit ProfilePage(SurveySession *session, QWidget *parent = nullptr);

    QWidget *primaryFocus() const;
    QString spokenTitle() const; // the page's heading, said on arriving (SurveyView)
    void commitProfile(); // writes name/affiliation if they changed

private:
    void load();
    void saveExpertise();

    QPointer<SurveySession> m_session;
    QList<QCheckBox *> m_groups; // in instrument order
    QLineEdit *m_name = nullptr;
    QLineEdit *m_affiliation = nullptr;
    QLabel *m_problem;
    QLabel *m_title = nullptr;
};

} // namespace panelist
