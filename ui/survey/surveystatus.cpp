#include "ui/survey/surveystatus.h"

#include "models/survey/surveysession.h"
#include "ui/survey/announce.h"

#include <QDateTime>
#include <QLabel>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace panelist {

SurveyStatus::SurveyStatus(QStatusBar *bar)
    : QObject(bar)
    , m_progress(new QLabel(bar))
    , m_saved(new QLabel(bar))
{
    m_progress->setObjectName(u"progressLabel"_s);
    m_saved->setObjectName(u"savedLabel"_s);
    m_progress->setTextFormat(Qt::PlainText);
    m_saved->setTextFormat(Qt::PlainText);
    // Permanent widgets: temporary status messages (menu hovers) must not hide them.
    bar->addPermanentWidget(m_progress, 1);
    bar->addPermanentWidget(m_saved);
}

void SurveyStatus::setSession(SurveySession *session, Kept kept)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_kept = kept;
    m_failed = false;
    m_saved->setStyleSheet({});
    if (!session) {
        m_progress->clear();
        m_saved->clear();
        return;
    }
    connect(session, &SurveySession::progressChanged, this, &SurveyStatus::showProgress);
    connect(session, &SurveySession::saveFailed, this, &SurveyStatus::showSaveFailed);
    showProgress();
    if (kept != Kept::Everything) {
        m_saved->setText(kept == Kept::Nothing ? tr("Preview: answers are not kept")
                                               : tr("Read only: this file is never changed"));
        m_saved->setAccessibleName(m_saved->text());
        return;
    }
    connect(session, &SurveySession::saved, this, &SurveyStatus::showSaved);
    showLastSave();
}

void SurveyStatus::showLastSave()
{
    if (m_session && m_session->lastSavedAt().isValid()) {
        showSaved(m_session->lastSavedAt());
        return;
    }
    // Freshly opened: everything the file holds is on disk, but nothing was written yet.
    m_saved->setText(tr("Answers are saved as you go"));
    m_saved->setAccessibleName(m_saved->text());
}

void SurveyStatus::setEditPending(bool pending)
{
    if (!m_session || m_kept != Kept::Everything || m_failed)
        return;
    if (!pending) {
        showLastSave();
        return;
    }
    m_saved->setText(tr("Saving comment…"));
    m_saved->setToolTip(tr("Your comment is written to disk a moment after you stop typing."));
    m_saved->setAccessibleName(m_saved->text());
}

void SurveyStatus::showProgress()
{
    if (!m_session)
        return;
    const SurveyProgress p = m_session->progress();
    QStringList parts { tr("%1 of %2 ratings answered").arg(p.ratingsAnswered).arg(p.ratingsTotal) };
    if (p.combinationsTotal > 0)
        parts << tr("%1 of %2 combinations").arg(p.combinationsAnswered).arg(p.combinationsTotal);
    if (p.expertiseAsked)
        parts << (p.expertiseGiven ? tr("expertise given") : tr("expertise not given"));
    m_progress->setText(parts.join(u" · "_s));
    m_progress->setAccessibleName(m_progress->text());
    m_progress->setToolTip(tr("A combination counts as answered with at least one measure chosen."));
}

void SurveyStatus::showSaved(const QDateTime &at)
{
    m_failed = false;
    m_saved->setStyleSheet({});
    m_saved->setText(tr("All answers saved %1").arg(at.toLocalTime().toString(u"HH:mm:ss"_s)));
    m_saved->setToolTip({});
    m_saved->setAccessibleName(m_saved->text());
}

void SurveyStatus::showSaveFailed(const QString &message)
{
    m_failed = true;
    m_saved->setStyleSheet(u"color: #b3261e; font-weight: bold;"_s);
    // The first line keeps the status bar readable; the whole message is in the tooltip.
    m_saved->setText(tr("Not saved: %1").arg(message.section(u'\n', 0, 0)));
    m_saved->setToolTip(message);
    m_saved->setAccessibleName(tr("Not saved: %1").arg(message));
    // The status bar is never focused: say it where the expert is.
    announce(m_saved->text());
}

} // namespace panelist
