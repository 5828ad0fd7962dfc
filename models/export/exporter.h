#pragma once

#include "models/common/result.h"
#include "models/instrument/instrument.h"
#include "models/storage/studytypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace panelist {

// The data exports of a study (docs/exports.md). They are plain data: no statistics.
// Every function here works on plain values (no database), so tests and other tools can call it
// directly; the CLI reads the study through StudyStore and passes currentResponses() in.
enum class ExportFormat { CsvLong, CsvWide, Json, Sav, Xlsx };

// "csv-long", "csv-wide", "json", "sav", "xlsx"; failure names the unknown format and lists the known
// ones.
Result<ExportFormat> parseExportFormat(const QString &name);
QString exportFormatName(ExportFormat format);
// Every format's name, in that order (the CLI's --format lists them).
QStringList exportFormatNames();

// Code for "don't know" in the wide CSV and in the .sav file (user-missing there). Unanswered items
// are empty (system-missing in .sav).
constexpr int DontKnowCode = -9;
// The longest string SPSS can hold in one variable, in bytes (UTF-8).
constexpr int SavMaxStringBytes = 32767;

// Codebook meanings (and SPSS variable labels) of the respondent's own name and affiliation, the same
// in every layout. An anonymous respondent's cells are empty: nothing stands in for a name.
inline constexpr QStringView NameMeaning
    = u"Name, as the expert gave it on the profile page; empty when not given (anonymous)";
inline constexpr QStringView AffiliationMeaning
    = u"Affiliation, as the expert gave it on the profile page; empty when not given";

// Codebook meaning of the language column: every layout keeps the study's main language for its texts
// and says which language each respondent saw the survey in.
inline constexpr QStringView LanguageMeaning
    = u"Language the expert answered the survey in (a code such as en or de); the texts of this export are "
      u"in the instrument's main language";

// A time as every layout writes it: whole seconds in UTC (Qt::ISODate prints it so in the CSV);
// null when t is not set.
inline QVariant utcCell(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

// ResponseData::language as the exports write it: the main language's code where it is empty.
inline QString answeredLanguage(const QString &recorded, const QString &mainLanguage)
{
    return recorded.isEmpty() ? mainLanguage : recorded;
}

struct ExportSummary
{
    QStringList files; // every file written, the data file first
    int respondents = 0;
    int rows = 0; // data rows written (long CSV: answers; others: respondents)
    QStringList notes; // things the user should know (e.g. text shortened for SPSS)
};

// Writes responses (one per respondent, the version that counts) in format to outPath, replacing
// it if it exists. CSV formats also write a codebook next to it (codebookPath(outPath)); xlsx holds
// its codebook as a sheet.
// Respondents are written in respondent-id order so the export does not depend on import order.
// Every file is written under a temporary name and renamed into place: a failed export leaves the
// previous file (or none) behind, never a half-written one.
Result<ExportSummary> exportResponses(ExportFormat format, const Instrument &ins,
    const QList<StudyResponse> &responses, const QString &outPath);

// "study.csv" -> "study.codebook.csv"; any other name gets ".codebook.csv" appended.
QString codebookPath(const QString &csvPath);

// The responses sorted by respondent id (the export order).
QList<StudyResponse> inExportOrder(QList<StudyResponse> responses);

} // namespace panelist
