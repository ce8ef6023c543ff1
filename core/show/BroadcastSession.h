#pragma once

#include "google/youtube/model/LiveBroadcast.h"
#include "google/youtube/model/LiveStream.h"
#include "net/ApiError.h"
#include "show/EventLog.h"
#include "show/Lifecycle.h"
#include "show/PollingPolicy.h"
#include "show/SessionStore.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <optional>

class QTimer;

namespace onair {

class CuepointLog;
class YouTubeClient;

// The show being run: one broadcast and its bound stream. It decides whether an operator's
// intent may go to YouTube (the lifecycle guards), sends it, polls the result to its end,
// offers the documented recovery when a transition sticks, and saves what it needs to
// reattach after a restart. YouTube stays the source of truth: everything shown comes from
// the last read.
class BroadcastSession : public QObject
{
    Q_OBJECT

public:
    // A transition still in testStarting/liveStarting after this long is called stuck and
    // the recovery is offered. YouTube documents 5–10 s, "up to about a minute".
    static constexpr int kDefaultStuckAfterMs = 45000;
    // After a recovery, the new broadcast is tested again once its stream is active, if that
    // happens within this long and the operator has not acted first.
    static constexpr int kRetestWithinMs = 300000;
    static const QStringList &broadcastParts();
    static const QStringList &streamParts();

    explicit BroadcastSession(YouTubeClient *client, SessionStore *store = nullptr,
                              QObject *parent = nullptr);
    ~BroadcastSession() override;

    const std::optional<LiveBroadcast> &broadcast() const { return m_broadcast; }
    const std::optional<LiveStream> &stream() const { return m_stream; }
    LifeCycleStatus lifeCycle() const;
    StreamStatus streamStatus() const;
    QDateTime monitorStart() const { return m_monitorStart; }
    EventLog *eventLog() const { return m_log; }
    bool isBusy() const { return m_busy > 0; }
    std::optional<Intent> pendingTransition() const { return m_pending; }
    bool isStuck() const { return m_stuck; }
    void setStuckAfterMs(int ms) { m_stuckAfterMs = ms; }
    int stuckAfterMs() const { return m_stuckAfterMs; }
    PollingPolicy::Situation pollSituation() const;
    PollingPolicy::Intervals pollIntervals() const;
    double pollingUnitsPerHour() const { return PollingPolicy::unitsPerHour(pollIntervals()); }

    // The operator's attention, fed by the window (core knows no widgets): while the window is
    // active, or within the attention time of an action, waiting for the encoder polls faster.
    void setOperatorAttentive(bool attentive);
    // A key press or an action; also reads the broadcast when the last read is old.
    void noteOperatorActivity();
    bool isOperatorLooking() const;
    // The test encoder has started: watch for "active" closely for a short while.
    void noteEncoderStarted();
    // Tests and benchmarks shorten these (defaults from PollingPolicy).
    void setFastWindowMs(int ms) { m_fastWindowMs = ms; }
    void setOperatorAttentionMs(int ms) { m_attentionMs = ms; }
    // Whether the session will start the test by itself once the stream is active.
    bool isRetestArmed() const { return m_retestArmed; }

    // Whether an intent may be sent now, and the sentence that says why not.
    TransitionCheck check(Intent intent) const;
    static QString explain(TransitionBlock block);
    static QString intentName(Intent intent);

    // Set-up (stage 1). `videoCategoryId` and `tags` follow with videos.update, as YouTube
    // wants; a thumbnail follows with thumbnails.set.
    void createBroadcast(const LiveBroadcast &draft, const QString &videoCategoryId = {},
                         const QStringList &tags = {}, const QByteArray &thumbnail = {},
                         const QString &thumbnailMimeType = {});
    void attachBroadcast(const QString &broadcastId);
    void createAndBindStream(const LiveStream &draft);
    void bindExistingStream(const QString &streamId);
    // Step 3.5: unbind and delete the misconfigured stream, create a new one, bind it.
    void rebindNewStream(const LiveStream &draft);

    // Stages 3–5, guarded; each is polled to its settled state.
    void requestTransition(Intent intent);
    // The documented fix for a stuck transition: delete the broadcast, create one with the
    // same settings, bind it to the same stream and start testing again.
    void recoverStuckTransition();
    // Step 3.6: only once testing has been reached.
    void setAutoStartStop(bool autoStart, bool autoStop);
    // Title, description and privacy stay editable during the show.
    void updateMetadata(const QString &title, const QString &description,
                        const QString &privacyStatus);

    // After a restart: read the saved broadcast again and carry on with the saved clocks
    // (restoreSaved() and reattachSaved() in one, without the account check).
    void reattach(const SavedSession &saved);
    // The account's saved show, taken in before anything can save (at start-up, on an account
    // switch): its logs and clocks at once; its broadcast stays in every save until
    // reattachSaved() reads it, or the operator opens or creates another, or forgets it.
    void restoreSaved(const SavedSession &saved);
    bool hasSavedShow() const { return m_saved.has_value(); }
    // Reads the saved show's broadcast again when it was saved by `accountId` and `channelId`
    // (the signed-in ones; an empty one is not compared). Otherwise says so in the event
    // log, keeps the saved show and returns false.
    bool reattachSaved(const QString &accountId, const QString &channelId);
    void forget();
    SavedSession snapshot() const;
    void setAccountId(const QString &accountId);
    void setChannelId(const QString &channelId) { m_channelId = channelId; }
    // Writes a pending save now (before the store moves to another account's file).
    void flushSave();
    // The show's ad breaks, saved and reattached with the session (owned elsewhere).
    void setCuepointLog(CuepointLog *log);

    // Reads both now (F5, after sign-in, tests), then watches closely for a short while.
    void refresh();

Q_SIGNALS:
    void broadcastChanged();
    void streamChanged();
    void monitorStartChanged();
    void busyChanged(bool busy);
    void transitionProgress(const QString &text); // empty when none is running
    void transitionStuck(onair::Intent intent);
    void transitionFinished(onair::Intent intent, bool ok);
    void recoveryFinished(bool ok);
    void actionFailed(const QString &action, const onair::ApiError &error);
    void reattached(bool ok);

private:
    void setBroadcast(const LiveBroadcast &b);
    void setStream(const LiveStream &s);
    void checkStuck();
    void pollBroadcast();
    void pollStream();
    void reschedule();
    void bindStream(const QString &streamId, const QString &action);
    void afterTransitionRead();
    void sendTransition(Intent intent);
    void operatorActed(); // an action on the show: counts as attention, cancels the re-test
    void openFastWindow();
    void readBroadcastSoon();
    void retestIfActive();
    void cancelRetest();
    // The broadcast is gone at YouTube: stop reading it, keep the stream for a new one.
    // No broadcast any more (its timers, clocks and pending transition go with it).
    void clearBroadcast();
    void dropBroadcastKeepStream(const QString &action, const QString &text, const QString &reason);
    void fail(const QString &action, const ApiError &error);
    void ok(const QString &action, const QString &result);
    void beginBusy();
    void endBusy();
    void save(); // soon, coalesced
    void saveNow();

    YouTubeClient *m_client;
    SessionStore *m_store;
    EventLog *m_log;
    QTimer *m_broadcastTimer;
    QTimer *m_streamTimer;
    QTimer *m_saveTimer;
    QString m_accountId;
    QString m_channelId;
    std::optional<SavedSession> m_saved; // restored, its broadcast not read back yet
    std::optional<LiveBroadcast> m_broadcast;
    std::optional<LiveStream> m_stream;
    QDateTime m_monitorStart;
    std::optional<Intent> m_pending;
    QElapsedTimer m_pendingSince;
    // Since testStarting/liveStarting was first read: the stuck clock.
    QElapsedTimer m_transientSince;
    bool m_stuck = false;
    bool m_recovering = false;
    bool m_retestArmed = false;
    QDeadlineTimer m_retestUntil;
    QDeadlineTimer m_fastUntil; // expired: no fast window
    int m_fastWindowMs = PollingPolicy::kFastWindowMs;
    bool m_attentive = false;
    QElapsedTimer m_lastActivity;
    int m_attentionMs = PollingPolicy::kAttentionMs;
    QElapsedTimer m_streamSent;    // when the last stream read was sent
    QElapsedTimer m_broadcastRead; // when the broadcast was last read
    QDateTime m_readSentAt;        // while a poll's answer is applied: when it was sent
    int m_stuckAfterMs = kDefaultStuckAfterMs;
    bool m_broadcastPollInFlight = false;
    bool m_streamPollInFlight = false;
    int m_busy = 0;
    CuepointLog *m_cuepointLog = nullptr;
};

} // namespace onair
