#include "models/workbook/workbookzip.h"

#include "models/workbook/workbooklimits.h"

#include <QStringList>

#include <zip.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// Why an entry name is unsafe to resolve inside a folder, or an empty string when it is safe.
// A zip is refused whole for one such name: no spreadsheet program writes them.
QString unsafeNameReason(const QString &name)
{
    if (name.contains(u'\\'))
        return u"it contains a backslash"_s;
    if (name.startsWith(u'/'))
        return u"it is an absolute path"_s;
    if (name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter())
        return u"it starts with a drive letter"_s;
    if (name.split(u'/').contains(u".."_s))
        return u"it contains \"..\""_s;
    return {};
}

QString zipErrorText(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error)).toLower();
}

} // namespace

WorkbookZip::WorkbookZip(QString shown)
    : m_shown(std::move(shown))
{ }

WorkbookZip::~WorkbookZip()
{
    if (m_zip)
        zip_discard(m_zip);
}

Status WorkbookZip::open(QByteArray bytes)
{
    m_bytes = std::move(bytes);
    zip_error_t error;
    zip_error_init(&error);
    // The buffer is m_bytes' own memory (libzip neither copies nor frees it): it lives as long as
    // the archive.
    zip_source_t *source
        = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
    if (source)
        m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!m_zip) {
        // A zip starts with a local header and ends with its directory: with the first and without
        // the second, it was cut short.
        const bool notZip = zip_error_code_zip(&error) == ZIP_ER_NOZIP;
        const QString why = !notZip            ? u"a damaged zip file: "_s + zipErrorText(&error)
            : m_bytes.startsWith("PK\x03\x04") ? u"a truncated or damaged zip file"_s
                                               : u"not a zip file"_s;
        if (source)
            zip_source_free(source);
        zip_error_fini(&error);
        return Status::failure(u"%1: not a spreadsheet (%2)"_s.arg(m_shown, why));
    }
    zip_error_fini(&error);

    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    if (count > WorkbookLimits::MaxZipEntries)
        return Status::failure(u"%1: not a spreadsheet (more than %2 entries in the zip file)"_s.arg(
            m_shown, WorkbookLimits::shown(WorkbookLimits::MaxZipEntries)));
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *raw = zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (!raw)
            return Status::failure(u"%1: not a spreadsheet (a damaged zip file: %2)"_s.arg(
                m_shown, zipErrorText(zip_get_error(m_zip))));
        const QString name = QString::fromUtf8(raw);
        const QString reason = unsafeNameReason(name);
        if (!reason.isEmpty())
            return Status::failure(
                u"%1: refused: the zip entry \"%2\" is unsafe (%3)"_s.arg(m_shown, name, reason));
    }
    return {};
}

bool WorkbookZip::contains(const QString &name) const
{
    return m_zip && zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

Result<QByteArray> WorkbookZip::read(const QString &name)
{
    using R = Result<QByteArray>;
    const zip_int64_t index = m_zip ? zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE) : -1;
    if (index < 0)
        return R::failure(u"%1: part \"%2\" is missing"_s.arg(m_shown, name));
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file)
        return R::failure(
            u"%1: part \"%2\" cannot be read (%3)"_s.arg(m_shown, name, zipErrorText(zip_get_error(m_zip))));

    // Read in chunks until the end, whatever size the zip declares: a zip bomb declares a small
    // size and inflates far beyond it. One byte past a cap is enough to refuse.
    QByteArray data;
    zip_stat_t stat;
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE))
        data.reserve(qsizetype(std::min<zip_uint64_t>(stat.size, WorkbookLimits::MaxPartBytes) + 1));
    QString problem;
    constexpr qint64 Chunk = 64 * 1024;
    for (;;) {
        const qint64 room = std::min(WorkbookLimits::MaxPartBytes, WorkbookLimits::MaxTotalBytes - m_inflated)
            - data.size() + 1;
        const qint64 at = data.size();
        data.resize(at + std::min(Chunk, room));
        const zip_int64_t got = zip_fread(file, data.data() + at, zip_uint64_t(data.size() - at));
        if (got < 0) {
            problem = u"part \"%1\" cannot be read (%2)"_s.arg(name, zipErrorText(zip_file_get_error(file)));
            break;
        }
        data.resize(at + got);
        if (data.size() > WorkbookLimits::MaxPartBytes) {
            problem = u"part \"%1\" is too large (more than %2 when inflated)"_s.arg(
                name, WorkbookLimits::shownBytes(WorkbookLimits::MaxPartBytes));
            break;
        }
        if (m_inflated + data.size() > WorkbookLimits::MaxTotalBytes) {
            problem = u"too large (more than %1 when inflated)"_s.arg(
                WorkbookLimits::shownBytes(WorkbookLimits::MaxTotalBytes));
            break;
        }
        if (got == 0)
            break;
    }
    zip_fclose(file);
    if (!problem.isEmpty())
        return R::failure(m_shown + u": "_s + problem);
    m_inflated += data.size();
    return data;
}

} // namespace panelist
