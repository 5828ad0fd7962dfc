// panelist-icongen SVG SIZE OUT: renders the application's icon (packaging/org.panelist.Panelist.svg)
// as a SIZE x SIZE PNG with Qt's own SVG renderer, at build time (packaging/CMakeLists.txt installs the
// PNGs in hicolor/SIZExSIZE/apps beside the SVG). Not installed.
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    bool sized = false;
    const int size = arguments.size() == 4 ? arguments.at(2).toInt(&sized) : 0;
    if (!sized || size < 1 || size > 1024) {
        err << "Usage: panelist-icongen SVG SIZE OUT.png (SIZE 1 to 1024)\n";
        return 2;
    }
    QSvgRenderer svg(arguments.at(1));
    if (!svg.isValid()) {
        err << "panelist-icongen: " << arguments.at(1) << ": not an SVG image Qt can render\n";
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        svg.render(&painter, QRectF(0, 0, size, size));
    }
    // No text chunks (Qt writes none unless asked), so the same SVG always gives the same bytes.
    if (!image.save(arguments.at(3), "PNG")) {
        err << "panelist-icongen: cannot write " << arguments.at(3) << '\n';
        return 1;
    }
    return 0;
}
