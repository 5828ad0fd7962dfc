#include "cli/studycommands.h"

#include "cli/exitcodes.h"
#include "cli/mergekey.h"
#include "cli/mergeoutput.h"
#include "cli/progress.h"
#include "models/authoring/instrumentsource.h"
#include "models/common/printable.h"
#include "models/merge/merger.h"
#include "models/security/keyencoding.h"
#include "models/storage/studystore.h"
#include "models/surveyfile/surveyfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

int rejected(CliIo &io, const QString &message)
{
    io.err << message << '\n';
    return ExitRejected;
}

QString uuid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

int studyCreate(const QString &study, const QString &instrumentFile, CliIo &io)
{
    const Result<Instrument> ins = instrumentFile.isEmpty() ? Result<Instrument>(Instrument::bundled())
                                                            : loadInstrumentSource(instrumentFile);
    if (!ins)
        return rejected(io, ins.error());
    const auto created = StudyStore::create(study, *ins);
    if (!created)
        return rejected(io, created.error());
    io.out << study << ": study created for \"" << ins->study().title << "\" (instrument "
           << ins->fingerprint().left(12) << ")\n";
    return ExitOk;
}

// A study for the survey file's instrument that knows the survey and its coordinator key: a key
// means sealed, signed responses, so unsigned files are refused (docs/security.md).
int studyCreateForSurvey(const QString &study, const QString &surveyFile, CliIo &io)
{
    const Result<SurveyFile> survey = readSurveyFile(surveyFile);
    if (!survey)
        return rejected(io, survey.error());
    StudySettings settings;
    settings.surveyId = survey->details.surveyId;
    settings.coordinatorKey = survey->details.coordinatorKey;
    settings.coordinatorKeyFingerprint = SurveyMeta::coordinatorKeyFingerprint(survey->details);
    settings.requireSignatures = !settings.coordinatorKey.isEmpty();
    const auto created = StudyStore::create(study, survey->instrument, settings);
    if (!created)
        return rejected(io, created.error());
    io.out << study << ": study created for \"" << survey->details.title << "\" (survey " << settings.surveyId
           << ", instrument " << survey->instrument.fingerprint().left(12) << ")\n";
    if (settings.requireSignatures)
        io.out << "Responses come sealed to the coordinator key " << settings.coordinatorKeyFingerprint
               << " and signed; unsigned files are refused. Merge with --key FILE.\n";
    return ExitOk;
}

int merge(const ParsedCommand &command, const QString &study, const QStringList &paths, CliIo &io)
{
    auto opened = StudyStore::open(study);
    if (!opened)
        return rejected(io, opened.error());
    Merger merger(**opened);
    if (const int code = useMergeKey(command, **opened, merger, io); code != ExitOk)
        return code;
    const QStringList files = expandResponsePaths(paths);
    const bool quiet = isQuiet(command);
    ProgressLine progress(io, files.size(), u"files"_s, !quiet);
    MergeSummary summary;
    for (const QString &file : files) {
        const ImportedFile r = merger.mergeFile(file);
        summary.add(r.outcome);
        if (!quiet || needsAttention(r.outcome)) {
            progress.beforeOutput();
            printMergeResult(io, r);
            progress.afterOutput();
        }
        progress.advance();
    }
    progress.finish();
    return finishMerge(io, summary);
}

// The fingerprint of the key that signed v, empty when its file was not signed.
QString signerOf(const StudyResponse &v)
{
    const QString key = v.data.signature.publicKey;
    return key.isEmpty() ? QString() : keyFingerprint(QByteArray::fromBase64(key.toLatin1()));
}

QJsonObject versionJson(const StudyResponse &v)
{
    const QString signer = signerOf(v);
    return QJsonObject { { u"version_id"_s, v.versionId }, { u"respondent"_s, uuid(v.data.respondentId) },
        { u"revision"_s, v.data.revision }, { u"counts"_s, v.counts }, { u"source"_s, v.sourceName },
        { u"source_sha256"_s, v.sourceSha256 }, { u"content_sha256"_s, v.contentSha256 },
        { u"submitted_at"_s,
            v.data.submittedAt.isValid() ? QJsonValue(iso(v.data.submittedAt)) : QJsonValue() },
        { u"imported_at"_s, iso(v.importedAt) }, { u"answered"_s, v.data.answeredRatingCount() },
        { u"signer"_s, signer.isEmpty() ? QJsonValue() : QJsonValue(signer) } };
}

struct StudyView
{
    QList<StudyResponse> versions;
    QList<StudyConflict> conflicts;
    QList<ImportLogEntry> log;
    QMap<QString, QList<StudyResponse>> byRespondent; // uuid text -> versions, revision order
    StudyProvenance provenance;
};

QJsonObject signaturesJson(const StudyProvenance &p)
{
    const QString key = p.settings.coordinatorKeyFingerprint;
    return QJsonObject { { u"required"_s, p.settings.requireSignatures },
        { u"coordinator_key"_s, key.isEmpty() ? QJsonValue() : QJsonValue(key) },
        { u"counting"_s, p.counting }, { u"unsigned"_s, p.unsignedCounting } };
}

QString signaturesLine(const StudyProvenance &p)
{
    QString line = p.settings.requireSignatures ? u"required"_s : u"not required"_s;
    if (!p.settings.coordinatorKeyFingerprint.isEmpty())
        line += u", sealed to the coordinator key "_s + p.settings.coordinatorKeyFingerprint;
    return line + u"; %1 of %2 counting responses unsigned"_s.arg(p.unsignedCounting).arg(p.counting);
}

QJsonObject showJson(const StudyStore &s, const StudyView &v)
{
    QJsonArray respondents;
    for (auto it = v.byRespondent.cbegin(); it != v.byRespondent.cend(); ++it) {
        QJsonArray versions;
        QJsonValue current;
        for (const StudyResponse &r : it.value()) {
            versions.append(versionJson(r));
            if (r.counts)
                current = r.versionId;
        }
        respondents.append(QJsonObject {
            { u"id"_s, it.key() }, { u"current_version"_s, current }, { u"versions"_s, versions } });
    }
    QJsonArray conflicts;
    for (const StudyConflict &k : v.conflicts) {
        QJsonArray ids;
        for (const StudyResponse &r : k.versions)
            ids.append(r.versionId);
        conflicts.append(QJsonObject { { u"respondent"_s, uuid(k.respondentId) },
            { u"revision"_s, k.revision }, { u"resolved"_s, k.resolved },
            { u"chosen_version"_s, k.resolved ? QJsonValue(k.chosenVersionId) : QJsonValue() },
            { u"versions"_s, ids } });
    }
    QJsonArray log;
    for (const ImportLogEntry &e : v.log)
        log.append(QJsonObject { { u"file"_s, e.fileName }, { u"sha256"_s, e.sha256 }, { u"at"_s, iso(e.at) },
            { u"outcome"_s, outcomeName(e.outcome) }, { u"reason"_s, e.reason },
            { u"respondent"_s, e.respondentId.isNull() ? QJsonValue() : QJsonValue(uuid(e.respondentId)) },
            { u"revision"_s, e.revision < 0 ? QJsonValue() : QJsonValue(e.revision) } });
    return QJsonObject { { u"study"_s, QFileInfo(s.path()).fileName() },
        { u"instrument"_s,
            QJsonObject { { u"fingerprint"_s, s.instrument().fingerprint() },
                { u"title"_s, s.instrument().study().title } } },
        { u"signatures"_s, signaturesJson(v.provenance) }, { u"respondents"_s, respondents },
        { u"conflicts"_s, conflicts }, { u"import_log"_s, log } };
}

void showText(const StudyStore &s, const StudyView &v, QTextStream &out)
{
    int counting = 0, open = 0;
    for (const StudyResponse &r : v.versions)
        counting += r.counts ? 1 : 0;
    for (const StudyConflict &k : v.conflicts)
        open += k.resolved ? 0 : 1;
    out << "Study: " << s.path() << '\n'
        << "Instrument: " << s.instrument().study().title << " (" << s.instrument().fingerprint().left(12)
        << ")\n"
        << "Respondents: " << v.byRespondent.size() << " (" << counting
        << " with a version that counts), versions " << v.versions.size() << ", conflicts "
        << v.conflicts.size() << " (" << open << " unresolved)\n"
        << "Study log: " << v.log.size() << " entries, head "
        << (v.log.isEmpty() ? u"none"_s : v.log.constLast().entrySha256) << '\n'
        << "Signatures: " << signaturesLine(v.provenance) << '\n';
    out << "\nRespondents:\n";
    for (auto it = v.byRespondent.cbegin(); it != v.byRespondent.cend(); ++it) {
        QStringList revisions;
        QString counts = u"none counts (unresolved conflict)"_s;
        for (const StudyResponse &r : it.value()) {
            revisions << QString::number(r.data.revision);
            if (r.counts) {
                const QString signer = signerOf(r);
                counts = u"revision %1 counts (%2, %3)"_s.arg(r.data.revision)
                             .arg(printable(r.sourceName),
                                 signer.isEmpty() ? u"unsigned"_s : u"signed by "_s + signer);
            }
        }
        out << "  " << it.key() << "  revisions " << revisions.join(u", "_s) << "; " << counts << '\n';
    }
    if (!v.conflicts.isEmpty()) {
        out << "\nConflicts:\n";
        for (const StudyConflict &k : v.conflicts) {
            QStringList files;
            for (const StudyResponse &r : k.versions)
                files << u"%1 (version %2)"_s.arg(printable(r.sourceName)).arg(r.versionId);
            out << "  " << uuid(k.respondentId) << " revision " << k.revision << ": " << files.join(u", "_s)
                << (k.resolved ? u"; resolved: version %1 counts"_s.arg(k.chosenVersionId)
                               : u"; unresolved"_s)
                << '\n';
        }
    }
    out << "\nImport log:\n";
    for (const ImportLogEntry &e : v.log) {
        out << "  " << iso(e.at) << "  " << printable(e.fileName) << ": " << outcomeName(e.outcome);
        if (!e.reason.isEmpty())
            out << ": " << oneLineReason(e.reason);
        out << '\n';
    }
}

int show(const QString &study, bool json, CliIo &io)
{
    auto opened = StudyStore::openReadOnly(study, StudyStore::Check::Integrity, StudyStore::Stay::Command);
    if (!opened)
        return rejected(io, opened.error());
    const StudyStore &s = **opened;
    StudyView v;
    auto versions = s.allVersions();
    auto conflicts = s.conflicts();
    auto log = s.importLog();
    for (const QString &e : { versions ? QString() : versions.error(),
             conflicts ? QString() : conflicts.error(), log ? QString() : log.error() }) {
        if (!e.isEmpty())
            return rejected(io, e);
    }
    v.versions = *versions;
    v.conflicts = *conflicts;
    v.log = *log;
    auto provenance = s.provenance();
    if (!provenance)
        return rejected(io, provenance.error());
    v.provenance = *provenance;
    for (const StudyResponse &r : v.versions)
        v.byRespondent[uuid(r.data.respondentId)].append(r);
    if (json)
        io.out << QJsonDocument(showJson(s, v)).toJson(QJsonDocument::Indented);
    else
        showText(s, v, io.out);
    return ExitOk;
}

} // namespace

int runStudyCreate(const ParsedCommand &command, CliIo &io)
{
    if (command.isSet(u"survey"_s)) {
        if (command.isSet(u"instrument"_s))
            return usageError(
                command, io, u"--instrument and --survey: give one (a survey file has its instrument)"_s);
        return studyCreateForSurvey(command.argument(u"STUDY"_s), command.value(u"survey"_s), io);
    }
    return studyCreate(command.argument(u"STUDY"_s), command.value(u"instrument"_s), io);
}

int runMerge(const ParsedCommand &command, CliIo &io)
{
    return merge(command, command.argument(u"STUDY"_s), command.arguments(u"FILE|DIR"_s), io);
}

int runStudyShow(const ParsedCommand &command, CliIo &io)
{
    return show(command.argument(u"STUDY"_s), command.isSet(u"json"_s), io);
}

} // namespace panelist
