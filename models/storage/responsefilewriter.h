#pragma once

#include "models/common/result.h"
#include "models/instrument/instrument.h"
#include "models/response/responsedata.h"

#include <QString>

namespace panelist {

// Creates a new, closed response file at outPath holding exactly data, answering ins
// (ResponseStore::createWith: built under a temporary name, renamed into place only when complete,
// no companion left), so outPath either does not exist or is a whole response file. Refuses when
// outPath exists, even as a dangling link.
// data should already have passed validateResponse(data, ins).
Status writeNewResponseFile(const QString &outPath, const ResponseData &data, const Instrument &ins);

} // namespace panelist
