#pragma once

#include "remote/ActionOrigin.h"
#include "remote/ArmedAction.h"
#include "remote/RateLimiter.h"
#include "remote/RemoteOutcome.h"
#include "remote/ShowState.h"
#include "show/Lifecycle.h"

#include <QHash>
#include <QObject>
#include <optional>

#include <functional>

namespace onair {

class BreakController;
class BroadcastSession;

// The show's actions for callers outside the window (D-Bus, `onair ctl`, HTTP), service
// neutral: each adaptor turns its call into one of these and the outcome into its answer.
// The rules are the keyboard's: the same ShowGuards and BroadcastSession operations, the same
// BreakTrigger (a double press within the guard time is ignored; a press during a running
// break is refused with its reason, since no one is there to answer a question). Go live, end
// and recover are off unless the operator allows them (setShowControlAllowed), and then need
// an arm and a confirmation from the same origin within ArmedAction::kConfirmWithinMs. Every
// action is in the show's event log with its origin; each origin is rate-limited.
class RemoteCommands : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const RemoteOutcome &)>;
    using Clock = std::function<qint64()>; // epoch ms

    static constexpr quint32 kDefaultBreakSecs = 30;
    static constexpr quint32 kMaxBreakSecs = 3600;
    // Per origin: ten actions at once, then one every 500 ms.
    static constexpr int kActionBurst = 10;
    static constexpr qint64 kActionIntervalMs = 500;

    RemoteCommands(BroadcastSession *session, BreakController *breaks, QObject *parent = nullptr);

    void setClock(Clock clock);
    void setShowControlAllowed(bool allowed) { m_showControlAllowed = allowed; }
    bool isShowControlAllowed() const { return m_showControlAllowed; }
    // The duration of a break asked for without one (0 seconds): the window's F9 duration
    // when the app wires it, kDefaultBreakSecs otherwise.
    void setDefaultBreakSecs(std::function<quint32()> secs)
    {
        m_defaultBreakSecs = std::move(secs);
    }

    // Ad breaks: `done` gets the outcome once YouTube has answered, or at once when the break
    // was not sent (ignored, refused, rate-limited). 0 seconds means the default duration.
    void breakNow(ActionOrigin origin, quint32 durationSecs, Done done);
    void breakAtOffset(ActionOrigin origin, qint64 offsetMs, quint32 durationSecs, Done done);
    void breakAtWallTime(ActionOrigin origin, qint64 epochMs, quint32 durationSecs, Done done);

    RemoteOutcome startTest(ActionOrigin origin);
    // Arm (when allowed and possible now); confirm() carries them out.
    RemoteOutcome goLive(ActionOrigin origin) { return arm(origin, QStringLiteral("live")); }
    RemoteOutcome end(ActionOrigin origin) { return arm(origin, QStringLiteral("end")); }
    RemoteOutcome recover(ActionOrigin origin) { return arm(origin, QStringLiteral("recover")); }
    // `action` is "live", "end" or "recover", armed by the same origin just before.
    RemoteOutcome confirm(ActionOrigin origin, const QString &action);
    // Reads the broadcast and the stream now (F5).
    RemoteOutcome refresh(ActionOrigin origin);

    ShowState state() const;
    qint64 now() const { return m_clock(); }

Q_SIGNALS:
    // Something a remote caller reads may have changed (the lifecycle, the stream, a break).
    void stateMayHaveChanged();

private:
    enum class BreakMode
    {
        Now,
        Offset,
        WallTime
    };
    void placeBreak(ActionOrigin origin, BreakMode mode, qint64 at, quint32 durationSecs,
                    Done done);
    void breakAnswered(int id);
    RemoteOutcome arm(ActionOrigin origin, const QString &action);
    std::optional<RemoteOutcome> refusedShowControl(ActionOrigin origin, const QString &name);
    // Why `action` cannot be carried out now; empty when it can.
    QString whyNot(const QString &action) const;
    void carryOut(const QString &action);
    QString actionName(const QString &action) const;
    RateLimiter &limiter(ActionOrigin origin);
    RemoteOutcome logged(ActionOrigin origin, const QString &action, const RemoteOutcome &outcome);

    BroadcastSession *m_session;
    BreakController *m_breaks;
    Clock m_clock;
    bool m_showControlAllowed = false;
    std::function<quint32()> m_defaultBreakSecs;
    ArmedAction m_armed;
    QHash<int, RateLimiter> m_limiters;
    QHash<int, Done> m_pendingBreaks; // cuepoint-log id → the caller waiting for its answer
};

} // namespace onair
