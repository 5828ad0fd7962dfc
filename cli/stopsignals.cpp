#include "cli/stopsignals.h"

#include <sys/socket.h>
#include <unistd.h>

namespace panelist {

namespace {

// The socket pair the handler writes to: a signal handler can reach no instance.
int s_fds[2] = { -1, -1 };

void handle(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_fds[0], &byte, 1);
}

} // namespace

StopSignals::StopSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_fds) != 0)
        return;
    struct sigaction sa = {};
    sa.sa_handler = &handle;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &sa, &m_oldInt);
    ::sigaction(SIGTERM, &sa, &m_oldTerm);
    m_ok = true;
}

StopSignals::~StopSignals()
{
    if (!m_ok)
        return;
    ::sigaction(SIGINT, &m_oldInt, nullptr);
    ::sigaction(SIGTERM, &m_oldTerm, nullptr);
    ::close(s_fds[0]);
    ::close(s_fds[1]);
}

int StopSignals::readFd() const
{
    return s_fds[1];
}

} // namespace panelist
