#include "cli/instrumentcommands.h"

#include "cli/exitcodes.h"
#include "cli/instrumentsummary.h"
#include "models/authoring/instrumentsource.h"

#include <QJsonDocument>

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

// The loader's messages name the file already; the prefix is for the odd one that does not, so the
// reason on stderr always says which file was refused.
QString namingFile(const QString &file, const QString &message)
{
    return message.contains(file) ? message : file + u": "_s + message;
}

} // namespace

int runInstrumentValidate(const ParsedCommand &command, CliIo &io)
{
    const QString file = command.argument(u"FILE"_s);
    const Result<Instrument> ins = loadInstrumentSource(file);
    if (!ins) {
        io.err << namingFile(file, ins.error()) << '\n';
        return ExitRejected;
    }
    io.out << file << ": ok, fingerprint " << ins->fingerprint() << ", " << ins->areas().size() << " areas, "
           << ins->measures().size() << " measures\n";
    return ExitOk;
}

int runInstrumentShow(const ParsedCommand &command, CliIo &io)
{
    const QString file = command.argument(u"FILE"_s);
    Result<Instrument> ins
        = file.isEmpty() ? Result<Instrument>(Instrument::bundled()) : loadInstrumentSource(file);
    if (!ins) {
        io.err << namingFile(file, ins.error()) << '\n';
        return ExitRejected;
    }
    if (command.isSet(u"json"_s))
        io.out << QString::fromUtf8(
            QJsonDocument(instrumentSummaryJson(*ins)).toJson(QJsonDocument::Indented));
    else
        io.out << instrumentSummaryText(*ins);
    return ExitOk;
}

} // namespace panelist
