#include "models/export/exporter.h"

#include "models/export/csv.h"
#include "models/export/csvexport.h"
#include "models/export/savexport.h"
#include "models/export/widetable.h"
#include "models/export/xlsxexport.h"
#include "models/response/interchange.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

const QList<std::pair<ExportFormat, QString>> FormatNames = {
    { ExportFormat::CsvLong, u"csv-long"_s },
    { ExportFormat::CsvWide, u"csv-wide"_s },
    { ExportFormat::Json, u"json"_s },
    { ExportFormat::Sav, u"sav"_s },
    { ExportFormat::Xlsx, u"xlsx"_s },
};

Result<ExportSummary> failed(const QString &message)
{
    return Result<ExportSummary>::failure(message);
}

// Data file first, then its codebook, each after a byte-order mark (Csv::Utf8Bom); if the codebook
// fails the data file is already complete.
Result<ExportSummary> writeCsvPair(
    const QString &path, const QByteArray &data, const QByteArray &codebook, ExportSummary summary)
{
    if (Status s = saveFileAtomically(path, Csv::Utf8Bom + data); !s)
        return failed(s.error());
    const QString cb = codebookPath(path);
    if (Status s = saveFileAtomically(cb, Csv::Utf8Bom + codebook); !s)
        return failed(s.error());
    summary.files = { path, cb };
    return summary;
}

} // namespace

Result<ExportFormat> parseExportFormat(const QString &name)
{
    QStringList known;
    for (const auto &[format, formatName] : FormatNames) {
        if (formatName == name)
            return format;
        known << formatName;
    }
    return Result<ExportFormat>::failure(
        u"unknown export format \"%1\" (expected one of: %2)"_s.arg(name, known.join(u", "_s)));
}

QString exportFormatName(ExportFormat format)
{
    for (const auto &[f, name] : FormatNames) {
        if (f == format)
            return name;
    }
    return {};
}

QStringList exportFormatNames()
{
    QStringList names;
    for (const auto &[format, name] : FormatNames)
        names << name;
    return names;
}

QString codebookPath(const QString &csvPath)
{
    if (csvPath.endsWith(u".csv"_s, Qt::CaseInsensitive))
        return csvPath.left(csvPath.size() - 4) + u".codebook.csv"_s;
    return csvPath + u".codebook.csv"_s;
}

QList<StudyResponse> inExportOrder(QList<StudyResponse> responses)
{
    std::stable_sort(responses.begin(), responses.end(), [](const StudyResponse &a, const StudyResponse &b) {
        return a.data.respondentId.toString(QUuid::WithoutBraces)
            < b.data.respondentId.toString(QUuid::WithoutBraces);
    });
    return responses;
}

Result<ExportSummary> exportResponses(
    ExportFormat format, const Instrument &ins, const QList<StudyResponse> &unordered, const QString &outPath)
{
    if (outPath.isEmpty())
        return failed(u"no output file given"_s);
    QStringList targets { outPath };
    if (format == ExportFormat::CsvLong || format == ExportFormat::CsvWide)
        targets << codebookPath(outPath);
    for (const QString &target : std::as_const(targets)) {
        if (Status s = checkReplaceable(target); !s)
            return failed(s.error());
    }
    const QList<StudyResponse> responses = inExportOrder(unordered);
    ExportSummary summary;
    summary.respondents = int(responses.size());
    summary.rows = summary.respondents;

    switch (format) {
    case ExportFormat::CsvLong: {
        const QByteArray data = csvLong(ins, responses, &summary.rows);
        return writeCsvPair(outPath, data, csvLongCodebook(ins), summary);
    }
    case ExportFormat::CsvWide: {
        auto table = buildWideTable(ins, responses);
        if (!table)
            return failed(outPath + u": "_s + table.error());
        return writeCsvPair(outPath, csvWide(*table), csvWideCodebook(*table), summary);
    }
    case ExportFormat::Json: {
        QJsonArray array;
        for (const StudyResponse &r : responses)
            array.append(toInterchange(r.data));
        if (Status s = saveFileAtomically(outPath, QJsonDocument(array).toJson(QJsonDocument::Indented)); !s)
            return failed(s.error());
        summary.files = { outPath };
        return summary;
    }
    case ExportFormat::Sav: {
        auto table = buildWideTable(ins, responses);
        if (!table)
            return failed(outPath + u": "_s + table.error());
        if (Status s = writeSav(*table, ins.study().title, outPath, &summary.notes); !s)
            return failed(s.error());
        summary.files = { outPath };
        return summary;
    }
    case ExportFormat::Xlsx: {
        auto table = buildWideTable(ins, responses);
        if (!table)
            return failed(outPath + u": "_s + table.error());
        if (Status s = writeXlsx(ins, responses, *table, outPath, &summary.notes); !s)
            return failed(s.error());
        summary.files = { outPath };
        return summary;
    }
    }
    return failed(u"unknown export format"_s);
}

} // namespace panelist
