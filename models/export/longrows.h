#pragma once

#include "models/export/widetable.h"
#include "models/instrument/instrument.h"
#include "models/storage/studytypes.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace panelist {

// The long layout: one record per answer (docs/exports.md, csv-long). csv-long and the xlsx
// export's "long" sheet are both written from these rows, so they always agree.

// A column of the long layout: its name and how its cells are typed (the kinds of widetable.h).
struct LongColumn
{
    QString name;
    WideColumn::Kind kind;
};

// respondent_id, revision, name, affiliation, language, expertise, question, measure_id, area_id, value,
// dont_know, text, source_file, imported_at.
const QList<LongColumn> &longColumns();

// Calls row once per answer record, in the export order (respondents as given; per respondent each
// measure's effectiveness answers in area order, its feasibility and its comment, then the picks
// per scope in the order they were made), with one cell per longColumns() entry: null (empty), an
// int, a QString, or (imported_at) a QDateTime in UTC cut to whole seconds. Stops early when row
// returns false. Returns the number of records passed to row.
qint64 forEachLongRow(const Instrument &ins, const QList<StudyResponse> &responses,
    const std::function<bool(const QList<QVariant> &cells)> &row);

} // namespace panelist
