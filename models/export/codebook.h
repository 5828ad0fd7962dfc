#pragma once

#include "models/export/widetable.h"
#include "models/instrument/instrument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace panelist {

// The codebooks of the exports (docs/exports.md): one row per column of a layout, in the layout's
// order, as (column, type, meaning, values). The CSV codebooks and the xlsx export's codebook sheet
// are written from these rows.

// The header of every codebook.
inline const QStringList CodebookHeader = { QStringLiteral("column"), QStringLiteral("type"),
    QStringLiteral("meaning"), QStringLiteral("values") };

// dateTimes says how the file holds a date-time and is added to those columns' meaning, e.g.
// "ISO 8601, UTC" (CSV) or "UTC" (xlsx).
QList<QStringList> longCodebookRows(const Instrument &ins, const QString &dateTimes);
QList<QStringList> wideCodebookRows(const WideTable &table, const QString &dateTimes);

} // namespace panelist
