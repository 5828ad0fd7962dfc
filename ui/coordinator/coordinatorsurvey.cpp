// The coordinator window's survey file and coordinator key: writing the survey file for the
// experts (sealed to a key when one is chosen), recording it in the study's settings, and opening the
// key so sealed response files can be imported (docs/security.md, "In a study").
#include "ui/coordinator/coordinatorwindow.h"

#include "models/coordinator/coordinatorsession.h"
#include "models/merge/merger.h"
#include "models/security/sealedfile.h"
#include "ui/coordinator/coordinatorsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace panelist {

void CoordinatorWindow::makeSurveyFile()
{
    if (m_session)
        writeSurveyFile(tr("Make the survey file for \"%1\".").arg(m_session->instrument().study().title));
}

void CoordinatorWindow::writeSurveyFile(const QString &heading)
{
    QSettings settings;
    SurveyRequest suggested { .coordinatorName = settings.value(CoordinatorSettings::Name).toString(),
        .coordinatorContact = settings.value(CoordinatorSettings::Contact).toString() };
    const std::optional<SurveyRequest> request = m_surveyRequestPrompt(heading, suggested);
    if (!request)
        return;
    const Result<SurveyFile> survey = makeSurvey(m_session->instrument(), *request);
    if (!survey) {
        showMessage(tr("Survey file"), tr("The survey file cannot be made:\n%1").arg(survey.error()));
        return;
    }
    const QFileInfo study(m_session->path());
    const QString path
        = m_surveyPathPrompt(study.dir().filePath(study.completeBaseName() + u'.' + SurveyFileSuffix));
    if (path.isEmpty())
        return;
    if (Status s = panelist::writeSurveyFile(path, *survey); !s) {
        showMessage(tr("Survey file"), s.error());
        return;
    }
    settings.setValue(CoordinatorSettings::Name, request->coordinatorName);
    settings.setValue(CoordinatorSettings::Contact, request->coordinatorContact);
    recordSurvey(*survey);
    const QString fingerprint = SurveyMeta::coordinatorKeyFingerprint(survey->details);
    m_lastEvent->setText(fingerprint.isEmpty()
            ? tr("Survey file written: %1. Send it to the experts.").arg(QFileInfo(path).fileName())
            : tr("Survey file written: %1, sealed to key %2. Send it to the experts.")
                  .arg(QFileInfo(path).fileName(), fingerprint));
    m_lastEvent->setToolTip(QDir::toNativeSeparators(path));
}

void CoordinatorWindow::recordSurvey(const SurveyFile &survey)
{
    StudySettings settings = m_session->settings();
    settings.surveyId = survey.details.surveyId;
    if (!survey.details.coordinatorKey.isEmpty()) {
        // Signed responses from here on: every expert's Panelist signs what it seals.
        settings.coordinatorKey = survey.details.coordinatorKey;
        settings.coordinatorKeyFingerprint = SurveyMeta::coordinatorKeyFingerprint(survey.details);
        settings.requireSignatures = true;
    }
    m_session->setSettings(settings);
}

void CoordinatorWindow::unlockKey()
{
    if (!m_session)
        return;
    const QString needed = m_session->settings().coordinatorKeyFingerprint;
    const std::optional<CoordinatorKey> key = m_keyPrompt(needed);
    if (!key)
        return;
    if (!needed.isEmpty() && key->fingerprint() != needed) {
        showMessage(tr("Coordinator key"),
            tr("That is the key %1; this study's responses are sealed to the key %2.")
                .arg(key->fingerprint(), needed));
        return;
    }
    m_session->setCoordinatorKey(*key);
    m_lastEvent->setText(tr("Key %1 open: sealed response files can be imported.").arg(key->fingerprint()));
}

void CoordinatorWindow::unlockKeyFor(const QStringList &paths)
{
    if (!m_session->unlockedKeyFingerprint().isEmpty())
        return;
    for (const QString &path : expandResponsePaths(paths)) {
        if (!SealedFile::keyFingerprintOf(path).isEmpty()) {
            unlockKey();
            return;
        }
    }
}

} // namespace panelist
