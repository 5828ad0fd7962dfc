#pragma once

#include <QString>

namespace panelist {

// Where an expert's working response files live, and which one was open last
// (QStandardPaths::AppDataLocation + QSettings). Models-level so the GUI and tests share it.
namespace Workspace {
QString dataFolder(); // Panelist's data folder (the expert's identity key lives here); created on demand
QString responsesFolder(); // created on demand
QString newResponsePath(); // a fresh unique file name in responsesFolder()
QString lastResponsePath(); // empty when none, or when the file no longer exists
void setLastResponsePath(const QString &path);
// Whether path is one of the expert's own working files: a file in responsesFolder(). Panelist
// writes no other response file (openResponseFile opens any other read only).
bool isWorkingFile(const QString &path);
inline const QString ResponseSuffix = QStringLiteral("panelist-response");
// What a submitted response is called when it is sealed to the coordinator (docs/security.md).
inline const QString SealedSuffix = QStringLiteral("panelist-sealed");
} // namespace Workspace

} // namespace panelist
