#pragma once

#include <QString>

namespace panelist {

// Where an expert's working response files live, and which one was open last
// (QStandardPaths::AppDataLocation + QSettings). Models-level so the GUI and tests share it.
namespace Workspace {
QString responsesFolder(); // created on demand
QString newResponsePath(); // a fresh unique file name in responsesFolder()
QString lastResponsePath(); // empty when none, or when the file no longer exists
void setLastResponsePath(const QString &path);
// Whether path is one of the expert's own working files: a file in responsesFolder(). Panelist
// writes no other response file (openResponseFile opens any other read only).
bool isWorkingFile(const QString &path);
inline const QString ResponseSuffix = QStringLiteral("panelist-response");
} // namespace Workspace

} // namespace panelist
