#include "models/security/keybackup.h"

#include "models/common/printable.h"
#include "models/security/keyencoding.h"
#include "models/security/privatefile.h"
#include "models/storage/sqliteheader.h"

#include <QRegularExpression>
#include <QStringList>

#include <sodium.h>

#include <array>

using namespace Qt::StringLiterals;

namespace panelist::KeyBackup {

namespace {

// Crockford's base32: no I, L, O or U, which are read as 1, 1, 0 or not at all.
constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int DataPerGroup = 3;
constexpr int CharsPerGroup = 4;
constexpr int DataChars = Groups * DataPerGroup; // 54 characters, 270 bits
constexpr int SecretBits = CoordinatorKey::SecretKeyBytes * 8; // 256
constexpr int CheckBits = DataChars * 5 - SecretBits; // 14
static_assert(CheckBits == 14);
const QByteArray WholeCheckDomain = QByteArrayLiteral("panelist-key-backup-v1:");

// Multiplication in GF(32) with the polynomial x^5 + x^2 + 1, for the group check.
int gfMul(int a, int b)
{
    int product = 0;
    for (int i = 0; i < 5; ++i) {
        if (b & (1 << i))
            product ^= a;
        a <<= 1;
        if (a & 0x20)
            a ^= 0x25;
    }
    return product;
}

// v0 + x*v1 + x^2*v2 + x^3*v3 in GF(32): a group checks out when this is its number (1 to 18). Two
// different values in one place, or two different values swapped between places, change the sum, as
// does the group's number when a group is typed in another's place.
int groupSum(const std::array<int, CharsPerGroup> &v)
{
    int sum = 0;
    int power = 1;
    for (int value : v) {
        sum ^= gfMul(power, value);
        power = gfMul(power, 2);
    }
    return sum;
}

int checkCharacter(std::array<int, CharsPerGroup> v, int groupNumber)
{
    for (int c = 0; c < 32; ++c) {
        v[CharsPerGroup - 1] = c;
        if (groupSum(v) == groupNumber)
            return c;
    }
    return 0; // not reached: x^3 is invertible, so exactly one c fits
}

// The 14 bits of BLAKE2b-256("panelist-key-backup-v1:" + secret) that follow the secret.
int wholeCheck(const unsigned char *secret)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(WholeCheckDomain.constData()),
        std::size_t(WholeCheckDomain.size()));
    crypto_generichash_update(&state, secret, CoordinatorKey::SecretKeyBytes);
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash_final(&state, hash, sizeof hash);
    return ((hash[0] << 8) | hash[1]) >> (16 - CheckBits);
}

int bitAt(const unsigned char *secret, int check, int bit)
{
    if (bit < SecretBits)
        return (secret[bit / 8] >> (7 - bit % 8)) & 1;
    return (check >> (CheckBits - 1 - (bit - SecretBits))) & 1;
}

// The 72 characters, without separators.
QString characters(const SecretBytes &secretKey)
{
    if (secretKey.size() != std::size_t(CoordinatorKey::SecretKeyBytes))
        return {};
    const int check = wholeCheck(secretKey.data());
    QString out;
    for (int g = 0; g < Groups; ++g) {
        std::array<int, CharsPerGroup> v {};
        for (int d = 0; d < DataPerGroup; ++d) {
            for (int b = 0; b < 5; ++b)
                v[d] = (v[d] << 1) | bitAt(secretKey.data(), check, ((g * DataPerGroup) + d) * 5 + b);
        }
        v[CharsPerGroup - 1] = checkCharacter(v, g + 1);
        for (int value : v)
            out.append(QLatin1Char(Alphabet[value]));
    }
    return out;
}

int valueOf(QChar c)
{
    const char upper = c.toUpper().toLatin1();
    if (upper == 'O')
        return 0;
    if (upper == 'I' || upper == 'L')
        return 1;
    for (int i = 0; i < 32; ++i) {
        if (upper != 0 && Alphabet[i] == upper)
            return i;
    }
    return -1;
}

QString groupName(int index) // index from 0
{
    static const QStringList ordinals { u"1st"_s, u"2nd"_s, u"3rd"_s, u"4th"_s, u"5th"_s, u"6th"_s };
    return u"group %1 (line %2, %3 group)"_s.arg(index + 1)
        .arg(index / GroupsPerLine + 1)
        .arg(ordinals.at(index % GroupsPerLine));
}

// The groups as typed: split at separators, or cut into fours when typed without any.
QStringList splitGroups(const QString &text)
{
    static const QRegularExpression separators(u"[\\s\\-\\x{2010}-\\x{2015}]+"_s);
    QStringList groups = text.split(separators, Qt::SkipEmptyParts);
    if (groups.size() == 1 && groups.first().size() == Groups * CharsPerGroup) {
        const QString all = groups.first();
        groups.clear();
        for (qsizetype i = 0; i < all.size(); i += CharsPerGroup)
            groups.append(all.mid(i, CharsPerGroup));
    }
    return groups;
}

QString quoted(const QString &group)
{
    return u'"' + printable(group.left(12)) + (group.size() > 12 ? u"…\""_s : u"\""_s);
}

} // namespace

QString words(const SecretBytes &secretKey)
{
    const QString all = characters(secretKey);
    QStringList lines;
    for (int line = 0; line * GroupsPerLine < Groups; ++line) {
        QStringList groups;
        for (int g = line * GroupsPerLine; g < std::min(Groups, (line + 1) * GroupsPerLine); ++g)
            groups.append(all.mid(g * CharsPerGroup, CharsPerGroup));
        lines.append(groups.join(u' '));
    }
    return lines.join(u'\n');
}

QString qrText(const SecretBytes &secretKey)
{
    return QrPrefix + characters(secretKey);
}

Result<SecretBytes> secretFromWords(const QString &text)
{
    using R = Result<SecretBytes>;
    QString typed = text.trimmed();
    if (typed.startsWith(QrPrefix, Qt::CaseInsensitive))
        typed = typed.mid(QrPrefix.size());
    const QStringList groups = splitGroups(typed);
    if (groups.isEmpty())
        return R::failure(u"no key in it: a backup has %1 groups of four characters"_s.arg(Groups));
    std::array<int, DataChars> data {};
    for (qsizetype g = 0; g < std::min<qsizetype>(groups.size(), Groups); ++g) {
        const QString &group = groups.at(g);
        if (group.size() != CharsPerGroup)
            return R::failure(u"%1 %2 has %3 characters; each group has %4"_s.arg(groupName(int(g)),
                quoted(group), QString::number(group.size()), QString::number(CharsPerGroup)));
        std::array<int, CharsPerGroup> v {};
        for (int i = 0; i < CharsPerGroup; ++i) {
            v[i] = valueOf(group.at(i));
            if (v[i] < 0)
                return R::failure(
                    u"%1 %2: \"%3\" is not one of the backup's characters (0-9 and A-Z without U)"_s.arg(
                        groupName(int(g)), quoted(group), printable(group.at(i))));
        }
        if (groupSum(v) != int(g) + 1)
            return R::failure(u"%1 %2 does not check out: a character in it is mistyped, or the group is in "
                              u"the wrong place"_s.arg(groupName(int(g)), quoted(group)));
        for (int d = 0; d < DataPerGroup; ++d)
            data[g * DataPerGroup + d] = v[d];
    }
    if (groups.size() != Groups)
        return R::failure(u"%1 groups of four characters; a backup has %2"_s.arg(groups.size()).arg(Groups));
    SecretBytes secret = SecretBytes::allocate(CoordinatorKey::SecretKeyBytes);
    if (secret.isEmpty())
        return R::failure(u"no protected memory could be had (sodium_malloc failed)"_s);
    int check = 0;
    for (int bit = 0; bit < DataChars * 5; ++bit) {
        const int value = (data[bit / 5] >> (4 - bit % 5)) & 1;
        if (bit < SecretBits)
            secret.data()[bit / 8] |= static_cast<unsigned char>(value << (7 - bit % 8));
        else
            check = (check << 1) | value;
    }
    if (check != wholeCheck(secret.data()))
        return R::failure(u"every group checks out but the key as a whole does not: more than one "
                          u"character of a group is mistyped; compare each group with the paper"_s);
    return secret;
}

QString backupText(const CoordinatorKey &key)
{
    return u"Panelist coordinator key backup (%1, version %2)\n\n"
           u"Fingerprint: %3\n"
           u"Created: %4\n\n"
           u"Key:\n%5\n\n"
           u"Anyone who has this key can open every response sealed to it. Print this page, keep it\n"
           u"somewhere safe and offline, and delete this file once it is printed.\n"
           u"To make a key file from it again (with a new passphrase):\n"
           u"  panelist-cli keys restore BACKUP.txt --out NAME.panelist-key\n"
           u"Typed by hand, the 18 groups above are enough; either case will do.\n"_s.arg(FormatName)
               .arg(FormatVersion)
               .arg(key.fingerprint(), key.createdAt().toString(Qt::ISODateWithMs), words(key.secretKey()));
}

Result<CoordinatorKey> restoreFromBackup(const QString &text, const QString &source)
{
    using R = Result<CoordinatorKey>;
    QString expectedFingerprint;
    QDateTime createdAt = QDateTime::currentDateTimeUtc();
    QStringList keyLines;
    bool inKey = false;
    bool sawKeyLabel = false;
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (inKey) {
            if (line.isEmpty())
                inKey = false;
            else
                keyLines.append(line);
        } else if (line.startsWith(u"Fingerprint:"_s)) {
            expectedFingerprint = line.mid(12).trimmed().toUpper();
            if (!looksLikeFingerprint(expectedFingerprint))
                return R::failure(source + u": \"Fingerprint:\" is followed by "_s
                    + quoted(line.mid(12).trimmed())
                    + u", not a fingerprint like 4F2A-91C0-3B7D-E2A4-0C91"_s);
        } else if (line.startsWith(u"Created:"_s)) {
            createdAt = QDateTime::fromString(line.mid(8).trimmed(), Qt::ISODateWithMs);
            if (!createdAt.isValid())
                return R::failure(source + u": \"Created:\" is followed by "_s + quoted(line.mid(8).trimmed())
                    + u", not a time like 2026-11-01T09:00:00.000Z"_s);
        } else if (line == u"Key:"_s) {
            inKey = sawKeyLabel = true;
        }
    }
    const QString typed = sawKeyLabel ? keyLines.join(u'\n') : text;
    const Result<SecretBytes> secret = secretFromWords(typed);
    if (!secret)
        return R::failure(source + u": "_s + secret.error());
    Result<CoordinatorKey> key = CoordinatorKey::fromSecretKey(*secret, createdAt.toUTC());
    if (!key)
        return R::failure(source + u": "_s + key.error());
    if (!expectedFingerprint.isEmpty() && key->fingerprint() != expectedFingerprint)
        return R::failure(source
            + u": the key typed has the fingerprint %1, not the %2 the backup states: "
              u"compare each group with the paper"_s.arg(key->fingerprint(), expectedFingerprint));
    return key;
}

Status writeTextBackup(const QString &path, const CoordinatorKey &key)
{
    QByteArray bytes = backupText(key).toUtf8();
    const Status written = PrivateFile::createNew(path, bytes);
    wipe(bytes);
    return written;
}

Result<CoordinatorKey> restoreFromBackupFile(const QString &path)
{
    Result<QByteArray> bytes = PrivateFile::readSmall(path, MaxTextBytes, u"key backup"_s);
    if (!bytes)
        return Result<CoordinatorKey>::failure(bytes.error());
    Result<CoordinatorKey> key = restoreFromBackup(QString::fromUtf8(*bytes), displayPath(path));
    wipe(*bytes);
    return key;
}

} // namespace panelist::KeyBackup
