#pragma once

#include "models/common/jsonreader.h"
#include "models/common/result.h"
#include "models/instrument/instrument.h"
#include "models/instrument/translationreader.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace panelist {

// Turns a JSON document into a validated Instrument (format "panelist-instrument", version 1;
// see docs/instrument-format.md). Reports every problem, each as a path and what was expected and
// found; after a problem it skips what depends on the value (a list that is not an array, an id
// that another part refers to) rather than report follow-on problems.
class InstrumentParser
{
public:
    // The instrument, or every problem with its path as segments (JsonProblem::path), in document
    // order: for code that built the document from something else and maps problems back to it.
    static JsonReading<Instrument> read(const QByteArray &json);
    // The instrument, or every problem as "<sourceName>: <path>: <problem>", one per line.
    static Result<Instrument> parse(const QByteArray &json, const QString &sourceName);

private:
    explicit InstrumentParser(JsonProblems &problems)
        : m_problems(problems)
        , m_texts(m_result.m_translations)
    { }

    void readRoot(const JsonObjectReader &root);
    void readStudy(const JsonObjectReader &study);
    void readScales(const JsonArrayReader &scales);
    Scale readScale(const JsonObjectReader &s, QHash<QString, QString> &seen);
    void readAreas(const JsonArrayReader &areas);
    void readQuestions(const JsonObjectReader &questions);
    RatingQuestion readRatingQuestion(const JsonObjectReader &question, const QString &name);
    void readMeasures(const JsonArrayReader &measures);
    void readMeasureQuestions(const JsonObjectReader &measure, Measure &out) const;
    void readCombination(const JsonObjectReader &combination);
    void readProfile(const JsonObjectReader &profile);
    void readThresholds(const JsonObjectReader &thresholds);

    // A problem found since `since` (a count of problems): what depends on that part is skipped.
    bool cleanSince(qsizetype since) const { return m_problems.count() == since; }

    JsonProblems &m_problems;
    Instrument m_result;
    TranslationReader m_texts; // the languages, and the translations into m_result
    // Whether the scale ids and the question list are complete: references to them are checked
    // only then, so that one broken scale is not also reported as every question that uses it.
    bool m_scalesKnown = false;
    bool m_questionsKnown = false;
    std::optional<qsizetype> m_measureCount;
};

} // namespace panelist
