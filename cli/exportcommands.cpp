#include "cli/exportcommands.h"

#include "cli/exitcodes.h"
#include "cli/progress.h"
#include "models/authoring/instrumentsource.h"

#include "models/export/exporter.h"
#include "models/instrument/instrument.h"
#include "models/simulate/simulate.h"
#include "models/storage/studystore.h"

#include <QDir>

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

int rejected(CliIo &io, const QString &why)
{
    io.err << "panelist-cli: " << why << '\n';
    return ExitRejected;
}

} // namespace

int runExport(const ParsedCommand &command, CliIo &io)
{
    const auto format = parseExportFormat(command.value(u"format"_s));
    if (!format)
        return usageError(command, io, format.error());

    const QString studyPath = command.argument(u"STUDY"_s);
    auto study = StudyStore::openReadOnly(studyPath, StudyStore::Check::Integrity, StudyStore::Stay::Command);
    if (!study)
        return rejected(io, study.error());
    auto responses = (*study)->currentResponses();
    if (!responses)
        return rejected(io, responses.error());
    const QString out = command.value(u"out"_s);
    auto summary = exportResponses(*format, (*study)->instrument(), *responses, out);
    if (!summary)
        return rejected(io, summary.error());
    for (const QString &note : summary->notes)
        io.err << "panelist-cli: note: " << note << '\n';
    io.out << "Exported " << summary->respondents
           << (summary->respondents == 1 ? " respondent" : " respondents");
    if (*format == ExportFormat::CsvLong)
        io.out << " (" << summary->rows << " answers)";
    io.out << " as " << exportFormatName(*format) << ":\n";
    for (const QString &file : summary->files)
        io.out << "  " << QDir::toNativeSeparators(file) << '\n';
    return ExitOk;
}

int runSimulate(const ParsedCommand &command, CliIo &io)
{
    bool ok = false;
    const int experts = command.value(u"experts"_s).toInt(&ok);
    constexpr int MaxExperts = 1000000;
    if (!ok || experts < 1 || experts > MaxExperts)
        return usageError(command, io,
            u"--experts must be a whole number from 1 to %1, got \"%2\""_s.arg(MaxExperts)
                .arg(command.value(u"experts"_s)));
    const quint64 seed = command.value(u"seed"_s).toULongLong(&ok);
    if (!ok)
        return usageError(command, io,
            u"--seed must be a whole number from 0 to 18446744073709551615, got \"%1\""_s.arg(
                command.value(u"seed"_s)));

    Instrument ins;
    if (command.isSet(u"instrument"_s)) {
        auto loaded = loadInstrumentSource(command.value(u"instrument"_s));
        if (!loaded)
            return rejected(io, loaded.error());
        ins = *loaded;
    } else {
        ins = Instrument::bundled();
    }
    const QString outDir = command.value(u"out"_s);
    ProgressLine progress(io, experts, u"files"_s, !isQuiet(command));
    auto written = writeSimulatedResponses(
        ins, experts, seed, outDir, [&progress](int count) { progress.setDone(count); });
    progress.finish();
    if (!written)
        return rejected(io, written.error());
    io.out << "Wrote " << written->size() << " simulated response files (seed " << seed << ", instrument "
           << ins.fingerprint().left(12) << ") to " << QDir::toNativeSeparators(outDir) << '\n';
    return ExitOk;
}

} // namespace panelist
