#include "GuiWatchdog.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>

namespace onair::test {

GuiWatchdog::GuiWatchdog(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &GuiWatchdog::tick);
}

GuiWatchdog::~GuiWatchdog()
{
    if (m_schedstat >= 0)
        ::close(m_schedstat);
}

void GuiWatchdog::start()
{
    // "thread-self": the file of the thread that opens it, the GUI thread.
    if (m_schedstat < 0)
        m_schedstat = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
    m_lastStat = readSchedStat();
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void GuiWatchdog::stop()
{
    m_timer.stop();
}

// schedstat holds three numbers: time on a CPU, time waiting on a run queue (both in ns),
// and the number of time slices.
GuiWatchdog::SchedStat GuiWatchdog::readSchedStat() const
{
    if (m_schedstat < 0)
        return {};
    char buf[96];
    const ssize_t n = ::pread(m_schedstat, buf, sizeof buf - 1, 0);
    if (n <= 0)
        return m_lastStat;
    buf[n] = '\0';
    char *end = nullptr;
    SchedStat s;
    s.cpuNs = qint64(std::strtoull(buf, &end, 10));
    s.waitNs = qint64(std::strtoull(end, nullptr, 10));
    return s;
}

void GuiWatchdog::tick()
{
    const qint64 now = m_clock.elapsed();
    const SchedStat stat = readSchedStat();
    const qint64 stall = qMax<qint64>(0, now - m_last - m_intervalMs);
    const qint64 own = qMax<qint64>(0, stall - (stat.waitNs - m_lastStat.waitNs) / 1000000);
    // Without schedstat all of the stall counts as work.
    const qint64 busy = m_schedstat < 0 ? stall : (stat.cpuNs - m_lastStat.cpuNs) / 1000000;
    m_last = now;
    m_lastStat = stat;
    ++m_ticks;
    if (stall > 50)
        m_longStalls << QStringLiteral("%1: %2 ms (own %3 ms, busy %4 ms)")
                            .arg(m_phase)
                            .arg(stall)
                            .arg(own)
                            .arg(busy);
    if (stall > m_maxStallMs) {
        m_maxStallMs = stall;
        m_maxStallPhase = m_phase;
    }
    if (own > m_maxOwnStallMs) {
        m_maxOwnStallMs = own;
        m_maxOwnStallPhase = m_phase;
    }
    if (busy > m_maxBusyMs) {
        m_maxBusyMs = busy;
        m_maxBusyPhase = m_phase;
    }
}

} // namespace onair::test
