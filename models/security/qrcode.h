#pragma once

#include "models/common/result.h"
#include "models/security/coordinatorkey.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace panelist {

// A QR code's modules as libqrencode makes them, for the key backup (models/security/keybackup.h).
struct QrMatrix
{
    int size = 0; // modules per side, without the quiet zone
    QList<bool> dark; // size * size, row by row

    bool isDark(int x, int y) const { return dark.at(qsizetype(y) * size + x); }
};

namespace QrCode {

inline constexpr int QuietZone = 4; // modules of white around the code, which readers need
inline constexpr int PixelsPerModule = 8; // in the PNG

// text as a QR code of the smallest version that holds it, error correction level M (15% of the code
// may be lost), through libqrencode (QRcode_encodeString).
Result<QrMatrix> encode(const QString &text);
// The code as a black-on-white image with its quiet zone, PixelsPerModule pixels a module.
QImage toImage(const QrMatrix &matrix);
// The code as an SVG document, one unit a module, with its quiet zone and a caption line below it.
QByteArray toSvg(const QrMatrix &matrix, const QString &caption);

// The key's backup as a QR code of KeyBackup::qrText() in a new file at path (mode 0600, all or
// nothing): a PNG when path ends in .png, an SVG (captioned with the fingerprint) when in .svg.
Status writeQrBackup(const QString &path, const CoordinatorKey &key);

} // namespace QrCode

} // namespace panelist
