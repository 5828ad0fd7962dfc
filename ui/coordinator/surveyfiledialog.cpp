#include "ui/coordinator/surveyfiledialog.h"

#include "models/security/keyfile.h"
#include "ui/coordinator/keydialogs.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panelist {

SurveyFileDialog::SurveyFileDialog(
    const QString &heading, const SurveyRequest &suggested, const QString &keyPath, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(suggested.coordinatorName, this))
    , m_contact(new QLineEdit(suggested.coordinatorContact, this))
    , m_return(new QPlainTextEdit(this))
    , m_hasDeadline(new QCheckBox(tr("&Deadline"), this))
    , m_deadline(new QDateEdit(this))
    , m_seal(new QCheckBox(tr("&Seal responses to my coordinator key"), this))
    , m_keyPath(new QLineEdit(QDir::toNativeSeparators(keyPath), this))
    , m_keyInfo(new QLabel(this))
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
    form->addRow(QString(), m_seal);
    m_seal->setObjectName(u"sealCheck"_s);
    m_seal->setToolTip(tr("Only your key file, with its passphrase, can open the experts' responses; each "
                          "expert's Panelist also signs what it sends."));
    m_seal->setChecked(!keyPath.isEmpty());
    m_keyPath->setObjectName(u"keyPathEdit"_s);
    m_keyPath->setAccessibleName(tr("Coordinator key file"));
    m_keyPath->setPlaceholderText(tr("a .panelist-key file"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(u"chooseKeyButton"_s);
    auto *create = new QPushButton(tr("New &key…"), this);
    create->setObjectName(u"newKeyButton"_s);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyPath, 1);
    keyRow->addWidget(choose);
    keyRow->addWidget(create);
    auto *keyLabel = new QLabel(tr("Key &file:"), this); // a row of a layout gets no buddy by itself
    keyLabel->setBuddy(m_keyPath);
    form->addRow(keyLabel, keyRow);
    m_keyInfo->setObjectName(u"keyInfo"_s);
    m_keyInfo->setTextFormat(Qt::PlainText);
    m_keyInfo->setWordWrap(true);
    form->addRow(QString(), m_keyInfo);
    connect(choose, &QPushButton::clicked, this, &SurveyFileDialog::chooseKey);
    connect(create, &QPushButton::clicked, this, &SurveyFileDialog::createKey);
    connect(m_seal, &QCheckBox::toggled, this, &SurveyFileDialog::updateKey);
    connect(m_keyPath, &QLineEdit::textChanged, this, &SurveyFileDialog::updateKey);
    for (QWidget *w : std::initializer_list<QWidget *> { m_keyPath, choose, create })
        connect(m_seal, &QCheckBox::toggled, w, &QWidget::setEnabled);

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
    resize(600, sizeHint().height());
    for (QWidget *w : std::initializer_list<QWidget *> { m_keyPath, choose, create })
        w->setEnabled(m_seal->isChecked());
    updateKey();
}

void SurveyFileDialog::updateKey()
{
    m_publicKey.clear();
    if (!m_seal->isChecked()) {
        m_keyInfo->setText(tr("Responses come back as plain response files."));
    } else if (keyPath().isEmpty()) {
        m_keyInfo->setText(tr("Choose your key file, or make a new key."));
    } else if (const Result<KeyFileInfo> info = readKeyFileInfo(keyPath()); !info) {
        m_keyInfo->setText(info.error());
    } else {
        m_publicKey = info->publicKey;
        m_keyInfo->setText(tr("Fingerprint %1. Tell the experts: their Panelist shows it before they submit.")
                               .arg(info->fingerprint));
    }
    updateOk();
}

QString SurveyFileDialog::keyPath() const
{
    return m_seal->isChecked() ? QDir::fromNativeSeparators(m_keyPath->text().trimmed()) : QString();
}

void SurveyFileDialog::setKeyPath(const QString &path)
{
    m_seal->setChecked(true);
    m_keyPath->setText(QDir::toNativeSeparators(path));
}

void SurveyFileDialog::chooseKey()
{
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Choose your coordinator key"), keyPath(), tr("Panelist keys (*%1)").arg(KeyFile::Suffix));
    if (!chosen.isEmpty())
        setKeyPath(chosen);
}

void SurveyFileDialog::createKey()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    KeyCreateDialog dialog(QDir(folder).filePath(u"coordinator"_s + KeyFile::Suffix), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.key())
        return;
    setKeyPath(dialog.keyPath());
    KeyDialogs::showCreated(this, dialog.keyPath(), *dialog.key());
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
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty() && !m_contact->text().trimmed().isEmpty()
        && (!m_seal->isChecked() || !m_publicKey.isEmpty()));
}

SurveyRequest SurveyFileDialog::request() const
{
    SurveyRequest r = m_suggested;
    r.coordinatorName = m_name->text().trimmed();
    r.coordinatorContact = m_contact->text().trimmed();
    r.returnInstructions = m_return->toPlainText().trimmed();
    r.deadline = m_hasDeadline->isChecked() ? m_deadline->date() : QDate();
    r.coordinatorKey = m_seal->isChecked() ? m_publicKey : QByteArray();
    return r;
}

} // namespace panelist
