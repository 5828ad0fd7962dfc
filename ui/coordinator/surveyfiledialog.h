#pragma once

#include "models/surveyfile/surveyfile.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace panelist {

// What goes into a survey file besides the instrument: the coordinator's name and contact (both
// required), the return instructions (prefilled from the contact until edited), an optional
// deadline and, optionally, the coordinator key responses are sealed to (a key file chosen or made
// here; its fingerprint is shown). "Make survey file…" is on once name and contact are given and a
// key chosen to seal with can be read; the caller then asks where to write it. Everything is
// reachable by keyboard; every field has an accessible name.
class SurveyFileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurveyFileDialog)

public:
    // heading: a sentence above the fields ("The study is created. …"); suggested: the prefill.
    // keyPath: the key file to suggest for sealing (sealing is on when it is given).
    SurveyFileDialog(const QString &heading, const SurveyRequest &suggested, const QString &keyPath = {},
        QWidget *parent = nullptr);

    SurveyRequest request() const;
    QString keyPath() const; // the key file sealed to; empty when responses are not sealed
    void setKeyPath(const QString &path);

private:
    void contactEdited(const QString &contact);
    void updateOk();
    void updateKey();
    void chooseKey();
    void createKey();

    QLineEdit *m_name;
    QLineEdit *m_contact;
    QPlainTextEdit *m_return;
    QCheckBox *m_hasDeadline;
    QDateEdit *m_deadline;
    QCheckBox *m_seal;
    QLineEdit *m_keyPath;
    QLabel *m_keyInfo;
    QByteArray m_publicKey; // of the key file named, when it can be read
    QPushButton *m_ok;
    QString m_prefilledReturn; // the instructions as last filled in from the contact
    SurveyRequest m_suggested;
};

} // namespace panelist
