#pragma once

// A place where writing fails halfway, for every user: while a FileSizeLimit lives, no file
// this process writes may grow beyond `bytes` (RLIMIT_FSIZE; the write fails with EFBIG
// instead of raising SIGXFSZ). A read-only folder would not do, since root writes there
// anyway, and the tests run as root in some containers.
#include <sys/resource.h>

#include <csignal>

namespace tcplab::testing {

class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limited = m_old;
        limited.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    // False when the limit could not be set: then the test cannot show anything.
    bool isActive() const { return m_active; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = SIG_DFL;
    bool m_active = false;
};

} // namespace tcplab::testing
