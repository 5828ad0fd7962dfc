#pragma once

#include <QString>
#include <QStringList>

namespace panelist::InstrumentSheets {

// The sheets of an instrument workbook and their columns (docs/authoring.md). The template writes
// them in this order; the importer finds columns by these header names, in any order.
inline const QString ReadMe = QStringLiteral("read me");
inline const QString Study = QStringLiteral("study");
inline const QString Areas = QStringLiteral("areas");
inline const QString Measures = QStringLiteral("measures");
inline const QString Scales = QStringLiteral("scales");
inline const QString Questions = QStringLiteral("questions");
inline const QString Expertise = QStringLiteral("expertise");
inline const QString Combination = QStringLiteral("combination");

// Sheets that must be there; the combination sheet may be missing (no combination question) and
// the read-me sheet is never read.
inline QStringList required()
{
    return { Study, Areas, Measures, Scales, Questions, Expertise };
}

// The header row of each sheet.
inline QStringList columns(const QString &sheet)
{
    if (sheet == Study || sheet == Combination)
        return { QStringLiteral("key"), QStringLiteral("value") };
    if (sheet == Areas)
        return { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("definition") };
    if (sheet == Measures)
        return { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
            QStringLiteral("status"), QStringLiteral("tags"), QStringLiteral("questions") };
    if (sheet == Scales)
        return { QStringLiteral("scale"), QStringLiteral("value"), QStringLiteral("label") };
    if (sheet == Questions)
        return { QStringLiteral("question"), QStringLiteral("scale"), QStringLiteral("prompt"),
            QStringLiteral("max_length") };
    if (sheet == Expertise)
        return { QStringLiteral("id"), QStringLiteral("name") };
    return {};
}

// The columns of a sheet that hold texts: a column "<column>::<language>" beside each ("name::de")
// holds the texts in that language (docs/authoring.md, "Translations").
inline QStringList translatedColumns(const QString &sheet)
{
    if (sheet == Study || sheet == Combination)
        return { QStringLiteral("value") };
    if (sheet == Areas)
        return { QStringLiteral("name"), QStringLiteral("definition") };
    if (sheet == Measures)
        return { QStringLiteral("name"), QStringLiteral("description") };
    if (sheet == Scales)
        return { QStringLiteral("label") };
    if (sheet == Questions)
        return { QStringLiteral("prompt") };
    if (sheet == Expertise)
        return { QStringLiteral("name") };
    return {};
}

// The keys of the key/value sheets.
inline QStringList studyKeys()
{
    return { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("citation"),
        QStringLiteral("note"), QStringLiteral("language"), QStringLiteral("languages"),
        QStringLiteral("agreement_threshold"), QStringLiteral("selection_threshold") };
}
inline QStringList combinationKeys()
{
    return { QStringLiteral("scope"), QStringLiteral("max_picks"), QStringLiteral("prompt") };
}

// The value column of the scales sheet for a scale's "don't know" answer.
inline const QString DontKnowValue = QStringLiteral("dont_know");
// Separator of several tags or questions in one cell.
inline const QChar ListSeparator = QLatin1Char(';');
// Separators of the languages in the study sheet's languages row ("de, fr" or "de; fr"); the
// template writes the first.
inline const QString LanguageSeparators = QStringLiteral(",;");

} // namespace panelist::InstrumentSheets
