#pragma once

#include "models/instrument/instrument.h"
#include "models/response/responsedata.h"

#include <QString>

namespace panelist {

// What reading one incoming response file gave: its bytes' SHA-256 and either the validated answers
// or the reason it is refused.
struct IncomingFile
{
    QString sha256; // hex, of the bytes as read; empty when the file could not be read at all
    QString error;  // why it is refused, without the file name in front; empty when accepted
    ResponseData data;
    bool ok() const { return error.isEmpty(); }
};

// Larger than any real response file (27 comments of 20,000 characters and the instrument are a few MB),
// far smaller than what would hurt; a larger file is refused before it is copied.
constexpr qint64 MaxResponseFileBytes = 64 * 1024 * 1024;

// Reads a response file the way DESIGN.md section 4 asks, every step before the next:
//  1. the header bytes (application_id, schema version, size) with plain file I/O;
//  2. a private copy (bytes copied into privateFolder while hashing them); the source itself is never
//     opened by SQLite, never written, moved or deleted;
//  3. the copy opened read-only with SQLite's defences (defensive mode, untrusted schema, triggers and
//     views off, cell_size_check, no mmap, length limits), then quick_check;
//  4. its schema compared with a fresh response file's (any extra table, index, view or trigger refuses it);
//  5. the instrument fingerprint compared with instrument's, then every value checked by validateResponse.
// The copy is removed before returning. Threading: any thread (it opens and closes its own connection).
IncomingFile readIncomingFile(const QString &path, const Instrument &instrument, const QString &privateFolder);

} // namespace panelist
