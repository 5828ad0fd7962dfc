#include "models/report/report.h"

#include "models/report/reportcsv.h"
#include "models/report/reporthtml.h"
#include "models/report/reportjson.h"

namespace panelist::report {

using namespace Qt::StringLiterals;

Result<Format> parseFormat(const QString &name)
{
    if (name == u"json"_s)
        return Format::Json;
    if (name == u"csv"_s)
        return Format::Csv;
    if (name == u"html"_s)
        return Format::Html;
    return Result<Format>::failure(u"unknown report format \"%1\" (expected json, csv or html)"_s.arg(name));
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Json:
        return u"json"_s;
    case Format::Csv:
        return u"csv"_s;
    case Format::Html:
        return u"html"_s;
    }
    return {};
}

QByteArray render(Format format, const Instrument &instrument, const analysis::Figures &results,
    const std::optional<StudyProvenance> &study)
{
    switch (format) {
    case Format::Json:
        return reportJson(instrument, results, study);
    case Format::Csv:
        return reportCsv(instrument, results);
    case Format::Html:
        return reportHtml(instrument, results, study);
    }
    return {};
}

} // namespace panelist::report
