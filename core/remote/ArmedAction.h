#pragma once

#include "remote/ActionOrigin.h"

#include <QString>
#include <QtGlobal>

namespace onair {

// Arm-then-confirm for the actions that can interrupt the show from outside the window (go
// live, end, recover): the first call arms, a confirming call for the same action from the
// same origin within the confirmation time carries it out. Arming anything else, or another
// origin's arm, replaces it; a confirmation is used up. Pure: time comes from the caller.
class ArmedAction
{
public:
    static constexpr qint64 kConfirmWithinMs = 5000;

    void arm(const QString &action, ActionOrigin origin, qint64 nowMs);
    // True (and disarmed) when `action` was armed by `origin` less than kConfirmWithinMs ago.
    bool confirm(const QString &action, ActionOrigin origin, qint64 nowMs);
    // What is armed now, or empty.
    QString armed(qint64 nowMs) const;

private:
    QString m_action;
    ActionOrigin m_origin = ActionOrigin::Window;
    qint64 m_armedAtMs = 0;
};

} // namespace onair
