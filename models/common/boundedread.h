#pragma once

#include <QByteArray>
#include <QIODevice>

namespace panelist {

// Reads at most maxBytes from device's current position, with no more memory taken than the data
// needs. QIODevice::read(maxBytes) allocates maxBytes up front (Qt 6.4 keeps about twice that as the
// result's capacity, however short the file): 128 MiB for every workbook read with a 64 MiB cap.
// Readers with a size cap ask for one byte more than the cap, to tell "at the cap" from "beyond it".
// A regular file is read into a buffer the size of what it holds (plus one byte, to see it end); a
// pipe or socket in chunks, until it ends or the limit. Check device.error() afterwards.
QByteArray readAtMost(QIODevice &device, qint64 maxBytes);

} // namespace panelist
