#pragma once

#include "models/common/result.h"
#include "models/instrument/instrument.h"
#include "models/surveyfile/surveydetails.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace panelist {

// A survey file (*.panelist-survey, docs/survey-file.md): what a coordinator sends the experts, the
// instrument and what to do with the answers. Written once; every expert's Panelist reads it.
struct SurveyFile
{
    SurveyDetails details;
    QDateTime createdAt; // UTC
    int round = 1;
    Instrument instrument;
};

// What a coordinator gives to make a survey file; an empty field takes its default.
struct SurveyRequest
{
    QString coordinatorName; // required
    QString coordinatorContact; // required
    QString returnInstructions = {}; // default: SurveyMeta::defaultReturnInstructions(contact)
    QDate deadline = {}; // optional
    QString studyId = {}; // default: the instrument's study id
    QString title = {}; // default: the instrument's title
    QByteArray coordinatorKey = {}; // the public key responses are sealed to (32 bytes); empty: none
};

inline const QString SurveyFileSuffix = QStringLiteral("panelist-survey");

// A new survey of instrument: a fresh survey_id, created now, round 1, the request's texts with their
// defaults. Fails with every problem, one per line ("coordinator_name: may not be empty").
Result<SurveyFile> makeSurvey(const Instrument &instrument, const SurveyRequest &request);

// Writes survey to path all or nothing (SurveyStore::create); path must not exist.
Status writeSurveyFile(const QString &path, const SurveyFile &survey);

// Reads a survey file from anywhere and checks everything in it: the structure (SurveyStore::read),
// every meta key known and every value valid, the instrument valid and equal to its fingerprint.
// Never writes the file and leaves nothing beside it. Every problem on its own line, each starting
// with the file's name.
Result<SurveyFile> readSurveyFile(const QString &path);

} // namespace panelist
