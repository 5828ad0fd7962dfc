#pragma once

#include "models/common/result.h"
#include "models/instrument/instrument.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace panelist {

class JsonObjectReader;

// Turns a JSON document into a validated Instrument (format "panelist-instrument", version 1;
// see docs/instrument-format.md). Stops at the first problem and reports it as
// "<source name>: <JSON path>: <what was expected, and what was found>".
// One parser per document; not thread-safe, but cheap to create.
class InstrumentParser
{
public:
    explicit InstrumentParser(QString sourceName);

    Result<Instrument> parse(const QByteArray &json);

private:
    void readRoot(const JsonObjectReader &root);
    void readStudy(const JsonObjectReader &study);
    void readScales(const JsonObjectReader &root);
    void readAreas(const JsonObjectReader &root);
    void readQuestions(const JsonObjectReader &questions);
    RatingQuestion readRatingQuestion(const JsonObjectReader &question) const;
    void readMeasures(const JsonObjectReader &root);
    void readMeasureQuestions(const JsonObjectReader &measure, Measure &out) const;
    void readCombination(const JsonObjectReader &combination);
    void readProfile(const JsonObjectReader &profile);
    void readThresholds(const JsonObjectReader &thresholds);

    // Remembers where each id was first used within one namespace (areas, measures, ...) and
    // throws on a second use, naming both places.
    static void claimId(QHash<QString, QString> &seen, const QString &id, const QString &path);

    QString m_source;
    Instrument m_result;
};

} // namespace panelist
