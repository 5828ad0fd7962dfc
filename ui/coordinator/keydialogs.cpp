#include "ui/coordinator/keydialogs.h"

#include "models/security/keybackup.h"
#include "models/security/keyfile.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panelist {

KeyCreateDialog::KeyCreateDialog(const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(QDir::toNativeSeparators(suggestedPath), this))
    , m_passphrase(new QLineEdit(this))
    , m_again(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"keyCreateDialog"_s);
    setWindowTitle(tr("New coordinator key"));
    auto *explain
        = new QLabel(tr("Experts' responses are sealed to this key: only this key file, with its "
                        "passphrase, opens them. Losing either loses every response sealed to it, so "
                        "save the printable backup offered next."),
            this);
    explain->setWordWrap(true);
    explain->setTextFormat(Qt::PlainText);
    m_path->setObjectName(u"keyPathEdit"_s);
    m_path->setAccessibleName(tr("Key file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"keyBrowseButton"_s);
    connect(browse, &QPushButton::clicked, this, &KeyCreateDialog::browse);
    for (QLineEdit *e : { m_passphrase, m_again })
        e->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(u"passphraseEdit"_s);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setPlaceholderText(
        tr("at least %1 characters; a few words are best").arg(KeyFile::MinPassphraseCharacters));
    m_again->setObjectName(u"passphraseAgainEdit"_s);
    m_again->setAccessibleName(tr("Passphrase again"));
    m_problem->setObjectName(u"keyProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(u"color: #b00020"_s);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("&Key file:"), this); // a row of a layout gets no buddy by itself
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Again:"), m_again);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create key"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"createKeyButton"_s);
    m_create->setDefault(true);
    connect(m_create, &QPushButton::clicked, this, &KeyCreateDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString KeyCreateDialog::keyPath() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += KeyFile::Suffix;
    return path;
}

void KeyCreateDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Save the coordinator key as"), keyPath(), tr("Panelist keys (*%1)").arg(KeyFile::Suffix));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void KeyCreateDialog::create()
{
    if (keyPath().isEmpty()) {
        m_problem->setText(tr("Choose where to keep the key file."));
        return;
    }
    if (m_passphrase->text() != m_again->text()) {
        m_problem->setText(tr("The two passphrases differ; type them again."));
        return;
    }
    if (Status s = checkNewPassphrase(m_passphrase->text()); !s) {
        m_problem->setText(s.error());
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<CoordinatorKey> key = createCoordinatorKey(keyPath(), m_passphrase->text());
    QApplication::restoreOverrideCursor();
    if (!key) {
        m_problem->setText(key.error());
        return;
    }
    m_key = *key;
    m_passphrase->clear();
    m_again->clear();
    accept();
}

namespace KeyDialogs {

void showCreated(QWidget *parent, const QString &path, const CoordinatorKey &key)
{
    QMessageBox box(QMessageBox::Information, KeyCreateDialog::tr("Key created"),
        KeyCreateDialog::tr("The coordinator key %1 is in %2.")
            .arg(key.fingerprint(), QDir::toNativeSeparators(path)),
        QMessageBox::Ok, parent);
    box.setObjectName(u"keyCreated"_s);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(KeyCreateDialog::tr(
        "Losing this file or its passphrase loses every response sealed to it: nobody can open them "
        "again. Save the printable backup now, print it, keep the paper somewhere safe and offline, and "
        "delete the backup file.\n\nTell the experts the fingerprint %1: their Panelist shows it before they "
        "submit.")
                               .arg(key.fingerprint()));
    QPushButton *backup = box.addButton(KeyCreateDialog::tr("Save &backup…"), QMessageBox::ActionRole);
    backup->setObjectName(u"saveBackupButton"_s);
    box.exec();
    if (box.clickedButton() != backup)
        return;
    const QString out = QFileDialog::getSaveFileName(parent, KeyCreateDialog::tr("Save the key's backup"),
        QFileInfo(path).dir().filePath(QFileInfo(path).completeBaseName() + u"-backup.txt"_s),
        KeyCreateDialog::tr("Text (*.txt)"));
    if (out.isEmpty())
        return;
    if (Status s = KeyBackup::writeTextBackup(out, key); !s)
        QMessageBox::warning(parent, KeyCreateDialog::tr("Backup"), s.error());
}

std::optional<CoordinatorKey> unlock(QWidget *parent, const QString &path)
{
    QString why;
    for (;;) {
        bool ok = false;
        const QString passphrase = QInputDialog::getText(parent, KeyCreateDialog::tr("Coordinator key"),
            why + KeyCreateDialog::tr("Passphrase of %1:").arg(QFileInfo(path).fileName()),
            QLineEdit::Password, {}, &ok);
        if (!ok)
            return std::nullopt;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Result<CoordinatorKey> key = unlockKeyFile(path, passphrase);
        QApplication::restoreOverrideCursor();
        if (key)
            return *key;
        why = key.error() + u"\n\n"_s;
    }
}

} // namespace KeyDialogs

} // namespace panelist
