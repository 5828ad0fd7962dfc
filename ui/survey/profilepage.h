#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace panelist {

class SurveySession;

// The first page: the study, the language of the survey when the instrument has several, the
// expertise groups (one check box per group of the instrument) and the optional name and affiliation.
// The language and a check box write at once; the line edits write on editingFinished (Enter or
// leaving the field). A new language reaches the pages through SurveySession::languageChanged (the
// window builds them again in it).
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
    QWidget *languageRow();
    void saveLanguage();

    QPointer<SurveySession> m_session;
    QList<QCheckBox *> m_groups; // in instrument order
    QComboBox *m_language = nullptr; // only when the instrument has more than one language
    QLineEdit *m_name = nullptr;
    QLineEdit *m_affiliation = nullptr;
    QLabel *m_problem;
    QLabel *m_title = nullptr;
};

} // namespace panelist
