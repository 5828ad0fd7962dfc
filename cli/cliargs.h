#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace panelist {

// Arguments of one command: positionals plus "--name VALUE" / "--name=VALUE" options.
struct CliArgs
{
    QStringList positional;
    QHash<QString, QString> options;
    QString error; // non-empty on a usage error: unknown option, missing value, option given twice
};

// Each option in known may be given at most once and needs a non-empty value.
CliArgs parseCliArgs(const QStringList &args, const QStringList &known);

} // namespace panelist
