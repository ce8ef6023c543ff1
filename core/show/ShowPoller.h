#pragma once

#include "google/youtube/model/LiveBroadcast.h"
#include "google/youtube/model/LiveStream.h"
#include "net/Result.h"
#include "show/PollingPolicy.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QTimer;

namespace onair {

class ShowContext;

// Reads the show's broadcast and its bound stream as PollingPolicy says, from the show's
// situation plus what the poller itself knows: the fast window after a bind, an encoder start
// or a refresh, and the operator's attention. Each read's answer goes to the show's handler.
class ShowPoller : public QObject
{
    Q_OBJECT

public:
    // What there is to read, as the show has it now.
    struct Target
    {
        QString broadcastId;      // empty: no broadcast
        QString streamId;         // the bound stream; empty: none
        bool streamKnown = false; // its settings were read: only its status is read again
        bool paused = false;      // a recovery is deleting the broadcast: its 404 is expected
    };
    using BroadcastRead =
        std::function<void(const QString &id, Result<LiveBroadcast> r, const QDateTime &sentAt)>;
    using StreamRead = std::function<void(Result<LiveStream> r)>;

    ShowPoller(ShowContext *context, std::function<Target()> target,
               std::function<PollingPolicy::Situation()> situation, QObject *parent = nullptr);
    void onBroadcastRead(BroadcastRead handler) { m_onBroadcast = std::move(handler); }
    void onStreamRead(StreamRead handler) { m_onStream = std::move(handler); }

    PollingPolicy::Situation situation() const;
    PollingPolicy::Intervals intervals() const;

    void setOperatorAttentive(bool attentive);
    // Returns whether the operator was looking before.
    bool noteActivity();
    bool isOperatorLooking() const;
    bool isAttentive() const { return m_attentive; }
    void setFastWindowMs(int ms) { m_fastWindowMs = ms; }
    void setOperatorAttentionMs(int ms) { m_attentionMs = ms; }
    // Watch closely for a while (a bind, an encoder start, a refresh).
    void openFastWindow();
    // The last broadcast read is older than `ms`, or there was none.
    bool broadcastReadOlderThan(int ms) const;

    void pollBroadcast();
    void pollStream();
    // Reads the broadcast now unless a read is on its way.
    void readBroadcastSoon();
    // Both now, then closely for a while (F5).
    void refresh();
    void reschedule();
    void stop();

private:
    ShowContext *m_context;
    std::function<Target()> m_target;
    std::function<PollingPolicy::Situation()> m_situation;
    BroadcastRead m_onBroadcast;
    StreamRead m_onStream;
    QTimer *m_broadcastTimer;
    QTimer *m_streamTimer;
    QDeadlineTimer m_fastUntil; // expired: no fast window
    int m_fastWindowMs = PollingPolicy::kFastWindowMs;
    bool m_attentive = false;
    QElapsedTimer m_lastActivity;
    int m_attentionMs = PollingPolicy::kAttentionMs;
    QElapsedTimer m_streamSent;    // when the last stream read was sent
    QElapsedTimer m_broadcastRead; // when the broadcast was last read
    bool m_broadcastPollInFlight = false;
    bool m_streamPollInFlight = false;
};

} // namespace onair
