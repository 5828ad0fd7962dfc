#include "cli/reportcommand.h"

#include "cli/cliargs.h"

#include "models/analysis/aggregator.h"
#include "models/export/csv.h"
#include "models/report/report.h"
#include "models/storage/studystore.h"

#include <QDir>
#include <QHash>

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

int usageError(CliIo &io, const QString &why)
{
    io.err << "panelist-cli: " << why << "\n\n" << reportCommandUsage();
    return ExitUsage;
}

int rejected(CliIo &io, const QString &why)
{
    io.err << "panelist-cli: " << why << '\n';
    return ExitRejected;
}

} // namespace

bool isReportCommand(const QStringList &arguments)
{
    return arguments.value(0) == u"report"_s;
}

int runReportCommand(const QStringList &arguments, CliIo &io)
{
    const CliArgs a = parseCliArgs(arguments.mid(1), { u"format"_s, u"out"_s, u"group"_s });
    if (!a.error.isEmpty())
        return usageError(io, a.error);
    if (a.positional.size() != 1 || !a.options.contains(u"format"_s))
        return usageError(io, u"report takes one STUDY and --format json|csv|html"_s);
    const auto format = report::parseFormat(a.options.value(u"format"_s));
    if (!format)
        return usageError(io, format.error());

    auto study = StudyStore::openReadOnly(a.positional.at(0));
    if (!study)
        return rejected(io, study.error());
    const Instrument &instrument = (*study)->instrument();
    analysis::Options options;
    options.group = a.options.value(u"group"_s);
    if (!options.group.isEmpty() && instrument.expertiseIndex(options.group) < 0) {
        QStringList known;
        for (const ExpertiseGroup &g : instrument.expertiseGroups())
            known << g.id;
        return rejected(io,
            u"%1: the instrument has no expertise group \"%2\" (its groups: %3)"_s.arg(
                QDir::toNativeSeparators(a.positional.at(0)), options.group,
                known.isEmpty() ? u"none"_s : known.join(u", "_s)));
    }
    // The study as a stream into the running counts: memory stays flat however many respondents.
    analysis::Aggregator counts(instrument, options);
    const auto read = (*study)->readCurrent([&](qint64, const IndexedResponse &answers) { counts.add(answers); });
    if (!read)
        return rejected(io, read.error());
    const analysis::Figures results = counts.figures();
    const QByteArray bytes = report::render(*format, instrument, results);
    if (!a.options.contains(u"out"_s)) {
        io.out << QString::fromUtf8(bytes);
        io.out.flush();
        return ExitOk;
    }
    const QString out = a.options.value(u"out"_s);
    if (const Status saved = saveFileAtomically(out, bytes); !saved)
        return rejected(io, saved.error());
    io.out << "Wrote the " << report::formatName(*format) << " report of " << results.respondents
           << (results.respondents == 1 ? " respondent" : " respondents") << " to "
           << QDir::toNativeSeparators(out) << '\n';
    return ExitOk;
}

QString reportCommandUsage()
{
    return u"  panelist-cli report STUDY --format json|csv|html [--out PATH] [--group G]\n"
           u"      The study's results (agreement, feasibility, selection, stand-out measures) as JSON,\n"
           u"      CSV or a self-contained HTML report; standard output without --out. --group restricts\n"
           u"      every figure to one expertise group. See docs/report.md.\n"_s;
}

} // namespace panelist
