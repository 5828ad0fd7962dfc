#include "cli/authoringcommands.h"

#include "cli/exitcodes.h"
#include "models/authoring/instrumentimport.h"
#include "models/authoring/instrumentsource.h"
#include "models/authoring/instrumenttemplate.h"
#include "models/storage/durablefile.h"
#include "models/workbook/workbookreader.h"
#include "models/workbook/workbookwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace panelist {

int runInstrumentTemplate(const ParsedCommand &command, CliIo &io)
{
    const QString out = command.argument(u"OUT"_s);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != u"xlsx"_s && suffix != u"ods"_s)
        return usageError(command, io, u"OUT must end in .xlsx or .ods, got \"%1\""_s.arg(out));
    Result<Instrument> ins = command.isSet(u"instrument"_s)
        ? loadInstrumentSource(command.value(u"instrument"_s))
        : Result<Instrument>(Instrument::bundled());
    if (!ins) {
        io.err << ins.error() << '\n';
        return ExitRejected;
    }
    if (const Status written = writeWorkbook(out, instrumentTemplate(*ins)); !written) {
        io.err << written.error() << '\n';
        return ExitRejected;
    }
    io.out << QDir::toNativeSeparators(out) << ": template for \"" << ins->study().title << "\" (instrument "
           << ins->fingerprint().left(12) << "): " << ins->measures().size() << " measures, "
           << ins->areas().size() << " areas\n";
    return ExitOk;
}

int runInstrumentImport(const ParsedCommand &command, CliIo &io)
{
    const QString in = command.argument(u"WORKBOOK"_s);
    const QString out = command.value(u"out"_s);
    const Result<Workbook> workbook = readWorkbook(in);
    if (!workbook) {
        io.err << workbook.error() << '\n';
        return ExitRejected;
    }
    const auto imported = importInstrument(*workbook, QDir::toNativeSeparators(in));
    if (!imported) {
        io.err << imported.error() << '\n';
        return ExitRejected;
    }
    if (QFileInfo::exists(out) || QFileInfo(out).isSymLink()) {
        io.err << QDir::toNativeSeparators(out) << ": already exists; nothing was written\n";
        return ExitRejected;
    }
    // All or nothing, never replacing a file that appeared meanwhile.
    const Status saved = DurableFile::createByRename(out, [&](const QString &temporary) -> Status {
        QFile f(temporary);
        if (!f.open(QIODevice::WriteOnly) || f.write(imported->json) != imported->json.size() || !f.flush())
            return Status::failure(
                u"%1: could not be written (%2)"_s.arg(QDir::toNativeSeparators(out), f.errorString()));
        return {};
    });
    if (!saved) {
        io.err << saved.error() << '\n';
        return ExitRejected;
    }
    io.out << QDir::toNativeSeparators(out) << ": instrument \"" << imported->instrument.study().title
           << "\", fingerprint " << imported->instrument.fingerprint() << ", "
           << imported->instrument.areas().size() << " areas, " << imported->instrument.measures().size()
           << " measures\n";
    return ExitOk;
}

} // namespace panelist
