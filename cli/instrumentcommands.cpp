#include "cli/instrumentcommands.h"

#include "cli/instrumentsummary.h"

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

int instrumentValidate(const QString &file, CliIo &io)
{
    const Result<Instrument> ins = Instrument::fromFile(file);
    if (!ins) {
        io.err << namingFile(file, ins.error()) << '\n';
        return ExitRejected;
    }
    io.out << file << ": ok, fingerprint " << ins->fingerprint() << ", " << ins->areas().size() << " areas, "
           << ins->measures().size() << " measures\n";
    return ExitOk;
}

int instrumentShow(const QString &file, bool json, CliIo &io)
{
    Result<Instrument> ins
        = file.isEmpty() ? Result<Instrument>(Instrument::bundled()) : Instrument::fromFile(file);
    if (!ins) {
        io.err << namingFile(file, ins.error()) << '\n';
        return ExitRejected;
    }
    if (json)
        io.out << QString::fromUtf8(
            QJsonDocument(instrumentSummaryJson(*ins)).toJson(QJsonDocument::Indented));
    else
        io.out << instrumentSummaryText(*ins);
    return ExitOk;
}

} // namespace panelist
