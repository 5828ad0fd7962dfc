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
// required), the return instructions (prefilled from the contact until edited) and an optional
// deadline. "Make survey file…" is on once name and contact are given; the caller then asks where
// to write it. Everything is reachable by keyboard; every field has an accessible name.
class SurveyFileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurveyFileDialog)

public:
    // heading: a sentence above the fields ("The study is created. …"); suggested: the prefill.
    SurveyFileDialog(const QString &heading, const SurveyRequest &suggested, QWidget *parent = nullptr);

    SurveyRequest request() const;

private:
    void contactEdited(const QString &contact);
    void updateOk();

    QLineEdit *m_name;
    QLineEdit *m_contact;
    QPlainTextEdit *m_return;
    QCheckBox *m_hasDeadline;
    QDateEdit *m_deadline;
    QPushButton *m_ok;
    QString m_prefilledReturn; // the instructions as last filled in from the contact
    SurveyRequest m_suggested;
};

} // namespace panelist
