#pragma once

#include "models/common/result.h"
#include "models/instrument/instrument.h"
#include "models/response/responsedata.h"

#include <QString>

namespace panelist {

class SqliteConnection;

// Steps 5 to 8 of docs/merge.md ("What happens to each file"), on a private copy attached to c as
// IncomingSchemaName (AttachedCopy, with enableAttachDefences already run), every step before the next:
//  1. quick_check;
//  2. its schema compared with a fresh response file's (any extra table, index, view or trigger refuses it);
//  3. the instrument fingerprint compared with instrument's;
//  4. every row read with typed checks (a repeated key, a value of the wrong type, an answer time not
//     in Panelist's form refuse it), then every value checked by validateResponse. Answer times are
//     checked but not read into the result (the study copies them; nothing here uses them).
// Returns the response read, or fails with why the file is refused (without the file name in front).
// The rows read are exactly the rows StudyStoreWriter::copyAnswers later copies.
Result<ResponseData> readAttachedResponse(SqliteConnection &c, const Instrument &instrument);

} // namespace panelist
