// The SPSS export read back by two independent readers: PSPP (pspp-convert, as a user would open it)
// and ReadStat's own parser (for the dictionary: variable labels, value labels, user-missing values).

#include "csvreader.h"
#include "exporttestdata.h"

#include "models/export/csvexport.h"
#include "models/export/exporter.h"
#include "models/export/savexport.h"
#include "models/export/widetable.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <readstat.h>

using namespace panelist;
using namespace Qt::StringLiterals;

namespace {

struct Dictionary
{
    QStringList names;
    QMap<QString, QString> labels; // variable -> label
    QMap<QString, QString> labelSetOf; // variable -> value label set name
    QMap<QString, QMap<double, QString>> valueLabels; // set name -> value -> label
    QMap<QString, QList<double>> missing; // variable -> user-missing values
    QMap<QString, readstat_type_t> types; // variable -> storage type
    QMap<QString, QString> formats; // variable -> print format, e.g. "F3.0"
    int rows = -1;
    QMap<QString, QStringList> strings; // string variable -> values in case order
    QMap<QString, QList<QVariant>> numbers; // numeric variable -> values; null = system-missing
};

int onMetadata(readstat_metadata_t *metadata, void *ctx)
{
    static_cast<Dictionary *>(ctx)->rows = readstat_get_row_count(metadata);
    return READSTAT_HANDLER_OK;
}

int onVariable(int, readstat_variable_t *v, const char *valLabels, void *ctx)
{
    auto *d = static_cast<Dictionary *>(ctx);
    const QString name = QString::fromUtf8(readstat_variable_get_name(v));
    d->names << name;
    d->labels[name] = QString::fromUtf8(readstat_variable_get_label(v));
    d->types[name] = readstat_variable_get_type(v);
    if (const char *format = readstat_variable_get_format(v))
        d->formats[name] = QString::fromUtf8(format);
    if (valLabels)
        d->labelSetOf[name] = QString::fromUtf8(valLabels);
    for (int i = 0; i < readstat_variable_get_missing_ranges_count(v); ++i) {
        const readstat_value_t lo = readstat_variable_get_missing_range_lo(v, i);
        d->missing[name] << readstat_double_value(lo);
    }
    return READSTAT_HANDLER_OK;
}

int onValueLabel(const char *set, readstat_value_t value, const char *label, void *ctx)
{
    auto *d = static_cast<Dictionary *>(ctx);
    d->valueLabels[QString::fromUtf8(set)][readstat_double_value(value)] = QString::fromUtf8(label);
    return READSTAT_HANDLER_OK;
}

int onValue(int, readstat_variable_t *v, readstat_value_t value, void *ctx)
{
    auto *d = static_cast<Dictionary *>(ctx);
    const QString name = QString::fromUtf8(readstat_variable_get_name(v));
    if (readstat_value_type(value) == READSTAT_TYPE_STRING) {
        const char *s = readstat_string_value(value);
        d->strings[name] << QString::fromUtf8(s ? s : "");
    } else {
        d->numbers[name] << (readstat_value_is_system_missing(value)
                ? QVariant()
                : QVariant(readstat_double_value(value)));
    }
    return READSTAT_HANDLER_OK;
}

Dictionary readDictionary(const QString &path, QString *error)
{
    Dictionary d;
    readstat_parser_t *parser = readstat_parser_init();
    readstat_set_value_handler(parser, &onValue);
    readstat_set_metadata_handler(parser, &onMetadata);
    readstat_set_variable_handler(parser, &onVariable);
    readstat_set_value_label_handler(parser, &onValueLabel);
    const readstat_error_t e = readstat_parse_sav(parser, QFile::encodeName(path).constData(), &d);
    readstat_parser_free(parser);
    if (e != READSTAT_OK)
        *error = QString::fromUtf8(readstat_error_message(e));
    return d;
}

csvtest::Table psppConvert(const QString &sav, const QString &csv, const QStringList &options)
{
    QProcess p;
    p.start(u"pspp-convert"_s, options + QStringList { sav, csv });
    csvtest::Table t;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        t.error = u"pspp-convert failed: "_s + QString::fromLocal8Bit(p.readAllStandardError());
        return t;
    }
    QFile f(csv);
    if (!f.open(QIODevice::ReadOnly)) {
        t.error = csv + u": not written"_s;
        return t;
    }
    return csvtest::parse(f.readAll(), false);
}

QMap<QString, QString> asMap(const QStringList &header, const QStringList &record)
{
    QMap<QString, QString> m;
    for (qsizetype i = 0; i < header.size(); ++i)
        m.insert(header.at(i), record.value(i));
    return m;
}

// PSPP prints numbers with the variable's format (e.g. "5.00"); compare as numbers.
QString number(const QString &cell)
{
    const QString t = cell.trimmed();
    return t.isEmpty() ? QString() : QString::number(t.toDouble());
}

// How pspp-convert's CSV output shows a date-time variable: month/day/year, 24-hour time.
QString psppDateTime(const QDateTime &utc)
{
    return utc.toString(u"MM/dd/yyyy hh:mm:ss"_s);
}

// Seconds from SPSS's calendar origin to t, computed apart from the exporter's constant.
double spssSeconds(const QDateTime &t)
{
    return QDateTime(QDate(1582, 10, 14), QTime(0, 0), Qt::UTC).msecsTo(t) / 1000.0;
}

} // namespace

class TestSavExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pspp-convert"_s).isEmpty())
            QFAIL("pspp-convert is not installed (Debian package pspp; scripts/deps installs it)");
        QVERIFY(m_dir.isValid());
        m_responses = inExportOrder(exporttest::studyResponses(m_ins));
        m_sav = m_dir.filePath(u"study.sav"_s);
        auto summary = exportResponses(ExportFormat::Sav, m_ins, m_responses, m_sav);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->files, QStringList { m_sav });
        QVERIFY(summary->notes.isEmpty());
        auto table = buildWideTable(m_ins, m_responses);
        QVERIFY(table.ok());
        m_table = *table;
    }

    void psppReadsEveryValue()
    {
        const csvtest::Table t = psppConvert(m_sav, m_dir.filePath(u"values.csv"_s), {});
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE(t.records.size() - 1, m_responses.size());
        const QStringList header = t.records.at(0);
        QCOMPARE(header, savVariableNames(m_table));
        for (qsizetype r = 0; r < m_table.rows.size(); ++r) {
            const QStringList &got = t.records.at(r + 1);
            QCOMPARE(got.size(), header.size());
            for (qsizetype c = 0; c < header.size(); ++c) {
                const QVariant &cell = m_table.rows.at(r).at(c);
                const auto kind = m_table.columns.at(c).kind;
                if (kind == WideColumn::Kind::Text) {
                    // SPSS pads strings with spaces, so trailing spaces are not comparable; and
                    // pspp-convert writes every line break as LF (dictionaryHasLabels checks the
                    // exact text in the file).
                    QCOMPARE(got.at(c).trimmed(), cell.toString().replace(u"\r\n"_s, u"\n"_s).trimmed());
                } else if (kind == WideColumn::Kind::DateTime) {
                    QCOMPARE(
                        got.at(c).trimmed(), cell.isNull() ? QString() : psppDateTime(cell.toDateTime()));
                } else {
                    const QString expected = cell.isNull() ? QString() : QString::number(cell.toInt());
                    QVERIFY2(number(got.at(c)) == expected,
                        qPrintable(
                            u"%1 row %2: %3 != %4"_s.arg(header.at(c)).arg(r).arg(got.at(c), expected)));
                }
            }
        }
    }

    void dontKnowIsUserMissingAndLabelled()
    {
        // --recode turns user-missing values into system-missing: every -9 must become empty.
        const csvtest::Table recoded
            = psppConvert(m_sav, m_dir.filePath(u"recoded.csv"_s), { u"--recode"_s });
        QVERIFY2(recoded.error.isEmpty(), qPrintable(recoded.error));
        const csvtest::Table labelled
            = psppConvert(m_sav, m_dir.filePath(u"labels.csv"_s), { u"--labels"_s });
        QVERIFY2(labelled.error.isEmpty(), qPrintable(labelled.error));
        const QStringList header = recoded.records.at(0);
        const qsizetype tricky
            = std::find_if(m_responses.cbegin(), m_responses.cend(),
                  [](const StudyResponse &s) {
                      return s.data.respondentId == QUuid(u"00000000-0000-4000-8000-00000000abcd"_s);
                  })
            - m_responses.cbegin();
        const auto rec = asMap(header, recoded.records.at(tricky + 1));
        const auto lab = asMap(header, labelled.records.at(tricky + 1));
        const QString m1 = m_ins.measures().at(0).id;
        const QString a0 = m_ins.areas().at(0).id;
        const QString a1 = m_ins.areas().at(1).id;
        QCOMPARE(lab[u"eff_%1_%2"_s.arg(m1, a1)], u"Don't know"_s);
        QCOMPARE(rec[u"eff_%1_%2"_s.arg(m1, a1)].trimmed(), QString());
        QCOMPARE(lab[u"eff_%1_%2"_s.arg(m1, a0)], u"Strongly agree"_s);
        QCOMPARE(number(rec[u"eff_%1_%2"_s.arg(m1, a0)]), u"5"_s);
        QCOMPARE(lab[u"feas_"_s + m1], u"Don't know"_s);
        QCOMPARE(lab[u"exp_"_s + m_ins.expertiseGroups().at(0).id], u"Yes"_s);
        QCOMPARE(lab[u"exp_"_s + m_ins.expertiseGroups().at(2).id], u"No"_s);
        QCOMPARE(
            lab[u"comment_"_s + m_ins.measures().at(2).id].trimmed(), u"Zürich — 東京 👍 ,\"\n"_s.trimmed());
    }

    void dictionaryHasLabels()
    {
        QString error;
        const Dictionary d = readDictionary(m_sav, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(d.rows, int(m_responses.size()));
        QCOMPARE(d.names, savVariableNames(m_table));
        const QString eff = u"eff_m01_cbrn"_s;
        QVERIFY2(d.labels[eff].contains(m_ins.measures().at(0).name), qPrintable(d.labels[eff]));
        QVERIFY2(d.labels[eff].contains(u"Chemical"_s) || d.labels[eff].contains(u"CBRN"_s),
            qPrintable(d.labels[eff]));
        const QMap<double, QString> scale = d.valueLabels.value(d.labelSetOf.value(eff));
        QCOMPARE(scale.value(1), u"Strongly disagree"_s);
        QCOMPARE(scale.value(5), u"Strongly agree"_s);
        QCOMPARE(scale.value(-9), u"Don't know"_s);
        QCOMPARE(d.missing.value(eff), QList<double> { -9 });
        QCOMPARE(d.missing.value(u"feas_m01"_s), QList<double> { -9 });
        QVERIFY(d.missing.value(u"exp_ai_safety"_s).isEmpty());
        QCOMPARE(d.valueLabels.value(d.labelSetOf.value(u"pick_cbrn_m01"_s)).value(1), u"Yes"_s);
        QVERIFY(!d.labels[u"respondent_id"_s].isEmpty());
        for (const QString &name : d.names)
            QVERIFY2(!d.labels.value(name).isEmpty(), qPrintable(name + u" has no variable label"_s));
        // String values are stored exactly (line breaks, quotes, non-ASCII), up to SPSS's padding.
        const QStringList ids = d.strings.value(u"respondent_id"_s);
        const qsizetype tricky = ids.indexOf(u"00000000-0000-4000-8000-00000000abcd"_s);
        QVERIFY(tricky >= 0);
        QCOMPARE(d.strings.value(u"comment_"_s + m_ins.measures().at(1).id).value(tricky),
            u"Line one\r\nline two\nline three\rend"_s);
        QCOMPARE(d.strings.value(u"comment_"_s + m_ins.measures().at(2).id).value(tricky),
            u"Zürich — 東京 👍 ,\"\n"_s);
    }

    // Name and affiliation are labelled string variables; an anonymous respondent's are empty.
    void nameAndAffiliationAreLabelledStrings()
    {
        QString error;
        const Dictionary d = readDictionary(m_sav, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList ids = d.strings.value(u"respondent_id"_s);
        const qsizetype tricky = ids.indexOf(u"00000000-0000-4000-8000-00000000abcd"_s);
        QVERIFY(tricky >= 0);
        const QMap<QString, QString> given { { u"name"_s, u"Zoë O'Brien-Ngata"_s },
            { u"affiliation"_s, u"Institute of \"Examples\", Zürich"_s } };
        for (auto it = given.cbegin(); it != given.cend(); ++it) {
            QVERIFY2(d.names.contains(it.key()), qPrintable(d.names.mid(0, 6).join(u',')));
            QCOMPARE(d.types.value(it.key()), READSTAT_TYPE_STRING);
            QVERIFY2(d.labels.value(it.key()).contains(it.key(), Qt::CaseInsensitive),
                qPrintable(d.labels.value(it.key())));
            const QStringList values = d.strings.value(it.key());
            QCOMPARE(values.size(), ids.size());
            QCOMPARE(values.at(tricky), it.value());
            for (qsizetype r = 0; r < values.size(); ++r) {
                if (r != tricky)
                    QCOMPARE(values.at(r).trimmed(), QString());
            }
        }
        // As PSPP shows it to a user.
        const csvtest::Table t = psppConvert(m_sav, m_dir.filePath(u"named.csv"_s), {});
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        const auto row = asMap(t.records.at(0), t.records.at(tricky + 1));
        QCOMPARE(row[u"name"_s].trimmed(), given[u"name"_s]);
        QCOMPARE(row[u"affiliation"_s].trimmed(), given[u"affiliation"_s]);
    }

    void submittedAtIsDateTime()
    {
        // Submitted at 10:30:15.750 in UTC+1: the .sav holds 09:30:15 UTC, the whole seconds the
        // CSV shows. A response that was never submitted has no time: system-missing.
        QList<StudyResponse> responses = m_responses.mid(0, 2);
        const QDateTime utc(QDate(2026, 3, 1), QTime(9, 30, 15), Qt::UTC);
        responses[0].data.submittedAt
            = QDateTime(QDate(2026, 3, 1), QTime(10, 30, 15, 750), Qt::OffsetFromUTC, 3600);
        responses[1].data.submittedAt = QDateTime();
        const QString path = m_dir.filePath(u"submitted.sav"_s);
        auto summary = exportResponses(ExportFormat::Sav, m_ins, responses, path);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));

        QString error;
        const Dictionary d = readDictionary(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString var = u"submitted_at"_s;
        QCOMPARE(d.types.value(var), READSTAT_TYPE_DOUBLE);
        QCOMPARE(d.formats.value(var), u"DATETIME20"_s);
        QVERIFY2(d.labels.value(var).contains(u"UTC"_s), qPrintable(d.labels.value(var)));
        const qsizetype submitted
            = d.strings.value(u"respondent_id"_s)
                  .indexOf(responses[0].data.respondentId.toString(QUuid::WithoutBraces));
        QVERIFY(submitted >= 0);
        const QList<QVariant> values = d.numbers.value(var);
        QCOMPARE(values.size(), 2);
        QCOMPARE(values.at(submitted).toDouble(), spssSeconds(utc));
        QCOMPARE(values.at(submitted).toDouble(), 13991736615.0); // 141428 days * 86400 + 1772357415
        QVERIFY(values.at(1 - submitted).isNull());

        const csvtest::Table t = psppConvert(path, m_dir.filePath(u"submitted.csv"_s), {});
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        const qsizetype column = t.records.at(0).indexOf(var);
        QVERIFY(column >= 0);
        QCOMPARE(t.records.at(submitted + 1).at(column), u"03/01/2026 09:30:15"_s);
        QCOMPARE(t.records.at(2 - submitted).at(column).trimmed(), QString());

        // The CSV keeps ISO 8601 text for the same instant.
        auto table = buildWideTable(m_ins, inExportOrder(responses));
        QVERIFY(table.ok());
        const csvtest::Table wide = csvtest::parse(csvWide(*table));
        QCOMPARE(wide.records.at(submitted + 1).at(column), u"2026-03-01T09:30:15Z"_s);
        QCOMPARE(wide.records.at(2 - submitted).at(column), QString());
    }

    void longCommentIsShortenedWithANote()
    {
        QList<StudyResponse> responses = m_responses.mid(0, 2);
        const QString m = m_ins.measures().at(5).id;
        responses[0].data.comments[m] = QString(20000, u'é'); // 40,000 bytes of UTF-8
        const QString path = m_dir.filePath(u"long-comment.sav"_s);
        auto summary = exportResponses(ExportFormat::Sav, m_ins, responses, path);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->notes.size(), 1);
        QVERIFY2(summary->notes.at(0).contains(u"CSV"_s), qPrintable(summary->notes.at(0)));
        QString error;
        QCOMPARE(readDictionary(path, &error).rows, 2);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void oddIdsGetValidNames()
    {
        WideTable t;
        t.columns = { { u"eff_a-b_x"_s, u"dash"_s, WideColumn::Kind::Integer, -1 },
            { u"eff_a_b_x"_s, u"clash after the dash is replaced"_s, WideColumn::Kind::Integer, -1 },
            { u"pick_"_s + QString(70, u'x'), u"too long"_s, WideColumn::Kind::Integer, -1 } };
        QCOMPARE(savVariableNames(t), QStringList({ u"eff_a_b_x"_s, u"v0002"_s, u"v0003"_s }));
    }

private:
    Instrument m_ins = Instrument::bundled();
    QList<StudyResponse> m_responses;
    WideTable m_table;
    QString m_sav;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSavExport)
#include "tst_savexport.moc"
