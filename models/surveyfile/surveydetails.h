#pragma once

#include "models/common/result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

namespace panelist {

// What a survey file tells the experts (docs/survey-file.md), and what a response started from it
// records in its own meta table under the same keys (docs/file-formats.md).
struct SurveyDetails
{
    QString surveyId; // a UUID, lower case, without braces; empty: no survey (the bundled study)
    QString studyId; // an id like the instrument's (1 to 64 of A-Z a-z 0-9 _ . -)
    QString title;
    QString coordinatorName;
    QString coordinatorContact;
    QString returnInstructions; // the only text that may hold line breaks
    QDate deadline; // null: none
    // The coordinator's public key (X25519, base64 of 32 bytes) that submitted responses are sealed to
    // (docs/security.md); empty: responses are not sealed.
    QString coordinatorKey;

    bool isEmpty() const { return surveyId.isEmpty(); }
    friend bool operator==(const SurveyDetails &, const SurveyDetails &) = default;
};

namespace SurveyMeta {

inline const QString SurveyId = QStringLiteral("survey_id");
inline const QString StudyId = QStringLiteral("study_id");
inline const QString Title = QStringLiteral("title");
inline const QString CoordinatorName = QStringLiteral("coordinator_name");
inline const QString CoordinatorContact = QStringLiteral("coordinator_contact");
inline const QString ReturnInstructions = QStringLiteral("return_instructions");
inline const QString Deadline = QStringLiteral("deadline");
inline const QString CoordinatorKey = QStringLiteral("coordinator_key");

// Long enough for any address or instruction, short enough that no field can carry a document.
constexpr int MaxTextLength = 2000;

// The keys above, in the order files list them.
const QStringList &detailKeys();
// The meta rows of details; deadline (YYYY-MM-DD) and coordinator_key only when there is one.
QList<std::pair<QString, QString>> rows(const SurveyDetails &details);
// The details in meta rows, every value checked; keys other than detailKeys() are not looked at.
// Every problem, one per line as "key: what is wrong". No survey_id row at all: empty details.
Result<SurveyDetails> fromRows(const QMap<QString, QString> &meta);
// Every problem of details, each "key: what is wrong"; empty when they may be written.
QStringList problems(const SurveyDetails &details);
// "Send the response file to <contact>.": the return instructions when the coordinator gives none.
QString defaultReturnInstructions(const QString &contact);
// The raw 32 bytes of details' coordinator key; empty when responses are not sealed (or the key is
// not one, which problems() reports).
QByteArray coordinatorPublicKey(const SurveyDetails &details);
// The key's fingerprint as people compare it ("4F2A-91C0-…"); empty when there is no key.
QString coordinatorKeyFingerprint(const SurveyDetails &details);

} // namespace SurveyMeta

} // namespace panelist
