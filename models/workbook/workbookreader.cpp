#include "models/workbook/workbookreader.h"

#include "models/common/boundedread.h"
#include "models/workbook/workbooklimits.h"
#include "models/workbook/workbookreader_p.h"
#include "models/workbook/workbookzip.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

const QByteArray OdsMimeType = QByteArrayLiteral("application/vnd.oasis.opendocument.spreadsheet");

// What a file that is not a zip probably is, from its first bytes and its name, for the message.
QString notZipHint(const QByteArray &bytes, const QString &suffix)
{
    // The compound file magic of Excel 97-2003 files, and of .xlsx files encrypted with a password.
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return u"an Excel 97-2003 .xls file or a workbook with a password; save it as .xlsx without a password"_s;
    if (suffix == u"csv")
        return u"not a zip file; a CSV workbook is a folder of .csv files, one per sheet"_s;
    return u"not a zip file"_s;
}

} // namespace

Result<Workbook> readWorkbook(const QString &path)
{
    using R = Result<Workbook>;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(shown + u": file not found"_s);
    if (info.isDir())
        return readCsvWorkbook(path, shown);
    if (info.size() > WorkbookLimits::MaxFileBytes)
        return R::failure(u"%1: too large for a workbook (more than %2)"_s.arg(
            shown, WorkbookLimits::shownBytes(WorkbookLimits::MaxFileBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(u"%1: cannot be read (%2)"_s.arg(shown, file.errorString()));
    // Read once, into memory, and never past the cap even if the file grows meanwhile.
    QByteArray bytes = readAtMost(file, WorkbookLimits::MaxFileBytes + 1);
    if (bytes.size() > WorkbookLimits::MaxFileBytes)
        return R::failure(u"%1: too large for a workbook (more than %2)"_s.arg(
            shown, WorkbookLimits::shownBytes(WorkbookLimits::MaxFileBytes)));
    if (bytes.isEmpty())
        return R::failure(shown + u": not a spreadsheet (an empty file)"_s);
    if (!bytes.startsWith("PK"))
        return R::failure(
            u"%1: not a spreadsheet (%2)"_s.arg(shown, notZipHint(bytes, info.suffix().toLower())));

    WorkbookZip zip(shown);
    if (const Status opened = zip.open(std::move(bytes)); !opened)
        return R::failure(opened.error());
    // ODF puts its media type first, in an entry of its own; OOXML lists its parts' types.
    if (zip.contains(u"mimetype"_s)) {
        const Result<QByteArray> mimeType = zip.read(u"mimetype"_s);
        if (!mimeType)
            return R::failure(mimeType.error());
        const QByteArray type = mimeType->trimmed();
        if (type == OdsMimeType || type == OdsMimeType + "-template")
            return readOdsWorkbook(zip);
        if (type.startsWith("application/vnd.oasis.opendocument."))
            return R::failure(u"%1: not a spreadsheet (an OpenDocument file of type %2)"_s.arg(
                shown, QString::fromLatin1(type.left(100))));
    }
    if (zip.contains(u"[Content_Types].xml"_s))
        return readXlsxWorkbook(zip);
    return R::failure(shown + u": not a spreadsheet (a zip file that is neither .xlsx nor .ods)"_s);
}

} // namespace panelist
