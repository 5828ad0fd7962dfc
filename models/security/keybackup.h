#pragma once

#include "models/common/result.h"
#include "models/security/coordinatorkey.h"

#include <QString>

namespace panelist {

// The printable backup of a coordinator's secret key (docs/security.md, "Backup"): the 32 secret bytes
// and a 14-bit check of the whole key as 18 groups of four characters (Crockford's base32 alphabet,
// 0-9 and A-Z without I, L, O and U), three data characters and one check character in each group.
// A group's check character catches any one mistyped character and any two characters swapped in it,
// and a group typed in the wrong place; so a restore refuses a mistyped backup by naming the group.
namespace KeyBackup {

inline const QString FormatName = QStringLiteral("panelist-key-backup");
inline constexpr int FormatVersion = 1;
inline constexpr int Groups = 18;
inline constexpr int GroupsPerLine = 6;
// What a QR code holds: this prefix, then the 72 characters without separators.
inline const QString QrPrefix = QStringLiteral("PANELIST-KEY-1:");
inline constexpr qint64 MaxTextBytes = 64 * 1024;

// The 18 groups, separated by spaces, six to a line.
QString words(const SecretBytes &secretKey);
// QrPrefix and the 72 characters: what the QR code encodes.
QString qrText(const SecretBytes &secretKey);
// The secret key typed back: groups separated by spaces, line breaks or hyphens (or none at all),
// either case, O read as 0 and I or L as 1; or the QR code's text. Refusals name the group.
Result<SecretBytes> secretFromWords(const QString &text);

// The backup file to print: what it is, the key's fingerprint and creation time, the words, and how
// to restore it.
QString backupText(const CoordinatorKey &key);
// The key in a backup file's text (backupText(), the words alone or a QR code's text). When the text
// states a fingerprint, the key restored must have it; its created time is kept, else now is used.
// Each refusal starts with source.
Result<CoordinatorKey> restoreFromBackup(const QString &text, const QString &source);

// Writes backupText() to a new file at path (mode 0600, all or nothing).
Status writeTextBackup(const QString &path, const CoordinatorKey &key);
// Reads a backup file (at most MaxTextBytes) and restores its key.
Result<CoordinatorKey> restoreFromBackupFile(const QString &path);

} // namespace KeyBackup

} // namespace panelist
