#pragma once

// Runs the real panelist-cli binary for the CLI tests; each test target defines PANELIST_CLI (its path).

#include <QProcess>
#include <QString>
#include <QStringList>

namespace panelist::testcli {

struct Run
{
    int code = -1; // -1: it did not start, or did not end normally within two minutes
    QString out;
    QString err;
};

// panelist-cli with args; input is written to its standard input, which is then closed.
inline Run cli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(PANELIST_CLI), args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace panelist::testcli
