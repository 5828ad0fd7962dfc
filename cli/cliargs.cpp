#include "cli/cliargs.h"

using namespace Qt::StringLiterals;

namespace panelist {

CliArgs parseCliArgs(const QStringList &args, const QStringList &known)
{
    CliArgs a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(u"--"_s)) {
            a.positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            hasValue = true;
        }
        if (!known.contains(name)) {
            a.error = u"unknown option --"_s + name;
            return a;
        }
        if (!hasValue) {
            if (i + 1 >= args.size()) {
                a.error = u"--%1 needs a value"_s.arg(name);
                return a;
            }
            value = args.at(++i);
        }
        if (value.isEmpty()) {
            a.error = u"--%1 needs a value"_s.arg(name);
            return a;
        }
        if (a.options.contains(name)) {
            a.error = u"--%1 given twice"_s.arg(name);
            return a;
        }
        a.options.insert(name, value);
    }
    return a;
}

} // namespace panelist
