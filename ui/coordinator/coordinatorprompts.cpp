// The coordinator window's default prompts: native file dialogs, the survey file dialog, the key
// dialogs and a message box that keeps long lists under Details. Tests replace each with a setter.
#include "ui/coordinator/coordinatorwindow.h"

#include "models/security/keyfile.h"
#include "ui/coordinator/coordinatorsettings.h"
#include "ui/coordinator/keydialogs.h"
#include "ui/coordinator/surveyfiledialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// Lines of a message shown in the box itself; the rest (every problem of a long list) under Details.
constexpr int LinesShown = 12;

} // namespace

void CoordinatorWindow::installDialogPrompts()
{
    m_instrumentPrompt = [this](const QString &folder) {
        return QFileDialog::getOpenFileName(this, tr("Choose the study's instrument"), folder,
            tr("Instruments (*.json *.xlsx *.ods);;Instrument JSON (*.json);;Workbooks (*.xlsx *.ods);;All "
               "files (*)"));
    };
    m_surveyPathPrompt = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save the survey file for the experts"), suggested,
            tr("Panelist survey files (*.%1)").arg(SurveyFileSuffix));
    };
    m_surveyRequestPrompt
        = [this](const QString &heading, const SurveyRequest &suggested) -> std::optional<SurveyRequest> {
        SurveyFileDialog dialog(
            heading, suggested, QSettings().value(CoordinatorSettings::KeyFile).toString(), this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        if (!dialog.keyPath().isEmpty())
            QSettings().setValue(CoordinatorSettings::KeyFile, dialog.keyPath());
        return dialog.request();
    };
    m_keyPrompt = [this](const QString &fingerprint) -> std::optional<CoordinatorKey> {
        const QString path = QFileDialog::getOpenFileName(this,
            fingerprint.isEmpty() ? tr("Open the coordinator key")
                                  : tr("Open the coordinator key %1").arg(fingerprint),
            QSettings().value(CoordinatorSettings::KeyFile).toString(),
            tr("Panelist keys (*%1)").arg(KeyFile::Suffix));
        if (path.isEmpty())
            return std::nullopt;
        std::optional<CoordinatorKey> key = KeyDialogs::unlock(this, path);
        if (key)
            QSettings().setValue(CoordinatorSettings::KeyFile, path);
        return key;
    };
    m_newPrompt = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(
            this, tr("New study"), suggested, tr("Panelist studies (*.panelist-study)"));
    };
    m_openPrompt = [this](const QString &suggested) {
        return QFileDialog::getOpenFileName(
            this, tr("Open study"), suggested, tr("Panelist studies (*.panelist-study);;All files (*)"));
    };
    m_importPrompt = [this] {
        return QFileDialog::getOpenFileNames(this, tr("Import response files"),
            CoordinatorSettings::documentsFolder(),
            tr("Response files (*.panelist-response);;All files (*)"));
    };
    m_watchPrompt = [this](const QString &suggested) {
        return QFileDialog::getExistingDirectory(this, tr("Watch inbox folder"), suggested);
    };
    m_exportPrompt = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export"), suggested);
    };
    m_messages = [this](const QString &title, const QString &text) {
        QStringList lines = text.split(u'\n');
        QMessageBox box(
            QMessageBox::Warning, title, lines.mid(0, LinesShown).join(u'\n'), QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        if (lines.size() > LinesShown) {
            box.setInformativeText(
                tr("…and %1 more lines (see Show Details).").arg(lines.size() - LinesShown));
            box.setDetailedText(text);
        }
        box.exec();
    };
}

} // namespace panelist
