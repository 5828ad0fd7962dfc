#include "ui/dashboard/chartexport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

constexpr qreal PngScale = 2.0;
constexpr int ScreenDpi = 96;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Status exportWidget(QWidget *widget, const QString &path, const QString &title)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size = widget->size();
    if (suffix == u"png"_s) {
        QImage image(size * PngScale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(PngScale);
        image.fill(widget->palette().color(QPalette::Window));
        widget->render(&image);
        if (!image.save(path, "PNG"))
            return Status::failure(QObject::tr("%1: the picture could not be written").arg(shown(path)));
        return {};
    }
    if (suffix == u"svg"_s) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(ScreenDpi);
        svg.setTitle(title);
        QPainter painter;
        if (!painter.begin(&svg))
            return Status::failure(QObject::tr("%1: the drawing could not be written").arg(shown(path)));
        widget->render(&painter);
        painter.end();
    } else if (suffix == u"pdf"_s) {
        QPdfWriter pdf(path);
        pdf.setTitle(title);
        pdf.setCreator(u"Panelist"_s);
        pdf.setResolution(ScreenDpi);
        // One page the size of the widget: at 96 dpi a widget pixel is 0.75 pt.
        pdf.setPageSize(
            QPageSize(QSizeF(size) * 72.0 / ScreenDpi, QPageSize::Point, title, QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf))
            return Status::failure(QObject::tr("%1: the document could not be written").arg(shown(path)));
        widget->render(&painter);
        painter.end();
    } else {
        return Status::failure(QObject::tr("%1: unknown picture format \"%2\"; use .png, .svg or .pdf")
                                   .arg(shown(path), suffix));
    }
    if (QFileInfo(path).size() <= 0)
        return Status::failure(QObject::tr("%1: nothing was written").arg(shown(path)));
    return {};
}

} // namespace panelist
