#pragma once

#include "cuepoint/BreakTrigger.h"
#include "cuepoint/CuepointLog.h"
#include "cuepoint/CuepointOffset.h"
#include "remote/ActionOrigin.h"

#include <QObject>

#include <functional>
#include <optional>

namespace onair {

class BroadcastSession;
class YouTubeClient;

// Fires the show's ad breaks: refuses a break (with the reason, in the event log and the
// cuepoint log) unless the broadcast is live and, for an offset, the offset fits the window;
// otherwise logs it as sent, calls liveBroadcasts.cuepoint once and records the answer.
// Owns the cuepoint log (saved with the session) and the press trigger (one press, one break).
class BreakController : public QObject
{
    Q_OBJECT

public:
    using PlayerElapsed = std::function<std::optional<qint64>()>;
    using Clock = std::function<qint64()>; // epoch ms

    BreakController(BroadcastSession *session, YouTubeClient *client, QObject *parent = nullptr);

    CuepointLog *log() const { return m_log; }
    BreakTrigger &trigger() { return m_trigger; }
    const BreakTrigger &trigger() const { return m_trigger; }
    // Where the monitor player's getCurrentTime() comes from; none means the session clock.
    void setPlayerElapsed(PlayerElapsed player) { m_player = std::move(player); }
    void setClock(Clock clock);

    // Empty when a break may be fired now (the broadcast is live and its stream active); the
    // sentence that says why not otherwise.
    QString whyNotNow() const;
    CuepointOffset::Elapsed elapsed() const;
    qint64 delayMs() const;
    CuepointWindow window() const { return CuepointOffset::window(elapsed(), delayMs()); }

    // Each returns the cuepoint-log id of the break (refused breaks are logged as failed). The
    // event log names the origin of a break that did not come from the window.
    int fireNow(quint32 durationSecs, ActionOrigin origin = ActionOrigin::Window);
    int fireAtWallTime(qint64 epochMs, quint32 durationSecs,
                       ActionOrigin origin = ActionOrigin::Window);
    int fireAtOffset(qint64 offsetMs, quint32 durationSecs,
                     ActionOrigin origin = ActionOrigin::Window);

    // The operator answered "no" to a second break while one runs; logged in the event log.
    void noteDeclined(quint32 durationSecs);
    // A second press within the guard time sent nothing; logged in the event log.
    void noteDoublePress();
    // Time left of the break that runs now (placed or not yet answered; the latest-ending one),
    // or none. A break scheduled for later counts from its start.
    std::optional<qint64> breakTimeLeftMs() const;

Q_SIGNALS:
    // whyNotNow() may have changed: the session's broadcast did.
    void availabilityChanged();
    void breakRefused(int id, const QString &reason);
    void breakAnswered(int id);

private:
    int fire(CuepointLogEntry entry, ActionOrigin origin);
    // Why a break pressed at `pressedAtMs` may no longer be sent again (the press is too long
    // ago, the broadcast stopped being live, an offset left the window); empty when it may.
    QString whyNotResend(qint64 pressedAtMs, std::optional<qint64> offsetMs) const;
    // After the log was restored (a reattach): breaks still running count as running.
    void rememberRunningBreaks();
    int refuse(CuepointLogEntry entry, const QString &reason, ActionOrigin origin);
    QDateTime nowUtc() const;

    BroadcastSession *m_session;
    YouTubeClient *m_client;
    CuepointLog *m_log;
    Clock m_clock;
    BreakTrigger m_trigger;
    PlayerElapsed m_player;
};

} // namespace onair
