#pragma once

#include "models/common/result.h"
#include "models/instrument/instrument.h"
#include "models/response/responsedata.h"

#include <QString>

namespace panelist {

// Creates a new, closed response file at outPath holding exactly data, answering ins. The file is built
// under a temporary name in outPath's folder and renamed into place only when complete and closed
// (no -wal/-shm companion), so outPath either does not exist or is a whole response file. Refuses when
// outPath exists; removes the temporary file and its companions on any failure.
// data should already have passed validateResponse(data, ins).
Status writeNewResponseFile(const QString &outPath, const ResponseData &data, const Instrument &ins);

} // namespace panelist
