#include "cli/progress.h"

#include "cli/commandline.h"

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

// At most four drawings a second: enough to see it move, little enough to cost nothing.
constexpr qint64 RedrawMs = 250;
// The rate over the first second says too little about the time left.
constexpr qint64 EstimateAfterMs = 1000;

QString grouped(qint64 n)
{
    QString digits = QString::number(n);
    for (qsizetype at = digits.size() - 3; at > (n < 0 ? 1 : 0); at -= 3)
        digits.insert(at, u',');
    return digits;
}

QString timeLeft(qint64 seconds)
{
    if (seconds < 60)
        return u"%1 s left"_s.arg(seconds);
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return u"%1 min left"_s.arg(minutes);
    return u"%1 h %2 min left"_s.arg(minutes / 60).arg(minutes % 60);
}

} // namespace

QString progressText(qint64 done, qint64 total, const QString &noun, qint64 elapsedMs)
{
    QString text = u"%1 of %2 %3"_s.arg(grouped(done), grouped(total), total == 1 ? noun.chopped(1) : noun);
    if (done > 0 && done < total && elapsedMs >= EstimateAfterMs) {
        const double msLeft = double(elapsedMs) / double(done) * double(total - done);
        text += u", "_s + timeLeft(qint64(std::ceil(msLeft / 1000.0)));
    }
    return text;
}

OptionSpec quietOption(const QString &help)
{
    return { .name = u"quiet"_s, .help = help };
}

bool isQuiet(const ParsedCommand &command)
{
    return command.isSet(u"quiet"_s);
}

ProgressLine::ProgressLine(CliIo &io, qint64 total, QString noun, bool enabled)
    : m_io(io)
    , m_total(total)
    , m_noun(std::move(noun))
    , m_enabled(enabled && io.errIsTerminal)
{
    m_clock.start();
}

ProgressLine::~ProgressLine()
{
    finish();
}

void ProgressLine::setDone(qint64 done)
{
    m_done = done;
    if (!m_enabled)
        return;
    const qint64 now = m_clock.elapsed();
    if (now - m_drawnAt < RedrawMs)
        return;
    m_drawnAt = now;
    draw(progressText(m_done, m_total, m_noun, now));
}

void ProgressLine::beforeOutput()
{
    if (m_enabled && m_io.outIsTerminal && !m_shown.isEmpty()) {
        m_hidden = m_shown;
        erase();
    }
}

void ProgressLine::afterOutput()
{
    if (!m_hidden.isEmpty()) {
        draw(m_hidden);
        m_hidden.clear();
    }
}

void ProgressLine::finish()
{
    if (m_enabled)
        erase();
    m_enabled = false;
    m_hidden.clear();
}

// Spaces over what a shorter text leaves of the last one: no escape sequence, so any terminal works.
void ProgressLine::draw(const QString &text)
{
    const qsizetype pad = std::max<qsizetype>(0, m_shown.size() - text.size());
    m_io.err << '\r' << text << QString(pad, u' ');
    if (pad > 0)
        m_io.err << '\r' << text;
    m_io.err.flush();
    m_shown = text;
}

void ProgressLine::erase()
{
    if (m_shown.isEmpty())
        return;
    m_io.err << '\r' << QString(m_shown.size(), u' ') << '\r';
    m_io.err.flush();
    m_shown.clear();
}

} // namespace panelist
