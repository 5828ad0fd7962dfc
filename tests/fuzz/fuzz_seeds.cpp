// Makes the seeds of tests/fuzz/corpus that cannot simply be copied (tests/fuzz/corpus/README.md):
//   fuzz_seeds seal IN OUT        IN's bytes sealed to the sealed-file target's key (fuzzkey.h)
//   fuzz_seeds csv WORKBOOK OUT   a workbook as the workbook target's CSV form (fuzz_workbook.cpp):
//                                 each sheet its name, a line break and its rows as CSV, NUL between

#include "tests/fuzz/fuzzkey.h"

#include "models/export/csv.h"
#include "models/security/sealedfile.h"
#include "models/workbook/workbookreader.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace panelist;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "fuzz_seeds: %s\n", qPrintable(message));
    return 1;
}

int save(const QString &path, const QByteArray &bytes)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
        return fail(path + QStringLiteral(": ") + out.errorString());
    return 0;
}

int seal(const QString &in, const QString &out)
{
    QFile f(in);
    if (!f.open(QIODevice::ReadOnly))
        return fail(in + QStringLiteral(": ") + f.errorString());
    const Result<QByteArray> sealed = SealedFile::seal(f.readAll(), fuzz::fuzzKey().publicKey());
    return sealed ? save(out, *sealed) : fail(sealed.error());
}

QByteArray sheetAsCsv(const WorkbookSheet &sheet)
{
    QByteArray out = sheet.name.toUtf8() + '\n';
    int next = 1;
    for (const WorkbookRow &row : sheet.rows) {
        for (; next < row.number; ++next)
            out += "\r\n"; // rows keep their numbers
        out += Csv::record(row.cells);
        ++next;
    }
    return out;
}

int csv(const QString &in, const QString &out)
{
    const Result<Workbook> workbook = readWorkbook(in);
    if (!workbook)
        return fail(workbook.error());
    QList<QByteArray> sheets;
    for (const WorkbookSheet &sheet : workbook->sheets)
        sheets.append(sheetAsCsv(sheet));
    return save(out, sheets.join('\0'));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && args.at(0) == QStringLiteral("seal"))
        return seal(args.at(1), args.at(2));
    if (args.size() == 3 && args.at(0) == QStringLiteral("csv"))
        return csv(args.at(1), args.at(2));
    std::fprintf(stderr, "usage: fuzz_seeds seal IN OUT | fuzz_seeds csv WORKBOOK OUT\n");
    return 2;
}
