// Fuzz target: the workbook reader (models/workbook/workbookreader.h, readWorkbook) and the
// instrument import on top of it (models/authoring/instrumentimport.h), as `panelist-cli instrument
// import` and New study run them on a coordinator's workbook.
//
// An input that starts with "PK" is an .xlsx or .ods file (readWorkbook tells them apart by content).
// Any other input is a folder of .csv files: the input split at NUL bytes, each piece a sheet whose
// first line is its name (letters, digits, space, '_' and '-'; otherwise "sheetN") and the rest its
// CSV text. The workbook a valid import describes must load back from the JSON it gives for the
// coordinator to keep, as the same instrument.

#include "tests/fuzz/fuzzsupport.h"

#include "models/authoring/instrumentimport.h"
#include "models/workbook/workbooklimits.h"
#include "models/workbook/workbookreader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace panelist;

namespace {

QString sheetFileName(const QByteArray &nameLine, qsizetype index)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9 _-]{1,31}$"));
    const QString name = QString::fromLatin1(nameLine);
    const QString base = plain.match(name).hasMatch() ? name : QStringLiteral("sheet%1").arg(index);
    return QStringLiteral("%1.csv").arg(base);
}

// The CSV folder an input that is not a zip stands for, made again for each input.
QString csvFolder(const QByteArray &input)
{
    QDir dir(fuzz::scratchDir() + QStringLiteral("/csv"));
    dir.removeRecursively();
    fuzz::require(dir.mkpath(QStringLiteral(".")), "a CSV folder in the scratch folder", dir.path());
    const QList<QByteArray> pieces = input.split('\0');
    for (qsizetype i = 0; i < pieces.size() && i < WorkbookLimits::MaxSheets + 1; ++i) {
        const QByteArray &piece = pieces.at(i);
        const qsizetype newline = piece.indexOf('\n');
        const QByteArray name = newline < 0 ? piece : piece.left(newline);
        const QString file = dir.filePath(sheetFileName(name, i));
        if (!QFile::exists(file)) // a name given twice: the first piece keeps it
            fuzz::writeFile(file, newline < 0 ? QByteArray() : piece.mid(newline + 1));
    }
    return dir.path();
}

QString workbookPath(const QByteArray &input)
{
    if (!input.startsWith("PK"))
        return csvFolder(input);
    const QString path = fuzz::scratchDir() + QStringLiteral("/input.xlsx");
    fuzz::writeFile(path, input);
    return path;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size)
{
    const Result<Workbook> workbook = readWorkbook(workbookPath(fuzz::inputBytes(data, size)));
    if (!workbook) {
        fuzz::require(!workbook.error().isEmpty(), "a refusal that says why");
        return 0;
    }
    const Result<ImportedInstrument> imported = importInstrument(*workbook, QStringLiteral("input"));
    if (!imported)
        return 0;
    const Result<Instrument> kept = Instrument::fromJson(imported->json, QStringLiteral("imported"));
    fuzz::require(kept.ok(), "the JSON an import gives to be a valid instrument", kept.error());
    fuzz::require(kept->fingerprint() == imported->instrument.fingerprint(),
        "the JSON an import gives to be the instrument it imported", QString::fromUtf8(imported->json));
    return 0;
}
