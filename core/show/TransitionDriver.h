#pragma once

#include "google/youtube/model/LiveBroadcast.h"
#include "net/Result.h"
#include "show/Lifecycle.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <optional>
#include <utility>

namespace onair {

class ShowContext;

// Stages 3–5: sends a transition, follows it through testStarting/liveStarting to its settled
// state as the show reads the broadcast, and calls a transition stuck when a read sent more
// than the limit after the first read of a transient state still shows it. The transition's
// own result goes to the completion given with send().
class TransitionDriver : public QObject
{
    Q_OBJECT

public:
    // Whether the transition reached its settled state (false: refused or failed).
    using Done = std::function<void(Intent intent, bool ok)>;

    explicit TransitionDriver(ShowContext *context, QObject *parent = nullptr);

    std::optional<Intent> pending() const { return m_pending; }
    bool isStuck() const { return m_stuck; }
    void setStuckAfterMs(int ms) { m_stuckAfterMs = ms; }
    int stuckAfterMs() const { return m_stuckAfterMs; }
    // While a recovery runs, nothing is called stuck.
    void setRecovering(bool recovering) { m_recovering = recovering; }
    static QString intentName(Intent intent);

    // Sends the transition (the caller has checked it); `accepted` gets YouTube's answer to
    // apply, `done` the outcome once settled or failed.
    void send(const QString &broadcastId, Intent intent,
              std::function<void(const LiveBroadcast &)> accepted, Done done);
    // Every read of the broadcast: `sentAt` is when the read was sent (invalid: just now).
    void observe(LifeCycleStatus before, const LiveBroadcast &now, bool sameBroadcast,
                 const QDateTime &sentAt);
    // No broadcast any more, or another one: nothing pending, nothing stuck.
    void reset();

Q_SIGNALS:
    void progressChanged(const QString &text); // empty when none is running
    void stuckDetected(onair::Intent intent);

private:
    void afterRead(LifeCycleStatus now);
    void checkStuck(LifeCycleStatus now, const QDateTime &sentAt);

    ShowContext *m_context;
    std::optional<Intent> m_pending;
    Done m_done;
    QElapsedTimer m_pendingSince;
    // Since testStarting/liveStarting was first read: the stuck clock.
    QElapsedTimer m_transientSince;
    bool m_stuck = false;
    bool m_recovering = false;
    int m_stuckAfterMs = 45000;
};

} // namespace onair
