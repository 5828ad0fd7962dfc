#include "cli/reportcommand.h"

#include "cli/exitcodes.h"

#include "models/analysis/aggregator.h"
#include "models/export/csv.h"
#include "models/report/report.h"
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

int runReport(const ParsedCommand &command, CliIo &io)
{
    const auto format = report::parseFormat(command.value(u"format"_s));
    if (!format)
        return usageError(command, io, format.error());

    const QString studyPath = command.argument(u"STUDY"_s);
    auto study = StudyStore::openReadOnly(studyPath, StudyStore::Check::Integrity, StudyStore::Stay::Command);
    if (!study)
        return rejected(io, study.error());
    const Instrument &instrument = (*study)->instrument();
    analysis::Options options;
    options.group = command.value(u"group"_s);
    if (!options.group.isEmpty() && instrument.expertiseIndex(options.group) < 0) {
        QStringList known;
        for (const ExpertiseGroup &g : instrument.expertiseGroups())
            known << g.id;
        return rejected(io,
            u"%1: the instrument has no expertise group \"%2\" (its groups: %3)"_s.arg(
                QDir::toNativeSeparators(studyPath), options.group,
                known.isEmpty() ? u"none"_s : known.join(u", "_s)));
    }
    // The study as a stream into the running counts: memory stays flat however many respondents.
    analysis::Aggregator counts(instrument, options);
    const auto read
        = (*study)->readCurrent([&](qint64, const IndexedResponse &answers) { counts.add(answers); });
    if (!read)
        return rejected(io, read.error());
    const analysis::Figures results = counts.figures();
    const auto provenance = (*study)->provenance();
    if (!provenance)
        return rejected(io, provenance.error());
    const QByteArray bytes = report::render(*format, instrument, results, *provenance);
    if (!command.isSet(u"out"_s)) {
        io.out << QString::fromUtf8(bytes);
        io.out.flush();
        return ExitOk;
    }
    const QString out = command.value(u"out"_s);
    if (const Status saved = saveFileAtomically(out, bytes); !saved)
        return rejected(io, saved.error());
    io.out << "Wrote the " << report::formatName(*format) << " report of " << results.respondents
           << (results.respondents == 1 ? " respondent" : " respondents") << " to "
           << QDir::toNativeSeparators(out) << '\n';
    return ExitOk;
}

} // namespace panelist
