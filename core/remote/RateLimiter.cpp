#include "remote/RateLimiter.h"

namespace onair {

RateLimiter::RateLimiter(int burst, qint64 intervalMs)
    : m_burst(qMax(1, burst))
    , m_intervalMs(qMax<qint64>(1, intervalMs))
    , m_creditMs(m_burst * m_intervalMs)
{}

void RateLimiter::refill(qint64 nowMs)
{
    if (!m_started) {
        m_started = true;
        m_lastMs = nowMs;
        return;
    }
    // A clock that steps back adds nothing.
    if (nowMs <= m_lastMs)
        return;
    m_creditMs = qMin(m_burst * m_intervalMs, m_creditMs + (nowMs - m_lastMs));
    m_lastMs = nowMs;
}

bool RateLimiter::take(qint64 nowMs)
{
    refill(nowMs);
    if (m_creditMs < m_intervalMs)
        return false;
    m_creditMs -= m_intervalMs;
    return true;
}

qint64 RateLimiter::waitMs(qint64 nowMs) const
{
    RateLimiter probe = *this;
    probe.refill(nowMs);
    return qMax<qint64>(0, m_intervalMs - probe.m_creditMs);
}

} // namespace onair
