#pragma once

#include "models/common/result.h"

#include <QString>

class QWidget;

namespace panelist {

// Writes what a widget shows (a dashboard page with its charts) to a file, under a band that holds
// the title and a caption line (which figures these are: the expertise group, how many experts,
// when), so that a picture taken out of the presentation still says what it shows. The format
// follows the file name's suffix: .png (raster, twice the screen resolution), .svg (vector,
// QSvgGenerator) or .pdf (vector, one page sized to the picture, QPdfWriter); the SVG and PDF also
// carry the title as their document title. The message names the file on failure.
Status exportWidget(QWidget *widget, const QString &path, const QString &title, const QString &caption);

} // namespace panelist
