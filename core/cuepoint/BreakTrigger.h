#pragma once

#include <QtGlobal>

#include <functional>

namespace onair {

// One press, one cuepoint. Decides what an ad-break key press does:
//   - a key auto-repeat never sends (IgnoreRepeat);
//   - a press within the guard time of the last press that sent is a double press
//     (IgnoreWithinGuard);
//   - a press while a break is still running or scheduled (now < its start + its duration)
//     must be confirmed by the operator first (AskConfirmation); then confirm() sends;
//     a press no one is there to confirm (pressUnattended(): D-Bus, onair ctl, HTTP) is
//     refused instead (RefuseWhileRunning);
//   - otherwise Send.
// A Send (from press() or confirm()) starts the guard. The caller reports each break that went
// out with breakPlaced(), so the trigger knows when it runs. Pure: time comes from the clock
// (epoch milliseconds, so that wall-time breaks compare), injected for tests.
class BreakTrigger
{
public:
    using Clock = std::function<qint64()>;

    enum class Decision
    {
        Send,
        IgnoreRepeat,
        IgnoreWithinGuard,
        AskConfirmation,
        RefuseWhileRunning,
    };

    static constexpr qint64 kDefaultGuardMs = 1500;

    explicit BreakTrigger(Clock clock = {}, qint64 guardMs = kDefaultGuardMs);

    Decision press(bool autoRepeat = false);
    // A press from outside the window: the same rules, but a running break refuses it.
    Decision pressUnattended();
    // The operator confirmed an AskConfirmation: Send, unless this is itself a double
    // confirmation within the guard time.
    Decision confirm();
    // A break went out, starting at `startMs` (epoch ms; now for an immediate break) for
    // `durationSecs`.
    void breakPlaced(qint64 startMs, quint32 durationSecs);

    qint64 guardMs() const { return m_guardMs; }
    void setGuardMs(qint64 guardMs) { m_guardMs = qMax<qint64>(0, guardMs); }
    // True from the moment a break is placed until it ends (now < start + duration).
    bool isBreakRunning() const;
    // When the last-ending break ends, epoch ms; 0 when none was placed.
    qint64 breakEndsAtMs() const { return m_breakEndMs; }

private:
    Decision sendNow(qint64 now);

    Clock m_clock;
    qint64 m_guardMs;
    qint64 m_lastSendMs = 0;
    bool m_hasSent = false;
    qint64 m_breakEndMs = 0;
};

} // namespace onair
