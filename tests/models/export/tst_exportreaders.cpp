// The CSV exports as R, pandas and PSPP read them (docs/exports.md, "CSV"): the header's names
// (the file's byte-order mark not in the first), numbers as numbers with don't know as -9, and texts
// with the injection guard's apostrophe, which the one line docs/exports.md gives removes exactly. PSPP
// (Debian's pspp) is installed by scripts/deps and required; pandas (python3-pandas) and R
// (r-base-core) are not, so their checks are skipped on a machine without them.

#include "csvreader.h"
#include "exporttestdata.h"

#include "models/export/exporter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace panelist;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

struct Ran
{
    int code = -1;
    QByteArray out;
    QString err;
};

Ran run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    Ran r;
    if (!p.waitForFinished(120000)) {
        r.err = program + u" did not finish: "_s + p.errorString();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

// A python3 that has pandas (Debian's, when another python3 comes first on PATH), or empty.
QString pythonWithPandas()
{
    for (const QString &candidate : { u"/usr/bin/python3"_s, QStandardPaths::findExecutable(u"python3"_s) }) {
        if (!candidate.isEmpty() && run(candidate, { u"-c"_s, u"import pandas"_s }).code == 0)
            return candidate;
    }
    return {};
}

// What each respondent commented, by respondent id and wide column name.
QMap<QString, QMap<QString, QString>> commentsOf(const QList<StudyResponse> &responses)
{
    QMap<QString, QMap<QString, QString>> out;
    for (const StudyResponse &sr : responses) {
        auto &row = out[sr.data.respondentId.toString(QUuid::WithoutBraces)];
        for (auto c = sr.data.comments.cbegin(); c != sr.data.comments.cend(); ++c)
            row.insert(u"comment_"_s + c.key(), c.value());
    }
    return out;
}

} // namespace

class TestExportReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_responses = exporttest::studyResponses(m_ins);
        m_wide = m_dir.filePath(u"wide.csv"_s);
        QVERIFY(exportResponses(ExportFormat::CsvWide, m_ins, m_responses, m_wide).ok());
        m_header = csvtest::parseExport(readAll(m_wide)).records.value(0);
        QVERIFY(!m_header.isEmpty());
        QVERIFY(readAll(m_wide).startsWith("\xEF\xBB\xBFrespondent_id,")); // each reader must drop it
    }

    // pandas.read_csv with its defaults, then the guard stripped as docs/exports.md says.
    void pandas()
    {
        const QString python = pythonWithPandas();
        if (python.isEmpty())
            QSKIP("pandas is not installed (Debian package python3-pandas)");
        const QString script = m_dir.filePath(u"read.py"_s);
        QVERIFY(writeFile(script,
            "import json, sys\n"
            "import pandas as pd\n"
            "d = pd.read_csv(sys.argv[1])\n"
            "d = d.apply(lambda c: c.str.replace(r\"^'\", \"\", regex=True) if c.dtype == object else c)\n"
            "comments = {r.respondent_id: {c: r[c] for c in d.columns if c.startswith('comment_')\n"
            "             and isinstance(r[c], str)} for _, r in d.iterrows()}\n"
            "json.dump({'columns': list(d.columns), 'dtypes': {c: str(t) for c, t in d.dtypes.items()},\n"
            "           'minus9': int((d.filter(like='eff_') == -9).sum().sum()), 'comments': comments},\n"
            "          sys.stdout)\n"));
        const Ran r = run(python, { script, m_wide });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result[u"columns"_s].toVariant().toStringList(), m_header);
        const QJsonObject dtypes = result[u"dtypes"_s].toObject();
        QCOMPARE(dtypes[u"revision"_s].toString(), u"int64"_s);
        // A rating column is numeric (float64 when some answers are missing), a comment column text.
        QVERIFY(dtypes[u"eff_m01_cbrn"_s].toString().startsWith(u"int"_s)
            || dtypes[u"eff_m01_cbrn"_s].toString() == u"float64"_s);
        QCOMPARE(dtypes[u"comment_m05"_s].toString(), u"object"_s);
        QCOMPARE(result[u"minus9"_s].toInt(), minus9InCsv());
        compareComments(result[u"comments"_s].toObject().toVariantMap());
    }

    // read.csv as an R user in any locale would call it for UTF-8, then the guard stripped.
    void r()
    {
        const QString rscript = QStandardPaths::findExecutable(u"Rscript"_s);
        if (rscript.isEmpty())
            QSKIP("R is not installed (Debian package r-base-core)");
        const QString script = m_dir.filePath(u"read.R"_s);
        QVERIFY(writeFile(script,
            "args <- commandArgs(trailingOnly = TRUE)\n"
            "d <- read.csv(args[1], encoding = \"UTF-8\")\n"
            "d[] <- lapply(d, function(x) if (is.character(x)) sub(\"^'\", \"\", x) else x)\n"
            "out <- file(args[2], open = \"wb\")\n"
            "put <- function(...) writeBin(charToRaw(enc2utf8(paste0(...))), out)\n"
            "put(paste(names(d), collapse = \"\\t\"), \"\\n\")\n"
            "put(paste(sapply(d, function(x) class(x)[1]), collapse = \"\\t\"), \"\\n\")\n"
            "put(sum(d[, grep(\"^eff_\", names(d))] == -9, na.rm = TRUE), \"\\n\")\n"
            "for (col in grep(\"^comment_\", names(d), value = TRUE))\n"
            "  for (i in seq_len(nrow(d)))\n"
            "    if (nzchar(d[[col]][i])) put(d$respondent_id[i], \"\\x1f\", col, \"\\x1f\", d[[col]][i], "
            "\"\\x1e\")\n"
            "close(out)\n"));
        const QString out = m_dir.filePath(u"r-out.txt"_s);
        const Ran r = run(rscript, { script, m_wide, out });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = QString::fromUtf8(readAll(out));
        const QStringList lines = text.section(u'\n', 0, 2).split(u'\n');
        QCOMPARE(lines.at(0).split(u'\t'), m_header);
        const QStringList classes = lines.at(1).split(u'\t');
        QCOMPARE(classes.at(m_header.indexOf(u"revision"_s)), u"integer"_s);
        QCOMPARE(classes.at(m_header.indexOf(u"eff_m01_cbrn"_s)), u"integer"_s);
        QCOMPARE(classes.at(m_header.indexOf(u"comment_m05"_s)), u"character"_s);
        QCOMPARE(lines.at(2).toInt(), minus9InCsv());
        QVariantMap comments;
        for (const QString &record : text.section(u'\n', 3).split(u'\x1e', Qt::SkipEmptyParts)) {
            const QStringList parts = record.split(u'\x1f');
            QCOMPARE(parts.size(), 3);
            QVariantMap row = comments.value(parts.at(0)).toMap();
            row.insert(parts.at(1), parts.at(2));
            comments.insert(parts.at(0), row);
        }
        // Base R reads every line break inside a field as LF (a CRLF or CR typed becomes LF).
        compareComments(comments, LineBreaks::AsLf);
    }

    // PSPP's GET DATA, as SPSS syntax names every variable: numbers read as numbers, -9 kept, texts
    // with the guard's apostrophe. PSPP 1.6 cannot read a line break inside a quoted field (the
    // .sav export is the way into PSPP and SPSS), so these comments have none.
    void pspp()
    {
        if (QStandardPaths::findExecutable(u"pspp"_s).isEmpty())
            QFAIL("pspp is not installed (Debian package pspp; scripts/deps installs it)");
        QList<StudyResponse> responses = m_responses;
        for (StudyResponse &sr : responses) {
            for (QString &c : sr.data.comments) {
                c.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
                if (c.trimmed().isEmpty())
                    c = u"blank"_s;
            }
        }
        const QString csv = m_dir.filePath(u"pspp.csv"_s);
        QVERIFY(exportResponses(ExportFormat::CsvWide, m_ins, responses, csv).ok());
        const csvtest::Table data = csvtest::parseExport(readAll(csv));
        const csvtest::Table cb = csvtest::parseExport(readAll(codebookPath(csv)));
        QVERIFY(data.error.isEmpty() && cb.error.isEmpty());
        QStringList variables;
        for (qsizetype c = 0; c < data.records.at(0).size(); ++c) {
            const QString type = cb.records.at(c + 1).at(1);
            qsizetype width = 1;
            for (qsizetype r = 1; r < data.records.size(); ++r)
                width = qMax(width, data.records.at(r).at(c).toUtf8().size());
            variables << data.records.at(0).at(c)
                    + (type == u"text"_s || type == u"timestamp"_s ? u" A%1"_s.arg(width) : u" F8.0"_s);
        }
        const QString sav = m_dir.filePath(u"pspp.sav"_s);
        const QString syntax = m_dir.filePath(u"read.sps"_s);
        QVERIFY(writeFile(syntax,
            (u"GET DATA /TYPE=TXT /FILE='%1' /ENCODING='UTF-8' /ARRANGEMENT=DELIMITED /DELIMITERS=','\n"
             u"  /QUALIFIER='\"' /FIRSTCASE=2\n  /VARIABLES=%2.\nSAVE /OUTFILE='%3'.\n"_s.arg(
                 csv, variables.join(u"\n    "_s), sav))
                .toUtf8()));
        Ran r = run(u"pspp"_s, { syntax });
        QVERIFY2(r.code == 0 && !r.out.contains("error"), qPrintable(QString::fromUtf8(r.out) + r.err));
        const QString back = m_dir.filePath(u"pspp-back.csv"_s);
        r = run(u"pspp-convert"_s, { sav, back });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const csvtest::Table read = csvtest::parse(readAll(back), false);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.records.at(0), data.records.at(0));
        QCOMPARE(read.records.size(), data.records.size());
        int guarded = 0;
        for (qsizetype row = 1; row < data.records.size(); ++row) {
            for (qsizetype c = 0; c < data.records.at(0).size(); ++c) {
                const QString expected = data.records.at(row).at(c);
                const QString got = read.records.at(row).at(c).trimmed(); // SPSS pads strings
                QVERIFY2(got == expected.trimmed(),
                    qPrintable(
                        u"%1 row %2: %3 != %4"_s.arg(data.records.at(0).at(c)).arg(row).arg(got, expected)));
                guarded += got.startsWith(u"'="_s) ? 1 : 0;
            }
        }
        QCOMPARE(guarded, 1); // the =HYPERLINK comment, as text
    }

private:
    int minus9InCsv() const
    {
        const csvtest::Table t = csvtest::parseExport(readAll(m_wide));
        int n = 0;
        for (qsizetype r = 1; r < t.records.size(); ++r) {
            for (qsizetype c = 0; c < m_header.size(); ++c)
                n += m_header.at(c).startsWith(u"eff_"_s) && t.records.at(r).at(c) == u"-9"_s ? 1 : 0;
        }
        return n;
    }

    enum class LineBreaks { AsTyped, AsLf };

    // Every comment a reader got, with the guard stripped, is the comment given; none is missing.
    void compareComments(const QVariantMap &read, LineBreaks lineBreaks = LineBreaks::AsTyped) const
    {
        const auto typed = [lineBreaks](QString text) {
            if (lineBreaks == LineBreaks::AsLf)
                text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
            return text;
        };
        const auto expected = commentsOf(m_responses);
        int compared = 0;
        for (auto respondent = expected.cbegin(); respondent != expected.cend(); ++respondent) {
            const QVariantMap got = read.value(respondent.key()).toMap();
            for (auto c = respondent->cbegin(); c != respondent->cend(); ++c) {
                QVERIFY2(got.value(c.key()).toString() == typed(c.value()),
                    qPrintable(u"%1 %2: %3"_s.arg(respondent.key(), c.key(), got.value(c.key()).toString())));
                ++compared;
            }
        }
        QVERIFY(compared > 50);
        const QString tricky = u"00000000-0000-4000-8000-00000000abcd"_s;
        QCOMPARE(read.value(tricky).toMap().value(u"comment_m05"_s).toString(), exporttest::HyperlinkComment);
    }

    Instrument m_ins = Instrument::bundled();
    QList<StudyResponse> m_responses;
    QTemporaryDir m_dir;
    QString m_wide;
    QStringList m_header;
};

QTEST_GUILESS_MAIN(TestExportReaders)
#include "tst_exportreaders.moc"
