#include "models/export/csvexport.h"

#include "models/export/codebook.h"
#include "models/export/csv.h"
#include "models/export/longrows.h"

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

// How the CSV files hold a date-time (the codebooks say so).
const QString CsvDateTimes = u"ISO 8601, UTC"_s;

// A cell of a table as its CSV field: a date-time as ISO 8601 UTC text (QVariant::toString() would
// add milliseconds), a number as its digits, a text guarded against CSV injection (Csv::guarded);
// null is empty.
QString csvField(const QVariant &cell, WideColumn::Kind kind)
{
    if (cell.isNull())
        return {};
    switch (kind) {
    case WideColumn::Kind::DateTime:
        return cell.toDateTime().toUTC().toString(Qt::ISODate);
    case WideColumn::Kind::Text:
        return Csv::guarded(cell.toString());
    case WideColumn::Kind::Integer:
    case WideColumn::Kind::Flag:
    case WideColumn::Kind::Rating:
        break;
    }
    return cell.toString();
}

QByteArray codebook(const QList<QStringList> &rows)
{
    QByteArray out = Csv::record(CodebookHeader);
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &field : row)
            fields << Csv::guarded(field);
        out.append(Csv::record(fields));
    }
    return out;
}

} // namespace

QByteArray csvLong(const Instrument &ins, const QList<StudyResponse> &responses, int *rowCount)
{
    const QList<LongColumn> &columns = longColumns();
    QStringList header;
    for (const LongColumn &c : columns)
        header << c.name;
    QByteArray out = Csv::record(header);
    const qint64 rows = forEachLongRow(ins, responses, [&](const QList<QVariant> &cells) {
        QStringList fields;
        fields.reserve(cells.size());
        for (qsizetype i = 0; i < cells.size(); ++i)
            fields << csvField(cells.at(i), columns.at(i).kind);
        out.append(Csv::record(fields));
        return true;
    });
    if (rowCount)
        *rowCount = int(rows);
    return out;
}

QByteArray csvLongCodebook(const Instrument &ins)
{
    return codebook(longCodebookRows(ins, CsvDateTimes));
}

QByteArray csvWide(const WideTable &table)
{
    QStringList header;
    for (const WideColumn &c : table.columns)
        header << c.name;
    QByteArray out = Csv::record(header);
    for (const QList<QVariant> &row : table.rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (qsizetype i = 0; i < row.size(); ++i)
            fields << csvField(row.at(i), table.columns.at(i).kind);
        out.append(Csv::record(fields));
    }
    return out;
}

QByteArray csvWideCodebook(const WideTable &table)
{
    return codebook(wideCodebookRows(table, CsvDateTimes));
}

} // namespace panelist
