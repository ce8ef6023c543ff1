#include "remote/ArmedAction.h"

namespace onair {

void ArmedAction::arm(const QString &action, ActionOrigin origin, qint64 nowMs)
{
    m_action = action;
    m_origin = origin;
    m_armedAtMs = nowMs;
}

bool ArmedAction::confirm(const QString &action, ActionOrigin origin, qint64 nowMs)
{
    const bool ok = !m_action.isEmpty() && m_action == action && m_origin == origin &&
                    nowMs >= m_armedAtMs && nowMs - m_armedAtMs < kConfirmWithinMs;
    // Any confirmation attempt uses the arm up: a wrong or late one needs a new arm.
    m_action.clear();
    return ok;
}

QString ArmedAction::armed(qint64 nowMs) const
{
    if (m_action.isEmpty() || nowMs < m_armedAtMs || nowMs - m_armedAtMs >= kConfirmWithinMs)
        return {};
    return m_action;
}

} // namespace onair
