#include "cli/surveycommands.h"

#include "cli/exitcodes.h"
#include "cli/instrumentsummary.h"

#include "models/authoring/instrumentsource.h"
#include "models/security/keyfile.h"
#include "models/storage/sqliteheader.h"
#include "models/surveyfile/surveyfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

int rejected(CliIo &io, const QString &message)
{
    io.err << message << '\n';
    return ExitRejected;
}

// Each line of a refusal names the file it is about.
QString naming(const QString &file, const QString &message)
{
    QStringList lines = message.split(u'\n');
    for (QString &line : lines) {
        if (!line.startsWith(file) && !line.startsWith(displayPath(file)))
            line = file + u": "_s + line;
    }
    return lines.join(u'\n');
}

// --deadline's form is the command line's business: a usage error, like an unknown --format.
std::optional<QDate> parseDeadline(const QString &text)
{
    static const QRegularExpression form(u"^\\d{4}-\\d\\d-\\d\\d$"_s);
    const QDate date = form.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject surveyJson(const SurveyFile &s)
{
    const SurveyDetails &d = s.details;
    return QJsonObject { { u"survey_id"_s, d.surveyId }, { u"study_id"_s, d.studyId },
        { u"title"_s, d.title }, { u"coordinator_name"_s, d.coordinatorName },
        { u"coordinator_contact"_s, d.coordinatorContact },
        { u"return_instructions"_s, d.returnInstructions },
        { u"deadline"_s, d.deadline.isValid() ? QJsonValue(d.deadline.toString(Qt::ISODate)) : QJsonValue() },
        { u"created_at"_s, iso(s.createdAt) }, { u"round"_s, s.round },
        { u"coordinator_key"_s, d.coordinatorKey.isEmpty() ? QJsonValue() : QJsonValue(d.coordinatorKey) },
        { u"coordinator_key_fingerprint"_s,
            d.coordinatorKey.isEmpty() ? QJsonValue()
                                       : QJsonValue(SurveyMeta::coordinatorKeyFingerprint(d)) },
        { u"instrument"_s, instrumentSummaryJson(s.instrument) } };
}

void showText(const QString &file, const SurveyFile &s, QTextStream &out)
{
    const SurveyDetails &d = s.details;
    out << "Survey file: " << file << '\n'
        << "Title: " << d.title << '\n'
        << "Study: " << d.studyId << '\n'
        << "Survey id: " << d.surveyId << '\n'
        << "Round: " << s.round << '\n'
        << "Created: " << iso(s.createdAt) << '\n'
        << "Coordinator: " << d.coordinatorName << '\n'
        << "Contact: " << d.coordinatorContact << '\n'
        << "Deadline: " << (d.deadline.isValid() ? d.deadline.toString(Qt::ISODate) : u"none"_s) << '\n'
        << "Return instructions:\n";
    for (const QString &line : d.returnInstructions.split(u'\n'))
        out << "  " << line << '\n';
    out << "Instrument: " << s.instrument.study().title << " (fingerprint "
        << s.instrument.fingerprint().left(12) << "…, " << s.instrument.areas().size() << " areas, "
        << s.instrument.measures().size() << " measures, " << s.instrument.ratingItemCount()
        << " rating items)\n";
    out << "Responses: "
        << (d.coordinatorKey.isEmpty() ? u"not sealed (plain response files)"_s
                                       : u"sealed to the coordinator key %1 and signed"_s.arg(
                                           SurveyMeta::coordinatorKeyFingerprint(d)))
        << '\n';
}

} // namespace

int runSurveyMake(const ParsedCommand &command, CliIo &io)
{
    const QString out = command.value(u"out"_s);
    SurveyRequest request { .coordinatorName = command.value(u"coordinator"_s),
        .coordinatorContact = command.value(u"contact"_s),
        .returnInstructions = command.value(u"return"_s),
        .studyId = command.value(u"study-id"_s) };
    if (command.isSet(u"deadline"_s)) {
        const std::optional<QDate> deadline = parseDeadline(command.value(u"deadline"_s));
        if (!deadline)
            return usageError(command, io,
                u"--deadline: \"%1\" is not a date like 2026-12-31 (YYYY-MM-DD)"_s.arg(
                    command.value(u"deadline"_s)));
        request.deadline = *deadline;
    }
    if (command.isSet(u"key"_s)) {
        const QString keyFile = command.value(u"key"_s);
        const Result<KeyFileInfo> key = readKeyFileInfo(keyFile);
        if (!key)
            return rejected(io, key.error());
        request.coordinatorKey = key->publicKey;
    }
    const QString instrumentFile = command.value(u"instrument"_s);
    const Result<Instrument> ins = loadInstrumentSource(instrumentFile);
    if (!ins)
        return rejected(io, naming(instrumentFile, ins.error()));
    const Result<SurveyFile> survey = makeSurvey(*ins, request);
    if (!survey)
        return rejected(io, naming(out, u"not created:\n"_s + survey.error()));
    if (Status s = writeSurveyFile(out, *survey); !s)
        return rejected(io, naming(out, s.error()));
    io.out << out << ": survey file created for \"" << survey->details.title << "\" (study "
           << survey->details.studyId << ", survey id " << survey->details.surveyId << ", instrument "
           << ins->fingerprint().left(12) << ")\n";
    if (!request.coordinatorKey.isEmpty())
        io.out << "Responses will come back sealed to the coordinator key "
               << SurveyMeta::coordinatorKeyFingerprint(survey->details)
               << " and signed by each expert's Panelist. Tell the experts this fingerprint, so they can "
                  "compare it with the one Panelist shows them.\n";
    return ExitOk;
}

int runSurveyShow(const ParsedCommand &command, CliIo &io)
{
    const QString file = command.argument(u"FILE"_s);
    const Result<SurveyFile> survey = readSurveyFile(file);
    if (!survey)
        return rejected(io, naming(file, survey.error()));
    if (command.isSet(u"json"_s))
        io.out << QString::fromUtf8(QJsonDocument(surveyJson(*survey)).toJson(QJsonDocument::Indented));
    else
        showText(file, *survey, io.out);
    return ExitOk;
}

} // namespace panelist
