#pragma once

#include "models/common/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <utility>

namespace panelist {

// The rows of a survey file that passed every structural check (docs/survey-file.md), before their
// values are judged (models/surveyfile does that).
struct SurveyFileRows
{
    QMap<QString, QString> meta; // each key once, every value text
    QByteArray instrumentJson;
    QString fingerprint;
};

// The survey file (*.panelist-survey): SQLite with its own application_id, written once by the
// coordinator and read by every expert's Panelist (docs/survey-file.md). Nothing here judges the
// meta values or the instrument; models/surveyfile does.
namespace SurveyStore {

inline constexpr quint32 ApplicationId = 0x504E4C51; // "PNLQ"
inline constexpr int SchemaVersion = 1;
// A survey file holds one instrument and a few lines of text; a larger file is refused unread.
inline constexpr qint64 MaxFileBytes = 32 * 1024 * 1024;
// Far more meta rows than the format has keys; a file with more is refused before they are read.
inline constexpr int MaxMetaRows = 64;

// Creates path all or nothing (DurableFile::createByRename): application_id, schema, the meta rows
// and the instrument in one transaction under a temporary name in rollback-journal mode, closed with
// no companion file, flushed, renamed without replacing anything, the folder flushed. Refuses when
// path exists (even as a dangling link) or its folder does not.
Status create(const QString &path, const QList<std::pair<QString, QString>> &meta,
    const QByteArray &instrumentJson, const QString &fingerprint);

// Reads a survey file that came from anywhere, never writing it and never letting SQLite open it:
// the header is judged with plain file I/O (application_id, schema version, size at most
// MaxFileBytes), then the bytes, read once, are opened in memory, read-only, with SQLite's defences
// on (models/storage/sqlitedefences.h); integrity_check, exactly the schema SurveySchema makes, the
// rows with their types. Every refusal starts with the file's name.
Result<SurveyFileRows> read(const QString &path);

} // namespace SurveyStore

} // namespace panelist
