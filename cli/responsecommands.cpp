#include "cli/responsecommands.h"

#include "cli/exitcodes.h"
#include "models/authoring/instrumentsource.h"

#include "models/instrument/instrument.h"
#include "models/response/interchange.h"
#include "models/response/responsevalidator.h"
#include "models/storage/responsefilewriter.h"
#include "models/storage/responsestore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

// Far above any real response (27 comments of 20,000 characters are about 2 MB) and far below what
// would hurt: an absurd input is refused instead of being read into memory.
constexpr qint64 MaxInputBytes = 64 * 1024 * 1024;

const QString StdinName = u"(standard input)"_s;

Result<QByteArray> readInput(const QString &name, QIODevice &stdinDevice)
{
    using R = Result<QByteArray>;
    const QString shown = name == u"-"_s ? StdinName : name;
    const QString tooLarge = shown + u": larger than "_s + QString::number(MaxInputBytes / (1024 * 1024))
        + u" MiB; not a response document"_s;
    if (name == u"-"_s) {
        QByteArray data;
        for (;;) {
            const QByteArray chunk = stdinDevice.read(1 << 16);
            if (chunk.isEmpty())
                break;
            data += chunk;
            if (data.size() > MaxInputBytes)
                return R::failure(tooLarge);
        }
        return data;
    }
    QFile file(name);
    const QFileInfo info(name);
    if (!info.exists())
        return R::failure(name + u": no such file"_s);
    if (!info.isFile())
        return R::failure(name + u": not a file; expected an interchange JSON document"_s);
    if (file.size() > MaxInputBytes)
        return R::failure(tooLarge);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(name + u": cannot read: "_s + file.errorString());
    return file.readAll();
}

// Each validator line names an item; prefixing the source makes every line stand on its own.
QString prefixLines(const QString &source, const QString &message)
{
    QStringList lines = message.split(u'\n');
    for (QString &l : lines)
        l = source + u": "_s + l;
    return lines.join(u'\n');
}

} // namespace

int runResponseFromJson(const ParsedCommand &command, CliIo &io)
{
    const QString in = command.argument(u"IN.json"_s);
    const QString out = command.argument(u"OUT"_s);
    const QString instrumentFile = command.value(u"instrument"_s);
    // Checked first so a refused OUT costs nothing and reads nothing from standard input.
    const QFileInfo outInfo(out);
    if (outInfo.exists() || outInfo.isSymLink()) {
        io.err << out << ": already exists; refusing to overwrite it (choose another name)\n";
        return ExitRejected;
    }

    Result<Instrument> ins = instrumentFile.isEmpty() ? Result<Instrument>(Instrument::bundled())
                                                      : loadInstrumentSource(instrumentFile);
    if (!ins) {
        io.err << ins.error() << '\n';
        return ExitRejected;
    }
    const Result<QByteArray> bytes = readInput(in, io.in);
    if (!bytes) {
        io.err << bytes.error() << '\n';
        return ExitRejected;
    }
    const QString source = in == u"-"_s ? StdinName : in;
    Result<ResponseData> data = fromInterchange(*bytes, source);
    if (!data) {
        io.err << data.error() << '\n';
        return ExitRejected;
    }
    const Status valid = validateResponse(*data, *ins);
    if (!valid) {
        io.err << prefixLines(source, valid.error()) << '\n';
        return ExitRejected;
    }
    const Status written = writeNewResponseFile(out, *data, *ins);
    if (!written) {
        io.err << written.error() << '\n';
        return ExitRejected;
    }
    io.out << out << ": created, " << data->answeredRatingCount() << " of " << ins->ratingItemCount()
           << " rating items answered, revision " << data->revision << '\n';
    return ExitOk;
}

int runResponseToJson(const ParsedCommand &command, CliIo &io)
{
    const QString file = command.argument(u"FILE"_s);
    auto store = ResponseStore::openReadOnly(file, true);
    if (!store) {
        io.err << store.error() << '\n';
        return ExitRejected;
    }
    const Result<ResponseData> data = (*store)->load();
    if (!data) {
        io.err << data.error() << '\n';
        return ExitRejected;
    }
    io.out << QString::fromUtf8(QJsonDocument(toInterchange(*data)).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace panelist
