#include "models/storage/studysettings.h"

#include "models/storage/sqliteconnection.h"
#include "models/storage/sqliteheader.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

const QStringList &settingKeys()
{
    using namespace StudySettingsMeta;
    static const QStringList keys { RequireSignatures, CoordinatorKey, CoordinatorKeyFingerprint, SurveyId };
    return keys;
}

} // namespace

Result<StudySettings> readStudySettings(SqliteConnection &c)
{
    using R = Result<StudySettings>;
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT key, value FROM meta WHERE key IN ('%1')"_s.arg(settingKeys().join(u"', '"_s))))
        return R::failure(c.failure(u"Could not read the study's settings"_s, q).error());
    QMap<QString, QString> meta;
    while (q.next())
        meta.insert(q.value(0).toString(), q.value(1).toString());
    using namespace StudySettingsMeta;
    StudySettings s;
    const QString require = meta.value(RequireSignatures, u"0"_s);
    if (require != u"0"_s && require != u"1"_s)
        return R::failure(u"%1: damaged study database (require_signatures is \"%2\", not 0 or 1)"_s.arg(
            displayPath(c.path()), require.left(20)));
    s.requireSignatures = require == u"1"_s;
    s.coordinatorKey = meta.value(CoordinatorKey);
    s.coordinatorKeyFingerprint = meta.value(CoordinatorKeyFingerprint);
    s.surveyId = meta.value(SurveyId);
    return s;
}

Status writeStudySettings(SqliteConnection &c, const StudySettings &settings, const QString &context)
{
    using namespace StudySettingsMeta;
    const QList<std::pair<QString, QString>> rows {
        { RequireSignatures, settings.requireSignatures ? u"1"_s : u"0"_s },
        { CoordinatorKey, settings.coordinatorKey },
        { CoordinatorKeyFingerprint, settings.coordinatorKeyFingerprint },
        { SurveyId, settings.surveyId },
    };
    for (const auto &[key, value] : rows) {
        const Status s = value.isEmpty()
            ? c.exec(u"DELETE FROM meta WHERE key = ?"_s, { key }, context)
            : c.exec(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s, { key, value }, context);
        if (!s)
            return s;
    }
    return {};
}

} // namespace panelist
