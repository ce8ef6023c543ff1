#pragma once

#include <QtGlobal>

namespace onair {

// A token bucket: up to `burst` calls at once, then one more every `intervalMs`. Remote
// callers (a stuck Stream Deck button, a script in a loop) cannot flood the show or YouTube's
// quota. Pure: time comes from the caller.
class RateLimiter
{
public:
    RateLimiter(int burst, qint64 intervalMs);

    // True when a call may go now (and counts it).
    bool take(qint64 nowMs);
    // How long until the next call may go, 0 when one may now.
    qint64 waitMs(qint64 nowMs) const;

private:
    void refill(qint64 nowMs);

    int m_burst;
    qint64 m_intervalMs;
    qint64 m_creditMs; // one call costs m_intervalMs; at most m_burst calls' worth
    qint64 m_lastMs = 0;
    bool m_started = false;
};

} // namespace onair
