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
constexpr int BandPadding = 12;
constexpr int TextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The band above the page: the title in bold, the caption under it, in the page's own colours.
class Band
{
public:
    Band(const QWidget *widget, const QString &title, const QString &caption)
        : m_title(title)
        , m_caption(caption)
        , m_titleFont(widget->font())
        , m_captionFont(widget->font())
        , m_width(widget->width())
        , m_background(widget->palette().color(QPalette::Window))
        , m_foreground(widget->palette().color(QPalette::WindowText))
    {
        m_titleFont.setBold(true);
        m_titleFont.setPointSizeF(m_titleFont.pointSizeF() * 1.3);
        m_titleHeight = textRect(m_titleFont, m_title).height();
        m_captionHeight = textRect(m_captionFont, m_caption).height();
        m_height = int(std::ceil(BandPadding + m_titleHeight + 4 + m_captionHeight + BandPadding));
    }

    int height() const { return m_height; }

    void paint(QPainter &p) const
    {
        p.fillRect(QRect(0, 0, m_width, m_height), m_background);
        p.setPen(m_foreground);
        p.setFont(m_titleFont);
        p.drawText(
            QRectF(BandPadding, BandPadding, m_width - 2 * BandPadding, m_titleHeight), TextFlags, m_title);
        p.setFont(m_captionFont);
        p.drawText(
            QRectF(BandPadding, BandPadding + m_titleHeight + 4, m_width - 2 * BandPadding, m_captionHeight),
            TextFlags, m_caption);
    }

private:
    QRectF textRect(const QFont &font, const QString &text) const
    {
        return QFontMetricsF(font).boundingRect(
            QRectF(0, 0, m_width - 2 * BandPadding, 1e6), TextFlags, text);
    }

    QString m_title;
    QString m_caption;
    QFont m_titleFont;
    QFont m_captionFont;
    int m_width;
    QColor m_background;
    QColor m_foreground;
    qreal m_titleHeight = 0;
    qreal m_captionHeight = 0;
    int m_height = 0;
};

void paintPicture(QPainter &painter, QWidget *widget, const Band &band)
{
    band.paint(painter);
    widget->render(&painter, QPoint(0, band.height()));
}

} // namespace

Status exportWidget(QWidget *widget, const QString &path, const QString &title, const QString &caption)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const Band band(widget, title, caption);
    const QSize size = widget->size() + QSize(0, band.height());
    if (suffix == u"png"_s) {
        QImage image(size * PngScale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(PngScale);
        image.fill(widget->palette().color(QPalette::Window));
        QPainter painter(&image);
        paintPicture(painter, widget, band);
        painter.end();
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
        svg.setDescription(caption);
        QPainter painter;
        if (!painter.begin(&svg))
            return Status::failure(QObject::tr("%1: the drawing could not be written").arg(shown(path)));
        paintPicture(painter, widget, band);
        painter.end();
    } else if (suffix == u"pdf"_s) {
        QPdfWriter pdf(path);
        pdf.setTitle(title);
        pdf.setCreator(u"Panelist"_s);
        pdf.setResolution(ScreenDpi);
        // One page the size of the picture: at 96 dpi a widget pixel is 0.75 pt.
        pdf.setPageSize(
            QPageSize(QSizeF(size) * 72.0 / ScreenDpi, QPageSize::Point, title, QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf))
            return Status::failure(QObject::tr("%1: the document could not be written").arg(shown(path)));
        paintPicture(painter, widget, band);
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
