// Child program of tst_crash: opens (or creates) a response file and saves answers until it is
// killed, reporting each one on stdout only after ResponseStore returned success.

#include "crashprotocol.h"

#include "models/storage/responsestore.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

using namespace panelist;
using namespace panelist::crashtest;

namespace {

void report(const QString &line)
{
    // One write per line, flushed at once: a line on the pipe means the call had returned.
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return fail(QStringLiteral("usage: crashwriter FILE RUN"));
    const QString path = args.at(1);
    const int run = args.at(2).toInt();
    auto store = QFileInfo::exists(path)
        ? ResponseStore::open(path)
        : ResponseStore::create(path, QByteArrayLiteral(R"({"format":"crash-test"})"),
            QStringLiteral("feedc0de"), QUuid::createUuid());
    if (!store)
        return fail(store.error());
    report(QStringLiteral("ready"));
    for (int i = 0; i < 1000000; ++i) {
        const QString measure = measureFor(run, i);
        const Rating rating = dontKnowFor(i) ? Rating::unknown() : Rating::of(valueFor(i));
        if (Status s = (*store)->setRating(measure, areaFor(i), rating); !s)
            return fail(s.error());
        report(QStringLiteral("saved %1 %2 %3")
                   .arg(measure, areaFor(i),
                       rating.dontKnow ? QStringLiteral("dk") : QString::number(rating.value)));
        if (commentAfter(i)) {
            if (Status s = (*store)->setComment(measure, commentFor(measure)); !s)
                return fail(s.error());
            report(QStringLiteral("commented %1").arg(measure));
        }
    }
    return 0;
}
