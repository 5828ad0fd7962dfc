#pragma once

// What crashwriter writes and reports, shared with tst_crash so both sides agree on the text.
// Protocol on stdout, one line per call that returned successfully (flushed before the next call):
//   ready                            the file is open; answers follow
//   saved <measure> <area> <value>   setRating returned OK; value is 1..5 or "dk" (don't know)
//   commented <measure>              setComment(measure, commentFor(measure)) returned OK

#include <QString>

namespace panelist::crashtest {

inline QString measureFor(int run, int i)
{
    return QStringLiteral("r%1_%2").arg(run).arg(i);
}

inline QString areaFor(int i)
{
    return QStringLiteral("a%1").arg(i % 4);
}

inline bool dontKnowFor(int i)
{
    return i % 7 == 3;
}

inline int valueFor(int i)
{
    return 1 + i % 5;
}

inline bool commentAfter(int i)
{
    return i % 3 == 1;
}

// Long enough to spill into overflow pages, with newlines and non-ASCII text.
inline QString commentFor(const QString &measure)
{
    return QStringLiteral("Kommentar zu %1: naïve \"quote\" \U0001F600\n").arg(measure).repeated(40);
}

} // namespace panelist::crashtest
