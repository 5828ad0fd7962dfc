#pragma once

#include "models/common/result.h"

#include <QString>

class QWidget;

namespace panelist {

// Writes what a widget shows (a dashboard page with its charts) to a file; the format follows the
// file name's suffix: .png (raster, twice the screen resolution), .svg (vector, QSvgGenerator) or
// .pdf (vector, one page sized to the widget, QPdfWriter). The message names the file on failure.
Status exportWidget(QWidget *widget, const QString &path, const QString &title);

} // namespace panelist
