#include "ui/survey/submitflow.h"

#include "models/survey/responselist.h"
#include "models/survey/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace panelist::SubmitFlow {

namespace {

// The texts of this file, translated under the context "SubmitFlow" (i18n/*.ts).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SubmitFlow)
};

// The dialog shows this many items; the full list is under "Show Details…".
constexpr int ListedInText = 12;

} // namespace

bool confirmMissing(QWidget *parent, const QList<MissingItem> &missing)
{
    QStringList lines;
    for (int i = 0; i < missing.size() && i < ListedInText; ++i)
        lines.append(u"• "_s + missing.at(i).text);
    if (missing.size() > ListedInText)
        lines.append(Text::tr("…and %1 more (see Show Details).").arg(missing.size() - ListedInText));

    QMessageBox box(QMessageBox::Warning, Text::tr("Submit with unanswered items?"),
        Text::tr("%n item(s) are not answered:", nullptr, int(missing.size())) + u"\n\n"_s
            + lines.join(u'\n'),
        QMessageBox::NoButton, parent);
    box.setObjectName(u"confirmMissing"_s);
    box.setInformativeText(
        Text::tr("Unanswered items stay empty in the submitted file; nothing is filled in for "
                 "you. You can answer them later and submit again."));
    QStringList all;
    for (const MissingItem &item : missing)
        all.append(item.text);
    box.setDetailedText(all.join(u'\n'));
    QPushButton *submit = box.addButton(Text::tr("Submit anyway"), QMessageBox::AcceptRole);
    QPushButton *back = box.addButton(Text::tr("Go back"), QMessageBox::RejectRole);
    submit->setObjectName(u"submitAnyway"_s);
    back->setObjectName(u"goBack"_s);
    box.setDefaultButton(back);
    box.exec();
    return box.clickedButton() == submit;
}

QString suggestedPath(const SurveySession &session)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString path = folder + u'/'
        + Workspace::submittedFileName(session.studyId(), session.data().name, session.data().respondentId);
    return withSubmitSuffix(path, session.sealsResponses());
}

QString withSubmitSuffix(const QString &path, bool sealed)
{
    const QString suffix = QFileInfo(path).suffix();
    const QString wanted = sealed ? Workspace::SealedSuffix : Workspace::ResponseSuffix;
    if (suffix.isEmpty())
        return path + u'.' + wanted;
    if (sealed && suffix == Workspace::ResponseSuffix)
        return path.chopped(suffix.size()) + wanted;
    return path;
}

void reportSuccess(QWidget *parent, int revision, const QString &path, const SurveyDetails &survey)
{
    QMessageBox box(QMessageBox::Information, Text::tr("Response submitted"),
        Text::tr("Your response was submitted as revision %1 to\n%2")
            .arg(revision)
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::Ok, parent);
    box.setObjectName(u"submitted"_s);
    // The survey's texts came from a file sent by e-mail: plain text, never rich text or links.
    box.setTextFormat(Qt::PlainText);
    QStringList lines;
    if (survey.isEmpty()) {
        lines << Text::tr("Send this file to the study coordinator, as the study's instructions say.");
    } else {
        lines << survey.returnInstructions << QString()
              << Text::tr("Coordinator: %1, %2").arg(survey.coordinatorName, survey.coordinatorContact);
        if (survey.deadline.isValid())
            lines << Text::tr("Deadline: %1").arg(QLocale().toString(survey.deadline, QLocale::LongFormat));
    }
    lines << QString();
    if (!survey.coordinatorKey.isEmpty())
        lines << Text::tr("The file is sealed: only the coordinator's key %1 opens it. If you are unsure the "
                          "survey came from the coordinator, compare this fingerprint with theirs.")
                     .arg(SurveyMeta::coordinatorKeyFingerprint(survey));
    if (const QString mine = SurveySession::identityFingerprint(); !mine.isEmpty())
        lines << Text::tr("It is signed by your Panelist (key %1), so nobody else can send a newer revision "
                          "in your name.")
                     .arg(mine);
    lines << QString()
          << Text::tr("You can keep working here; submitting again creates revision %1.").arg(revision + 1);
    box.setInformativeText(lines.join(u'\n'));
    // setTextFormat covers the main text only; the informative label would guess, and open links.
    if (auto *informative = box.findChild<QLabel *>(u"qt_msgbox_informativelabel"_s)) {
        informative->setTextFormat(Qt::PlainText);
        informative->setOpenExternalLinks(false);
    }
    box.exec();
}

void reportFailure(QWidget *parent, const QString &path, const QString &error)
{
    QMessageBox box(QMessageBox::Critical, Text::tr("Not submitted"),
        Text::tr("Your response could not be written to\n%1").arg(QDir::toNativeSeparators(path)),
        QMessageBox::Ok, parent);
    box.setObjectName(u"submitFailed"_s);
    box.setInformativeText(
        Text::tr("%1\n\nYour answers are still safe in the working file. Choose another folder "
                 "and try again.")
            .arg(error));
    box.exec();
}

} // namespace panelist::SubmitFlow
