#pragma once

#include <QByteArrayView>
#include <QString>

namespace panelist {

// SHA-256 of bytes, lower-case hex, through OpenSSL's libcrypto (Debian's libssl3), which uses the
// processor's SHA extensions where it has them: about seven times faster than QCryptographicHash on a
// 60 KB response file, which matters when a coordinator merges thousands. Empty only if OpenSSL
// failed (it does not on a working system).
QString sha256Hex(QByteArrayView bytes);

} // namespace panelist
