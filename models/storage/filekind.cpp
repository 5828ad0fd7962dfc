#include "models/storage/filekind.h"

#include "models/storage/responsestore.h"
#include "models/storage/sqliteheader.h"
#include "models/storage/studystore.h"
#include "models/storage/surveystore.h"

using namespace Qt::StringLiterals;

namespace panelist {

Result<PanelistFileKind> identifyPanelistFile(const QString &path)
{
    using R = Result<PanelistFileKind>;
    const auto header = readSqliteHeader(path);
    if (!header) {
        // readSqliteHeader speaks of response files; here the file could have been any of three.
        return R::failure(QString(header.error())
                              .replace(u"a Panelist response file"_s, u"a Panelist file"_s)
                              .replace(u"not a response file"_s, u"not a Panelist file"_s));
    }
    switch (header->applicationId) {
    case ResponseStore::ApplicationId:
        return PanelistFileKind::Response;
    case SurveyStore::ApplicationId:
        return PanelistFileKind::Survey;
    case StudyStore::ApplicationId:
        return PanelistFileKind::Study;
    default:
        break;
    }
    const QString what = header->applicationId == 0
        ? u"a plain SQLite database"_s
        : u"a SQLite database of another application (application_id %1)"_s.arg(hex32(header->applicationId));
    return R::failure(u"%1: not a Panelist file; it is %2"_s.arg(displayPath(path), what));
}

} // namespace panelist
