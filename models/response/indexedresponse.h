#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QtGlobal>

namespace panelist {

class Instrument;
struct ResponseData;

// One response in the instrument's coordinates: every answer by position instead of by id, with no
// map and no string per answer, so that a whole study can be read and counted as a stream. The
// study reader (StudyStore::readCurrent, models/storage/studystream.cpp) fills one and reuses it for
// every respondent; the Aggregator (models/analysis/aggregator.h) counts it.
//
// Only what the instrument knows is represented: an unknown measure, area or expertise group is
// dropped, a value off the scale reads as unanswered, and a measure picked twice counts once.
struct IndexedResponse
{
    static constexpr qint16 Unanswered = -1;
    static constexpr qint16 DontKnow = -2;

    // [area * measure count + measure]: index of the scale point, DontKnow or Unanswered. Empty when
    // the instrument does not ask effectiveness.
    QList<qint16> effectiveness;
    // [measure], the same way; empty when the instrument does not ask feasibility.
    QList<qint16> feasibility;
    // [combination scope, in Instrument::combinationScopes() order]: measure indices, ascending,
    // each once. An empty list is an unanswered combination question.
    QList<QList<int>> picks;
    // Expertise group indices, ascending, each once.
    QList<int> groups;

    // Sizes every list for instrument, all unanswered, nothing picked, no group. Keeps the lists'
    // capacity, so a reader that resets one instance per respondent allocates nothing.
    void reset(const Instrument &instrument);
    // After the picks and groups were appended in any order: sorts them and drops repeats.
    void normalise();
    // Whether the respondent listed the group; group < 0 means everyone.
    bool inGroup(int group) const;

    // A compact binary form (a few hundred bytes), stored beside each response version in a study so
    // that counting a study reads one small value per respondent instead of a row per answer
    // (docs/study-database.md). Little-endian; starts with a format byte.
    QByteArray toBytes() const;
    // Reads toBytes()'s form into this instance (reusing its lists). False, leaving it unspecified,
    // when the bytes are not that form or do not fit the instrument (item counts, index ranges).
    bool readBytes(QByteArrayView bytes, const Instrument &instrument);

    bool operator==(const IndexedResponse &) const = default;
};

IndexedResponse indexResponse(const Instrument &instrument, const ResponseData &response);

} // namespace panelist
