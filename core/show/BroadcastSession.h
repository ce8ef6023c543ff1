#pragma once

#include "google/youtube/model/LiveBroadcast.h"
#include "google/youtube/model/LiveStream.h"
#include "google/youtube/model/Video.h"
#include "net/ApiError.h"
#include "net/Result.h"
#include "show/EventLog.h"
#include "show/Lifecycle.h"
#include "show/PollingPolicy.h"
#include "show/SessionKeeper.h"
#include "show/SessionStore.h"
#include "show/ShowContext.h"
#include "show/ShowEventTracker.h"
#include "show/ShowGuards.h"
#include "show/ShowPoller.h"
#include "show/StuckRecovery.h"
#include "show/TransitionDriver.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace onair {

class CuepointLog;
class SetUpOperation;
class ShowEvents;
class YouTubeClient;

// The show being run: one broadcast and its bound stream. It holds what YouTube last said,
// decides whether an operator's intent may go to YouTube (the lifecycle guards), and hands
// the work to its operations, each of which reports its result back: SetUpOperation (stage 1),
// TransitionDriver (stages 3–5, stuck detection), StuckRecovery, ShowPoller (reads, with
// PollingPolicy) and SessionKeeper (save, reattach). What happened is published on events().
// YouTube stays the source of truth: everything shown comes from the last read.
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
    static const QStringList &broadcastParts() { return ShowContext::broadcastParts(); }
    static const QStringList &streamParts() { return ShowContext::streamParts(); }
    template<typename T>
    using Done = std::function<void(Result<T>)>;
    // A transition's outcome: whether it reached its settled state.
    using TransitionDone = std::function<void(Intent intent, bool ok)>;

    explicit BroadcastSession(YouTubeClient *client, SessionStore *store = nullptr,
                              QObject *parent = nullptr);
    ~BroadcastSession() override;

    const std::optional<LiveBroadcast> &broadcast() const { return m_broadcast; }
    const std::optional<LiveStream> &stream() const { return m_stream; }
    LifeCycleStatus lifeCycle() const;
    StreamStatus streamStatus() const;
    QDateTime monitorStart() const { return m_monitorStart; }
    EventLog *eventLog() const { return m_context->log(); }
    // What happened to the show, once per broadcast (created … recording processed).
    ShowEvents *events() const { return m_events; }
    bool isBusy() const { return m_context->isBusy(); }
    std::optional<Intent> pendingTransition() const { return m_driver->pending(); }
    bool isStuck() const { return m_driver->isStuck(); }
    void setStuckAfterMs(int ms) { m_driver->setStuckAfterMs(ms); }
    int stuckAfterMs() const { return m_driver->stuckAfterMs(); }
    // Tests shorten the slow read of the recording after complete.
    void setRecordingPollMs(int ms) { m_tracker->setRecordingPollMs(ms); }
    PollingPolicy::Situation pollSituation() const { return m_poller->situation(); }
    PollingPolicy::Intervals pollIntervals() const { return m_poller->intervals(); }
    double pollingUnitsPerHour() const { return PollingPolicy::unitsPerHour(pollIntervals()); }

    // The operator's attention, fed by the window (core knows no widgets): while the window is
    // active, or within the attention time of an action, waiting for the encoder polls faster.
    void setOperatorAttentive(bool attentive);
    // A key press or an action; also reads the broadcast when the last read is old.
    void noteOperatorActivity();
    bool isOperatorLooking() const { return m_poller->isOperatorLooking(); }
    // The test encoder has started: watch for "active" closely for a short while.
    void noteEncoderStarted() { m_poller->openFastWindow(); }
    // Tests and benchmarks shorten these (defaults from PollingPolicy).
    void setFastWindowMs(int ms) { m_poller->setFastWindowMs(ms); }
    void setOperatorAttentionMs(int ms) { m_poller->setOperatorAttentionMs(ms); }
    // Whether the session will start the test by itself once the stream is active.
    bool isRetestArmed() const { return m_recovery->isRetestArmed(); }

    // Whether an intent may be sent now, and the sentence that says why not.
    TransitionCheck check(Intent intent) const
    {
        return ShowGuards::check(m_broadcast, m_stream, pendingTransition().has_value(), intent,
                                 m_beforeShow ? m_beforeShow() : TransitionBlock::None);
    }
    // A follower of the show that must be done before it starts (the Content ID claim): while
    // `guard` answers a block, testing and going live are refused with it, from every path.
    // The follower calls beforeShowChanged() whenever its answer may have changed.
    void setBeforeShowGuard(std::function<TransitionBlock()> guard)
    {
        m_beforeShow = std::move(guard);
        Q_EMIT guardsChanged();
    }
    void beforeShowChanged() { Q_EMIT guardsChanged(); }
    // Whether auto start / auto stop may be changed now (reference §2.1), and why not.
    bool canChangeAutoStart() const
    {
        return ShowGuards::canChangeAutoStart(m_broadcast, m_stream);
    }
    bool canChangeAutoStop() const { return ShowGuards::canChangeAutoStop(m_broadcast); }
    static QString explain(TransitionBlock block) { return ShowGuards::explain(block); }
    static QString intentName(Intent intent) { return TransitionDriver::intentName(intent); }

    // Set-up (stage 1). `videoCategoryId` and `tags` follow with videos.update, as YouTube
    // wants; a thumbnail follows with thumbnails.set. `done` gets the insert's result once
    // the new broadcast is the show's (before category, tags and thumbnail follow).
    void createBroadcast(const LiveBroadcast &draft, const QString &videoCategoryId = {},
                         const QStringList &tags = {}, const QByteArray &thumbnail = {},
                         const QString &thumbnailMimeType = {}, Done<LiveBroadcast> done = {});
    void attachBroadcast(const QString &broadcastId);
    void createAndBindStream(const LiveStream &draft);
    void bindExistingStream(const QString &streamId) { bindStream(streamId, tr("Bind stream")); }
    // Step 3.5: unbind and delete the misconfigured stream, create a new one, bind it.
    void rebindNewStream(const LiveStream &draft);

    // Stages 3–5, guarded; each is polled to its settled state.
    void requestTransition(Intent intent, TransitionDone done = {});
    // The documented fix for a stuck transition: delete the broadcast, create one with the
    // same settings, bind it to the same stream and start testing again.
    void recoverStuckTransition();
    // Auto start only while created/ready with the bound stream not active, auto stop only
    // while created/ready (reference §2.1): with a test phase they stay off. A refused change
    // is logged with the reason; `done` gets the update's result (nullopt: refused, not sent).
    void setAutoStartStop(bool autoStart, bool autoStop,
                          std::function<void(std::optional<Result<LiveBroadcast>>)> done = {});
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
    bool hasSavedShow() const { return m_keeper->saved().has_value(); }
    // Reads the saved show's broadcast again when it was saved by `accountId` and `channelId`
    // (the signed-in ones; an empty one is not compared). Otherwise says so in the event
    // log, keeps the saved show and returns false.
    bool reattachSaved(const QString &accountId, const QString &channelId);
    void forget();
    SavedSession snapshot() const { return m_keeper->snapshot(); }
    void setAccountId(const QString &accountId) { m_keeper->setAccountId(accountId); }
    void setChannelId(const QString &channelId) { m_keeper->setChannelId(channelId); }
    // Writes a pending save now (before the store moves to another account's file).
    void flushSave() { m_keeper->flush(); }
    // The show's ad breaks, saved and reattached with the session (owned elsewhere).
    void setCuepointLog(CuepointLog *log) { m_keeper->setCuepointLog(log); }

    // A part of the saved show kept by a follower of the show (Content ID's record): written
    // into every save's extra, and given the saved extra whenever a saved show is taken in.
    struct SavedPart
    {
        std::function<void(QJsonObject *extra)> save;
        std::function<void(const QJsonObject &extra)> restore;
    };
    void addSavedPart(SavedPart part) { m_savedParts.append(std::move(part)); }
    // Saves now, not coalesced (an id that must survive a crash the moment it is known).
    void saveNow()
    {
        save();
        m_keeper->flush();
    }

    // Reads both now (F5, after sign-in, tests), then watches closely for a short while.
    void refresh() { m_poller->refresh(); }

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
    // What check() answers may have changed without a read (setBeforeShowGuard()).
    void guardsChanged();

private:
    void setBroadcast(const LiveBroadcast &b);
    void setStream(const LiveStream &s);
    void broadcastRead(const QString &id, const Result<LiveBroadcast> &r, const QDateTime &sentAt);
    void streamRead(const Result<LiveStream> &r);
    ShowPoller::Target pollTarget() const;
    PollingPolicy::Situation showSituation() const;
    void bindStream(const QString &streamId, const QString &action);
    void sendTransition(Intent intent, TransitionDone done);
    void transitionDone(Intent intent, bool ok, const TransitionDone &done);
    void recovered(const LiveBroadcast &b);
    void operatorActed(); // an action on the show: counts as attention, cancels the re-test
    void retestIfActive();
    // No broadcast any more (its timers, clocks and pending transition go with it).
    void clearBroadcast();
    void setMonitorStart(const QDateTime &start);
    SavedSession currentShow() const;
    void save() { m_keeper->save(); }

    ShowContext *m_context;
    ShowEvents *m_events;
    ShowEventTracker *m_tracker;
    SetUpOperation *m_setUp;
    TransitionDriver *m_driver;
    StuckRecovery *m_recovery;
    ShowPoller *m_poller;
    SessionKeeper *m_keeper;
    std::optional<LiveBroadcast> m_broadcast;
    std::optional<LiveStream> m_stream;
    QDateTime m_monitorStart;
    QDateTime m_readSentAt; // while a poll's answer is applied: when it was sent
    QList<SavedPart> m_savedParts;
    std::function<TransitionBlock()> m_beforeShow;
};

} // namespace onair
