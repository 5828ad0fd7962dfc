// A folder of .csv files, one sheet each (RFC 4180: comma-separated, fields in double quotes may
// hold commas, line breaks and doubled quotes; records end with CRLF or LF), UTF-8 with or without
// a byte order mark.

#include "models/common/boundedread.h"
#include "models/workbook/sheetbuilder.h"
#include "models/workbook/workbooklimits.h"
#include "models/workbook/workbookreader_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// The first line (1-based) of bytes that is not valid UTF-8; 0 when all are.
int firstBadUtf8Line(const QByteArray &bytes)
{
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(lines.at(i)); // decodes only when made a QString
        if (decoder.hasError())
            return int(i + 1);
    }
    return 0;
}

bool endsField(QChar c)
{
    return c == u',' || c == u'\r' || c == u'\n';
}

// Hands text's records to sheet, one row each (the record's number is its row number, whatever
// line breaks its quoted fields hold). Line breaks inside quotes become "\n". A syntax problem is
// set in error as "line N: ...".
bool parseCsv(const QString &text, SheetBuilder &sheet, QString &error)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    qint64 line = 1;
    qint64 record = 0;
    qint64 column = 0;
    if (n == 0)
        return true;
    if (!sheet.beginRow(record))
        return false;
    QString field;
    for (;;) {
        field.clear();
        if (i < n && text.at(i) == u'"') {
            const qint64 opened = line;
            ++i;
            for (;;) {
                if (i >= n) {
                    error = u"line %1: a quoted field is not closed"_s.arg(QString::number(opened));
                    return false;
                }
                const QChar c = text.at(i++);
                if (c == u'"') {
                    if (i < n && text.at(i) == u'"') {
                        field.append(u'"');
                        ++i;
                        continue;
                    }
                    break;
                }
                if (c == u'\r' || c == u'\n') {
                    if (c == u'\r' && i < n && text.at(i) == u'\n')
                        ++i;
                    field.append(u'\n');
                    ++line;
                    continue;
                }
                field.append(c);
            }
            if (i < n && !endsField(text.at(i))) {
                error
                    = u"line %1: text after a closing quote (a quote inside a quoted field is written twice: \"\")"_s
                          .arg(QString::number(line));
                return false;
            }
        } else {
            const qsizetype from = i;
            while (i < n && !endsField(text.at(i)))
                ++i;
            field = text.mid(from, i - from);
        }
        if (!sheet.setCell(column, field))
            return false;
        if (i >= n)
            break;
        if (text.at(i) == u',') {
            ++i;
            ++column;
            continue;
        }
        if (text.at(i) == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
            ++i;
        ++i;
        ++line;
        if (!sheet.endRow())
            return false;
        if (i >= n)
            return true;
        column = 0;
        if (!sheet.beginRow(++record))
            return false;
    }
    return sheet.endRow();
}

// The text of one .csv file, or a problem naming it; total counts the bytes of the folder so far.
Result<QString> readCsvText(const QString &path, qint64 &total)
{
    using R = Result<QString>;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(u"%1: cannot be read (%2)"_s.arg(shown, file.errorString()));
    // One byte past a cap is enough to refuse; a file growing while it is read cannot pass it.
    QByteArray bytes = readAtMost(file, WorkbookLimits::MaxPartBytes + 1);
    if (bytes.size() > WorkbookLimits::MaxPartBytes)
        return R::failure(u"%1: too large (more than %2)"_s.arg(
            shown, WorkbookLimits::shownBytes(WorkbookLimits::MaxPartBytes)));
    total += bytes.size();
    if (total > WorkbookLimits::MaxTotalBytes)
        return R::failure(u"%1: the .csv files are too large together (more than %2)"_s.arg(
            QDir::toNativeSeparators(QFileInfo(path).absolutePath()),
            WorkbookLimits::shownBytes(WorkbookLimits::MaxTotalBytes)));
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.contains('\0'))
        return R::failure(shown + u": not a text file (it contains a NUL byte)"_s);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return R::failure(u"%1: not UTF-8 text (line %2); save it as \"CSV UTF-8\""_s.arg(
            shown, QString::number(firstBadUtf8Line(bytes))));
    return text;
}

} // namespace

Result<Workbook> readCsvWorkbook(const QString &folder, const QString &shown)
{
    using R = Result<Workbook>;
    const QDir dir(folder);
    QFileInfoList files;
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::Readable)) {
        // Hidden files are lock files and backups of editors, not sheets.
        if (info.fileName().endsWith(u".csv"_s, Qt::CaseInsensitive) && !info.fileName().startsWith(u'.'))
            files.append(info);
    }
    if (files.isEmpty())
        return R::failure(shown
            + u": no .csv files in this folder (a CSV workbook is a folder of .csv files, one per sheet)"_s);
    if (files.size() > WorkbookLimits::MaxSheets)
        return R::failure(u"%1: too many sheets (more than %2 .csv files)"_s.arg(
            shown, WorkbookLimits::shown(WorkbookLimits::MaxSheets)));
    // Alphabetical: ignoring case first, so "b.csv" comes before "C.csv" on every platform.
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        const int folded = a.fileName().compare(b.fileName(), Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a.fileName() < b.fileName();
    });

    Workbook workbook;
    CellBudget budget;
    qint64 total = 0;
    for (const QFileInfo &info : std::as_const(files)) {
        const Result<QString> text = readCsvText(info.filePath(), total);
        if (!text)
            return R::failure(text.error());
        SheetBuilder sheet(shown, info.fileName().chopped(4), budget);
        QString syntax;
        if (!parseCsv(*text, sheet, syntax))
            return R::failure(sheet.failed() ? sheet.error()
                                             : QDir::toNativeSeparators(info.filePath()) + u": "_s + syntax);
        workbook.sheets.append(sheet.take());
    }
    return workbook;
}

} // namespace panelist
