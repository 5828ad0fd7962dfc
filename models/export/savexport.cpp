#include "models/export/savexport.h"

#include "models/export/exporter.h"

#include <QDateTime>
#include <QSaveFile>
#include <QSet>

#include <readstat.h>

#include <cctype>
#include <memory>

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

// SPSS limits (bytes): variable labels 256 and value labels 120; file label 64.
constexpr int MaxVariableLabelBytes = 255;
constexpr int MaxValueLabelBytes = 120;
constexpr int MaxFileLabelBytes = 64;
constexpr int MaxNameBytes = 64;

// UTF-8 of s cut to at most maxBytes without splitting a character.
QByteArray utf8Prefix(const QString &s, int maxBytes, bool *cut = nullptr)
{
    QByteArray b = s.toUtf8();
    if (cut)
        *cut = b.size() > maxBytes;
    if (b.size() <= maxBytes)
        return b;
    qsizetype n = maxBytes;
    while (n > 0 && (uchar(b.at(n)) & 0xC0) == 0x80) // b.at(n) continues a character: cut before it
        --n;
    b.truncate(n);
    return b;
}

// SPSS keeps a date-time as seconds since its calendar origin, 1582-10-14 00:00:00, which is
// 141,428 days before the Unix epoch. Cells are whole seconds (widetable.h).
constexpr double SpssEpochToUnixSeconds = 141428.0 * 86400.0;

double spssDateTime(const QDateTime &t)
{
    return double(t.toSecsSinceEpoch()) + SpssEpochToUnixSeconds;
}

// Measurement level and print format of a variable (a string's print format is left to ReadStat).
void setDisplay(readstat_variable_t *v, WideColumn::Kind kind)
{
    switch (kind) {
    case WideColumn::Kind::Text:
        // No display width: ReadStat derives the print format from it, and a string's format
        // narrower than the variable is invalid (PSPP warns).
        readstat_variable_set_measure(v, READSTAT_MEASURE_NOMINAL);
        break;
    case WideColumn::Kind::Integer:
        readstat_variable_set_measure(v, READSTAT_MEASURE_SCALE);
        readstat_variable_set_format(v, "F8.0"); // whole numbers: no ".00" in SPSS
        break;
    case WideColumn::Kind::Flag:
        readstat_variable_set_measure(v, READSTAT_MEASURE_NOMINAL);
        readstat_variable_set_format(v, "F1.0");
        break;
    case WideColumn::Kind::Rating:
        readstat_variable_set_measure(v, READSTAT_MEASURE_ORDINAL);
        readstat_variable_set_format(v, "F3.0"); // room for the don't-know code -9
        break;
    case WideColumn::Kind::DateTime:
        // dd-mmm-yyyy hh:mm:ss: whole seconds, like the CSV's ISO 8601 text.
        readstat_variable_set_measure(v, READSTAT_MEASURE_SCALE);
        readstat_variable_set_format(v, "DATETIME20");
        break;
    }
}

// SPSS has no time zones: the label says the values are UTC, as the CSV's "Z" does.
QString variableLabel(const WideColumn &col, const QString &savName)
{
    QString label = col.meaning;
    if (col.kind == WideColumn::Kind::DateTime)
        label += u" (UTC)"_s;
    if (savName != col.name)
        label = col.name + u": "_s + label;
    return label;
}

readstat_error_t insertValue(
    readstat_writer_t *w, readstat_variable_t *v, WideColumn::Kind kind, const QVariant &cell)
{
    if (cell.isNull())
        return readstat_insert_missing_value(w, v);
    if (kind == WideColumn::Kind::DateTime)
        return readstat_insert_double_value(w, v, spssDateTime(cell.toDateTime()));
    return readstat_insert_double_value(w, v, cell.toInt());
}

ssize_t writeToFile(const void *data, size_t len, void *ctx)
{
    auto *file = static_cast<QSaveFile *>(ctx);
    return ssize_t(file->write(static_cast<const char *>(data), qint64(len)));
}

struct WriterDeleter
{
    void operator()(readstat_writer_t *w) const { readstat_writer_free(w); }
};

QString describe(readstat_error_t e)
{
    return QString::fromUtf8(readstat_error_message(e));
}

bool validName(const QByteArray &name)
{
    if (name.isEmpty() || name.size() > MaxNameBytes || name.endsWith('.') || name.endsWith('_'))
        return false;
    if (!std::isalpha(uchar(name.at(0))))
        return false;
    for (const char c : name) {
        if (!std::isalnum(uchar(c)) && c != '_' && c != '.')
            return false;
    }
    return true;
}

} // namespace

QStringList savVariableNames(const WideTable &table)
{
    QStringList names;
    QSet<QString> used; // SPSS names are case-insensitive
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        QString name = table.columns.at(i).name;
        name.replace(u'-', u'_');
        if (!validName(name.toUtf8()) || used.contains(name.toLower()))
            name = u"v%1"_s.arg(i + 1, 4, 10, QChar(u'0'));
        used.insert(name.toLower());
        names << name;
    }
    return names;
}

Status writeSav(const WideTable &table, const QString &fileLabel, const QString &path, QStringList *notes)
{
    const auto fail = [&path](const QString &why) { return Status::failure(path + u": "_s + why); };
    std::unique_ptr<readstat_writer_t, WriterDeleter> writer(readstat_writer_init());
    if (!writer)
        return fail(u"could not start the SPSS writer (out of memory)"_s);
    readstat_writer_t *w = writer.get();
    readstat_set_data_writer(w, &writeToFile);
    readstat_writer_set_file_label(w, utf8Prefix(fileLabel, MaxFileLabelBytes).constData());

    QList<readstat_label_set_t *> sets;
    for (const ValueLabelSet &set : table.labelSets) {
        readstat_label_set_t *ls
            = readstat_add_label_set(w, READSTAT_TYPE_DOUBLE, set.name.toUtf8().constData());
        for (const auto &[value, label] : set.labels)
            readstat_label_double_value(ls, value, utf8Prefix(label, MaxValueLabelBytes).constData());
        sets << ls;
    }

    // Text columns are as wide as their longest value (at least 1 byte, at most SPSS's limit).
    QList<qsizetype> widths(table.columns.size(), 1);
    for (const QList<QVariant> &row : table.rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (table.columns.at(c).kind == WideColumn::Kind::Text)
                widths[c] = qMax(
                    widths[c], qMin<qsizetype>(row.at(c).toString().toUtf8().size(), SavMaxStringBytes));
        }
    }

    const QStringList names = savVariableNames(table);
    QList<readstat_variable_t *> vars;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        const WideColumn &col = table.columns.at(c);
        const bool text = col.kind == WideColumn::Kind::Text;
        readstat_variable_t *v = readstat_add_variable(w, names.at(c).toUtf8().constData(),
            text ? READSTAT_TYPE_STRING : READSTAT_TYPE_DOUBLE, text ? size_t(widths.at(c)) : 0);
        readstat_variable_set_label(
            v, utf8Prefix(variableLabel(col, names.at(c)), MaxVariableLabelBytes).constData());
        setDisplay(v, col.kind);
        if (col.labelSet >= 0) {
            readstat_variable_set_label_set(v, sets.at(col.labelSet));
            for (const int missing : table.labelSets.at(col.labelSet).missing)
                readstat_variable_add_missing_double_value(v, missing);
        }
        vars << v;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(u"cannot write: "_s + file.errorString());
    const auto abandon = [&](const QString &why) {
        file.cancelWriting();
        return fail(why);
    };
    if (readstat_error_t e = readstat_begin_writing_sav(w, &file, long(table.rows.size())); e != READSTAT_OK)
        return abandon(u"could not write the SPSS dictionary: "_s + describe(e));

    bool shortened = false;
    for (const QList<QVariant> &row : table.rows) {
        if (readstat_error_t e = readstat_begin_row(w); e != READSTAT_OK)
            return abandon(u"could not write a case: "_s + describe(e));
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QVariant &cell = row.at(c);
            const WideColumn::Kind kind = table.columns.at(c).kind;
            readstat_error_t e = READSTAT_OK;
            if (kind == WideColumn::Kind::Text) {
                bool cut = false;
                e = readstat_insert_string_value(
                    w, vars.at(c), utf8Prefix(cell.toString(), SavMaxStringBytes, &cut).constData());
                shortened = shortened || cut;
            } else {
                e = insertValue(w, vars.at(c), kind, cell);
            }
            if (e != READSTAT_OK)
                return abandon(u"could not write %1: %2"_s.arg(names.at(c), describe(e)));
        }
        if (readstat_error_t e = readstat_end_row(w); e != READSTAT_OK)
            return abandon(u"could not write a case: "_s + describe(e));
    }
    if (readstat_error_t e = readstat_end_writing(w); e != READSTAT_OK)
        return abandon(u"could not finish the SPSS file: "_s + describe(e));
    if (file.error() != QFileDevice::NoError)
        return abandon(u"could not write: "_s + file.errorString());
    if (!file.commit())
        return fail(u"could not finish writing: "_s + file.errorString());
    if (shortened && notes)
        notes->append(u"%1: some comments are longer than SPSS allows (%2 bytes) and were shortened there; "
                      u"the CSV and JSON exports keep the full text"_s.arg(path)
                          .arg(SavMaxStringBytes));
    return {};
}

} // namespace panelist
