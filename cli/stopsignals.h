#pragma once

#include <csignal>

namespace panelist {

// While an instance lives, SIGINT and SIGTERM no longer end the process: each writes one byte that
// makes readFd() readable, so an event loop can stop cleanly (a QSocketNotifier on readFd() quitting
// it). Only async-signal-safe work (write) happens in the handler. The previous handlers come back
// when the instance goes. One instance at a time: a signal handler can reach only static state.
class StopSignals
{
public:
    StopSignals();
    ~StopSignals();
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

    bool ok() const { return m_ok; } // false: the handlers could not be installed
    int readFd() const;

private:
    struct sigaction m_oldInt = {}, m_oldTerm = {};
    bool m_ok = false;
};

} // namespace panelist
