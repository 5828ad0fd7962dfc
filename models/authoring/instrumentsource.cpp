#include "models/authoring/instrumentsource.h"

#include "models/authoring/instrumentimport.h"
#include "models/workbook/workbookreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// A workbook is a folder (of .csv files) or a zip (.xlsx and .ods are zip packages); anything else
// is read as an instrument document, whose reader says what is wrong with it.
bool isWorkbook(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(4) == QByteArray("PK\x03\x04", 4);
}

} // namespace

Result<Instrument> loadInstrumentSource(const QString &path)
{
    if (!isWorkbook(path))
        return Instrument::fromFile(path);
    const Result<Workbook> workbook = readWorkbook(path);
    if (!workbook)
        return Result<Instrument>::failure(workbook.error());
    auto imported = importInstrument(*workbook, QDir::toNativeSeparators(path));
    if (!imported)
        return Result<Instrument>::failure(imported.error());
    return std::move(imported->instrument);
}

} // namespace panelist
