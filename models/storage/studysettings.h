#pragma once

// Internal to models/storage: a study's settings in its meta table (docs/study-database.md,
// "Settings").

#include "models/common/result.h"
#include "models/storage/studytypes.h"

namespace panelist {

class SqliteConnection;

namespace StudySettingsMeta {
inline const QString RequireSignatures = QStringLiteral("require_signatures"); // "1" or "0"
inline const QString CoordinatorKey = QStringLiteral("coordinator_key");
inline const QString CoordinatorKeyFingerprint = QStringLiteral("coordinator_key_fingerprint");
inline const QString SurveyId = QStringLiteral("survey_id");
} // namespace StudySettingsMeta

// The settings a study's meta rows hold; an absent row is the default. A value Panelist never writes
// ("yes" for require_signatures) is a damaged study.
Result<StudySettings> readStudySettings(SqliteConnection &c);
// Writes every setting (an empty one as no row); the caller's transaction.
Status writeStudySettings(SqliteConnection &c, const StudySettings &settings, const QString &context);

} // namespace panelist
