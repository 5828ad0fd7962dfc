#include "ui/survey/profilepage.h"

#include "models/common/languagename.h"
#include "models/survey/surveysession.h"
#include "ui/survey/pagewidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panelist {

ProfilePage::ProfilePage(SurveySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_problem(PageWidgets::problem(this))
{
    const Instrument &instrument = session->instrument();

    auto *study = PageWidgets::overline(this);
    study->setText(instrument.study().title);
    study->setWordWrap(true);
    m_title = PageWidgets::heading(this);
    m_title->setText(tr("Your expertise"));
    auto *intro = PageWidgets::bodyText(this);
    intro->setText(tr("Thank you for taking part. Your answers are saved on this computer as you go; you can "
                      "close Panelist at any time and continue later. When you are done, submit one response "
                      "file and send it to the study coordinator."));

    QWidget *language = instrument.languages().size() > 1 ? languageRow() : nullptr;
    auto *groupsBox = new QGroupBox(tr("Which areas describe your expertise? Choose all that apply."), this);
    auto *groupsLayout = new QVBoxLayout(groupsBox);
    for (const ExpertiseGroup &group : instrument.expertiseGroups()) {
        auto *box = new QCheckBox(group.name, groupsBox);
        box->setObjectName(u"expertise_"_s + group.id);
        box->setAccessibleName(tr("Expertise: %1").arg(group.name));
        box->setProperty("groupId", group.id);
        connect(box, &QCheckBox::toggled, this, &ProfilePage::saveExpertise);
        groupsLayout->addWidget(box);
        m_groups.append(box);
    }

    auto *aboutBox = new QGroupBox(tr("About you (optional)"), this);
    auto *form = new QFormLayout(aboutBox);
    // Created after the check boxes, with their final parent, so Tab reaches them in reading order.
    m_name = new QLineEdit(aboutBox);
    m_affiliation = new QLineEdit(aboutBox);
    m_name->setObjectName(u"nameEdit"_s);
    m_affiliation->setObjectName(u"affiliationEdit"_s);
    m_name->setAccessibleName(tr("Name (optional)"));
    m_affiliation->setAccessibleName(tr("Affiliation (optional)"));
    m_name->setClearButtonEnabled(true);
    m_affiliation->setClearButtonEnabled(true);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Affiliation:"), m_affiliation);
    auto *privacy = PageWidgets::hint(aboutBox);
    privacy->setText(tr("Leave these empty to answer anonymously; the coordinator then sees only a random "
                        "respondent id."));
    form->addRow(privacy);
    connect(m_name, &QLineEdit::editingFinished, this, &ProfilePage::commitProfile);
    connect(m_affiliation, &QLineEdit::editingFinished, this, &ProfilePage::commitProfile);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(study);
    layout->addWidget(m_title);
    layout->addWidget(intro);
    if (language)
        layout->addWidget(language);
    layout->addWidget(groupsBox);
    layout->addWidget(m_problem);
    layout->addWidget(aboutBox);
    layout->addStretch(1);

    if (session->isReadOnly()) {
        for (QCheckBox *box : std::as_const(m_groups))
            box->setEnabled(false);
        if (m_language)
            m_language->setEnabled(false);
        m_name->setReadOnly(true);
        m_affiliation->setReadOnly(true);
        m_name->setClearButtonEnabled(false);
        m_affiliation->setClearButtonEnabled(false);
    }
    connect(session, &SurveySession::profileChanged, this, &ProfilePage::load);
    load();
}

QWidget *ProfilePage::primaryFocus() const
{
    if (m_language)
        return m_language;
    return m_groups.isEmpty() ? static_cast<QWidget *>(m_name) : m_groups.first();
}

QWidget *ProfilePage::languageRow()
{
    auto *row = new QWidget(this);
    auto *form = new QFormLayout(row);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_language = new QComboBox(row);
    m_language->setObjectName(u"surveyLanguage"_s);
    m_language->setAccessibleName(tr("Language of the survey"));
    for (const QString &code : m_session->instrument().languages())
        m_language->addItem(languageName(code) + u" ("_s + code + u')', code); // "Deutsch (de)"
    m_language->setCurrentIndex(m_language->findData(m_session->languageCode()));
    form->addRow(tr("Survey &language:"), m_language);
    auto *hint = PageWidgets::hint(row);
    hint->setText(tr("The questions and answer options are shown in this language; your answers count "
                     "the same in every language."));
    form->addRow(hint);
    connect(m_language, &QComboBox::activated, this, &ProfilePage::saveLanguage);
    return row;
}

void ProfilePage::saveLanguage()
{
    const Status status = m_session->setLanguage(m_language->currentData().toString());
    PageWidgets::showProblem(m_problem, status ? QString() : tr("Not saved: %1").arg(status.error()));
    if (!status)
        m_language->setCurrentIndex(m_language->findData(m_session->languageCode()));
}

QString ProfilePage::spokenTitle() const
{
    return m_title->text();
}

void ProfilePage::load()
{
    const ResponseData &data = m_session->data();
    for (QCheckBox *box : std::as_const(m_groups)) {
        const QSignalBlocker blocker(box);
        box->setChecked(data.expertise.contains(box->property("groupId").toString()));
    }
    // Do not overwrite what the expert is typing.
    if (!m_name->hasFocus())
        m_name->setText(data.name);
    if (!m_affiliation->hasFocus())
        m_affiliation->setText(data.affiliation);
}

void ProfilePage::saveExpertise()
{
    QStringList ids;
    for (const QCheckBox *box : std::as_const(m_groups)) {
        if (box->isChecked())
            ids.append(box->property("groupId").toString());
    }
    const Status status = m_session->setExpertise(ids);
    PageWidgets::showProblem(m_problem, status ? QString() : tr("Not saved: %1").arg(status.error()));
    if (!status)
        load(); // show what is actually stored
}

void ProfilePage::commitProfile()
{
    if (!m_session)
        return;
    const QString name = m_name->text().trimmed();
    const QString affiliation = m_affiliation->text().trimmed();
    const Status status = m_session->setProfile(name, affiliation);
    PageWidgets::showProblem(m_problem, status ? QString() : tr("Not saved: %1").arg(status.error()));
}

} // namespace panelist
