#pragma once

#include "models/common/result.h"
#include "models/instrument/instrument.h"
#include "models/storage/studytypes.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

namespace panelist {

// Value labels shared by several columns (one set per rating scale, one for yes/no flags).
struct ValueLabelSet
{
    QString name; // e.g. "scale_agreement", "yes_no"
    QList<std::pair<int, QString>> labels; // value -> label, in ascending value order
    QList<int> missing; // values that mean "no substantive answer" (don't know)
};

// One column of the wide layout: the CSV header names it; the codebook and .sav use the rest.
struct WideColumn
{
    // DateTime: the CSV writes ISO 8601 text, the .sav a numeric SPSS date-time.
    enum class Kind { Text, Integer, Flag, Rating, DateTime };
    QString name; // CSV column name, e.g. "eff_m01_cbrn"
    QString meaning; // one line for the codebook and the SPSS variable label; each writer adds
                     // how it writes a DateTime column ("ISO 8601, UTC" or "UTC")
    Kind kind = Kind::Text;
    int labelSet = -1; // index into WideTable::labelSets, -1 when none
};

// One row per respondent; a cell is null (unanswered: empty in CSV, system-missing in .sav),
// an int, a QString, or (DateTime columns) a QDateTime in UTC cut to whole seconds, the precision
// the CSV prints. Built once and shared by csv-wide, its codebook and .sav, so the three always
// agree.
struct WideTable
{
    QList<WideColumn> columns;
    QList<ValueLabelSet> labelSets;
    QList<QList<QVariant>> rows; // rows[r].size() == columns.size()
};

// Columns: respondent_id, revision, submitted_at (DateTime), name and affiliation (text, empty when
// not given), language (the code of the language answered in), exp_<group> (0/1), eff_<measure>_<area>
// (scale value, DontKnowCode, or empty), feas_<measure> (same), comment_<measure> (text),
// pick_<scope>_<measure> (0/1; empty when the respondent picked nothing for that scope).
// Fails only when a rating scale uses DontKnowCode as a real value.
Result<WideTable> buildWideTable(const Instrument &ins, const QList<StudyResponse> &responses);

} // namespace panelist
