#include "models/common/boundedread.h"

namespace panelist {

namespace {

// What a pipe is read in, and the step by which its buffer grows.
constexpr qint64 ChunkBytes = 64 * 1024;

} // namespace

QByteArray readAtMost(QIODevice &device, qint64 maxBytes)
{
    QByteArray bytes;
    if (maxBytes <= 0)
        return bytes;
    if (!device.isSequential())
        bytes.reserve(qsizetype(qMin(qMax<qint64>(device.size() - device.pos(), 0) + 1, maxBytes)));
    while (bytes.size() < maxBytes) {
        const qsizetype at = bytes.size();
        // The reserved room first (a regular file then needs one read), then a chunk at a time.
        const qint64 room
            = qMin(maxBytes - at, bytes.capacity() > at ? qint64(bytes.capacity() - at) : ChunkBytes);
        bytes.resize(at + qsizetype(room));
        const qint64 n = device.read(bytes.data() + at, room);
        bytes.resize(at + qsizetype(qMax<qint64>(n, 0)));
        if (n <= 0)
            break;
    }
    return bytes;
}

} // namespace panelist
