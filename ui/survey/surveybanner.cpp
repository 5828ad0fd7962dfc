#include "ui/survey/surveybanner.h"

#include "models/survey/surveysession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panelist {

SurveyBanner::SurveyBanner(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
{
    setObjectName(u"surveyBanner"_s);
    setAutoFillBackground(true);
    // A fixed pale amber with dark text: reads as "not the real thing" on light and dark palettes.
    setStyleSheet(u"#surveyBanner { background: #fff4ce; border-bottom: 1px solid #d8b400; }"
                  u"#surveyBanner QLabel { color: #3d3000; }"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setAccessibleName(title);
    auto *explain = new QLabel(explanation, this);
    explain->setTextFormat(Qt::PlainText);
    explain->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 5, 20, 5);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(explain, 1);
}

SurveyBanner *SurveyBanner::preview(QWidget *parent)
{
    auto *banner = new SurveyBanner(tr("Preview — answers are not kept"),
        tr("This is the survey as experts will see it. Submit is off; what you enter is removed when you "
           "close this window."),
        parent);
    banner->m_title->setObjectName(u"previewBanner"_s);
    return banner;
}

SurveyBanner *SurveyBanner::readOnly(const SurveySession &session, QWidget *parent)
{
    const ResponseData &data = session.data();
    const bool submitted = data.revision > 0;
    const QString explanation = submitted
        ? tr("Revision %1, submitted %2. Panelist never changes this file; Revise continues in your own "
             "working copy.")
              .arg(data.revision)
              .arg(QLocale().toString(data.submittedAt.toLocalTime(), QLocale::ShortFormat))
        : tr("Not one of your working files: Panelist never changes it; Revise continues in a working copy "
             "of your own.");
    auto *banner = new SurveyBanner(
        submitted ? tr("Submitted response — read only") : tr("Not your working copy — read only"),
        explanation, parent);
    banner->m_title->setObjectName(u"readOnlyBanner"_s);
    banner->m_revise = new QPushButton(tr("&Revise"), banner);
    banner->m_revise->setObjectName(u"reviseButton"_s);
    banner->m_revise->setAccessibleName(tr("Revise: continue in your own working copy"));
    banner->m_revise->setToolTip(banner->m_revise->accessibleName());
    banner->m_revise->setAutoDefault(false);
    banner->layout()->addWidget(banner->m_revise);
    connect(banner->m_revise, &QPushButton::clicked, banner, &SurveyBanner::reviseRequested);
    return banner;
}

QWidget *SurveyBanner::above(QWidget *content, QWidget *parent)
{
    auto *frame = new QWidget(parent);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    setParent(frame);
    layout->addWidget(this);
    content->setParent(frame);
    layout->addWidget(content, 1);
    return frame;
}

} // namespace panelist
