#pragma once

#include "models/analysis/figures.h"
#include "models/common/result.h"
#include "models/instrument/instrument.h"
#include "models/storage/studytypes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace panelist::report {

// The study report (docs/report.md) in one of three forms, all formatted from the same
// analysis::Figures: JSON ("panelist-report" v1), CSV (one record per item) and HTML.
enum class Format { Json, Csv, Html };

// "json", "csv", "html"; failure names the unknown format and lists the known ones.
Result<Format> parseFormat(const QString &name);
QString formatName(Format format);

// log: the study log's head to print, so a printed report can be checked against the study file
// later (docs/study-database.md); the JSON and the HTML show it, the CSV has no place for it.
QByteArray render(Format format, const Instrument &instrument, const analysis::Figures &results,
    const std::optional<StudyLogHead> &log = std::nullopt);

} // namespace panelist::report
