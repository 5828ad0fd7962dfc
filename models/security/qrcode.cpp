#include "models/security/qrcode.h"

#include "models/security/keybackup.h"
#include "models/security/privatefile.h"
#include "models/storage/sqliteheader.h"

#include <QBuffer>

#include <qrencode.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace panelist::QrCode {

Result<QrMatrix> encode(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    wipe(utf8);
    if (!code)
        return Result<QrMatrix>::failure(
            u"the QR code could not be made (libqrencode: the text does not fit, or "
            u"no memory)"_s);
    QrMatrix matrix;
    matrix.size = code->width;
    matrix.dark.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < matrix.dark.size(); ++i)
        matrix.dark[i] = (code->data[i] & 1) != 0; // bit 0 is the module's colour; the others say what it is
    return matrix;
}

QImage toImage(const QrMatrix &matrix)
{
    const int side = (matrix.size + 2 * QuietZone) * PixelsPerModule;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix.size; ++y) {
        for (int x = 0; x < matrix.size; ++x) {
            if (!matrix.isDark(x, y))
                continue;
            for (int py = 0; py < PixelsPerModule; ++py) {
                uchar *row = image.scanLine((y + QuietZone) * PixelsPerModule + py);
                std::fill_n(row + (x + QuietZone) * PixelsPerModule, PixelsPerModule, uchar(0));
            }
        }
    }
    return image;
}

QByteArray toSvg(const QrMatrix &matrix, const QString &caption)
{
    const int side = matrix.size + 2 * QuietZone;
    QByteArray path;
    for (int y = 0; y < matrix.size; ++y) {
        for (int x = 0; x < matrix.size; ++x) {
            if (matrix.isDark(x, y))
                path += "M" + QByteArray::number(x + QuietZone) + ',' + QByteArray::number(y + QuietZone)
                    + "h1v1h-1z";
        }
    }
    const QString escaped = caption.toHtmlEscaped();
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + QByteArray::number(side) + ' ' + QByteArray::number(side + 3) + "\" width=\""
        + QByteArray::number(side * PixelsPerModule) + "\" height=\""
        + QByteArray::number((side + 3) * PixelsPerModule)
        + "\" shape-rendering=\"crispEdges\">\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n<path "
          "d=\""
        + path + "\" fill=\"#000\"/>\n<text x=\"" + QByteArray::number(side / 2.0) + "\" y=\""
        + QByteArray::number(side + 1.5)
        + "\" font-family=\"monospace\" font-size=\"1.6\" text-anchor=\"middle\">" + escaped.toUtf8()
        + "</text>\n</svg>\n";
}

Status writeQrBackup(const QString &path, const CoordinatorKey &key)
{
    const QString shown = displayPath(path);
    const bool svg = path.endsWith(u".svg"_s, Qt::CaseInsensitive);
    if (!svg && !path.endsWith(u".png"_s, Qt::CaseInsensitive))
        return Status::failure(shown + u": a QR code backup is written as .png or .svg"_s);
    const Result<QrMatrix> matrix = encode(KeyBackup::qrText(key.secretKey()));
    if (!matrix)
        return Status::failure(shown + u": "_s + matrix.error());
    QByteArray bytes;
    if (svg) {
        bytes = toSvg(*matrix, u"Panelist coordinator key %1"_s.arg(key.fingerprint()));
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!toImage(*matrix).save(&buffer, "PNG"))
            return Status::failure(shown + u": the PNG image could not be made"_s);
    }
    const Status written = PrivateFile::createNew(path, bytes);
    wipe(bytes);
    return written;
}

} // namespace panelist::QrCode
