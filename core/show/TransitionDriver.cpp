#include "show/TransitionDriver.h"

#include "google/youtube/YouTubeClient.h"
#include "show/EventLog.h"
#include "show/ShowContext.h"

namespace onair {

TransitionDriver::TransitionDriver(ShowContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

QString TransitionDriver::intentName(Intent intent)
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

void TransitionDriver::send(const QString &broadcastId, Intent intent,
                            std::function<void(const LiveBroadcast &)> accepted, Done done)
{
    const QString action = intentName(intent);
    m_pending = intent;
    m_done = std::move(done);
    m_pendingSince.start();
    m_stuck = false;
    Q_EMIT progressChanged(tr("%1: asking YouTube…").arg(action));
    m_context->client()->broadcasts().transition(
        broadcastId, lifecycle::transitionTarget(intent), ShowContext::broadcastParts(), this,
        [this, intent, action, accepted](Result<LiveBroadcast> r) {
            if (!r.isOk()) {
                const Done done = std::exchange(m_done, {});
                m_pending.reset();
                Q_EMIT progressChanged(QString());
                m_context->fail(action, r.error());
                if (done)
                    done(intent, false);
                return;
            }
            m_context->log()->add(
                action, EventLog::Outcome::Info,
                tr("Accepted: %1").arg(lifecycle::toString(r.value().status.lifeCycleStatus)));
            accepted(r.value());
        });
}

void TransitionDriver::observe(LifeCycleStatus before, const LiveBroadcast &b, bool sameBroadcast,
                               const QDateTime &sentAt)
{
    const LifeCycleStatus now = b.status.lifeCycleStatus;
    if (!lifecycle::isTransient(now)) {
        m_transientSince.invalidate();
        m_stuck = false;
    } else if (!m_transientSince.isValid() || !sameBroadcast || before != now) {
        m_transientSince.start(); // the stuck clock starts at the first read of this state
    }
    afterRead(now);
    checkStuck(now, sentAt);
}

void TransitionDriver::afterRead(LifeCycleStatus now)
{
    if (!m_pending)
        return;
    const Intent intent = *m_pending;
    if (now == lifecycle::settledState(intent)) {
        const Done done = std::exchange(m_done, {});
        m_pending.reset();
        m_stuck = false;
        Q_EMIT progressChanged(QString());
        m_context->ok(intentName(intent), tr("Now %1").arg(lifecycle::toString(now)));
        if (done)
            done(intent, true);
    } else if (lifecycle::isTransient(now)) {
        Q_EMIT progressChanged(tr("%1: YouTube reports %2 (%3 s)")
                                   .arg(intentName(intent), lifecycle::toString(now))
                                   .arg(m_pendingSince.elapsed() / 1000));
    }
}

void TransitionDriver::checkStuck(LifeCycleStatus now, const QDateTime &sentAt)
{
    if (m_stuck || m_recovering || !m_transientSince.isValid() || !lifecycle::isTransient(now))
        return;
    // Stuck only on evidence: a read *sent* more than the limit after the first read of this
    // state still shows it. Under latency an answer is as old as its trip, and the clock alone
    // would call a transition stuck that YouTube settled while the answer travelled.
    const qint64 trip = sentAt.isValid() ? sentAt.msecsTo(QDateTime::currentDateTimeUtc()) : 0;
    if (m_transientSince.elapsed() - trip <= m_stuckAfterMs)
        return;
    m_stuck = true;
    const Intent intent = m_pending                              ? *m_pending
                          : now == LifeCycleStatus::TestStarting ? Intent::StartTest
                                                                 : Intent::GoLive;
    m_context->log()->add(intentName(intent), EventLog::Outcome::Failed,
                          tr("YouTube has been in %1 for over %2 s. Recover: delete the "
                             "broadcast, create a new one with the same settings and test again.")
                              .arg(lifecycle::toString(now))
                              .arg(m_stuckAfterMs / 1000),
                          QStringLiteral("transitionStuck"));
    Q_EMIT stuckDetected(intent);
}

void TransitionDriver::reset()
{
    m_pending.reset();
    m_done = {};
    m_stuck = false;
    m_transientSince.invalidate();
}

} // namespace onair
