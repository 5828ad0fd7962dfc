#pragma once

#include "models/common/result.h"

#include <QString>

namespace panelist {

// The kinds of file Panelist opens by name (`panelist FILE`, a double-click), told apart by the
// application_id in their SQLite header (docs/file-formats.md, docs/survey-file.md,
// docs/study-database.md).
enum class PanelistFileKind { Response, Survey, Study };

// Which kind path is, from its header alone, read with plain file I/O (SQLite never sees it, and
// nothing is judged beyond the header). Fails, naming the file, for anything else: a missing file,
// a folder, a file that is not SQLite or belongs to another application.
Result<PanelistFileKind> identifyPanelistFile(const QString &path);

} // namespace panelist
