#pragma once

// Internal to models/storage: the state behind StudyStore, shared by its .cpp files.

#include "models/storage/sqliteconnection.h"
#include "models/storage/storedtime.h"
#include "models/storage/studystore.h"

namespace panelist {

struct StudyStore::Private
{
    std::unique_ptr<SqliteConnection> conn;
    Instrument instrument; // read once at open; a study's instrument never changes
    StudySettings settings; // read at open; changed only through setSettings()
};

// The versions with from <= id < to, answers included (for reading a study a batch at a time).
Result<QList<StudyResponse>> loadVersionRange(
    SqliteConnection &c, const QString &fingerprint, qint64 from, qint64 to);

// "<study>: damaged study database (<why>)".
QString damagedStudy(const SqliteConnection &c, const QString &why);
// Refuses a study where a respondent counts a version the study does not have: readers would
// silently leave that respondent out.
Status checkCurrentLinks(SqliteConnection &c);

// Gives every version stored before schema 2 its indexed answers (docs/study-database.md), from its
// answer rows, a batch per transaction; nothing to do once all have them. Writable connections only.
Status fillIndexedAnswers(SqliteConnection &c, const Instrument &instrument);

} // namespace panelist
