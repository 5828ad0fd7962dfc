#include "models/export/xlsxexport.h"

#include "models/export/codebook.h"
#include "models/export/longrows.h"
#include "models/workbook/workbooklimits.h"
#include "models/workbook/xlsxdatawriter.h"

#include <QDir>

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

// How the workbook holds a date-time (the codebook says so): a date-time cell, in UTC.
const QString XlsxDateTimes = u"a date-time, UTC"_s;
// Cells named one by one in the notes about shortened texts; the rest are counted.
constexpr int NamedShortenedCells = 5;

// Texts too long for a cell, shortened with ShortenedMark at the end, and where they were.
class CellFitter
{
public:
    QString fit(const QString &text, const QString &where)
    {
        if (text.size() <= WorkbookLimits::MaxCellChars)
            return text;
        qsizetype keep = WorkbookLimits::MaxCellChars - ShortenedMark.size();
        if (text.at(keep - 1).isHighSurrogate())
            --keep; // never half a character
        m_places << u"%1 (%2 characters)"_s.arg(where, WorkbookLimits::shown(text.size()));
        return text.left(keep) + ShortenedMark;
    }

    QList<QVariant> fitRow(const QList<QVariant> &cells, const QString &sheet, const QString &respondent,
        const QStringList &columns)
    {
        QList<QVariant> out = cells;
        for (qsizetype c = 0; c < out.size(); ++c) {
            if (out.at(c).typeId() == QMetaType::QString
                && out.at(c).toString().size() > WorkbookLimits::MaxCellChars)
                out[c] = fit(out.at(c).toString(),
                    u"sheet \"%1\", respondent %2, column %3"_s.arg(sheet, respondent, columns.at(c)));
        }
        return out;
    }

    // One note naming the first cells shortened and counting the rest; nothing when none was.
    QStringList notes(const QString &shown) const
    {
        if (m_places.isEmpty())
            return {};
        QString places = m_places.mid(0, NamedShortenedCells).join(u"; "_s);
        if (m_places.size() > NamedShortenedCells)
            places += u"; and %1 more"_s.arg(m_places.size() - NamedShortenedCells);
        return { u"%1: %2 longer than a spreadsheet cell holds (%3 characters), shortened there and "
                 u"ending in \"[… shortened …]\": %4. The csv and json exports have the whole text."_s.arg(
                     shown, m_places.size() == 1 ? u"a text is"_s : u"%1 texts are"_s.arg(m_places.size()),
                     WorkbookLimits::shown(WorkbookLimits::MaxCellChars), places) };
    }

private:
    QStringList m_places;
};

QStringList names(const QList<WideColumn> &columns)
{
    QStringList out;
    for (const WideColumn &c : columns)
        out << c.name;
    return out;
}

QStringList names(const QList<LongColumn> &columns)
{
    QStringList out;
    for (const LongColumn &c : columns)
        out << c.name;
    return out;
}

// Column widths in characters: ids, times and texts wide enough to read; other columns as wide as
// their name and the autofilter's button, within reason.
QList<int> widths(const QStringList &columns)
{
    QList<int> out;
    for (const QString &c : columns) {
        if (c == u"respondent_id"_s)
            out << 37;
        else if (c == u"submitted_at"_s || c == u"imported_at"_s)
            out << 20;
        else if (c == u"text"_s || c.startsWith(u"comment_"_s))
            out << 40;
        else if (c == u"name"_s || c == u"affiliation"_s || c == u"source_file"_s)
            out << 24;
        else
            out << qBound(8, int(c.size()) + 3, 20);
    }
    return out;
}

Status addWide(XlsxDataSheets &book, const WideTable &wide, CellFitter &fitter)
{
    const QStringList columns = names(wide.columns);
    if (Status s = book.addSheet(WideSheet.toString(), columns, 1, widths(columns)); !s)
        return s;
    for (const QList<QVariant> &row : wide.rows) {
        const QString respondent = row.value(0).toString();
        if (Status s = book.addRow(fitter.fitRow(row, WideSheet.toString(), respondent, columns)); !s)
            return s;
    }
    return {};
}

Status addLong(
    XlsxDataSheets &book, const Instrument &ins, const QList<StudyResponse> &responses, CellFitter &fitter)
{
    const QStringList columns = names(longColumns());
    Status written = book.addSheet(LongSheet.toString(), columns, 1, widths(columns));
    if (!written)
        return written;
    forEachLongRow(ins, responses, [&](const QList<QVariant> &row) {
        const QString respondent = row.value(0).toString();
        written = book.addRow(fitter.fitRow(row, LongSheet.toString(), respondent, columns));
        return written.ok();
    });
    return written;
}

Status addCodebook(
    XlsxDataSheets &book, const QList<std::pair<QString, QList<QStringList>>> &parts, CellFitter &fitter)
{
    const QStringList header = QStringList { u"sheet"_s } + CodebookHeader;
    if (Status s = book.addSheet(CodebookSheet.toString(), header, 2, { 8, 24, 10, 60, 60 }); !s)
        return s;
    for (const auto &[sheet, rows] : parts) {
        for (const QStringList &row : rows) {
            QList<QVariant> cells { sheet };
            for (qsizetype c = 0; c < row.size(); ++c)
                cells << fitter.fit(row.at(c),
                    u"sheet \"%1\", the %2 of column %3"_s.arg(
                        CodebookSheet, CodebookHeader.at(c), row.at(0)));
            if (Status s = book.addRow(cells); !s)
                return s;
        }
    }
    return {};
}

} // namespace

Status writeXlsx(const Instrument &ins, const QList<StudyResponse> &responses, const WideTable &wide,
    const QString &path, QStringList *notes)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (wide.columns.size() > XlsxMaxColumns)
        return Status::failure(
            u"%1: the wide table has %2 columns, more than a sheet holds (%3); "
            u"export csv-wide or csv-long instead"_s.arg(
                shown, WorkbookLimits::shown(wide.columns.size()), WorkbookLimits::shown(XlsxMaxColumns)));
    if (wide.rows.size() >= XlsxMaxRows)
        return Status::failure(
            u"%1: %2 respondents are more rows than a sheet holds (%3 and the "
            u"header); export csv-wide or csv-long instead"_s.arg(
                shown, WorkbookLimits::shown(wide.rows.size()), WorkbookLimits::shown(XlsxMaxRows - 1)));
    const qint64 answers = forEachLongRow(ins, responses, [](const QList<QVariant> &) { return true; });
    const bool withLong = answers < XlsxMaxRows;

    QList<std::pair<QString, QList<QStringList>>> codebook { { WideSheet.toString(),
        wideCodebookRows(wide, XlsxDateTimes) } };
    if (withLong)
        codebook.append({ LongSheet.toString(), longCodebookRows(ins, XlsxDateTimes) });
    CellFitter fitter;
    const Status written = writeXlsxData(path, [&](XlsxDataSheets &book) -> Status {
        if (Status s = addWide(book, wide, fitter); !s)
            return s;
        if (withLong) {
            if (Status s = addLong(book, ins, responses, fitter); !s)
                return s;
        }
        return addCodebook(book, codebook, fitter);
    });
    if (!written)
        return written;
    if (notes) {
        if (!withLong)
            notes->append(u"%1: the sheet \"long\" is left out: %2 answers are more rows than a sheet holds "
                          u"(%3 and the header); csv-long has them all"_s.arg(
                              shown, WorkbookLimits::shown(answers), WorkbookLimits::shown(XlsxMaxRows - 1)));
        notes->append(fitter.notes(shown));
    }
    return {};
}

} // namespace panelist
