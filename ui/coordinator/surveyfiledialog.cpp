#include "ui/coordinator/surveyfiledialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panelist {

SurveyFileDialog::SurveyFileDialog(const QString &heading, const SurveyRequest &suggested, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(suggested.coordinatorName, this))
    , m_contact(new QLineEdit(suggested.coordinatorContact, this))
    , m_return(new QPlainTextEdit(this))
    , m_hasDeadline(new QCheckBox(tr("&Deadline"), this))
    , m_deadline(new QDateEdit(this))
    , m_suggested(suggested)
{
    setObjectName(u"surveyFileDialog"_s);
    setWindowTitle(tr("Survey file for the experts"));
    auto *intro = new QLabel(heading, this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto *explain = new QLabel(tr("The survey file holds the instrument and what you enter here. Experts "
                                  "open it with Panelist and see your name, contact and instructions when "
                                  "they submit."),
        this);
    explain->setTextFormat(Qt::PlainText);
    explain->setWordWrap(true);
    explain->setForegroundRole(QPalette::PlaceholderText);

    m_name->setObjectName(u"coordinatorNameEdit"_s);
    m_name->setAccessibleName(tr("Your name"));
    m_name->setMaxLength(SurveyMeta::MaxTextLength);
    m_contact->setObjectName(u"coordinatorContactEdit"_s);
    m_contact->setAccessibleName(tr("Contact"));
    m_contact->setPlaceholderText(tr("e.g. an e-mail address"));
    m_contact->setMaxLength(SurveyMeta::MaxTextLength);
    m_return->setObjectName(u"returnInstructionsEdit"_s);
    m_return->setAccessibleName(tr("Return instructions"));
    m_return->setTabChangesFocus(true);
    m_return->setMinimumHeight(60);
    m_return->setMaximumHeight(120);
    m_prefilledReturn = SurveyMeta::defaultReturnInstructions(suggested.coordinatorContact.trimmed());
    m_return->setPlainText(
        suggested.returnInstructions.isEmpty() ? m_prefilledReturn : suggested.returnInstructions);
    m_hasDeadline->setObjectName(u"deadlineCheck"_s);
    m_hasDeadline->setAccessibleName(tr("Set a deadline"));
    m_deadline->setObjectName(u"deadlineEdit"_s);
    m_deadline->setAccessibleName(tr("Deadline date"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_deadline->setDate(suggested.deadline.isValid() ? suggested.deadline : QDate::currentDate().addDays(14));
    m_hasDeadline->setChecked(suggested.deadline.isValid());
    m_deadline->setEnabled(m_hasDeadline->isChecked());
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(tr("&Return instructions:"), m_return);
    auto *deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(m_hasDeadline);
    deadlineRow->addWidget(m_deadline);
    deadlineRow->addStretch(1);
    form->addRow(QString(), deadlineRow);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("&Make survey file…"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"makeSurveyButton"_s);
    QPushButton *notNow = buttons->addButton(tr("Not &now"), QDialogButtonBox::RejectRole);
    notNow->setObjectName(u"notNowButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SurveyFileDialog::updateOk);
    connect(m_contact, &QLineEdit::textChanged, this, &SurveyFileDialog::contactEdited);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(explain);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    updateOk();
}

void SurveyFileDialog::contactEdited(const QString &contact)
{
    // The instructions follow the contact until the coordinator writes their own.
    if (m_return->toPlainText() == m_prefilledReturn) {
        m_prefilledReturn = SurveyMeta::defaultReturnInstructions(contact.trimmed());
        m_return->setPlainText(m_prefilledReturn);
    }
    updateOk();
}

void SurveyFileDialog::updateOk()
{
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty() && !m_contact->text().trimmed().isEmpty());
}

SurveyRequest SurveyFileDialog::request() const
{
    SurveyRequest r = m_suggested;
    r.coordinatorName = m_name->text().trimmed();
    r.coordinatorContact = m_contact->text().trimmed();
    r.returnInstructions = m_return->toPlainText().trimmed();
    r.deadline = m_hasDeadline->isChecked() ? m_deadline->date() : QDate();
    return r;
}

} // namespace panelist
