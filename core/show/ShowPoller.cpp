#include "show/ShowPoller.h"

#include "google/youtube/YouTubeClient.h"
#include "show/ShowContext.h"

#include <QTimer>

namespace onair {

ShowPoller::ShowPoller(ShowContext *context, std::function<Target()> target,
                       std::function<PollingPolicy::Situation()> situation, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_target(std::move(target))
    , m_situation(std::move(situation))
    , m_broadcastTimer(new QTimer(this))
    , m_streamTimer(new QTimer(this))
{
    m_broadcastTimer->setSingleShot(true);
    m_streamTimer->setSingleShot(true);
    // The stream is read on a fixed beat (see reschedule()): a coarse timer could slip 5 %.
    m_streamTimer->setTimerType(Qt::PreciseTimer);
    connect(m_broadcastTimer, &QTimer::timeout, this, &ShowPoller::pollBroadcast);
    connect(m_streamTimer, &QTimer::timeout, this, &ShowPoller::pollStream);
}

PollingPolicy::Situation ShowPoller::situation() const
{
    PollingPolicy::Situation s = m_situation();
    s.fastWindow = !m_fastUntil.hasExpired();
    s.operatorLooking = isOperatorLooking();
    return s;
}

PollingPolicy::Intervals ShowPoller::intervals() const
{
    return PollingPolicy::intervalsFor(situation());
}

bool ShowPoller::isOperatorLooking() const
{
    return m_attentive || (m_lastActivity.isValid() && m_lastActivity.elapsed() < m_attentionMs);
}

void ShowPoller::setOperatorAttentive(bool attentive)
{
    m_attentive = attentive;
}

bool ShowPoller::noteActivity()
{
    const bool wasLooking = isOperatorLooking();
    m_lastActivity.start();
    return wasLooking;
}

void ShowPoller::openFastWindow()
{
    m_fastUntil.setRemainingTime(m_fastWindowMs);
    reschedule();
}

bool ShowPoller::broadcastReadOlderThan(int ms) const
{
    return !m_broadcastRead.isValid() || m_broadcastRead.elapsed() > ms;
}

void ShowPoller::readBroadcastSoon()
{
    if (!m_target().broadcastId.isEmpty() && !m_broadcastPollInFlight) {
        m_broadcastTimer->stop();
        pollBroadcast();
    }
}

void ShowPoller::refresh()
{
    m_broadcastTimer->stop();
    m_streamTimer->stop();
    m_fastUntil.setRemainingTime(m_fastWindowMs);
    pollBroadcast();
    pollStream();
}

void ShowPoller::stop()
{
    m_broadcastTimer->stop();
    m_streamTimer->stop();
}

void ShowPoller::reschedule()
{
    const Target t = m_target();
    const PollingPolicy::Intervals i = intervals();
    if (!t.broadcastId.isEmpty() && i.broadcastMs != PollingPolicy::kOff) {
        if (!m_broadcastPollInFlight &&
            (!m_broadcastTimer->isActive() || m_broadcastTimer->remainingTime() > i.broadcastMs))
            m_broadcastTimer->start(i.broadcastMs);
    } else {
        m_broadcastTimer->stop();
    }
    if (!t.streamId.isEmpty() && i.streamMs != PollingPolicy::kOff) {
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

void ShowPoller::pollBroadcast()
{
    const Target t = m_target();
    if (t.broadcastId.isEmpty() || m_broadcastPollInFlight || t.paused)
        return;
    m_broadcastPollInFlight = true;
    m_context->client()->broadcasts().get(
        t.broadcastId, ShowContext::broadcastParts(), this,
        [this, id = t.broadcastId,
         sentAt = QDateTime::currentDateTimeUtc()](Result<LiveBroadcast> r) {
            m_broadcastPollInFlight = false;
            const Target now = m_target();
            if (now.broadcastId != id || now.paused) {
                reschedule(); // an answer about a broadcast already left
                return;
            }
            if (r.isOk())
                m_broadcastRead.start();
            m_onBroadcast(id, r, sentAt);
        });
}

void ShowPoller::pollStream()
{
    const Target t = m_target();
    if (t.streamId.isEmpty() || m_streamPollInFlight)
        return;
    m_streamPollInFlight = true;
    m_streamSent.start();
    // Once the stream's settings are known, only its status changes.
    const QStringList parts = t.streamKnown
                                  ? QStringList{QStringLiteral("id"), QStringLiteral("status")}
                                  : ShowContext::streamParts();
    m_context->client()->streams().get(t.streamId, parts, this, [this](Result<LiveStream> r) {
        m_streamPollInFlight = false;
        m_onStream(r);
    });
}

} // namespace onair
