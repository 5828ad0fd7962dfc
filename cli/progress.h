#pragma once

#include "cli/cliio.h"
#include "cli/commandspec.h"

#include <QElapsedTimer>
#include <QString>

namespace panelist {

// "1,200 of 3,000 files, 40 s left": done of total, and the time left at the rate so far once
// elapsedMs is at least a second and something is done; "1 of 1 file" when total is 1. Digits are
// grouped with commas whatever the locale, as the rest of the tool's output is English.
QString progressText(qint64 done, qint64 total, const QString &noun, qint64 elapsedMs);

// The --quiet option of the long commands (merge, merge --watch, simulate), with what it leaves out
// of that command: never an error, nor the summary (docs/cli.md, "Progress and --quiet").
OptionSpec quietOption(const QString &help);
bool isQuiet(const ParsedCommand &command);

// A count of a long command's work on one line of standard error, redrawn in place with '\r' at most
// four times a second and erased when done (or destroyed). Only when standard error is a terminal
// and the command is not --quiet; otherwise every call does nothing, so a pipe or a log file never
// gets a progress line. Nothing is drawn in the first quarter second: a quick command shows none.
// Owned by one command on the thread that runs it.
class ProgressLine final
{
public:
    ProgressLine(CliIo &io, qint64 total, QString noun, bool enabled);
    ~ProgressLine();
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    // done of total are finished: redrawn when the last drawing is a quarter second old.
    void setDone(qint64 done);
    void advance() { setDone(m_done + 1); }
    // Around a line written to standard output: when that is the same terminal, the progress line is
    // erased before it and drawn again after it, so the line never lands in the middle of it.
    void beforeOutput();
    void afterOutput();
    // Erases the line for good; later calls draw nothing.
    void finish();

private:
    void draw(const QString &text);
    void erase();

    CliIo &m_io;
    qint64 m_total;
    QString m_noun;
    bool m_enabled;
    qint64 m_done = 0;
    QElapsedTimer m_clock;
    qint64 m_drawnAt = 0; // m_clock's time of the last drawing
    QString m_shown; // what the terminal shows now; empty when nothing
    QString m_hidden; // erased by beforeOutput(), drawn again by afterOutput()
};

} // namespace panelist
