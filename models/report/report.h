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

// study: where the figures come from, when they come from a study: the study log's head, so a
// printed report can be checked against the study file later (docs/study-database.md), and how many
// of its counting responses are unsigned (docs/security.md); the JSON and the HTML show them, the
// CSV has no place for them.
QByteArray render(Format format, const Instrument &instrument, const analysis::Figures &results,
    const std::optional<StudyProvenance> &study = std::nullopt);

} // namespace panelist::report
