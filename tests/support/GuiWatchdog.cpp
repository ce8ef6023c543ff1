#include "GuiWatchdog.h"

namespace onair::test {

GuiWatchdog::GuiWatchdog(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &GuiWatchdog::tick);
}

void GuiWatchdog::start()
{
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void GuiWatchdog::stop()
{
    m_timer.stop();
}

void GuiWatchdog::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 stall = now - m_last - m_intervalMs;
    m_last = now;
    ++m_ticks;
    if (stall > 50)
        m_longStalls << m_phase + QStringLiteral(": ") + QString::number(stall) +
                            QStringLiteral(" ms");
    qint64 &phaseMax = m_maxByPhase[m_phase];
    phaseMax = qMax(phaseMax, stall);
    if (stall > m_maxStallMs) {
        m_maxStallMs = stall;
        m_maxStallPhase = m_phase;
    }
}

qint64 GuiWatchdog::maxStallMsExcept(const QStringList &phases) const
{
    qint64 worst = 0;
    for (auto it = m_maxByPhase.cbegin(); it != m_maxByPhase.cend(); ++it)
        if (!phases.contains(it.key()))
            worst = qMax(worst, it.value());
    return worst;
}

} // namespace onair::test
