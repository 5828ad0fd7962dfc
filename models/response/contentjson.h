#pragma once

#include "models/response/responsedata.h"

#include <QByteArray>

namespace panelist {

// The bytes a response's content hash is taken of: the compact interchange JSON without
// "submitted_at" (toInterchange(), keys sorted, as QJsonDocument::toJson(Compact) writes it), byte
// for byte. The interchange JSON already leaves out answer and creation times; submitted_at goes too,
// so submitting again without changing an answer is "unchanged", not a conflict. Written directly rather than
// through QJsonObject, which costs a tenth of a merge per file; tst_contentjson checks the two agree, escapes
// and odd characters included. A key outside ASCII (no instrument id is) takes the QJsonDocument path, whose
// key order is then authoritative.
QByteArray contentJson(const ResponseData &r);

// The response's content hash: SHA-256 of contentJson(r), as 64 lower-case hex digits. What the study
// compares revisions by and what an expert's signature signs (docs/security.md, "Signatures").
QString contentSha256(const ResponseData &r);

} // namespace panelist
