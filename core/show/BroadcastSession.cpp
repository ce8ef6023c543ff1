#include "show/BroadcastSession.h"

#include "show/SessionKeeper.h"
#include "show/SetUpOperation.h"
#include "show/ShowContext.h"
#include "show/ShowEventTracker.h"
#include "show/ShowEvents.h"
#include "show/ShowGuards.h"
#include "show/StuckRecovery.h"

namespace onair {

namespace {
// An operator's key press reads the broadcast again when its last read is older than this.
constexpr int kActivityReadMs = 60000;
} // namespace

BroadcastSession::BroadcastSession(YouTubeClient *client, SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_context(new ShowContext(client, this))
    , m_events(new ShowEvents(this))
    , m_tracker(new ShowEventTracker(m_context, m_events, this))
    , m_setUp(new SetUpOperation(m_context, this))
    , m_driver(new TransitionDriver(m_context, this))
    , m_recovery(new StuckRecovery(m_context, this))
    , m_poller(new ShowPoller(
          m_context, [this] { return pollTarget(); }, [this] { return showSituation(); }, this))
    , m_keeper(new SessionKeeper(
          m_context, store, [this] { return currentShow(); }, this))
{
    m_driver->setStuckAfterMs(kDefaultStuckAfterMs);
    m_poller->onBroadcastRead([this](const QString &id, Result<LiveBroadcast> r,
                                     const QDateTime &sentAt) { broadcastRead(id, r, sentAt); });
    m_poller->onStreamRead([this](Result<LiveStream> r) { streamRead(r); });
    connect(m_context, &ShowContext::busyChanged, this, &BroadcastSession::busyChanged);
    connect(m_context, &ShowContext::actionFailed, this, &BroadcastSession::actionFailed);
    connect(m_driver, &TransitionDriver::progressChanged, this,
            &BroadcastSession::transitionProgress);
    connect(m_driver, &TransitionDriver::stuckDetected, this, &BroadcastSession::transitionStuck);
    connect(m_context->log(), &EventLog::entryAdded, this, &BroadcastSession::save);
    connect(m_events, &ShowEvents::published, this, &BroadcastSession::save);
    connect(this, &BroadcastSession::monitorStartChanged, this, &BroadcastSession::save);
}

BroadcastSession::~BroadcastSession()
{
    m_keeper->flush();
}

LifeCycleStatus BroadcastSession::lifeCycle() const
{
    return m_broadcast ? m_broadcast->status.lifeCycleStatus : LifeCycleStatus::Unspecified;
}

StreamStatus BroadcastSession::streamStatus() const
{
    return m_stream ? m_stream->status.streamStatus : StreamStatus::Unknown;
}

ShowPoller::Target BroadcastSession::pollTarget() const
{
    ShowPoller::Target t;
    t.broadcastId = m_broadcast ? m_broadcast->id : QString();
    t.streamId = m_broadcast ? m_broadcast->contentDetails.boundStreamId : QString();
    t.streamKnown = m_stream && !t.streamId.isEmpty() && m_stream->id == t.streamId;
    t.paused = m_recovery->isRunning();
    return t;
}

PollingPolicy::Situation BroadcastSession::showSituation() const
{
    PollingPolicy::Situation s;
    s.hasBroadcast = m_broadcast.has_value();
    s.broadcast = lifeCycle();
    const QString boundId = m_broadcast ? m_broadcast->contentDetails.boundStreamId : QString();
    s.streamBound = !boundId.isEmpty();
    s.stream = m_stream && m_stream->id == boundId ? streamStatus() : StreamStatus::Unknown;
    s.transitionPending = m_driver->pending().has_value();
    s.autoStart = m_broadcast && m_broadcast->contentDetails.enableAutoStart;
    s.autoStop = m_broadcast && m_broadcast->contentDetails.enableAutoStop;
    return s;
}

void BroadcastSession::setOperatorAttentive(bool attentive)
{
    if (attentive == m_poller->isAttentive())
        return;
    m_poller->setOperatorAttentive(attentive);
    if (attentive)
        noteOperatorActivity(); // back at the window: show a fresh state
    else
        m_poller->reschedule();
}

void BroadcastSession::noteOperatorActivity()
{
    const bool wasLooking = m_poller->noteActivity();
    // The operator may act on what they see: the broadcast should not be minutes old.
    if (m_broadcast && !lifecycle::isTerminal(lifeCycle()) &&
        m_poller->broadcastReadOlderThan(kActivityReadMs))
        m_poller->readBroadcastSoon();
    if (!wasLooking)
        m_poller->reschedule();
}

void BroadcastSession::operatorActed()
{
    m_poller->noteActivity();
    m_recovery->cancelRetest();
}

void BroadcastSession::setBroadcast(const LiveBroadcast &b)
{
    const LifeCycleStatus before = lifeCycle();
    const bool idsChanged =
        !m_broadcast || m_broadcast->id != b.id ||
        m_broadcast->contentDetails.boundStreamId != b.contentDetails.boundStreamId;
    const bool sameBroadcast = m_broadcast && m_broadcast->id == b.id;
    m_broadcast = b;
    const LifeCycleStatus now = b.status.lifeCycleStatus;
    if (before != now && before != LifeCycleStatus::Unspecified) {
        m_context->log()->add(
            tr("Lifecycle"), EventLog::Outcome::Info,
            tr("%1 → %2").arg(lifecycle::toString(before), lifecycle::toString(now)));
    }
    // The monitor stream starts when testing is reached, or live when there was no test phase
    // (not at testStarting/liveStarting, which come seconds to a minute earlier).
    if (!m_monitorStart.isValid() &&
        (now == LifeCycleStatus::Testing || now == LifeCycleStatus::Live)) {
        // YouTube changed state before it answered: the moment the read was sent is closer to
        // it than the moment the answer came (by the answer's latency).
        m_monitorStart = now == LifeCycleStatus::Live && b.snippet.actualStartTime.isValid()
                             ? b.snippet.actualStartTime
                         : m_readSentAt.isValid() ? m_readSentAt
                                                  : QDateTime::currentDateTimeUtc();
        Q_EMIT monitorStartChanged();
    }
    Q_EMIT broadcastChanged();
    m_driver->observe(before, b, sameBroadcast, m_readSentAt);
    m_tracker->observe(b);
    m_poller->reschedule();
    retestIfActive();
    if (idsChanged)
        save();
}

void BroadcastSession::setStream(const LiveStream &s)
{
    const StreamStatus before = streamStatus();
    const QString beforeHealth = m_stream ? m_stream->status.healthStatus.status : QString();
    if (m_stream && m_stream->id == s.id && !s.parts.contains(QLatin1String("cdn"))) {
        // A status-only read: keep what we know of the rest.
        m_stream->status = s.status;
    } else {
        m_stream = s;
    }
    const bool statusChanged = before != s.status.streamStatus && before != StreamStatus::Unknown;
    const bool healthChanged =
        !beforeHealth.isEmpty() && beforeHealth != s.status.healthStatus.status;
    if (statusChanged)
        m_context->log()->add(tr("Stream"), EventLog::Outcome::Info,
                              tr("%1 → %2").arg(lifecycle::toString(before),
                                                lifecycle::toString(s.status.streamStatus)));
    if (healthChanged)
        m_context->log()->add(tr("Stream health"), EventLog::Outcome::Info,
                              tr("%1 → %2").arg(beforeHealth, s.status.healthStatus.status));
    Q_EMIT streamChanged();
    // What happens to the stream may change the broadcast (auto start/stop, YouTube's own
    // reaction): read it now instead of polling it often.
    if ((statusChanged || healthChanged) && !lifecycle::isTerminal(lifeCycle()))
        m_poller->readBroadcastSoon();
    m_poller->reschedule();
    retestIfActive();
}

void BroadcastSession::broadcastRead(const QString &id, const Result<LiveBroadcast> &r,
                                     const QDateTime &sentAt)
{
    if (r.isOk()) {
        m_readSentAt = sentAt;
        setBroadcast(r.value());
        m_readSentAt = QDateTime();
    } else if (r.error().reason == QLatin1String("liveBroadcastNotFound")) {
        // Once, not at every poll: it will not come back.
        const QString action = tr("Read broadcast");
        m_context->fail(action, r.error());
        clearBroadcast();
        m_context->log()->add(action, EventLog::Outcome::Failed,
                              tr("Broadcast %1 no longer exists at YouTube (deleted elsewhere?), "
                                 "so OnAir stops reading it. The stream is kept: create a new "
                                 "broadcast or open an upcoming one, and bind it to this stream.")
                                  .arg(id),
                              QStringLiteral("broadcastGone"));
        save();
    } else {
        qCInfo(lcSession) << "broadcast poll:" << r.error().summary();
        m_poller->reschedule();
    }
}

void BroadcastSession::streamRead(const Result<LiveStream> &r)
{
    if (r.isOk()) {
        setStream(r.value());
    } else {
        qCInfo(lcSession) << "stream poll:" << r.error().summary();
        m_poller->reschedule();
    }
}

void BroadcastSession::createBroadcast(const LiveBroadcast &draft, const QString &videoCategoryId,
                                       const QStringList &tags, const QByteArray &thumbnail,
                                       const QString &thumbnailMimeType, Done<LiveBroadcast> done)
{
    operatorActed();
    m_setUp->create(draft, {videoCategoryId, tags, thumbnail, thumbnailMimeType},
                    [this, done](Result<LiveBroadcast> r) {
                        if (r.isOk()) {
                            // A stream kept from a broadcast that is gone stays for the new
                            // one to bind.
                            const std::optional<LiveStream> kept =
                                m_broadcast ? std::nullopt : m_stream;
                            forget();
                            if (kept) {
                                m_stream = kept;
                                Q_EMIT streamChanged();
                            }
                            m_tracker->created(r.value());
                            setBroadcast(r.value());
                        }
                        if (done)
                            done(r);
                    });
}

void BroadcastSession::attachBroadcast(const QString &broadcastId)
{
    operatorActed();
    m_setUp->open(broadcastId, [this](Result<LiveBroadcast> r) {
        if (!r.isOk())
            return;
        // The same show opened again (after a failed reattach) keeps its clocks; another one
        // starts afresh.
        const auto &saved = m_keeper->saved();
        const bool same = (saved && saved->broadcastId == r.value().id) ||
                          (m_broadcast && m_broadcast->id == r.value().id);
        const QDateTime monitorStart = m_monitorStart;
        forget();
        if (same && monitorStart.isValid()) {
            m_monitorStart = monitorStart;
            Q_EMIT monitorStartChanged();
        }
        setBroadcast(r.value());
        m_poller->pollStream();
    });
}

void BroadcastSession::bindStream(const QString &streamId, const QString &action)
{
    if (!m_broadcast)
        return;
    operatorActed();
    m_setUp->bind(m_broadcast->id, streamId, action, [this](Result<LiveBroadcast> r) {
        if (!r.isOk())
            return;
        setBroadcast(r.value());
        // The encoder may be starting now: watch for "active".
        m_poller->openFastWindow();
        m_poller->pollStream();
    });
}

void BroadcastSession::createAndBindStream(const LiveStream &draft)
{
    operatorActed();
    m_setUp->createStream(draft, [this](Result<LiveStream> r) {
        if (!r.isOk())
            return;
        setStream(r.value());
        bindStream(r.value().id, tr("Bind stream"));
    });
}

void BroadcastSession::rebindNewStream(const LiveStream &draft)
{
    if (!m_broadcast)
        return;
    operatorActed();
    m_setUp->unbindAndDelete(
        m_broadcast->id, m_broadcast->contentDetails.boundStreamId,
        [this](Result<LiveBroadcast> r) {
            if (!r.isOk())
                return;
            setBroadcast(r.value());
            m_stream.reset();
            Q_EMIT streamChanged();
        },
        [this, draft] { createAndBindStream(draft); });
}

void BroadcastSession::requestTransition(Intent intent, TransitionDone done)
{
    operatorActed();
    sendTransition(intent, std::move(done));
}

void BroadcastSession::sendTransition(Intent intent, TransitionDone done)
{
    const TransitionCheck c = check(intent);
    if (!c.allowed()) {
        m_context->refuse(intentName(intent), explain(c.block));
        if (done)
            done(intent, false);
        return;
    }
    m_driver->send(
        m_broadcast->id, intent, [this](const LiveBroadcast &b) { setBroadcast(b); },
        [this, done](Intent i, bool ok) { transitionDone(i, ok, done); });
}

void BroadcastSession::transitionDone(Intent intent, bool ok, const TransitionDone &done)
{
    Q_EMIT transitionFinished(intent, ok);
    if (!ok)
        m_poller->reschedule();
    if (done)
        done(intent, ok);
}

void BroadcastSession::recoverStuckTransition()
{
    if (m_recovery->isRunning())
        return;
    // Recovery deletes the broadcast: only for one that is really stuck.
    if (!m_broadcast || !isStuck() || !lifecycle::isTransient(lifeCycle())) {
        m_context->refuse(
            StuckRecovery::actionName(),
            m_broadcast ? tr("Not recovering: the broadcast is %1, not stuck in testStarting or "
                             "liveStarting for over %2 s. Recovery deletes the broadcast and is "
                             "only for a stuck transition.")
                              .arg(lifecycle::toString(lifeCycle()))
                              .arg(stuckAfterMs() / 1000)
                        : tr("Not recovering: there is no broadcast."));
        return;
    }
    operatorActed();
    m_driver->setRecovering(true);
    m_recovery->run(
        *m_broadcast, [this](const LiveBroadcast &b) { recovered(b); },
        [this](const StuckRecovery::Outcome &outcome) {
            m_driver->setRecovering(false);
            if (outcome.step == StuckRecovery::Outcome::Step::CreateFailed) {
                clearBroadcast();
                save();
            }
            if (!outcome.ok()) {
                Q_EMIT recoveryFinished(false);
                return;
            }
            // Continue where the show was: back to testing once a read shows the stream
            // active (not at the first read, which may be before that).
            m_recovery->armRetest(kRetestWithinMs);
            Q_EMIT recoveryFinished(true);
            m_poller->openFastWindow();
            m_poller->pollStream();
        });
}

void BroadcastSession::recovered(const LiveBroadcast &b)
{
    if (!m_broadcast || m_broadcast->id != b.id) {
        // The new broadcast: nothing pending, no clocks yet, and its own events.
        m_driver->reset();
        m_monitorStart = QDateTime();
        Q_EMIT monitorStartChanged();
        Q_EMIT transitionProgress(QString());
        m_tracker->created(b);
    }
    setBroadcast(b);
}

void BroadcastSession::retestIfActive()
{
    const QString boundId = m_broadcast ? m_broadcast->contentDetails.boundStreamId : QString();
    const bool ready = !boundId.isEmpty() && lifeCycle() == LifeCycleStatus::Ready &&
                       !pendingTransition() && !isBusy() && m_stream && m_stream->id == boundId &&
                       streamStatus() == StreamStatus::Active;
    if (m_recovery->takeRetest(ready))
        sendTransition(Intent::StartTest, {});
}

void BroadcastSession::clearBroadcast()
{
    m_broadcast.reset();
    m_driver->reset();
    m_tracker->clear();
    m_recovery->disarmRetest();
    m_monitorStart = QDateTime();
    m_poller->stop();
    Q_EMIT monitorStartChanged();
    Q_EMIT broadcastChanged();
    Q_EMIT transitionProgress(QString());
}

void BroadcastSession::setAutoStartStop(
    bool autoStart, bool autoStop, std::function<void(std::optional<Result<LiveBroadcast>>)> done)
{
    if (!m_broadcast) {
        if (done)
            done(std::nullopt);
        return;
    }
    m_poller->noteActivity();
    const QString why = ShowGuards::autoStartStopBlock(m_broadcast, m_stream, autoStart, autoStop);
    if (!why.isEmpty()) {
        m_context->refuse(SetUpOperation::autoStartStopAction(), why);
        if (done)
            done(std::nullopt);
        return;
    }
    m_setUp->setAutoStartStop(*m_broadcast, autoStart, autoStop,
                              [this, done](Result<LiveBroadcast> r) {
                                  if (r.isOk())
                                      m_poller->pollBroadcast();
                                  if (done)
                                      done(r);
                              });
}

void BroadcastSession::updateMetadata(const QString &title, const QString &description,
                                      const QString &privacyStatus)
{
    if (!m_broadcast)
        return;
    m_poller->noteActivity();
    m_setUp->editVideo(m_broadcast->id, title, description, privacyStatus, [this](Result<Video> r) {
        if (r.isOk())
            m_poller->pollBroadcast();
    });
}

void BroadcastSession::reattach(const SavedSession &saved)
{
    restoreSaved(saved);
    reattachSaved(QString(), QString());
}

void BroadcastSession::restoreSaved(const SavedSession &saved)
{
    // The show on screen stays when it is the saved one; any other gives way.
    const bool same = m_broadcast && m_broadcast->id == saved.broadcastId;
    if (!same) {
        m_broadcast.reset();
        m_stream.reset();
        m_driver->reset();
        m_poller->stop();
    }
    m_keeper->restore(saved);
    m_tracker->restore(saved.extra);
    for (const SavedPart &part : std::as_const(m_savedParts))
        part.restore(saved.extra);
    m_context->log()->restore(saved.eventLog);
    m_monitorStart = saved.monitorStart;
    Q_EMIT monitorStartChanged();
    if (same)
        return;
    Q_EMIT broadcastChanged();
    Q_EMIT streamChanged();
    Q_EMIT transitionProgress(QString());
}

bool BroadcastSession::reattachSaved(const QString &accountId, const QString &channelId)
{
    if (!m_keeper->saved())
        return false;
    const bool started = m_keeper->reattach(accountId, channelId, [this](Result<LiveBroadcast> r) {
        if (!r.isOk()) {
            if (r.error().reason == QLatin1String("liveBroadcastNotFound")) {
                m_monitorStart = QDateTime();
                Q_EMIT monitorStartChanged();
                save();
            }
            Q_EMIT reattached(false);
            return;
        }
        setBroadcast(r.value());
        m_poller->pollStream();
        Q_EMIT reattached(true);
    });
    if (!started)
        Q_EMIT reattached(false);
    return started;
}

void BroadcastSession::forget()
{
    m_keeper->dropSaved();
    m_stream.reset();
    clearBroadcast();
    Q_EMIT streamChanged();
    save();
}

SavedSession BroadcastSession::currentShow() const
{
    SavedSession s;
    if (m_broadcast) {
        s.broadcastId = m_broadcast->id;
        s.streamId = m_broadcast->contentDetails.boundStreamId;
    }
    s.monitorStart = m_monitorStart;
    s.eventLog = m_context->log()->toJson();
    m_tracker->save(&s.extra);
    for (const SavedPart &part : m_savedParts)
        part.save(&s.extra);
    return s;
}

} // namespace onair
