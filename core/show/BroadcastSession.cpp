#include "show/BroadcastSession.h"

#include "cuepoint/CuepointLog.h"
#include "google/ErrorMessages.h"
#include "google/youtube/YouTubeClient.h"
#include "google/youtube/model/Video.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSession, "onair.session")

namespace onair {

namespace {
constexpr int kSaveDelayMs = 200;
// An operator's key press reads the broadcast again when its last read is older than this.
constexpr int kActivityReadMs = 60000;
} // namespace

const QStringList &BroadcastSession::broadcastParts()
{
    static const QStringList parts{QStringLiteral("id"), QStringLiteral("snippet"),
                                   QStringLiteral("status"), QStringLiteral("contentDetails")};
    return parts;
}

const QStringList &BroadcastSession::streamParts()
{
    static const QStringList parts{QStringLiteral("id"), QStringLiteral("snippet"),
                                   QStringLiteral("cdn"), QStringLiteral("status"),
                                   QStringLiteral("contentDetails")};
    return parts;
}

BroadcastSession::BroadcastSession(YouTubeClient *client, SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_log(new EventLog(this))
    , m_broadcastTimer(new QTimer(this))
    , m_streamTimer(new QTimer(this))
    , m_saveTimer(new QTimer(this))
{
    m_broadcastTimer->setSingleShot(true);
    m_streamTimer->setSingleShot(true);
    // The stream is read on a fixed beat (see reschedule()): a coarse timer could slip 5 %.
    m_streamTimer->setTimerType(Qt::PreciseTimer);
    connect(m_broadcastTimer, &QTimer::timeout, this, &BroadcastSession::pollBroadcast);
    connect(m_streamTimer, &QTimer::timeout, this, &BroadcastSession::pollStream);
    // Saving is coalesced: the log and the ids change in bursts around every action.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &BroadcastSession::saveNow);
    connect(m_log, &EventLog::entryAdded, this, &BroadcastSession::save);
    connect(this, &BroadcastSession::monitorStartChanged, this, &BroadcastSession::save);
}

BroadcastSession::~BroadcastSession()
{
    if (m_saveTimer->isActive())
        saveNow();
}

LifeCycleStatus BroadcastSession::lifeCycle() const
{
    return m_broadcast ? m_broadcast->status.lifeCycleStatus : LifeCycleStatus::Unspecified;
}

StreamStatus BroadcastSession::streamStatus() const
{
    return m_stream ? m_stream->status.streamStatus : StreamStatus::Unknown;
}

PollingPolicy::Situation BroadcastSession::pollSituation() const
{
    PollingPolicy::Situation s;
    s.hasBroadcast = m_broadcast.has_value();
    s.broadcast = lifeCycle();
    const QString boundId = m_broadcast ? m_broadcast->contentDetails.boundStreamId : QString();
    s.streamBound = !boundId.isEmpty();
    s.stream = m_stream && m_stream->id == boundId ? streamStatus() : StreamStatus::Unknown;
    s.transitionPending = m_pending.has_value();
    s.fastWindow = !m_fastUntil.hasExpired();
    s.operatorLooking = isOperatorLooking();
    s.autoStart = m_broadcast && m_broadcast->contentDetails.enableAutoStart;
    s.autoStop = m_broadcast && m_broadcast->contentDetails.enableAutoStop;
    return s;
}

PollingPolicy::Intervals BroadcastSession::pollIntervals() const
{
    return PollingPolicy::intervalsFor(pollSituation());
}

bool BroadcastSession::isOperatorLooking() const
{
    return m_attentive || (m_lastActivity.isValid() && m_lastActivity.elapsed() < m_attentionMs);
}

void BroadcastSession::setOperatorAttentive(bool attentive)
{
    if (attentive == m_attentive)
        return;
    m_attentive = attentive;
    if (attentive)
        noteOperatorActivity(); // back at the window: show a fresh state
    else
        reschedule();
}

void BroadcastSession::noteOperatorActivity()
{
    const bool wasLooking = isOperatorLooking();
    m_lastActivity.start();
    // The operator may act on what they see: the broadcast should not be minutes old.
    if (m_broadcast && !lifecycle::isTerminal(lifeCycle()) &&
        (!m_broadcastRead.isValid() || m_broadcastRead.elapsed() > kActivityReadMs))
        readBroadcastSoon();
    if (!wasLooking)
        reschedule();
}

void BroadcastSession::operatorActed()
{
    m_lastActivity.start();
    cancelRetest();
}

void BroadcastSession::noteEncoderStarted()
{
    openFastWindow();
}

void BroadcastSession::openFastWindow()
{
    m_fastUntil.setRemainingTime(m_fastWindowMs);
    reschedule();
}

void BroadcastSession::readBroadcastSoon()
{
    if (m_broadcast && !m_broadcastPollInFlight) {
        m_broadcastTimer->stop();
        pollBroadcast();
    }
}

TransitionCheck BroadcastSession::check(Intent intent) const
{
    if (!m_broadcast)
        return {TransitionBlock::NoStreamBound};
    if (m_pending)
        return {TransitionBlock::InProgress};
    // A stream bound on YouTube but not read yet counts as not receiving data.
    const StreamStatus stream =
        m_stream && m_stream->id == m_broadcast->contentDetails.boundStreamId
            ? streamStatus()
            : StreamStatus::Unknown;
    return lifecycle::checkTransition(
        lifeCycle(), intent, stream, m_broadcast->contentDetails.monitorStream.enableMonitorStream);
}

QString BroadcastSession::explain(TransitionBlock block)
{
    switch (block) {
    case TransitionBlock::None:
        return {};
    case TransitionBlock::NoStreamBound:
        return tr("No stream is bound yet: create or pick a stream and bind it.");
    case TransitionBlock::StreamNotActive:
        return tr("The stream is not receiving data: start the encoder and wait for "
                  "\"active\".");
    case TransitionBlock::MonitorStreamDisabled:
        return tr("Testing needs the monitor stream, which is off for this broadcast.");
    case TransitionBlock::InProgress:
        return tr("A transition is already under way: wait for it to finish.");
    case TransitionBlock::AlreadyThere:
        return tr("The broadcast is already in that state.");
    case TransitionBlock::NotFromThisState:
        return tr("YouTube does not allow that step from the current state.");
    case TransitionBlock::Finished:
        return tr("The broadcast has ended; nothing more can happen to it.");
    }
    return {};
}

QString BroadcastSession::intentName(Intent intent)
{
    switch (intent) {
    case Intent::StartTest:
        return tr("Start test");
    case Intent::GoLive:
        return tr("Go live");
    case Intent::End:
        return tr("End broadcast");
    }
    return {};
}

void BroadcastSession::beginBusy()
{
    if (m_busy++ == 0)
        Q_EMIT busyChanged(true);
}

void BroadcastSession::endBusy()
{
    if (m_busy > 0 && --m_busy == 0)
        Q_EMIT busyChanged(false);
}

void BroadcastSession::fail(const QString &action, const ApiError &error)
{
    qCInfo(lcSession) << action << "failed:" << error.summary();
    m_log->add(action, EventLog::Outcome::Failed, ErrorMessages::describe(error), error.reason);
    Q_EMIT actionFailed(action, error);
}

void BroadcastSession::ok(const QString &action, const QString &result)
{
    m_log->add(action, EventLog::Outcome::Ok, result);
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
    if (!lifecycle::isTransient(now)) {
        m_transientSince.invalidate();
        m_stuck = false;
    } else if (!m_transientSince.isValid() || !sameBroadcast || before != now) {
        m_transientSince.start(); // the stuck clock starts at the first read of this state
    }
    if (before != b.status.lifeCycleStatus && before != LifeCycleStatus::Unspecified) {
        m_log->add(tr("Lifecycle"), EventLog::Outcome::Info,
                   tr("%1 → %2").arg(lifecycle::toString(before),
                                     lifecycle::toString(b.status.lifeCycleStatus)));
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
    afterTransitionRead();
    checkStuck();
    reschedule();
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
        m_log->add(tr("Stream"), EventLog::Outcome::Info,
                   tr("%1 → %2").arg(lifecycle::toString(before),
                                     lifecycle::toString(s.status.streamStatus)));
    if (healthChanged)
        m_log->add(tr("Stream health"), EventLog::Outcome::Info,
                   tr("%1 → %2").arg(beforeHealth, s.status.healthStatus.status));
    Q_EMIT streamChanged();
    // What happens to the stream may change the broadcast (auto start/stop, YouTube's own
    // reaction): read it now instead of polling it often.
    if ((statusChanged || healthChanged) && !lifecycle::isTerminal(lifeCycle()))
        readBroadcastSoon();
    reschedule();
    retestIfActive();
}

void BroadcastSession::reschedule()
{
    const PollingPolicy::Intervals i = pollIntervals();
    if (m_broadcast && i.broadcastMs != PollingPolicy::kOff) {
        if (!m_broadcastPollInFlight &&
            (!m_broadcastTimer->isActive() || m_broadcastTimer->remainingTime() > i.broadcastMs))
            m_broadcastTimer->start(i.broadcastMs);
    } else {
        m_broadcastTimer->stop();
    }
    const QString boundId = m_broadcast ? m_broadcast->contentDetails.boundStreamId : QString();
    if (!boundId.isEmpty() && i.streamMs != PollingPolicy::kOff) {
        // On a fixed beat from the last request sent, so a read's latency does not add to the
        // age of what is on screen.
        const int due =
            m_streamSent.isValid()
                ? int(qBound(qint64(0), i.streamMs - m_streamSent.elapsed(), qint64(i.streamMs)))
                : i.streamMs;
        if (!m_streamPollInFlight &&
            (!m_streamTimer->isActive() || m_streamTimer->remainingTime() > due))
            m_streamTimer->start(due);
    } else {
        m_streamTimer->stop();
    }
}

void BroadcastSession::checkStuck()
{
    if (m_stuck || m_recovering || !m_transientSince.isValid() ||
        !lifecycle::isTransient(lifeCycle()))
        return;
    // Stuck only on evidence: a read *sent* more than the limit after the first read of this
    // state still shows it. Under latency an answer is as old as its trip, and the clock alone
    // would call a transition stuck that YouTube settled while the answer travelled.
    const qint64 trip =
        m_readSentAt.isValid() ? m_readSentAt.msecsTo(QDateTime::currentDateTimeUtc()) : 0;
    if (m_transientSince.elapsed() - trip <= m_stuckAfterMs)
        return;
    m_stuck = true;
    const Intent intent = m_pending                                      ? *m_pending
                          : lifeCycle() == LifeCycleStatus::TestStarting ? Intent::StartTest
                                                                         : Intent::GoLive;
    m_log->add(intentName(intent), EventLog::Outcome::Failed,
               tr("YouTube has been in %1 for over %2 s. Recover: delete the broadcast, "
                  "create a new one with the same settings and test again.")
                   .arg(lifecycle::toString(lifeCycle()))
                   .arg(m_stuckAfterMs / 1000),
               QStringLiteral("transitionStuck"));
    Q_EMIT transitionStuck(intent);
}

void BroadcastSession::pollBroadcast()
{
    // While recovering, the old broadcast is being deleted: its 404 is expected.
    if (!m_broadcast || m_broadcastPollInFlight || m_recovering)
        return;
    m_broadcastPollInFlight = true;
    m_client->broadcasts().get(
        m_broadcast->id, broadcastParts(), this,
        [this, id = m_broadcast->id,
         sentAt = QDateTime::currentDateTimeUtc()](Result<LiveBroadcast> r) {
            m_broadcastPollInFlight = false;
            if (!m_broadcast || m_broadcast->id != id || m_recovering) {
                reschedule(); // an answer about a broadcast already left
            } else if (r.isOk()) {
                m_broadcastRead.start();
                m_readSentAt = sentAt;
                setBroadcast(r.value());
                m_readSentAt = QDateTime();
            } else if (r.error().reason == QLatin1String("liveBroadcastNotFound")) {
                // Once, not at every poll: it will not come back.
                fail(tr("Read broadcast"), r.error());
                dropBroadcastKeepStream(tr("Read broadcast"),
                                        tr("Broadcast %1 no longer exists at YouTube (deleted "
                                           "elsewhere?), so OnAir stops reading it. The stream "
                                           "is kept: create a new broadcast or open an upcoming "
                                           "one, and bind it to this stream.")
                                            .arg(id),
                                        QStringLiteral("broadcastGone"));
            } else {
                qCInfo(lcSession) << "broadcast poll:" << r.error().summary();
                reschedule();
            }
        });
}

void BroadcastSession::pollStream()
{
    const QString boundId = m_broadcast ? m_broadcast->contentDetails.boundStreamId : QString();
    if (boundId.isEmpty() || m_streamPollInFlight)
        return;
    m_streamPollInFlight = true;
    m_streamSent.start();
    // Once the stream's settings are known, only its status changes.
    const bool known = m_stream && m_stream->id == boundId;
    const QStringList parts =
        known ? QStringList{QStringLiteral("id"), QStringLiteral("status")} : streamParts();
    m_client->streams().get(boundId, parts, this, [this](Result<LiveStream> r) {
        m_streamPollInFlight = false;
        if (r.isOk())
            setStream(r.value());
        else {
            qCInfo(lcSession) << "stream poll:" << r.error().summary();
            reschedule();
        }
    });
}

void BroadcastSession::refresh()
{
    m_broadcastTimer->stop();
    m_streamTimer->stop();
    m_fastUntil.setRemainingTime(m_fastWindowMs);
    pollBroadcast();
    pollStream();
}

void BroadcastSession::createBroadcast(const LiveBroadcast &draft, const QString &videoCategoryId,
                                       const QStringList &tags, const QByteArray &thumbnail,
                                       const QString &thumbnailMimeType)
{
    const QString action = tr("Create broadcast");
    operatorActed();
    beginBusy();
    const QStringList parts{QStringLiteral("snippet"), QStringLiteral("status"),
                            QStringLiteral("contentDetails")};
    m_client->broadcasts().insert(
        draft, parts, this,
        [this, action, videoCategoryId, tags, thumbnail,
         thumbnailMimeType](Result<LiveBroadcast> r) {
            endBusy();
            if (!r.isOk()) {
                fail(action, r.error());
                return;
            }
            // A stream kept from a broadcast that is gone stays for the new one to bind.
            const std::optional<LiveStream> kept = m_broadcast ? std::nullopt : m_stream;
            forget();
            ok(action, tr("Created \"%1\" (%2)").arg(r.value().snippet.title, r.value().id));
            const QString id = r.value().id;
            if (kept) {
                m_stream = kept;
                Q_EMIT streamChanged();
            }
            setBroadcast(r.value());
            if (!videoCategoryId.isEmpty() || !tags.isEmpty()) {
                // Category and tags belong to the video; videos.update replaces the whole
                // snippet, so read it first and send it back complete.
                beginBusy();
                m_client->videos().get(
                    id, {QStringLiteral("id"), QStringLiteral("snippet")}, this,
                    [this, id, videoCategoryId, tags](Result<Video> v) {
                        if (!v.isOk()) {
                            endBusy();
                            fail(tr("Set category and tags"), v.error());
                            return;
                        }
                        Video video = v.value();
                        if (!videoCategoryId.isEmpty())
                            video.snippet.categoryId = videoCategoryId;
                        video.snippet.tags = tags;
                        m_client->videos().update(
                            video, {QStringLiteral("snippet")}, this, [this](Result<Video> u) {
                                endBusy();
                                if (u.isOk())
                                    ok(tr("Set category and tags"),
                                       u.value().snippet.tags.join(QStringLiteral(", ")));
                                else
                                    fail(tr("Set category and tags"), u.error());
                            });
                    });
            }
            if (!thumbnail.isEmpty()) {
                beginBusy();
                m_client->thumbnails().set(
                    id, thumbnail, thumbnailMimeType, this, [this](Result<bool> t) {
                        endBusy();
                        if (t.isOk())
                            ok(tr("Set thumbnail"), tr("Thumbnail uploaded"));
                        else
                            fail(tr("Set thumbnail"), t.error());
                    });
            }
        });
}

void BroadcastSession::attachBroadcast(const QString &broadcastId)
{
    const QString action = tr("Open broadcast");
    operatorActed();
    beginBusy();
    m_client->broadcasts().get(
        broadcastId, broadcastParts(), this, [this, action](Result<LiveBroadcast> r) {
            endBusy();
            if (!r.isOk()) {
                fail(action, r.error());
                return;
            }
            // The same show opened again (after a failed reattach)
            // keeps its clocks; another one starts afresh.
            const bool same = (m_saved && m_saved->broadcastId == r.value().id) ||
                              (m_broadcast && m_broadcast->id == r.value().id);
            const QDateTime monitorStart = m_monitorStart;
            forget();
            if (same && monitorStart.isValid()) {
                m_monitorStart = monitorStart;
                Q_EMIT monitorStartChanged();
            }
            ok(action, r.value().snippet.title);
            setBroadcast(r.value());
            pollStream();
        });
}

void BroadcastSession::bindStream(const QString &streamId, const QString &action)
{
    if (!m_broadcast)
        return;
    operatorActed();
    beginBusy();
    m_client->broadcasts().bind(m_broadcast->id, streamId, broadcastParts(), this,
                                [this, action, streamId](Result<LiveBroadcast> r) {
                                    endBusy();
                                    if (!r.isOk()) {
                                        fail(action, r.error());
                                        return;
                                    }
                                    ok(action, streamId.isEmpty()
                                                   ? tr("Stream unbound")
                                                   : tr("Bound to stream %1").arg(streamId));
                                    setBroadcast(r.value());
                                    // The encoder may be starting now: watch for "active".
                                    openFastWindow();
                                    pollStream();
                                });
}

void BroadcastSession::createAndBindStream(const LiveStream &draft)
{
    const QString action = tr("Create stream");
    operatorActed();
    beginBusy();
    m_client->streams().insert(draft,
                               {QStringLiteral("snippet"), QStringLiteral("cdn"),
                                QStringLiteral("contentDetails"), QStringLiteral("status")},
                               this, [this, action](Result<LiveStream> r) {
                                   endBusy();
                                   if (!r.isOk()) {
                                       fail(action, r.error());
                                       return;
                                   }
                                   ok(action,
                                      tr("Created stream \"%1\"").arg(r.value().snippet.title));
                                   setStream(r.value());
                                   bindStream(r.value().id, tr("Bind stream"));
                               });
}

void BroadcastSession::bindExistingStream(const QString &streamId)
{
    bindStream(streamId, tr("Bind stream"));
}

void BroadcastSession::rebindNewStream(const LiveStream &draft)
{
    if (!m_broadcast)
        return;
    const QString oldId = m_broadcast->contentDetails.boundStreamId;
    const QString action = tr("Replace stream");
    operatorActed();
    beginBusy();
    m_client->broadcasts().bind(
        m_broadcast->id, QString(), broadcastParts(), this,
        [this, oldId, action, draft](Result<LiveBroadcast> r) {
            endBusy();
            if (!r.isOk()) {
                fail(action, r.error());
                return;
            }
            ok(action, tr("Unbound stream %1").arg(oldId));
            setBroadcast(r.value());
            m_stream.reset();
            Q_EMIT streamChanged();
            const auto createNew = [this, draft] { createAndBindStream(draft); };
            if (oldId.isEmpty()) {
                createNew();
                return;
            }
            beginBusy();
            m_client->streams().remove(
                oldId, this, [this, oldId, action, createNew](Result<bool> d) {
                    endBusy();
                    if (d.isOk())
                        ok(action, tr("Deleted stream %1").arg(oldId));
                    else
                        fail(tr("Delete old stream"), d.error()); // a reusable stream may stay
                    createNew();
                });
        });
}

void BroadcastSession::requestTransition(Intent intent)
{
    operatorActed();
    sendTransition(intent);
}

void BroadcastSession::sendTransition(Intent intent)
{
    const QString action = intentName(intent);
    const TransitionCheck c = check(intent);
    if (!c.allowed()) {
        m_log->add(action, EventLog::Outcome::Failed, explain(c.block),
                   QStringLiteral("blockedByOnAir"));
        return;
    }
    m_pending = intent;
    m_pendingSince.start();
    m_stuck = false;
    Q_EMIT transitionProgress(tr("%1: asking YouTube…").arg(action));
    m_client->broadcasts().transition(
        m_broadcast->id, lifecycle::transitionTarget(intent), broadcastParts(), this,
        [this, intent, action](Result<LiveBroadcast> r) {
            if (!r.isOk()) {
                m_pending.reset();
                Q_EMIT transitionProgress(QString());
                fail(action, r.error());
                Q_EMIT transitionFinished(intent, false);
                reschedule();
                return;
            }
            m_log->add(
                action, EventLog::Outcome::Info,
                tr("Accepted: %1").arg(lifecycle::toString(r.value().status.lifeCycleStatus)));
            setBroadcast(r.value());
        });
}

void BroadcastSession::afterTransitionRead()
{
    if (!m_pending)
        return;
    const Intent intent = *m_pending;
    const LifeCycleStatus now = lifeCycle();
    if (now == lifecycle::settledState(intent)) {
        m_pending.reset();
        m_stuck = false;
        Q_EMIT transitionProgress(QString());
        ok(intentName(intent), tr("Now %1").arg(lifecycle::toString(now)));
        Q_EMIT transitionFinished(intent, true);
    } else if (lifecycle::isTransient(now)) {
        Q_EMIT transitionProgress(tr("%1: YouTube reports %2 (%3 s)")
                                      .arg(intentName(intent), lifecycle::toString(now))
                                      .arg(m_pendingSince.elapsed() / 1000));
    }
}

void BroadcastSession::recoverStuckTransition()
{
    const QString action = tr("Recover stuck broadcast");
    if (m_recovering)
        return;
    // Recovery deletes the broadcast: only for one that is really stuck.
    if (!m_broadcast || !m_stuck || !lifecycle::isTransient(lifeCycle())) {
        m_log->add(action, EventLog::Outcome::Failed,
                   m_broadcast
                       ? tr("Not recovering: the broadcast is %1, not stuck in testStarting or "
                            "liveStarting for over %2 s. Recovery deletes the broadcast and is "
                            "only for a stuck transition.")
                             .arg(lifecycle::toString(lifeCycle()))
                             .arg(m_stuckAfterMs / 1000)
                       : tr("Not recovering: there is no broadcast."),
                   QStringLiteral("blockedByOnAir"));
        return;
    }
    operatorActed();
    const LiveBroadcast old = *m_broadcast;
    const QString streamId = old.contentDetails.boundStreamId;
    m_recovering = true;
    beginBusy();
    m_log->add(action, EventLog::Outcome::Info,
               tr("Deleting %1 and creating it again").arg(old.id));
    m_client->broadcasts().remove(old.id, this, [this, old, streamId, action](Result<bool> d) {
        if (!d.isOk() && d.error().reason != QLatin1String("liveBroadcastNotFound")) {
            endBusy();
            m_recovering = false;
            fail(action, d.error());
            Q_EMIT recoveryFinished(false);
            return;
        }
        LiveBroadcast copy = old;
        copy.id.clear();
        copy.etag.clear();
        // A schedule in the past is refused on insert: start it now.
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(60);
        if (!copy.snippet.scheduledStartTime.isValid() || copy.snippet.scheduledStartTime < soon) {
            const qint64 length =
                copy.snippet.scheduledEndTime.isValid()
                    ? copy.snippet.scheduledStartTime.secsTo(copy.snippet.scheduledEndTime)
                    : 0;
            copy.snippet.scheduledStartTime = soon;
            if (length > 0)
                copy.snippet.scheduledEndTime = soon.addSecs(length);
        }
        // Auto start/stop are only safe after the new test phase.
        copy.contentDetails.enableAutoStart = false;
        copy.contentDetails.enableAutoStop = false;
        m_client->broadcasts().insert(
            copy,
            {QStringLiteral("snippet"), QStringLiteral("status"), QStringLiteral("contentDetails")},
            this, [this, old, streamId, action](Result<LiveBroadcast> r) {
                if (!r.isOk()) {
                    endBusy();
                    m_recovering = false;
                    fail(action, r.error());
                    // The old broadcast is gone: reading it would only give 404s.
                    dropBroadcastKeepStream(
                        action,
                        tr("Broadcast %1 was deleted, but YouTube did not create the new one. "
                           "Create a new broadcast (Set-up) and bind it to stream %2, which is "
                           "kept; then start the test.")
                            .arg(old.id, streamId),
                        QStringLiteral("recoveryIncomplete"));
                    Q_EMIT recoveryFinished(false);
                    return;
                }
                m_pending.reset();
                m_stuck = false;
                m_monitorStart = QDateTime();
                Q_EMIT monitorStartChanged();
                Q_EMIT transitionProgress(QString());
                ok(action, tr("New broadcast %1").arg(r.value().id));
                setBroadcast(r.value());
                m_client->broadcasts().bind(
                    r.value().id, streamId, broadcastParts(), this,
                    [this, action](Result<LiveBroadcast> b) {
                        endBusy();
                        m_recovering = false;
                        if (!b.isOk()) {
                            fail(action, b.error());
                            Q_EMIT recoveryFinished(false);
                            return;
                        }
                        setBroadcast(b.value());
                        ok(action, tr("Bound to the same stream; testing again once it is "
                                      "active"));
                        // Continue where the show was: back to testing once a read shows the
                        // stream active (not at the first read, which may be before that).
                        m_retestArmed = true;
                        m_retestUntil.setRemainingTime(kRetestWithinMs);
                        Q_EMIT recoveryFinished(true);
                        openFastWindow();
                        pollStream();
                    });
            });
    });
}

void BroadcastSession::retestIfActive()
{
    if (!m_retestArmed)
        return;
    if (m_retestUntil.hasExpired()) {
        m_retestArmed = false;
        m_log->add(tr("Recover stuck broadcast"), EventLog::Outcome::Info,
                   tr("Not testing again by itself: the stream was not active within %1 "
                      "minutes. Start the test once the encoder sends.")
                       .arg(kRetestWithinMs / 60000));
        return;
    }
    const QString boundId = m_broadcast ? m_broadcast->contentDetails.boundStreamId : QString();
    if (boundId.isEmpty() || lifeCycle() != LifeCycleStatus::Ready || m_pending || isBusy() ||
        !m_stream || m_stream->id != boundId || streamStatus() != StreamStatus::Active)
        return;
    m_retestArmed = false;
    sendTransition(Intent::StartTest);
}

void BroadcastSession::cancelRetest()
{
    if (!m_retestArmed)
        return;
    m_retestArmed = false;
    m_log->add(tr("Recover stuck broadcast"), EventLog::Outcome::Info,
               tr("Not testing again by itself: you took over."));
}

void BroadcastSession::dropBroadcastKeepStream(const QString &action, const QString &text,
                                               const QString &reason)
{
    clearBroadcast();
    m_log->add(action, EventLog::Outcome::Failed, text, reason);
    save();
}

void BroadcastSession::clearBroadcast()
{
    m_broadcast.reset();
    m_pending.reset();
    m_stuck = false;
    m_transientSince.invalidate();
    m_retestArmed = false;
    m_monitorStart = QDateTime();
    m_broadcastTimer->stop();
    m_streamTimer->stop();
    Q_EMIT monitorStartChanged();
    Q_EMIT broadcastChanged();
    Q_EMIT transitionProgress(QString());
}

void BroadcastSession::setAutoStartStop(bool autoStart, bool autoStop)
{
    if (!m_broadcast)
        return;
    const QString action = tr("Auto start/stop");
    m_lastActivity.start();
    if ((autoStart || autoStop) && !lifecycle::canEnableAutoStartStop(lifeCycle())) {
        m_log->add(action, EventLog::Outcome::Failed,
                   tr("Switch these on only after testing: set earlier, the test would start "
                      "the broadcast."),
                   QStringLiteral("blockedByOnAir"));
        return;
    }
    LiveBroadcast b = *m_broadcast;
    b.contentDetails.enableAutoStart = autoStart;
    b.contentDetails.enableAutoStop = autoStop;
    beginBusy();
    m_client->broadcasts().update(
        b, {QStringLiteral("id"), QStringLiteral("contentDetails")}, this,
        [this, action](Result<LiveBroadcast> r) {
            endBusy();
            if (!r.isOk()) {
                fail(action, r.error());
                return;
            }
            ok(action, tr("auto start %1, auto stop %2")
                           .arg(r.value().contentDetails.enableAutoStart ? tr("on") : tr("off"),
                                r.value().contentDetails.enableAutoStop ? tr("on") : tr("off")));
            pollBroadcast();
        });
}

void BroadcastSession::updateMetadata(const QString &title, const QString &description,
                                      const QString &privacyStatus)
{
    if (!m_broadcast)
        return;
    const QString action = tr("Edit title and privacy");
    m_lastActivity.start();
    const QString id = m_broadcast->id;
    beginBusy();
    // videos.update replaces whole parts: read the video, change it, send it back.
    m_client->videos().get(
        id, {QStringLiteral("id"), QStringLiteral("snippet"), QStringLiteral("status")}, this,
        [this, action, title, description, privacyStatus](Result<Video> v) {
            if (!v.isOk()) {
                endBusy();
                fail(action, v.error());
                return;
            }
            Video video = v.value();
            video.snippet.title = title;
            video.snippet.description = description;
            video.status.privacyStatus = privacyStatus;
            m_client->videos().update(video, {QStringLiteral("snippet"), QStringLiteral("status")},
                                      this, [this, action](Result<Video> u) {
                                          endBusy();
                                          if (!u.isOk()) {
                                              fail(action, u.error());
                                              return;
                                          }
                                          ok(action, u.value().snippet.title);
                                          pollBroadcast();
                                      });
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
        m_pending.reset();
        m_stuck = false;
        m_broadcastTimer->stop();
        m_streamTimer->stop();
    }
    m_accountId = saved.accountId;
    m_channelId = saved.channelId;
    m_saved = saved.isEmpty() ? std::nullopt : std::optional<SavedSession>(saved);
    m_log->restore(saved.eventLog);
    if (m_cuepointLog) {
        QJsonObject cuepoints;
        cuepoints.insert(QLatin1String("schemaVersion"), CuepointLog::kSchemaVersion);
        cuepoints.insert(QLatin1String("entries"), saved.cuepointLog);
        if (const auto error = m_cuepointLog->restore(cuepoints))
            qCWarning(lcSession) << "cannot restore the cuepoint log:" << error->summary();
    }
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
    if (!m_saved)
        return false;
    const SavedSession saved = *m_saved;
    const QString action = tr("Reattach");
    const bool otherAccount = !accountId.isEmpty() && saved.accountId != accountId;
    const bool otherChannel =
        !channelId.isEmpty() && !saved.channelId.isEmpty() && saved.channelId != channelId;
    if (otherAccount || otherChannel) {
        const QString savedBy = otherChannel ? saved.channelId : saved.accountId;
        const QString signedIn = otherChannel ? channelId : accountId;
        m_log->add(action, EventLog::Outcome::Failed,
                   tr("The saved show (broadcast %1) belongs to %2, but %3 is signed in: it is "
                      "not reattached. Sign in as %2 to pick it up again.")
                       .arg(saved.broadcastId, savedBy, signedIn),
                   QStringLiteral("otherAccount"));
        Q_EMIT reattached(false);
        return false;
    }
    beginBusy();
    m_client->broadcasts().get(
        saved.broadcastId, broadcastParts(), this,
        [this, action, id = saved.broadcastId](Result<LiveBroadcast> r) {
            endBusy();
            // The operator opened or created another show in the meantime: that
            // one stays.
            if (!m_saved || m_saved->broadcastId != id)
                return;
            if (!r.isOk()) {
                fail(action, r.error());
                // Gone at YouTube (deleted) for this very account: do not try it
                // again next time. Any other failure keeps the saved show for
                // the next attempt.
                if (r.error().reason == QLatin1String("liveBroadcastNotFound")) {
                    m_saved.reset();
                    m_monitorStart = QDateTime();
                    Q_EMIT monitorStartChanged();
                    save();
                }
                Q_EMIT reattached(false);
                return;
            }
            m_saved.reset();
            ok(action, tr("Back on \"%1\" (%2)")
                           .arg(r.value().snippet.title,
                                lifecycle::toString(r.value().status.lifeCycleStatus)));
            setBroadcast(r.value());
            pollStream();
            Q_EMIT reattached(true);
        });
    return true;
}

void BroadcastSession::forget()
{
    m_saved.reset();
    m_stream.reset();
    clearBroadcast();
    Q_EMIT streamChanged();
    save();
}

SavedSession BroadcastSession::snapshot() const
{
    SavedSession s;
    s.accountId = m_accountId;
    s.channelId = m_channelId;
    if (m_broadcast) {
        s.broadcastId = m_broadcast->id;
        s.streamId = m_broadcast->contentDetails.boundStreamId;
    } else if (m_saved) {
        // Not read back yet (a slow sign-in, another channel): never saved away.
        s.accountId = m_saved->accountId;
        s.channelId = m_saved->channelId;
        s.broadcastId = m_saved->broadcastId;
        s.streamId = m_saved->streamId;
    }
    s.monitorStart = m_monitorStart;
    s.eventLog = m_log->toJson();
    if (m_cuepointLog)
        s.cuepointLog = m_cuepointLog->toJson().value(QLatin1String("entries")).toArray();
    return s;
}

void BroadcastSession::setCuepointLog(CuepointLog *log)
{
    m_cuepointLog = log;
    if (!log)
        return;
    connect(log, &CuepointLog::entryAdded, this, [this] { save(); });
    connect(log, &CuepointLog::entryUpdated, this, [this] { save(); });
}

void BroadcastSession::setAccountId(const QString &accountId)
{
    m_accountId = accountId;
    save();
}

void BroadcastSession::save()
{
    if (m_store && !m_store->path().isEmpty() && !m_saveTimer->isActive())
        m_saveTimer->start();
}

void BroadcastSession::flushSave()
{
    if (m_saveTimer->isActive())
        saveNow();
}

void BroadcastSession::saveNow()
{
    m_saveTimer->stop();
    if (!m_store)
        return;
    QString error;
    if (!m_store->save(snapshot(), &error))
        qCWarning(lcSession) << "cannot save the session:" << error;
}

} // namespace onair
