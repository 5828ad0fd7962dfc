#pragma once

#include "models/security/coordinatorkey.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace panelist {

// Makes a coordinator key (docs/security.md): where to keep the key file and a passphrase typed twice.
// "Create key" writes it (Argon2id: about a second and 256 MiB) and accepts; a refusal (the file
// exists, the passphrases differ or are too short) is said in the dialog, which stays open. Every
// field has an accessible name.
class KeyCreateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyCreateDialog)

public:
    explicit KeyCreateDialog(const QString &suggestedPath, QWidget *parent = nullptr);

    QString keyPath() const;
    const std::optional<CoordinatorKey> &key() const { return m_key; } // set once accepted

private:
    void browse();
    void create();

    QLineEdit *m_path;
    QLineEdit *m_passphrase;
    QLineEdit *m_again;
    QLabel *m_problem;
    QPushButton *m_create;
    std::optional<CoordinatorKey> m_key;
};

namespace KeyDialogs {

// "Key created": the fingerprint, that losing the file or its passphrase loses every sealed
// response, and a button that saves the printable backup (the secret key as words, keys backup).
void showCreated(QWidget *parent, const QString &path, const CoordinatorKey &key);
// Asks for the passphrase of the key file at path (no echo) until it unlocks or the coordinator
// cancels; a wrong passphrase is said and asked again.
std::optional<CoordinatorKey> unlock(QWidget *parent, const QString &path);

} // namespace KeyDialogs

} // namespace panelist
