#include "cli/exportcommands.h"

#include "cli/cliargs.h"

#include "models/export/exporter.h"
#include "models/instrument/instrument.h"
#include "models/simulate/simulate.h"
#include "models/storage/studystore.h"

#include <QDir>
#include <QHash>

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

// Positionals and "--name VALUE" / "--name=VALUE" options, each option at most once.
int usageError(CliIo &io, const QString &why)
{
    io.err << "panelist-cli: " << why << "\n\n" << exportCommandsUsage();
    return ExitUsage;
}

int rejected(CliIo &io, const QString &why)
{
    io.err << "panelist-cli: " << why << '\n';
    return ExitRejected;
}

int runExport(const QStringList &arguments, CliIo &io)
{
    const CliArgs a = parseCliArgs(arguments, { u"format"_s, u"out"_s });
    if (!a.error.isEmpty())
        return usageError(io, a.error);
    if (a.positional.size() != 1 || !a.options.contains(u"format"_s) || !a.options.contains(u"out"_s))
        return usageError(io, u"export takes one STUDY, --format FORMAT and --out PATH"_s);
    const auto format = parseExportFormat(a.options.value(u"format"_s));
    if (!format)
        return usageError(io, format.error());

    const QString studyPath = a.positional.at(0);
    auto study = StudyStore::openReadOnly(studyPath);
    if (!study)
        return rejected(io, study.error());
    auto responses = (*study)->currentResponses();
    if (!responses)
        return rejected(io, responses.error());
    const QString out = a.options.value(u"out"_s);
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

int runSimulate(const QStringList &arguments, CliIo &io)
{
    const CliArgs a = parseCliArgs(arguments, { u"experts"_s, u"seed"_s, u"out"_s, u"instrument"_s });
    if (!a.error.isEmpty())
        return usageError(io, a.error);
    if (!a.positional.isEmpty() || !a.options.contains(u"experts"_s) || !a.options.contains(u"seed"_s)
        || !a.options.contains(u"out"_s))
        return usageError(
            io, u"simulate takes --experts N, --seed S and --out DIR (and optionally --instrument FILE)"_s);
    bool ok = false;
    const int experts = a.options.value(u"experts"_s).toInt(&ok);
    constexpr int MaxExperts = 1000000;
    if (!ok || experts < 1 || experts > MaxExperts)
        return usageError(io,
            u"--experts must be a whole number from 1 to %1, got \"%2\""_s.arg(MaxExperts)
                .arg(a.options.value(u"experts"_s)));
    const quint64 seed = a.options.value(u"seed"_s).toULongLong(&ok);
    if (!ok)
        return usageError(io,
            u"--seed must be a whole number from 0 to 18446744073709551615, got \"%1\""_s.arg(
                a.options.value(u"seed"_s)));

    Instrument ins;
    if (a.options.contains(u"instrument"_s)) {
        auto loaded = Instrument::fromFile(a.options.value(u"instrument"_s));
        if (!loaded)
            return rejected(io, loaded.error());
        ins = *loaded;
    } else {
        ins = Instrument::bundled();
    }
    const QString outDir = a.options.value(u"out"_s);
    auto written = writeSimulatedResponses(ins, experts, seed, outDir);
    if (!written)
        return rejected(io, written.error());
    io.out << "Wrote " << written->size() << " simulated response files (seed " << seed << ", instrument "
           << ins.fingerprint().left(12) << ") to " << QDir::toNativeSeparators(outDir) << '\n';
    return ExitOk;
}

} // namespace

bool isExportCommand(const QStringList &arguments)
{
    const QString first = arguments.value(0);
    return first == u"export"_s || first == u"simulate"_s;
}

int runExportCommand(const QStringList &arguments, CliIo &io)
{
    if (arguments.value(0) == u"export"_s)
        return runExport(arguments.mid(1), io);
    if (arguments.value(0) == u"simulate"_s)
        return runSimulate(arguments.mid(1), io);
    return usageError(io, u"unknown command \""_s + arguments.value(0) + u'"');
}

QString exportCommandsUsage()
{
    return u"  panelist-cli export STUDY --format csv-long|csv-wide|json|sav --out PATH\n"
           u"      Write the study's responses (one per respondent); CSV formats also write\n"
           u"      PATH's codebook (study.csv -> study.codebook.csv). See docs/exports.md.\n"
           u"  panelist-cli simulate --experts N --seed S --out DIR [--instrument FILE]\n"
           u"      Write N deterministic synthetic response files into DIR.\n"_s;
}

} // namespace panelist
