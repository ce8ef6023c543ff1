#include "cuepoint/BreakTrigger.h"

#include <QDateTime>

namespace onair {

BreakTrigger::BreakTrigger(Clock clock, qint64 guardMs)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_guardMs(qMax<qint64>(0, guardMs))
{}

BreakTrigger::Decision BreakTrigger::press(bool autoRepeat)
{
    if (autoRepeat)
        return Decision::IgnoreRepeat;
    const qint64 now = m_clock();
    // A clock that stepped back still counts as "just now".
    if (m_hasSent && now - m_lastSendMs < m_guardMs)
        return Decision::IgnoreWithinGuard;
    if (isBreakRunning())
        return Decision::AskConfirmation;
    return sendNow(now);
}

BreakTrigger::Decision BreakTrigger::pressUnattended()
{
    const Decision d = press();
    return d == Decision::AskConfirmation ? Decision::RefuseWhileRunning : d;
}

BreakTrigger::Decision BreakTrigger::confirm()
{
    const qint64 now = m_clock();
    if (m_hasSent && now - m_lastSendMs < m_guardMs)
        return Decision::IgnoreWithinGuard;
    return sendNow(now);
}

BreakTrigger::Decision BreakTrigger::sendNow(qint64 now)
{
    m_hasSent = true;
    m_lastSendMs = now;
    return Decision::Send;
}

void BreakTrigger::breakPlaced(qint64 startMs, quint32 durationSecs)
{
    const qint64 end = startMs + qint64(durationSecs) * 1000;
    // A break placed later (wall time) does not hide one that runs longer.
    if (end > m_breakEndMs)
        m_breakEndMs = end;
}

bool BreakTrigger::isBreakRunning() const
{
    // A break scheduled for later counts too: it will run, and a second would overlap it.
    return m_breakEndMs != 0 && m_clock() < m_breakEndMs;
}

} // namespace onair
