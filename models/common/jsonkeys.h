#pragma once

#include <QByteArray>
#include <QString>

namespace panelist {

// Qt's JSON reader keeps the last of two equal keys in one object and says nothing, so a copied
// and half-edited block in an instrument or response document would silently lose the first one.
// This looks for that with Jansson (Debian's libjansson, JSON_REJECT_DUPLICATES): empty when no
// object repeats a key (or when the text is not JSON at all, which the caller's own parser reports),
// else "line L, column C: <what Jansson says>".
QString duplicateKeyProblem(const QByteArray &json);

} // namespace panelist
